import type {
  AmazonOrderStatus,
  DeliveryEstimateModel,
  Destination,
  FulfillmentOrderCommand,
  OrderItem,
  PackageModel,
  ReasonCodeModel,
  ShipmentModel,
} from '../domain/models.js';
import type { ReturnUnit } from '../domain/returns.js';

/** Amazon's view of one fulfillment order (getFulfillmentOrder), without package tracking. */
export interface FulfillmentSnapshot {
  orderId: string;
  status: AmazonOrderStatus;
  statusUpdatedAt: string;
  items: OrderItem[];
  /** Packages carry carrier, tracking number and estimated arrival; events come from `packageTracking`. */
  shipments: ShipmentModel[];
  returnItems: { returnItemId: string; status: 'New' | 'Processed' }[];
}

export interface FulfillmentOrderSummary {
  orderId: string;
  status: AmazonOrderStatus;
  statusUpdatedAt: string;
}

export type CreateOutcome = { kind: 'created' } | { kind: 'existing' } | { kind: 'rejected'; reason: string };

export type CancelOutcome =
  | { kind: 'cancelled' }
  | { kind: 'not_found' }
  | { kind: 'not_cancellable'; status: AmazonOrderStatus };

/** One unit to return (Amazon takes returns unit by unit). */
export type ReturnRequestItem = ReturnUnit;

export type CreateReturnOutcome =
  | { kind: 'authorized'; rmaId: string | null; rmaPageUrl: string | null }
  | { kind: 'refused'; reasons: { returnItemId: string; reason: string }[] }
  | { kind: 'not_found' };

/**
 * Amazon Multi-Channel Fulfillment in our terms. Failures are GraphQL errors with registry codes
 * (UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT); expected refusals are outcomes.
 */
export interface FulfillmentApi {
  /** One unit of `sku` to `destination`; null when Amazon makes no offer. */
  deliveryOffer(sku: string, destination: Destination): Promise<DeliveryEstimateModel | null>;
  /** Idempotent by `order.orderId`: a repeated create answers `existing`. */
  createFulfillmentOrder(order: FulfillmentOrderCommand): Promise<CreateOutcome>;
  getFulfillmentOrder(orderId: string): Promise<FulfillmentSnapshot | null>;
  /** Every order whose status changed at or after `since`, across all pages. */
  listFulfillmentOrders(since: Date): Promise<FulfillmentOrderSummary[]>;
  /** Idempotent: cancelling a cancelled order answers `cancelled`. */
  cancelFulfillmentOrder(orderId: string): Promise<CancelOutcome>;
  /** Null when Amazon has no tracking for the package yet. */
  packageTracking(packageNumber: number): Promise<Pick<PackageModel, 'currentStatus' | 'estimatedArrival' | 'events'> | null>;
  returnReasonCodes(sku: string, options: { orderId?: string; language?: string }): Promise<ReasonCodeModel[]>;
  createReturn(orderId: string, items: readonly ReturnRequestItem[]): Promise<CreateReturnOutcome>;
}
