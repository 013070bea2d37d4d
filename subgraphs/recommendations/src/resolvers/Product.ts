import type { ProductResolvers } from '../__generated__/resolvers-types.js';
import { recommendationsFor } from '../services/recommendations.js';

export const Product: ProductResolvers = {
  // Any product id is a valid reference here: one the graph does not know simply has empty lists.
  __resolveReference: ({ id }) => ({ id }),
  alsoBought: (product, { first }, ctx) => recommendationsFor(ctx, 'alsoBought', product.id, first),
  alsoViewed: (product, { first }, ctx) => recommendationsFor(ctx, 'alsoViewed', product.id, first),
  similar: (product, { first }, ctx) => recommendationsFor(ctx, 'similar', product.id, first),
};
