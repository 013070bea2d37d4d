import { join } from 'node:path';
import { openProductStore } from '@commerce/catalog/stores';
import { generateCatalog, generateCategories, seedCatalog } from '@commerce/catalog/seed';
import { loadConfig as loadInventoryConfig } from '@commerce/inventory/config';
import { formatRun, syncInventoryOnce } from '@commerce/inventory/sync';
import { seedRecommendations } from '@commerce/recommendations/seed';
import { openGraphStore } from '@commerce/recommendations/stores';
import type { StackEvents } from './stack.js';

/** Demo catalog in DynamoDB, unless a completed seed is recorded. */
export async function seedCatalogTable(endpoint: string, products: number, events: StackEvents): Promise<void> {
  const { store, dynamo } = await openProductStore({ dynamodb: { endpoint, region: 'us-east-1' }, table: 'commerce-catalog' });
  const seed = await seedCatalog(store, {
    products,
    onProgress: ({ products: done, total }) => events.progress(`Seeding catalog: ${done}/${total} products`),
  });
  dynamo.client.destroy();
  events.info(
    seed.seeded
      ? `Seeded ${seed.products} products in ${(seed.ms / 1000).toFixed(1)} s`
      : `Catalog already holds ${seed.products} products (use --fresh to start over)`,
  );
}

/**
 * Purchase and view history consistent with the demo catalog, in the embedded graph. Kuzu admits one
 * process per database, so the graph is closed again before the recommendations subgraph opens it.
 */
export async function seedRecommendationGraph(dataDir: string, products: number, events: StackEvents): Promise<string> {
  const path = join(dataDir, 'recommendations', 'graph.kuzu');
  const store = await openGraphStore({ graph: { kind: 'kuzu', path } });
  try {
    const categories = generateCategories();
    const catalog = Array.from(generateCatalog(products, categories), ({ product }) => ({
      id: product.id,
      categoryId: product.categoryId,
      topCategoryId: product.topCategoryId,
    }));
    const seed = await seedRecommendations(store, {
      products: catalog,
      categories,
      onProgress: ({ step, done, total }) => events.progress(`Seeding recommendations: ${step} ${done}/${total}`),
    });
    events.info(
      seed.seeded
        ? `Seeded ${seed.customers} customers, ${seed.purchases} purchases and ${seed.views} views in ${(seed.ms / 1000).toFixed(1)} s`
        : 'Recommendation graph already seeded',
    );
  } finally {
    await store.close();
  }
  return path;
}

/** Every variant SKU of the demo catalog, for the ERP simulator to stock. */
export function demoSkus(products: number): string[] {
  return [...generateCatalog(products)].flatMap((product) => product.variants.map((variant) => variant.sku));
}

/**
 * Pulls the ERP's stock into the inventory table before the subgraph serves: a full sync on the first
 * start, a delta after (the watermark is kept with the data).
 */
export async function syncInventoryTable(endpoint: string, erpODataUrl: string, events: StackEvents): Promise<void> {
  const config = loadInventoryConfig({ DYNAMODB_ENDPOINT: endpoint, AWS_REGION: 'us-east-1', ERP_ODATA_URL: erpODataUrl, LOG_LEVEL: 'warn' });
  const runs = await syncInventoryOnce(config, { onProgress: (line) => events.progress(line) });
  for (const run of runs) {
    events.info(
      run
        ? `Inventory: ${formatRun(run)}`
        : 'Inventory: not synced now: another sync holds the lease (a start stopped while syncing keeps it for 10 minutes); the subgraph syncs by itself once it is free',
    );
  }
}
