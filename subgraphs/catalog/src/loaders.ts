import DataLoader from 'dataloader';
import { CategoryTree } from './domain/categoryTree.js';
import type { ProductModel, VariantModel } from './domain/models.js';
import type { ProductStore } from './ports/ProductStore.js';

/** Turns a store's map answer into DataLoader's answer: one value per key, in key order. */
function byKey<V>(load: (keys: readonly string[]) => Promise<Map<string, V>>) {
  return async (keys: readonly string[]) => {
    const found = await load(keys);
    return keys.map((key) => found.get(key) ?? null);
  };
}

/** Per-request loaders: every key a request asks for within one tick is one store call. */
export function createLoaders(store: ProductStore) {
  let categoryTree: Promise<CategoryTree> | undefined;
  return {
    productById: new DataLoader<string, ProductModel | null>(byKey((ids) => store.productsByIds(ids)), { maxBatchSize: 500 }),
    productIdBySlug: new DataLoader<string, string | null>(byKey((slugs) => store.productIdsBySlugs(slugs))),
    variantBySku: new DataLoader<string, VariantModel | null>(byKey((skus) => store.variantsBySkus(skus)), { maxBatchSize: 500 }),
    categoryTree: (): Promise<CategoryTree> =>
      (categoryTree ??= store.allCategories().then((categories) => new CategoryTree(categories))),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
