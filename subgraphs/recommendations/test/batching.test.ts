import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRecommendations, type RecommendationsHarness } from './harness.js';

let rec: RecommendationsHarness;
beforeAll(async () => {
  rec = await startRecommendations();
});
afterAll(() => rec?.close());

const representations = (ids: string[]) => ids.map((id) => ({ __typename: 'Product', id }));

describe('batching', () => {
  it('answers alsoBought for the 48 products of a category page with one graph query, in order', async () => {
    const ids = rec.catalogue.products.slice(0, 48).map((p) => p.id);
    rec.graph.calls = 0;
    const result = await rec.execute<{ _entities: { id: string; alsoBought: { id: string }[] }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id alsoBought(first: 4) { id } } } }',
      { r: representations(ids) },
    );
    expect(result.errors).toBeUndefined();
    expect(rec.graph.calls).toBe(1);
    expect(result.data!._entities.map((p) => p.id)).toEqual(ids);
    for (const product of result.data!._entities) {
      expect(product.alsoBought).toHaveLength(4);
      expect(product.alsoBought.map((p) => p.id)).not.toContain(product.id);
    }
  });

  it('makes one query per field and `first`, not per product', async () => {
    const ids = rec.catalogue.products.slice(10, 30).map((p) => p.id);
    rec.graph.calls = 0;
    const result = await rec.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product {
        id a: alsoBought(first: 4) { id } b: alsoBought(first: 4) { id } c: alsoBought(first: 2) { id } similar { id } } } }`,
      { r: representations(ids) },
    );
    expect(result.errors).toBeUndefined();
    // alsoBought(4) once (the alias repeats it within the batch), alsoBought(2) once, similar once.
    expect(rec.graph.calls).toBe(3);
  });
});
