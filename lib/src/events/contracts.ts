/**
 * The data of the domain events that cross subgraph boundaries. Producers own their events; these
 * types are the published contract that consumers code against.
 */

export interface OrderLineData {
  sku: string;
  productId: string;
  quantity: number;
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
  OrderShipped: 'OrderShipped',
  OrderDelivered: 'OrderDelivered',
  FulfillmentStatusChanged: 'FulfillmentStatusChanged',
  StockChanged: 'StockChanged',
} as const;
