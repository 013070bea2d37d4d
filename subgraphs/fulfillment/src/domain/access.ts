import type { Principal } from '@commerce/lib';
import type { FulfillmentModel } from './models.js';

/**
 * Who may see an order's fulfillment. The orders subgraph decides who may see an order at all; this is
 * the second lock for requests that reach this subgraph directly: services see everything, a customer
 * sees their own orders, and guest orders (no customer) are open to whoever holds the order id.
 */
export function canSeeFulfillment(principal: Principal, record: Pick<FulfillmentModel, 'customerId'>): boolean {
  if (principal.kind === 'service') return true;
  if (record.customerId === null) return principal.kind === 'customer' || principal.kind === 'anonymous';
  return principal.kind === 'customer' && principal.id === record.customerId;
}
