import { requireService } from '@commerce/lib';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { parseFulfillmentOrder } from '../domain/fulfillmentOrder.js';
import { parseReturnItems } from '../domain/returns.js';
import { userInput } from './userInput.js';

export const Mutation: MutationResolvers = {
  requestReturn: (_, { orderId, items }, { services, principal }) =>
    services.returns.request(principal, orderId, userInput(() => parseReturnItems(items))),
  createFulfillmentOrder(_, { order }, { services, principal }) {
    requireService(principal, 'createFulfillmentOrder');
    return services.commands.create(userInput(() => parseFulfillmentOrder(order, new Date(services.clock.now()))));
  },
  cancelFulfillmentOrder(_, { orderId }, { services, principal }) {
    requireService(principal, 'cancelFulfillmentOrder');
    return services.commands.cancel(orderId);
  },
};
