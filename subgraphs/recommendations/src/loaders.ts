import DataLoader from 'dataloader';
import type { RecommendationField } from './domain/models.js';
import type { GraphStore } from './ports/GraphStore.js';
import { loadRecommendations } from './services/recommendations.js';

/**
 * Per-request loaders. One loader per (field, first): every source asking for that list within one
 * tick (48 products of a category page, say) becomes one graph query, answered in key order.
 */
export function createLoaders(graph: GraphStore, now: () => number) {
  const lists = new Map<string, DataLoader<string, string[]>>();
  return {
    recommendations(field: RecommendationField, first: number): DataLoader<string, string[]> {
      const key = `${field}:${first}`;
      let loader = lists.get(key);
      if (!loader) {
        loader = new DataLoader((ids) => loadRecommendations(graph, field, first, ids, now()), { maxBatchSize: 200 });
        lists.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
