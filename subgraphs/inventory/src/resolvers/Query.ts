import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const Query: QueryResolvers = {
  warehouses: (_, __, { services }) => [...services.warehouses.all],
};
