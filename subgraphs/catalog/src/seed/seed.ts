import type { ProductRecord } from '../domain/models.js';
import type { ProductStore } from '../ports/ProductStore.js';
import { generateCatalog, generateCategories } from './generate.js';

export interface SeedProgress {
  products: number;
  total: number;
}

export interface SeedResult {
  seeded: boolean;
  products: number;
  ms: number;
}

const BATCH = 250;

/**
 * Seeds the deterministic demo catalog unless a completed seed of at least `products` is recorded.
 * Writes are idempotent puts, so a seed interrupted half-way simply runs again.
 */
export async function seedCatalog(
  store: ProductStore,
  { products, onProgress }: { products: number; onProgress?: (progress: SeedProgress) => void },
): Promise<SeedResult> {
  const started = performance.now();
  const done = await store.seedInfo();
  if (done && done.products >= products) return { seeded: false, products: done.products, ms: 0 };

  const categories = generateCategories();
  await store.saveCategories(categories);
  let written = 0;
  let batch: ProductRecord[] = [];
  const flush = async () => {
    await store.saveProducts(batch);
    written += batch.length;
    batch = [];
    onProgress?.({ products: written, total: products });
  };
  for (const record of generateCatalog(products, categories)) {
    batch.push(record);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  await store.recordSeed({ products, completedAt: new Date().toISOString() });
  return { seeded: true, products, ms: performance.now() - started };
}
