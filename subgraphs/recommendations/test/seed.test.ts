import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KuzuGraphStore } from '../src/adapters/kuzu/KuzuGraphStore.js';
import type { GraphStore } from '../src/ports/GraphStore.js';
import { seedRecommendations, type SeedProgress } from '../src/seed/seed.js';
import { InstrumentedGraphStore, NOW, syntheticCatalogue } from './harness.js';

const catalogue = syntheticCatalogue();
const options = { ...catalogue, customers: 80, purchases: 600, views: 900, now: NOW };

async function totals(store: GraphStore) {
  const [row] = await store.run<{ purchases: number; views: number; customers: number; counted: number }>(
    `MATCH (c:Customer) WITH count(c) AS customers
     MATCH ()-[r:PURCHASED]->() WITH customers, count(r) AS purchases
     MATCH (:Session)-[v:VIEWED]->() WITH customers, purchases, count(v) AS views
     MATCH (p:Product) RETURN customers, purchases, views, sum(p.purchaseCount) AS counted`,
  );
  return row!;
}

let kuzu: KuzuGraphStore;
beforeAll(async () => {
  kuzu = await KuzuGraphStore.open({ path: ':memory:' });
});
afterAll(() => kuzu?.close());

describe('seedRecommendations', () => {
  it('writes the requested history with progress, then is skipped while its marker exists', async () => {
    const progress: SeedProgress[] = [];
    const result = await seedRecommendations(kuzu, { ...options, onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ seeded: true, customers: 80, purchases: 600, views: 900 });
    expect(await totals(kuzu)).toEqual({ customers: 80, purchases: 600, views: 900, counted: 600 });
    expect(progress.filter((p) => p.step === 'purchases').at(-1)).toEqual({ step: 'purchases', done: 600, total: 600 });
    expect(progress.at(-1)!.step).toBe('counters');

    const counting = new InstrumentedGraphStore(kuzu);
    expect(await seedRecommendations(counting, options)).toEqual({ seeded: false, customers: 80, purchases: 600, views: 900, ms: 0 });
    expect(counting.calls).toBe(1);
  });

  it('runs again after an interruption without doubling anything', async () => {
    await kuzu.run('MATCH (m:SeedMarker) DELETE m', {}, { mode: 'write' });
    expect((await seedRecommendations(kuzu, options)).seeded).toBe(true);
    expect(await totals(kuzu)).toEqual({ customers: 80, purchases: 600, views: 900, counted: 600 });
  });

  it('loads the same graph through the portable queries when the store has no bulk path', async () => {
    const other = await KuzuGraphStore.open({ path: ':memory:' });
    try {
      const portable: GraphStore = { run: (c, p, o) => other.run(c, p, o), close: () => other.close() };
      await seedRecommendations(portable, options);
      expect(await totals(other)).toEqual(await totals(kuzu));
      const byProduct = 'MATCH (p:Product) RETURN p.id AS id, p.purchaseCount AS bought, p.viewCount AS viewed ORDER BY id';
      expect(await other.run(byProduct)).toEqual(await kuzu.run(byProduct));
    } finally {
      await other.close();
    }
  });
});
