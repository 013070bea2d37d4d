import { InvalidInputError } from './errors.js';
import type { OrderModel } from './models.js';

/** Opaque to clients: where an order sits in its customer's newest-first list. */
export function orderCursor(order: Pick<OrderModel, 'createdAt' | 'id'>): string {
  return Buffer.from(`${order.createdAt}#${order.id}`, 'utf8').toString('base64url');
}

export function parseOrderCursor(cursor: string): { createdAt: string; orderId: string } {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const at = raw.lastIndexOf('#');
  if (at <= 0 || Number.isNaN(Date.parse(raw.slice(0, at)))) throw new InvalidInputError(`after ${JSON.stringify(cursor)} is not a cursor from this connection.`);
  return { createdAt: raw.slice(0, at), orderId: raw.slice(at + 1) };
}
