import type { ProductVariantResolvers } from '../__generated__/resolvers-types.js';
import { toMoney } from '../domain/money.js';

export const ProductVariant: ProductVariantResolvers = {
  __resolveReference: ({ sku }, { loaders }) => loaders.variantBySku.load(sku),
  price: (variant) => toMoney(variant.price),
  async product(variant, _, { loaders }) {
    const product = await loaders.productById.load(variant.productId);
    if (!product) throw new Error(`Variant ${variant.sku} belongs to missing product ${variant.productId}`);
    return product;
  },
};
