import { forbidden } from '@commerce/lib';
import type { OrderResolvers } from '../__generated__/resolvers-types.js';
import { canSeeFulfillment } from '../domain/access.js';

export const Order: OrderResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  async fulfillment(order, _, { loaders, principal }) {
    const record = await loaders.fulfillmentByOrderId.load(order.id);
    if (!record) return null;
    if (!canSeeFulfillment(principal, record)) throw forbidden(`Order ${order.id} belongs to another customer.`);
    return record;
  },
};
