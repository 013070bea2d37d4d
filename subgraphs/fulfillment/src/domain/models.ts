/**
 * Fulfillment domain models: what the ports return, what the store keeps and what the resolvers read
 * (codegen mapper targets). Times are ISO-8601 strings; statuses keep Amazon's spelling.
 */
import type { EventEnvelope } from '@commerce/lib';

export interface Destination {
  /** Upper case, single spaces. */
  postalCode: string;
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string;
}

export interface DeliveryEstimateModel {
  earliest: string | null;
  latest: string | null;
  message: string | null;
  expiresAt: string | null;
}

/** SP-API FulfillmentOrderStatus values. */
export type AmazonOrderStatus =
  | 'New'
  | 'Received'
  | 'Planning'
  | 'Processing'
  | 'Cancelled'
  | 'Complete'
  | 'CompletePartialled'
  | 'Unfulfillable'
  | 'Invalid';

export type AmazonShipmentStatus = 'PENDING' | 'SHIPPED' | 'CANCELLED_BY_FULFILLER' | 'CANCELLED_BY_SELLER';

export interface TrackingEventModel {
  at: string;
  code: string;
  description: string;
  location: string | null;
}

export interface PackageModel {
  packageNumber: number;
  carrier: string;
  trackingNumber: string | null;
  /** SP-API CurrentStatus, null until tracking has been read. */
  currentStatus: string | null;
  estimatedArrival: string | null;
  events: TrackingEventModel[];
}

export interface ShipmentItemModel {
  sku: string;
  quantity: number;
}

export interface ShipmentModel {
  /** Amazon's shipment id. */
  id: string;
  status: AmazonShipmentStatus;
  shippedAt: string | null;
  estimatedArrival: string | null;
  items: ShipmentItemModel[];
  packages: PackageModel[];
}

export interface ReturnItemModel {
  sku: string;
  quantity: number;
  reasonCode: string;
}

export type ReturnStatusModel = 'AUTHORIZED' | 'RECEIVED';

export interface ReturnModel {
  id: string;
  status: ReturnStatusModel;
  items: ReturnItemModel[];
  rmaId: string | null;
  rmaPageUrl: string | null;
  requestedAt: string;
}

export interface OrderItem {
  sku: string;
  quantity: number;
}

/** What this subgraph stores per order: the last truth read from Amazon plus what only we know. */
export interface FulfillmentModel {
  orderId: string;
  /** From the orders service call; the only customer who may request returns. Null for guests. */
  customerId: string | null;
  items: OrderItem[];
  status: AmazonOrderStatus;
  statusUpdatedAt: string;
  shipments: ShipmentModel[];
  returns: ReturnModel[];
  /** Optimistic-locking counter, incremented by every write. */
  version: number;
  /** Events written with the change that caused them and removed once published. */
  outbox: EventEnvelope[];
  /** When the sweep should look at the order again (open tracking or unpublished events); null when never. */
  dueAt: string | null;
}

export type ShippingSpeedModel = 'Standard' | 'Expedited' | 'Priority';

export interface AddressModel {
  name: string;
  line1: string;
  line2: string | null;
  city: string | null;
  stateOrRegion: string | null;
  postalCode: string;
  countryCode: string;
  phone: string | null;
}

/** The orders service's request to ship an order. */
export interface FulfillmentOrderCommand {
  orderId: string;
  customerId: string | null;
  placedAt: string;
  items: OrderItem[];
  destination: AddressModel;
  shippingSpeed: ShippingSpeedModel;
}

export interface ReasonCodeModel {
  code: string;
  description: string;
  translatedDescription: string | null;
}

export interface FulfillmentCommandErrorModel {
  kind: 'error';
  code: 'REJECTED' | 'NOT_FOUND' | 'NOT_CANCELLABLE';
  message: string;
}

export interface ReturnErrorModel {
  kind: 'error';
  code: 'ORDER_NOT_FOUND' | 'NOT_SHIPPED' | 'INVALID_ITEMS' | 'INVALID_REASON_CODE' | 'NOT_RETURNABLE';
  message: string;
}

/** Key-only references to entities other subgraphs own. */
export interface VariantReference {
  sku: string;
}

export interface OrderReference {
  id: string;
}
