import { parseDestination } from './destination.js';
import { InvalidInputError } from './errors.js';
import type { FulfillmentOrderCommand, ShippingSpeedModel } from './models.js';

export interface FulfillmentOrderInputShape {
  orderId: string;
  customerId?: string | null;
  placedAt?: string | null;
  items: { sku: string; quantity: number }[];
  destination: {
    name: string;
    line1: string;
    line2?: string | null;
    city?: string | null;
    stateOrRegion?: string | null;
    postalCode: string;
    countryCode: string;
    phone?: string | null;
  };
  shippingSpeed: 'STANDARD' | 'EXPEDITED' | 'PRIORITY';
}

const SPEEDS: Record<FulfillmentOrderInputShape['shippingSpeed'], ShippingSpeedModel> = {
  STANDARD: 'Standard',
  EXPEDITED: 'Expedited',
  PRIORITY: 'Priority',
};

/** Amazon's limits (model: sellerFulfillmentOrderId ≤ 40, sellerSku ≤ 50; ≤ 100 lines, ≤ 250 units). */
const MAX_ORDER_ID = 40;
const MAX_SKU = 50;
const MAX_LINES = 100;
const MAX_UNITS = 250;

/** Checks the orders service's request against what Amazon accepts; one line per SKU. */
export function parseFulfillmentOrder(input: FulfillmentOrderInputShape, now: Date): FulfillmentOrderCommand {
  const orderId = input.orderId.trim();
  if (!/^[A-Za-z0-9._-]+$/.test(orderId) || orderId.length > MAX_ORDER_ID) {
    throw new InvalidInputError(`orderId ${JSON.stringify(input.orderId)} must be 1 to ${MAX_ORDER_ID} letters, digits, '.', '_' or '-' (Amazon's sellerFulfillmentOrderId).`);
  }
  const quantities = new Map<string, number>();
  for (const { sku, quantity } of input.items) {
    if (!sku || sku.length > MAX_SKU) throw new InvalidInputError(`items: sku ${JSON.stringify(sku)} must be 1 to ${MAX_SKU} characters.`);
    if (!Number.isInteger(quantity) || quantity < 1) throw new InvalidInputError(`items: quantity of ${sku} must be a whole number of at least 1 (got ${quantity}).`);
    quantities.set(sku, (quantities.get(sku) ?? 0) + quantity);
  }
  const units = [...quantities.values()].reduce((a, b) => a + b, 0);
  if (quantities.size === 0 || quantities.size > MAX_LINES || units > MAX_UNITS) {
    throw new InvalidInputError(`items: 1 to ${MAX_LINES} SKUs and at most ${MAX_UNITS} units per order (got ${quantities.size} SKUs, ${units} units).`);
  }
  const d = input.destination;
  if (!d.name.trim() || !d.line1.trim()) throw new InvalidInputError('destination: name and line1 must not be empty.');
  const { postalCode, countryCode } = parseDestination(d);
  if (countryCode !== 'JP' && !d.city?.trim()) throw new InvalidInputError(`destination: city is required outside Japan (country ${countryCode}).`);
  const placedAt = input.placedAt ? new Date(input.placedAt) : now;
  if (Number.isNaN(placedAt.getTime())) throw new InvalidInputError(`placedAt ${JSON.stringify(input.placedAt)} is not an ISO-8601 date-time.`);
  return {
    orderId,
    customerId: input.customerId ?? null,
    placedAt: placedAt.toISOString(),
    items: [...quantities].map(([sku, quantity]) => ({ sku, quantity })),
    destination: {
      name: d.name.trim(),
      line1: d.line1.trim(),
      line2: d.line2?.trim() || null,
      // The model: city is required everywhere except Japan, where it must not be used.
      city: countryCode === 'JP' ? null : d.city!.trim(),
      stateOrRegion: d.stateOrRegion?.trim() || null,
      postalCode,
      countryCode,
      phone: d.phone?.trim() || null,
    },
    shippingSpeed: SPEEDS[input.shippingSpeed],
  };
}
