import type { ProductResolvers } from '../__generated__/resolvers-types.js';
import { toMoney } from '../domain/money.js';
import { reviewsOf } from '../services/reviews.js';

export const Product: ProductResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.productById.load(id),
  async category(product, _, { loaders }) {
    const category = (await loaders.categoryTree()).get(product.categoryId);
    if (!category) throw new Error(`Product ${product.id} is filed under unknown category ${product.categoryId}`);
    return category;
  },
  priceRange: (product) => ({ min: toMoney(product.priceMin), max: toMoney(product.priceMax) }),
  rating: (product) => ({ average: product.ratingAverage, count: product.ratingCount }),
  async variants(product, _, { loaders }) {
    const variants = await loaders.variantBySku.loadMany(product.skus);
    return variants.flatMap((v) => {
      if (v instanceof Error) throw v;
      return v ? [v] : [];
    });
  },
  reviews: (product, args, ctx) => reviewsOf(ctx, product, args),
};
