/**
 * The data of the domain events that cross subgraph boundaries. Producers own their events; these
 * types are the published contract that consumers code against.
 */

export interface OrderLineData {
  sku: string;
  productId: string;
  quantity: number;
}

/** orders → analytics, heads: an order was accepted and is being processed. */
export interface OrderPlacedData {
  orderId: string;
  customerId: string | null;
  lines: OrderLineData[];
  total: { centAmount: number; currencyCode: string };
  placedAt: string;
}

/** orders: an order could not be completed (stock, payment, fulfillment); nothing is charged or held. */
export interface OrderFailedData {
  orderId: string;
  customerId: string | null;
  /** For example `INSUFFICIENT_STOCK`, `PAYMENT_DECLINED`. */
  code: string;
  reason: string;
  failedAt: string;
}

/** orders: fulfillment cancelled a confirmed order; the payment was refunded. */
export interface OrderCancelledData {
  orderId: string;
  customerId: string | null;
  reason: string;
  cancelledAt: string;
}

/** orders: the order left the warehouse. */
export interface OrderShippedData {
  orderId: string;
  customerId: string | null;
  trackingNumbers: string[];
  shippedAt: string;
}

/** orders: every package of the order was delivered. */
export interface OrderDeliveredData {
  orderId: string;
  customerId: string | null;
  deliveredAt: string;
}

/** orders → recommendations, notifications: an order passed every saga step. */
export interface OrderConfirmedData {
  orderId: string;
  customerId: string | null;
  lines: OrderLineData[];
  confirmedAt: string;
}

/** fulfillment → orders: what Amazon MCF reports for our order, re-read from getFulfillmentOrder. */
export interface FulfillmentStatusChangedData {
  orderId: string;
  /** SP-API FulfillmentOrderStatus, for example `Processing`, `Complete`, `Unfulfillable`. */
  status: string;
  trackingNumbers: string[];
  /** Every shipped package has been delivered (carrier tracking DELIVERED). */
  delivered: boolean;
  changedAt: string;
}

/** inventory → caches and heads: availability of a SKU in a warehouse crossed zero. */
export interface StockChangedData {
  sku: string;
  warehouseId: string;
  available: number;
}

export const EventTypes = {
  OrderPlaced: 'OrderPlaced',
  OrderConfirmed: 'OrderConfirmed',
  OrderFailed: 'OrderFailed',
  OrderCancelled: 'OrderCancelled',
  OrderShipped: 'OrderShipped',
  OrderDelivered: 'OrderDelivered',
  FulfillmentStatusChanged: 'FulfillmentStatusChanged',
  StockChanged: 'StockChanged',
} as const;
