import { unauthenticated } from '@commerce/lib';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { trendingProducts } from '../services/recommendations.js';

export const Query: QueryResolvers = {
  trending: (_, args, ctx) => trendingProducts(ctx, args),
  me: (_, __, { principal }) => {
    if (principal.kind !== 'customer' || !principal.id) throw unauthenticated('`me` needs a signed-in customer.');
    return { id: principal.id };
  },
};
