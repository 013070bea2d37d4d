import type { Principal } from '@commerce/lib';

/**
 * Who may see or change a cart or an order: services may (they act for the system), a customer's
 * belongs to that customer alone, and a guest's is open to whoever holds its unguessable id.
 */
export function mayAccess(principal: Principal, ownerCustomerId: string | null): boolean {
  if (principal.kind === 'service') return true;
  if (ownerCustomerId === null) return true;
  return principal.kind === 'customer' && principal.id === ownerCustomerId;
}

/** The customer a new cart or order belongs to: the signed-in customer, nobody otherwise. */
export function customerOf(principal: Principal): string | null {
  return principal.kind === 'customer' && principal.id ? principal.id : null;
}
