import type { AddressModel, DeliverySpeed } from '../domain/models.js';

export interface FulfillmentRequest {
  orderId: string;
  customerId: string | null;
  placedAt: string;
  items: { sku: string; quantity: number }[];
  destination: AddressModel;
  shippingSpeed: DeliverySpeed;
}

export type CreateOutcome = { kind: 'accepted'; status: string } | { kind: 'rejected'; reason: string };
export type CancelOutcome = { kind: 'cancelled' } | { kind: 'not_found' } | { kind: 'not_cancellable'; reason: string };

/**
 * The fulfillment service (Amazon MCF behind it). Create and cancel are idempotent by order id.
 * Failures to reach it throw; the saga retries them.
 */
export interface Fulfillment {
  create(request: FulfillmentRequest): Promise<CreateOutcome>;
  cancel(orderId: string): Promise<CancelOutcome>;
}
