import DataLoader from 'dataloader';
import type { DeliveryEstimateModel, FulfillmentModel } from './domain/models.js';
import { estimateKey, type EstimateRequest } from './services/deliveryEstimates.js';
import type { FulfillmentServices } from './services/index.js';

/** Per-request loaders: every key a request asks for within one tick is one batch. */
export function createLoaders(services: FulfillmentServices) {
  return {
    /** One cache read per batch, then deliveryOffers for the misses (one SKU per request, bounded concurrency). */
    deliveryEstimate: new DataLoader<EstimateRequest, DeliveryEstimateModel | null, string>((requests) => services.estimates.estimate(requests), {
      cacheKeyFn: estimateKey,
      maxBatchSize: 200,
    }),
    /** One BatchGetItem per batch. */
    fulfillmentByOrderId: new DataLoader<string, FulfillmentModel | null>(
      async (orderIds) => {
        const found = await services.store.fulfillmentsByOrderIds(orderIds);
        return orderIds.map((id) => found.get(id) ?? null);
      },
      { maxBatchSize: 100 },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
