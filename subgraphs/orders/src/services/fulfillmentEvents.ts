import { EventTypes, type EventEnvelope, type FulfillmentStatusChangedData, type Logger } from '@commerce/lib';
import { orderDelivered, orderShipped, type NotificationKind } from '../domain/events.js';
import { meaningOf } from '../domain/fulfillmentStatus.js';
import type { OrderModel } from '../domain/models.js';
import type { Clock } from '../ports/Clock.js';
import type { OrderStore, SagaWrite, WorkStore } from '../ports/OrderStore.js';

/** An event that breaks the published contract: redelivering it will not help (HTTP 400). */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}

/** The order is still being placed; the sender should deliver the event again later (HTTP 503). */
export class OrderNotReadyError extends Error {
  override name = 'OrderNotReadyError';
}

export type EventOutcome = 'applied' | 'duplicate' | 'no-change' | 'unknown-order';

const WRITE_ATTEMPTS = 5;

export function parseFulfillmentStatusChanged(event: EventEnvelope): FulfillmentStatusChangedData {
  const data = event.data as Partial<FulfillmentStatusChangedData> | null;
  const where = `event ${event.id} (${event.type})`;
  if (typeof data !== 'object' || data === null) throw new InvalidEventError(`${where}: data must be an object`);
  if (typeof data.orderId !== 'string' || !data.orderId) throw new InvalidEventError(`${where}: data.orderId must be an order id`);
  if (typeof data.status !== 'string' || !data.status) throw new InvalidEventError(`${where}: data.status must be an SP-API FulfillmentOrderStatus`);
  if (!Array.isArray(data.trackingNumbers) || !data.trackingNumbers.every((t) => typeof t === 'string')) {
    throw new InvalidEventError(`${where}: data.trackingNumbers must be a list of strings`);
  }
  if (data.delivered !== undefined && typeof data.delivered !== 'boolean') throw new InvalidEventError(`${where}: data.delivered must be a boolean`);
  return data as FulfillmentStatusChangedData;
}

/**
 * FulfillmentStatusChanged → the order's status: Complete (or CompletePartialled) ships a CONFIRMED
 * order, `delivered` delivers it, Cancelled / Unfulfillable / Invalid cancel it and refund the payment
 * (through the saga's compensation). Idempotent by event id (recorded with the change), and by state:
 * a change already made is not made again.
 */
export class FulfillmentEvents {
  constructor(
    private readonly orders: OrderStore,
    private readonly work: WorkStore,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async handle(event: EventEnvelope): Promise<EventOutcome> {
    if (event.type !== EventTypes.FulfillmentStatusChanged) throw new InvalidEventError(`event ${event.id}: expected ${EventTypes.FulfillmentStatusChanged}, got ${event.type}`);
    const data = parseFulfillmentStatusChanged(event);
    const meaning = meaningOf(data);
    if (meaning.kind === 'none') return 'no-change';
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      if (await this.work.isEventProcessed(event.id)) return 'duplicate';
      const [order, saga] = await Promise.all([this.orders.order(data.orderId), this.work.saga(data.orderId)]);
      if (!order || !saga) {
        this.logger.warn({ eventId: event.id, orderId: data.orderId }, 'fulfillment event for an order we do not have; ignored');
        return 'unknown-order';
      }
      if (order.status === 'PENDING') throw new OrderNotReadyError(`Order ${order.id} is still being placed; deliver ${event.id} again later.`);
      const now = this.clock.now();
      const at = new Date(now).toISOString();
      const base = { saga: { ...saga, version: saga.version + 1 }, expectedVersion: saga.version, processedEventId: event.id };
      let write: SagaWrite | null = null;
      if (meaning.kind === 'shipped' && saga.phase === 'idle' && (order.status === 'CONFIRMED' || (order.status === 'SHIPPED' && meaning.delivered))) {
        const events: { event: EventEnvelope; notify: NotificationKind | null }[] = [];
        let next: OrderModel = order;
        if (order.status === 'CONFIRMED') {
          next = { ...next, status: 'SHIPPED', trackingNumbers: meaning.trackingNumbers };
          events.push({ event: orderShipped(next, meaning.trackingNumbers, now), notify: 'order-shipped' });
        }
        if (meaning.delivered) {
          next = { ...next, status: 'DELIVERED' };
          events.push({ event: orderDelivered(next, now), notify: null });
        }
        const phase = next.status === 'DELIVERED' ? 'done' : 'idle';
        write = { ...base, saga: { ...base.saga, phase }, order: { next: { ...next, updatedAt: at, version: order.version + 1 }, expectedVersion: order.version }, events };
      } else if (meaning.kind === 'cancelled' && saga.phase === 'idle' && order.status === 'CONFIRMED') {
        // Amazon has already cancelled its side: what is left is the refund, then CANCELLED.
        const progress = { ...saga.progress, fulfillmentCancelled: true };
        const failure = { code: 'FULFILLMENT_REJECTED' as const, message: meaning.reason };
        write = { ...base, saga: { ...base.saga, phase: 'compensating', outcome: 'CANCELLED', failure, progress, attempts: 0, dueAt: now } };
      }
      if (!write) return 'no-change';
      if (await this.work.writeSaga(write)) {
        this.logger.info({ eventId: event.id, orderId: order.id, status: data.status, delivered: data.delivered }, 'fulfillment status applied');
        return 'applied';
      }
    }
    throw new Error(`Order ${data.orderId} kept changing while applying ${event.id}`);
  }
}
