import { EventTypes, type EventEnvelope, type OrderConfirmedData } from '@commerce/lib';
import { ID_MAX_LENGTH } from '../domain/limits.js';
import type { GraphStore } from '../ports/GraphStore.js';
import * as Q from '../queries.js';

/** An event whose data breaks the published contract; the sender must not retry it unchanged. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= ID_MAX_LENGTH;

/** Checks an OrderConfirmed envelope against the contract in lib, naming the first thing wrong. */
export function parseOrderConfirmed(event: EventEnvelope): OrderConfirmedData {
  const where = `event ${event.id} (${event.type})`;
  if (event.type !== EventTypes.OrderConfirmed) throw new InvalidEventError(`${where}: expected type ${EventTypes.OrderConfirmed}`);
  const data = event.data as Partial<OrderConfirmedData> | null;
  if (typeof data !== 'object' || data === null) throw new InvalidEventError(`${where}: data must be an object`);
  if (!isId(data.orderId)) throw new InvalidEventError(`${where}: data.orderId must be an id of 1 to ${ID_MAX_LENGTH} characters`);
  if (data.customerId !== null && !isId(data.customerId)) {
    throw new InvalidEventError(`${where}: data.customerId must be null (guest) or an id of 1 to ${ID_MAX_LENGTH} characters`);
  }
  if (typeof data.confirmedAt !== 'string' || Number.isNaN(Date.parse(data.confirmedAt))) {
    throw new InvalidEventError(`${where}: data.confirmedAt must be an ISO-8601 time`);
  }
  if (!Array.isArray(data.lines)) throw new InvalidEventError(`${where}: data.lines must be a list`);
  data.lines.forEach((line, i) => {
    if (!isId(line?.productId)) throw new InvalidEventError(`${where}: data.lines[${i}].productId must be an id`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      throw new InvalidEventError(`${where}: data.lines[${i}].quantity must be a positive integer`);
    }
  });
  return data as OrderConfirmedData;
}

/**
 * OrderConfirmed → one PURCHASED edge per product of the order. Idempotent: the edge is MERGEd on
 * (customer, product, orderId), so a redelivered event (same or new envelope id) adds nothing.
 * A guest order gets a customer node of its own, so that its items still count as bought together.
 */
export async function handleOrderConfirmed(store: GraphStore, event: EventEnvelope<OrderConfirmedData>): Promise<{ lines: number }> {
  const data = parseOrderConfirmed(event);
  const quantities = new Map<string, number>();
  // Two SKUs of one product are one purchase of that product; Kuzu would also lose an update if one
  // product appeared twice in the same UNWIND.
  for (const line of data.lines) quantities.set(line.productId, (quantities.get(line.productId) ?? 0) + line.quantity);
  if (quantities.size === 0) return { lines: 0 };
  await store.run(
    Q.RECORD_ORDER,
    {
      customerId: data.customerId ?? `guest-order:${data.orderId}`,
      orderId: data.orderId,
      at: Date.parse(data.confirmedAt),
      lines: [...quantities].map(([productId, quantity]) => ({ productId, quantity })),
    },
    { mode: 'write' },
  );
  return { lines: quantities.size };
}

/**
 * A product page was viewed in a browsing session (and by a signed-in customer, when known).
 * Returns false when the graph does not know the product, which is then not recorded.
 */
export async function recordProductView(
  store: GraphStore,
  view: { productId: string; sessionId: string; customerId?: string; at: number },
): Promise<boolean> {
  const { productId, sessionId, customerId, at } = view;
  const recorded = await store.run(Q.RECORD_SESSION_VIEW, { productId, sessionId, at }, { mode: 'write' });
  if (recorded.length > 0 && customerId !== undefined) {
    await store.run(Q.RECORD_CUSTOMER_VIEW, { productId, customerId, at }, { mode: 'write' });
  }
  return recorded.length > 0;
}
