import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProduct } from '../src/seed/generate.js';
import { saveProducts } from '../src/services/searchIndexing.js';
import { startCatalog, type CatalogHarness } from './harness.js';

let catalog: CatalogHarness;
beforeAll(async () => {
  catalog = await startCatalog({ products: 20 });
});
afterAll(() => catalog?.close());

describe('catalog writes', () => {
  it('updates the search index along with the table', async () => {
    const categories = await catalog.store.allCategories();
    const record = generateProduct(500, categories);
    record.product.name = 'Zanzibar Quokka Lantern';
    const query = '{ search(query: "quokka", first: 5) { totalCount edges { node { id name } } } }';
    expect((await catalog.execute(query)).data!.search.totalCount).toBe(0);

    await saveProducts(catalog.store, catalog.search, [record]);

    const { search } = (await catalog.execute(query)).data!;
    expect(search.totalCount).toBe(1);
    expect(search.edges[0].node).toEqual({ id: record.product.id, name: 'Zanzibar Quokka Lantern' });
  });
});
