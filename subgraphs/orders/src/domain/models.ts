import type { Price } from './money.js';

export interface CartLineRecord {
  id: string;
  sku: string;
  /** From the catalog when the line was added; OrderConfirmed consumers need it. */
  productId: string;
  quantity: number;
}

export interface CartModel {
  id: string;
  /** Null for a guest cart, reachable by whoever holds its id. */
  customerId: string | null;
  currencyCode: string;
  lines: CartLineRecord[];
  /** Set in the same transaction that creates the order; an ordered cart no longer changes. */
  orderId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Epoch seconds (DynamoDB TTL); an expired cart reads as gone even before DynamoDB deletes it. */
  expiresAt: number;
  version: number;
}

export type DeliverySpeed = 'STANDARD' | 'EXPEDITED' | 'PRIORITY';

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

export interface OrderLineRecord {
  sku: string;
  productId: string;
  quantity: number;
  /** The catalog's price when the order was placed, in the order's currency. */
  unitCentAmount: number;
}

export type OrderStatus = 'PENDING' | 'CONFIRMED' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED' | 'FAILED';

export type FailureCode = 'INSUFFICIENT_STOCK' | 'PAYMENT_DECLINED' | 'FULFILLMENT_REJECTED' | 'PROCESSING_FAILED';

export interface ShortageModel {
  sku: string;
  requested: number;
  available: number;
}

/** Why an order failed (or was cancelled), as stored and shown. */
export interface FailureModel {
  code: FailureCode;
  message: string;
  shortages?: ShortageModel[];
}

export interface OrderModel {
  id: string;
  customerId: string | null;
  cartId: string;
  email: string;
  currencyCode: string;
  lines: OrderLineRecord[];
  subtotalCentAmount: number;
  totalCentAmount: number;
  shippingAddress: AddressModel;
  shippingSpeed: DeliverySpeed;
  status: OrderStatus;
  failure: FailureModel | null;
  /** Why fulfillment cancelled a confirmed order. */
  cancellationReason: string | null;
  trackingNumbers: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const TERMINAL_STATUSES: ReadonlySet<OrderStatus> = new Set(['DELIVERED', 'CANCELLED', 'FAILED']);

export function orderTotal(order: Pick<OrderModel, 'totalCentAmount' | 'currencyCode'>): Price {
  return { centAmount: order.totalCentAmount, currencyCode: order.currencyCode };
}

/** A variant as the catalog prices it. */
export interface CatalogVariant {
  sku: string;
  productId: string;
  price: Price;
}

export interface VariantRef {
  sku: string;
}

export interface CustomerRef {
  id: string;
}

/** A cart line with what its resolvers need from the cart. */
export interface CartLineView extends CartLineRecord {
  currencyCode: string;
}

export interface OrderLineView extends OrderLineRecord {
  currencyCode: string;
}

export interface OrderConnectionModel {
  orders: OrderModel[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: () => Promise<number>;
}

/** Any CheckoutError implementation: a placeOrder refusal or why an order failed. */
export interface CheckoutErrorModel {
  kind: 'checkout-error';
  code: string;
  message: string;
  field?: string;
  skus?: string[];
  orderId?: string;
  shortages?: ShortageModel[];
}
