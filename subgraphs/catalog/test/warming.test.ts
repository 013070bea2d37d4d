import { listen, type Listening } from '@commerce/lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../src/services/searchIndexing.js';
import { startCatalog, type CatalogHarness } from './harness.js';

let catalog: CatalogHarness;
let http: Listening;
beforeAll(async () => {
  catalog = await startCatalog({ products: 30, indexed: false });
  http = await listen(catalog.app, 0, '127.0.0.1');
});
afterAll(async () => {
  await http?.close();
  await catalog?.close();
});

describe('a catalog whose search index is still being built', () => {
  it('serves lookups, refuses search with a code to retry on, and reports readiness only once every product is indexed', async () => {
    const readyz = async () => {
      const res = await fetch(`${http.url}/readyz`);
      return [res.status, await res.json()];
    };
    expect(await readyz()).toEqual([503, { status: 'starting', reason: 'building the search index', scannedItems: 0, indexedProducts: 0 }]);
    expect((await fetch(`${http.url}/healthz`)).status).toBe(200);

    const lookup = await catalog.execute('{ product(id: "prod-000003") { id } }');
    expect(lookup).toEqual({ data: { product: { id: 'prod-000003' } } });
    const search = '{ search(query: "", first: 50) { totalCount } }';
    const refused = await catalog.execute(search);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(refused.errors?.[0]?.message).toMatch(/^Search is not available yet: the catalog is indexing its products \(0 so far\)\. Retry/);
    const filtered = await catalog.execute('{ products(filter: { brands: ["Acme"] }, first: 5) { totalCount } }');
    expect(filtered.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');

    await buildSearchIndex(catalog.store, catalog.search, (items) => (catalog.search.scannedItems = items));
    const [status, progress] = await readyz();
    expect([status, progress.indexedProducts]).toEqual([503, 30]);
    // Products and their variants, read before any product is indexed.
    expect(progress.scannedItems).toBeGreaterThan(30);
    catalog.search.warmed();

    expect(await readyz()).toEqual([200, { status: 'ready' }]);
    expect(await catalog.execute(search)).toEqual({ data: { search: { totalCount: 30 } } });
  });
});
