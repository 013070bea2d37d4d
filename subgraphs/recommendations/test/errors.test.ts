import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRecommendations, type RecommendationsHarness } from './harness.js';

let rec: RecommendationsHarness;
beforeAll(async () => {
  rec = await startRecommendations({ customers: 50, purchases: 300 });
});
afterEach(() => {
  rec.graph.down = false;
  rec.graph.slow = false;
});
afterAll(() => rec?.close());

const entity = (field: string) =>
  `{ _entities(representations: [{ __typename: "Product", id: "p-home-a-1" }, { __typename: "Customer", id: "cust-00001" }]) {
      ... on Product { id ${field} }
      ... on Customer { id recommendedProducts(first: 3) { id } } } }`;

describe('bad input', () => {
  it.each([
    ['alsoBought(first: 0) { id }', 0],
    ['alsoViewed(first: 51) { id }', 51],
    ['similar(first: -3) { id }', -3],
  ])('rejects %s with BAD_USER_INPUT naming the range', async (field, first) => {
    const result = await rec.execute(entity(field));
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.message).toBe(`\`first\` must be between 1 and 50; got ${first}.`);
    expect(result.errors![0]!.path).toEqual(['_entities', 0, field.split('(')[0]]);
  });

  it('rejects trending and recommendedProducts outside 1..50 and an overlong category id', async () => {
    for (const query of [
      '{ trending(first: 100) { id } }',
      '{ _entities(representations: [{ __typename: "Customer", id: "c" }]) { ... on Customer { recommendedProducts(first: 0) { id } } } }',
    ]) {
      const result = await rec.execute(query);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/`first` must be between 1 and 50/);
    }
    const long = await rec.execute('query ($c: ID) { trending(categoryId: $c) { id } }', { c: 'x'.repeat(101) });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0]?.message).toMatch(/`categoryId` must be a non-empty id of at most 100 characters; got 101/);
  });
});

describe('graph store down', () => {
  it('nulls each recommendation list with UPSTREAM_UNAVAILABLE while the rest of the page answers', async () => {
    rec.graph.down = true;
    const result = await rec.execute<{ _entities: Record<string, unknown>[] }>(entity('alsoBought(first: 4) { id } similar { id }'));
    expect(result.data!._entities).toEqual([
      { id: 'p-home-a-1', alsoBought: null, similar: null },
      { id: 'cust-00001', recommendedProducts: null },
    ]);
    expect(result.errors).toHaveLength(3);
    for (const error of result.errors!) {
      expect(error.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(error.message).toBe('recommendations graph store is unavailable; try again shortly.');
      expect(error.extensions).not.toHaveProperty('stacktrace');
    }
    expect(result.errors!.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        ['_entities', 0, 'alsoBought'],
        ['_entities', 0, 'similar'],
        ['_entities', 1, 'recommendedProducts'],
      ]),
    );
  });

  it('nulls trending and fails recordProductView with UPSTREAM_UNAVAILABLE', async () => {
    rec.graph.down = true;
    const trending = await rec.execute('{ trending { id } }');
    expect(trending.data).toEqual({ trending: null });
    expect(trending.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const view = await rec.execute('mutation { recordProductView(productId: "p-home-a-1", sessionId: "s-1") }');
    expect(view.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('reports a store that does not answer in time as UPSTREAM_TIMEOUT', async () => {
    rec.graph.slow = true;
    const result = await rec.execute(entity('alsoViewed { id }'));
    expect(result.data).toEqual({ _entities: [{ id: 'p-home-a-1', alsoViewed: null }, { id: 'cust-00001', recommendedProducts: null }] });
    expect(result.errors!.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['UPSTREAM_TIMEOUT', 'recommendations graph store did not answer within 5000 ms.'],
      ['UPSTREAM_TIMEOUT', 'recommendations graph store did not answer within 5000 ms.'],
    ]);
  });

  it('recovers once the store is back', async () => {
    rec.graph.down = true;
    expect((await rec.execute('{ trending(first: 2) { id } }')).data).toEqual({ trending: null });
    rec.graph.down = false;
    const result = await rec.execute<{ trending: unknown[] }>('{ trending(first: 2) { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.trending).toHaveLength(2);
  });
});
