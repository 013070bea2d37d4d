import { unauthenticated } from '@commerce/lib';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { parseId } from '../domain/cart.js';
import { userInput } from './userInput.js';

export const Query: QueryResolvers = {
  cart: (_, { id }, { services, principal }) => userInput(() => services.carts.get(principal, parseId('id', id))),
  async order(_, { id }, { services, loaders, principal }) {
    return services.orders.visible(principal, await loaders.orderById.load(id));
  },
  me: (_, __, { principal }) => {
    if (principal.kind !== 'customer' || !principal.id) throw unauthenticated('`me` needs a signed-in customer.');
    return { id: principal.id };
  },
};
