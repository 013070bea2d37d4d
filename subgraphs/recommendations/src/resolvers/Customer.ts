import type { CustomerResolvers } from '../__generated__/resolvers-types.js';
import { recommendationsFor } from '../services/recommendations.js';

export const Customer: CustomerResolvers = {
  // Customers are owned elsewhere; one without history here still gets trending picks.
  __resolveReference: ({ id }) => ({ id }),
  recommendedProducts: (customer, { first }, ctx) => recommendationsFor(ctx, 'recommendedProducts', customer.id, first),
};
