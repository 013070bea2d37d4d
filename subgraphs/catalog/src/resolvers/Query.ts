import { badUserInput } from '@commerce/lib';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';
import { listProducts, searchProducts } from '../services/productListing.js';

export const Query: QueryResolvers = {
  async product(_, { id, slug }, { loaders }) {
    if ((id == null) === (slug == null)) {
      throw badUserInput('product: give exactly one of `id` or `slug`.');
    }
    const productId = id ?? (await loaders.productIdBySlug.load(slug!));
    return productId ? loaders.productById.load(productId) : null;
  },
  products: (_, args, ctx) => listProducts(ctx, args),
  search: (_, args, ctx) => searchProducts(ctx, args),
  category: async (_, { id }, { loaders }) => (await loaders.categoryTree()).get(id) ?? null,
  categories: async (_, __, { loaders }) => (await loaders.categoryTree()).roots,
};
