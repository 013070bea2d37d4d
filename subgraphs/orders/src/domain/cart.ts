import { InvalidInputError } from './errors.js';
import type { CartLineRecord, CartModel, CatalogVariant } from './models.js';
import { isCurrencyCode } from './money.js';

export const CART_TTL_SECONDS = 30 * 86_400;
export const MAX_LINE_QUANTITY = 99;
/** Amazon MCF takes at most 100 SKUs and 250 units per order; a cart stays well inside that. */
export const MAX_LINES = 50;
export const MAX_UNITS = 250;

export type CartErrorCode = 'CART_NOT_FOUND' | 'CART_ALREADY_ORDERED' | 'UNKNOWN_SKU' | 'CURRENCY_MISMATCH' | 'LINE_NOT_FOUND' | 'LIMIT_EXCEEDED';

export interface CartErrorModel {
  kind: 'cart-error';
  code: CartErrorCode;
  message: string;
}

export type CartChange = { kind: 'changed'; cart: CartModel } | CartErrorModel;

export const cartError = (code: CartErrorCode, message: string): CartErrorModel => ({ kind: 'cart-error', code, message });

/** A quantity argument: a whole number from 1 to 99. */
export function parseQuantity(quantity: number): number {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
    throw new InvalidInputError(`quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY} (got ${quantity}).`);
  }
  return quantity;
}

export function parseCurrencyCode(code: string): string {
  if (!isCurrencyCode(code)) throw new InvalidInputError(`currencyCode ${JSON.stringify(code)} is not an ISO 4217 currency code (three capital letters, for example USD).`);
  return code;
}

export function parseId(name: string, value: string): string {
  if (value.length < 1 || value.length > 100) throw new InvalidInputError(`${name} must be 1 to 100 characters.`);
  return value;
}

export function newCart(id: string, customerId: string | null, currencyCode: string, now: number): CartModel {
  const at = new Date(now).toISOString();
  return { id, customerId, currencyCode, lines: [], orderId: null, createdAt: at, updatedAt: at, expiresAt: expiryOf(now), version: 0 };
}

export function isExpired(cart: Pick<CartModel, 'expiresAt'>, now: number): boolean {
  return cart.expiresAt * 1000 <= now;
}

const expiryOf = (now: number) => Math.floor(now / 1000) + CART_TTL_SECONDS;

function changed(cart: CartModel, lines: CartLineRecord[], now: number): CartChange {
  const units = lines.reduce((sum, line) => sum + line.quantity, 0);
  if (lines.length > MAX_LINES || units > MAX_UNITS) {
    return cartError('LIMIT_EXCEEDED', `A cart holds at most ${MAX_LINES} lines and ${MAX_UNITS} units (this change makes ${lines.length} lines, ${units} units).`);
  }
  return { kind: 'changed', cart: { ...cart, lines, updatedAt: new Date(now).toISOString(), expiresAt: expiryOf(now) } };
}

function ordered(cart: CartModel): CartErrorModel | null {
  return cart.orderId ? cartError('CART_ALREADY_ORDERED', `Cart ${cart.id} was ordered as ${cart.orderId}; start a new cart.`) : null;
}

/** Adds units of a catalog variant, merged into the SKU's line when there is one. */
export function addLine(cart: CartModel, variant: CatalogVariant | null, sku: string, quantity: number, now: number, newLineId: () => string): CartChange {
  const refused = ordered(cart);
  if (refused) return refused;
  if (!variant) return cartError('UNKNOWN_SKU', `The catalog does not sell SKU ${JSON.stringify(sku)}.`);
  if (variant.price.currencyCode !== cart.currencyCode) {
    return cartError('CURRENCY_MISMATCH', `SKU ${sku} is priced in ${variant.price.currencyCode}; this cart is in ${cart.currencyCode}.`);
  }
  const existing = cart.lines.find((line) => line.sku === sku);
  if (existing && existing.quantity + quantity > MAX_LINE_QUANTITY) {
    return cartError('LIMIT_EXCEEDED', `A line holds at most ${MAX_LINE_QUANTITY} units; ${sku} already has ${existing.quantity}.`);
  }
  const lines = existing
    ? cart.lines.map((line) => (line === existing ? { ...line, quantity: line.quantity + quantity, productId: variant.productId } : line))
    : [...cart.lines, { id: newLineId(), sku, productId: variant.productId, quantity }];
  return changed(cart, lines, now);
}

export function setLineQuantity(cart: CartModel, lineId: string, quantity: number, now: number): CartChange {
  const refused = ordered(cart);
  if (refused) return refused;
  if (!cart.lines.some((line) => line.id === lineId)) return cartError('LINE_NOT_FOUND', `Cart ${cart.id} has no line ${JSON.stringify(lineId)}.`);
  return changed(cart, cart.lines.map((line) => (line.id === lineId ? { ...line, quantity } : line)), now);
}

export function removeLine(cart: CartModel, lineId: string, now: number): CartChange {
  const refused = ordered(cart);
  if (refused) return refused;
  if (!cart.lines.some((line) => line.id === lineId)) return cartError('LINE_NOT_FOUND', `Cart ${cart.id} has no line ${JSON.stringify(lineId)}.`);
  return changed(cart, cart.lines.filter((line) => line.id !== lineId), now);
}
