import {
  createEvent,
  EventTypes,
  type EventEnvelope,
  type OrderCancelledData,
  type OrderConfirmedData,
  type OrderDeliveredData,
  type OrderFailedData,
  type OrderLineData,
  type OrderPlacedData,
  type OrderShippedData,
} from '@commerce/lib';
import type { FailureCode, OrderModel } from './models.js';

export const EVENT_SOURCE = 'orders';

/** The email an event sends, if any; one per order and kind. */
export type NotificationKind = 'order-confirmation' | 'order-shipped';

const lineData = (order: OrderModel): OrderLineData[] => order.lines.map(({ sku, productId, quantity }) => ({ sku, productId, quantity }));

/** One event per order and type: the id says which, so a repeated transition is one event to consumers. */
const options = (order: OrderModel, type: string, at: number) => ({ id: `${order.id}.${type}`, subject: order.id, time: new Date(at) });

export function orderPlaced(order: OrderModel, at: number): EventEnvelope<OrderPlacedData> {
  const data = { orderId: order.id, customerId: order.customerId, lines: lineData(order), total: { centAmount: order.totalCentAmount, currencyCode: order.currencyCode }, placedAt: order.createdAt };
  return createEvent(EventTypes.OrderPlaced, EVENT_SOURCE, data, options(order, EventTypes.OrderPlaced, at));
}

export function orderConfirmed(order: OrderModel, at: number): EventEnvelope<OrderConfirmedData> {
  const data = { orderId: order.id, customerId: order.customerId, lines: lineData(order), confirmedAt: new Date(at).toISOString() };
  return createEvent(EventTypes.OrderConfirmed, EVENT_SOURCE, data, options(order, EventTypes.OrderConfirmed, at));
}

export function orderFailed(order: OrderModel, code: FailureCode, reason: string, at: number): EventEnvelope<OrderFailedData> {
  const data = { orderId: order.id, customerId: order.customerId, code, reason, failedAt: new Date(at).toISOString() };
  return createEvent(EventTypes.OrderFailed, EVENT_SOURCE, data, options(order, EventTypes.OrderFailed, at));
}

export function orderCancelled(order: OrderModel, reason: string, at: number): EventEnvelope<OrderCancelledData> {
  const data = { orderId: order.id, customerId: order.customerId, reason, cancelledAt: new Date(at).toISOString() };
  return createEvent(EventTypes.OrderCancelled, EVENT_SOURCE, data, options(order, EventTypes.OrderCancelled, at));
}

export function orderShipped(order: OrderModel, trackingNumbers: string[], at: number): EventEnvelope<OrderShippedData> {
  const data = { orderId: order.id, customerId: order.customerId, trackingNumbers, shippedAt: new Date(at).toISOString() };
  return createEvent(EventTypes.OrderShipped, EVENT_SOURCE, data, options(order, EventTypes.OrderShipped, at));
}

export function orderDelivered(order: OrderModel, at: number): EventEnvelope<OrderDeliveredData> {
  const data = { orderId: order.id, customerId: order.customerId, deliveredAt: new Date(at).toISOString() };
  return createEvent(EventTypes.OrderDelivered, EVENT_SOURCE, data, options(order, EventTypes.OrderDelivered, at));
}

export function notificationFor(type: string): NotificationKind | null {
  if (type === EventTypes.OrderConfirmed) return 'order-confirmation';
  if (type === EventTypes.OrderShipped) return 'order-shipped';
  return null;
}
