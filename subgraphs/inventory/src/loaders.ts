import DataLoader from 'dataloader';
import type { VariantInventoryModel } from './domain/models.js';
import type { InventoryServices } from './services/index.js';

/** Per-request loaders: every SKU a request asks for within one tick is one batch. */
export function createLoaders(services: InventoryServices) {
  return {
    /**
     * One BatchGetItem per batch (up to 100 SKUs): a category page's 48 variants, and the SKUs of
     * `Product.inStock` in the same tick, are one call. An Error value fails only that SKU's path.
     */
    inventoryBySku: new DataLoader<string, VariantInventoryModel | null>((skus) => services.reads.inventoryBySkus(skus), { maxBatchSize: 100 }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
