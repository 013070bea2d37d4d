import DataLoader from 'dataloader';
import type { CatalogVariant, OrderModel } from './domain/models.js';
import { userInput } from './resolvers/userInput.js';
import type { OrdersServices } from './services/index.js';

/** Per-request loaders: every key a request asks for within one tick is one batch. */
export function createLoaders(services: OrdersServices) {
  return {
    /** One catalog `_entities` request per batch: the prices every cart line of the response needs. */
    catalogVariant: new DataLoader<string, CatalogVariant | null>(
      async (skus) => {
        const found = await userInput(() => services.catalog.variants(skus));
        return skus.map((sku) => found.get(sku) ?? null);
      },
      { maxBatchSize: 200 },
    ),
    /** One BatchGetItem per batch. */
    orderById: new DataLoader<string, OrderModel | null>(
      async (ids) => {
        const found = await services.orderStore.ordersByIds(ids);
        return ids.map((id) => found.get(id) ?? null);
      },
      { maxBatchSize: 100 },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
