import { createHash } from 'node:crypto';
import { checkAddress, normalizeEmail, type AddressInput } from './address.js';
import { MAX_LINE_QUANTITY, MAX_LINES, MAX_UNITS } from './cart.js';
import { InvalidInputError } from './errors.js';
import type { CartModel, CatalogVariant, DeliverySpeed, OrderModel } from './models.js';

export interface PlaceOrderRequest {
  cartId: string;
  email: string;
  shippingAddress: AddressInput;
  shippingSpeed: DeliverySpeed;
  paymentToken: string;
  idempotencyKey: string;
}

export type CheckoutErrorCode =
  | 'CART_NOT_FOUND'
  | 'CART_EMPTY'
  | 'CART_ALREADY_ORDERED'
  | 'INVALID_EMAIL'
  | 'INVALID_ADDRESS'
  | 'ITEM_UNAVAILABLE'
  | 'CURRENCY_MISMATCH';

export interface CheckoutRejection {
  kind: 'checkout-error';
  code: CheckoutErrorCode;
  message: string;
  field?: string;
  skus?: string[];
  orderId?: string;
}

export const rejection = (code: CheckoutErrorCode, message: string, extra: Partial<CheckoutRejection> = {}): CheckoutRejection => ({
  kind: 'checkout-error',
  code,
  message,
  ...extra,
});

/** Arguments the client gets wrong by mistake rather than by circumstance: BAD_USER_INPUT. */
export function checkArguments(request: PlaceOrderRequest): void {
  const key = request.idempotencyKey;
  if (key.length < 1 || key.length > 100 || !/^[\x21-\x7e]+$/.test(key)) {
    throw new InvalidInputError('idempotencyKey must be 1 to 100 printable ASCII characters without spaces, chosen once per checkout (a UUID is a good choice).');
  }
  if (request.paymentToken.length < 1 || request.paymentToken.length > 255) throw new InvalidInputError('paymentToken must be 1 to 255 characters.');
  if (request.cartId.length < 1 || request.cartId.length > 100) throw new InvalidInputError('cartId must be 1 to 100 characters.');
}

/** Same key, same request: a hash of everything that shapes the order and the payment. */
export function requestFingerprint(request: PlaceOrderRequest): string {
  const { cartId, email, shippingAddress, shippingSpeed, paymentToken } = request;
  return createHash('sha256').update(JSON.stringify([cartId, email.trim(), shippingAddress, shippingSpeed, paymentToken])).digest('base64url');
}

/**
 * The order a cart becomes at the catalog's current prices, or why it cannot. Pure: the caller has
 * read the cart and the catalog.
 */
export function draftOrder(input: {
  orderId: string;
  customerId: string | null;
  cart: CartModel;
  variants: ReadonlyMap<string, CatalogVariant>;
  request: PlaceOrderRequest;
  now: number;
}): { kind: 'order'; order: OrderModel } | CheckoutRejection {
  const { cart, variants, request } = input;
  if (cart.lines.length === 0) return rejection('CART_EMPTY', `Cart ${cart.id} has no items.`);
  const email = normalizeEmail(request.email);
  if (!email) return rejection('INVALID_EMAIL', `email ${JSON.stringify(request.email)} is not an email address (name@example.com).`);
  const address = checkAddress(request.shippingAddress);
  if (address.kind === 'invalid') return rejection('INVALID_ADDRESS', `shippingAddress.${address.message}`, { field: address.field });
  const missing = cart.lines.filter((line) => !variants.has(line.sku)).map((line) => line.sku);
  if (missing.length > 0) return rejection('ITEM_UNAVAILABLE', `The catalog no longer sells ${missing.join(', ')}; remove them from the cart.`, { skus: missing });
  const foreign = cart.lines.filter((line) => variants.get(line.sku)!.price.currencyCode !== cart.currencyCode).map((line) => line.sku);
  if (foreign.length > 0) {
    return rejection('CURRENCY_MISMATCH', `${foreign.join(', ')} ${foreign.length === 1 ? 'is' : 'are'} now priced in another currency than the cart (${cart.currencyCode}).`);
  }
  const units = cart.lines.reduce((sum, line) => sum + line.quantity, 0);
  if (cart.lines.length > MAX_LINES || units > MAX_UNITS || cart.lines.some((line) => line.quantity > MAX_LINE_QUANTITY)) {
    throw new Error(`Cart ${cart.id} breaks the cart limits it was written under`);
  }
  const lines = cart.lines.map((line) => {
    const variant = variants.get(line.sku)!;
    return { sku: line.sku, productId: variant.productId, quantity: line.quantity, unitCentAmount: variant.price.centAmount };
  });
  const subtotal = lines.reduce((sum, line) => sum + line.unitCentAmount * line.quantity, 0);
  const at = new Date(input.now).toISOString();
  return {
    kind: 'order',
    order: {
      id: input.orderId,
      customerId: input.customerId,
      cartId: cart.id,
      email,
      currencyCode: cart.currencyCode,
      lines,
      subtotalCentAmount: subtotal,
      // Shipping is free and prices include tax in this storefront: the total is the subtotal.
      totalCentAmount: subtotal,
      shippingAddress: address.address,
      shippingSpeed: request.shippingSpeed,
      status: 'PENDING',
      failure: null,
      cancellationReason: null,
      trackingNumbers: [],
      createdAt: at,
      updatedAt: at,
      version: 0,
    },
  };
}
