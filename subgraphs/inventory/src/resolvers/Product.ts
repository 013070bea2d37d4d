import type { ProductResolvers } from '../__generated__/resolvers-types.js';

export const Product: ProductResolvers = {
  // The gateway sends `variants { sku }` from the catalog with the key (`@requires`).
  __resolveReference: (reference) => reference,
  async inStock(product, _, { loaders }) {
    const skus = (product.variants ?? []).map((v) => v.sku);
    const settled = await Promise.allSettled(skus.map((sku) => loaders.inventoryBySku.load(sku)));
    const known = settled.flatMap((s) => (s.status === 'fulfilled' && s.value ? [s.value] : []));
    if (known.some((inventory) => inventory.inStock)) return true;
    // None known and some unanswerable: the error says why, rather than a guess.
    const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    return known.length > 0 ? false : null;
  },
};
