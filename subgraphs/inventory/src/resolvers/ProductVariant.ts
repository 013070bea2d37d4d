import type { ProductVariantResolvers } from '../__generated__/resolvers-types.js';

export const ProductVariant: ProductVariantResolvers = {
  // Any SKU may be asked about; one unknown to inventory has `inventory: null`.
  __resolveReference: ({ sku }) => ({ sku }),
  inventory: (variant, _, { loaders }) => loaders.inventoryBySku.load(variant.sku),
};
