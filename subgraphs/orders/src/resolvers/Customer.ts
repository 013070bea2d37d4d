import type { CustomerResolvers } from '../__generated__/resolvers-types.js';
import { userInput } from './userInput.js';

export const Customer: CustomerResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  orders: (customer, { first, after }, { services, principal }) => userInput(() => services.orders.ofCustomer(principal, customer.id, first, after ?? null)),
};
