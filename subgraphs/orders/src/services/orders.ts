import { forbidden, type Principal } from '@commerce/lib';
import { mayAccess } from '../domain/access.js';
import { InvalidInputError } from '../domain/errors.js';
import type { OrderModel } from '../domain/models.js';
import type { OrderPage, OrderStore } from '../ports/OrderStore.js';

export const MAX_PAGE = 100;

/** Reading orders, for their owner (or a service) only. */
export class Orders {
  constructor(private readonly store: OrderStore) {}

  /** Throws FORBIDDEN for another customer's order; `order` may be null (unknown id). */
  visible(principal: Principal, order: OrderModel | null): OrderModel | null {
    if (order && !mayAccess(principal, order.customerId)) throw forbidden(`Order ${order.id} belongs to another customer.`);
    return order;
  }

  async ofCustomer(principal: Principal, customerId: string, first: number, after: string | null): Promise<OrderPage & { totalCount: () => Promise<number> }> {
    if (!(principal.kind === 'service' || (principal.kind === 'customer' && principal.id === customerId))) {
      throw forbidden(`Only customer ${customerId} may list their orders.`);
    }
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw new InvalidInputError(`first must be 1 to ${MAX_PAGE} (got ${first}).`);
    const page = await this.store.ordersOfCustomer(customerId, first, after);
    return { ...page, totalCount: () => this.store.countOrdersOfCustomer(customerId) };
  }
}
