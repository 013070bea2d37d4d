import { InvalidInputError } from './errors.js';
import type { Destination } from './models.js';

export const HOLD_SECONDS = { default: 900, min: 60, max: 86_400 } as const;
export const MAX_LINES = 50;
export const MAX_QUANTITY = 10_000;

export interface ReserveCommand {
  orderId: string;
  /** SKU → units, lines of the same SKU added up. */
  lines: Map<string, number>;
  destination: Destination | null;
  holdSeconds: number;
}

interface RawInput {
  orderId: string;
  lines: readonly { sku: string; quantity: number }[];
  destination?: { countryCode: string; postalCode: string } | null;
  holdSeconds?: number | null;
}

export function parseOrderId(orderId: string): string {
  const id = orderId.trim();
  if (id.length === 0 || id.length > 128) throw new InvalidInputError('orderId: 1 to 128 characters');
  return id;
}

/**
 * Checks a reservation request. A SKU appears once per reservation (so it is one item in the
 * transaction); 50 SKUs keep a reservation within DynamoDB's 100 items per transaction.
 */
export function parseReserveInput(input: RawInput): ReserveCommand {
  const orderId = parseOrderId(input.orderId);
  if (input.lines.length === 0 || input.lines.length > MAX_LINES) throw new InvalidInputError(`lines: 1 to ${MAX_LINES} lines`);
  const lines = new Map<string, number>();
  input.lines.forEach(({ sku, quantity }, i) => {
    const key = sku.trim();
    if (key.length === 0 || key.length > 64) throw new InvalidInputError(`lines[${i}].sku: 1 to 64 characters`);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
      throw new InvalidInputError(`lines[${i}].quantity: ${quantity} is not allowed; a whole number from 1 to ${MAX_QUANTITY}`);
    }
    lines.set(key, (lines.get(key) ?? 0) + quantity);
  });
  for (const [sku, quantity] of lines) {
    if (quantity > MAX_QUANTITY) throw new InvalidInputError(`lines: ${quantity} units of ${sku} in total; at most ${MAX_QUANTITY} per SKU`);
  }
  const holdSeconds = input.holdSeconds ?? HOLD_SECONDS.default;
  if (!Number.isInteger(holdSeconds) || holdSeconds < HOLD_SECONDS.min || holdSeconds > HOLD_SECONDS.max) {
    throw new InvalidInputError(`holdSeconds: ${holdSeconds} is not allowed; ${HOLD_SECONDS.min} to ${HOLD_SECONDS.max}`);
  }
  let destination: Destination | null = null;
  if (input.destination) {
    const countryCode = input.destination.countryCode.trim().toUpperCase();
    const postalCode = input.destination.postalCode.trim();
    if (!/^[A-Z]{2}$/.test(countryCode)) throw new InvalidInputError(`destination.countryCode: "${input.destination.countryCode}" is not ISO 3166-1 alpha-2 such as US`);
    if (postalCode.length === 0 || postalCode.length > 16) throw new InvalidInputError('destination.postalCode: 1 to 16 characters');
    destination = { countryCode, postalCode };
  }
  return { orderId, lines, destination, holdSeconds };
}
