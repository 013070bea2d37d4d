import { requireService } from '@commerce/lib';
import type { MutationResolvers } from '../__generated__/resolvers-types.js';
import { parseOrderId, parseReserveInput } from '../domain/reservationInput.js';
import { userInput } from './userInput.js';

export const Mutation: MutationResolvers = {
  reserveStock(_, { input }, { services, principal }) {
    requireService(principal, 'reserveStock');
    return services.reservations.reserve(userInput(() => parseReserveInput(input)));
  },
  releaseStock(_, { orderId }, { services, principal }) {
    requireService(principal, 'releaseStock');
    return services.reservations.release(userInput(() => parseOrderId(orderId)));
  },
  commitStock(_, { orderId }, { services, principal }) {
    requireService(principal, 'commitStock');
    return services.reservations.commit(userInput(() => parseOrderId(orderId)));
  },
};
