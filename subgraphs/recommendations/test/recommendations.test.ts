import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customer, startRecommendations, type RecommendationsHarness } from './harness.js';

let rec: RecommendationsHarness;
let bestSeller: string;
beforeAll(async () => {
  rec = await startRecommendations();
  const [top] = await rec.graph.run<{ id: string }>('MATCH (p:Product) RETURN p.id AS id ORDER BY p.purchaseCount DESC, id LIMIT 1');
  bestSeller = top!.id;
});
afterAll(() => rec?.close());

async function ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, principal = customer('cust-00001')): Promise<T> {
  const result = await rec.execute<T>(query, variables, principal);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

const PRODUCT_LISTS = `query ($id: ID!, $first: Int!) {
  _entities(representations: [{ __typename: "Product", id: $id }]) {
    ... on Product { id alsoBought(first: $first) { id } alsoViewed(first: $first) { id } similar(first: $first) { id } }
  }
}`;

type Lists = { id: string; alsoBought: { id: string }[]; alsoViewed: { id: string }[]; similar: { id: string }[] };
const ids = (list: { id: string }[]) => list.map((p) => p.id);

describe('product lists', () => {
  it('alsoBought and alsoViewed of a seeded product give exactly `first` distinct other products', async () => {
    const { _entities } = await ok<{ _entities: Lists[] }>(PRODUCT_LISTS, { id: bestSeller, first: 6 });
    const known = new Set(rec.catalogue.products.map((p) => p.id));
    for (const list of [ids(_entities[0]!.alsoBought), ids(_entities[0]!.alsoViewed)]) {
      expect(list).toHaveLength(6);
      expect(new Set(list).size).toBe(6);
      expect(list).not.toContain(bestSeller);
      for (const id of list) expect(known.has(id)).toBe(true);
    }
  });

  it('similar stays in the product’s category and is shorter only when the category runs out', async () => {
    const category = rec.catalogue.products.find((p) => p.id === bestSeller)!.categoryId;
    const inCategory = new Set(rec.catalogue.products.filter((p) => p.categoryId === category && p.id !== bestSeller).map((p) => p.id));
    const five = ids((await ok<{ _entities: Lists[] }>(PRODUCT_LISTS, { id: bestSeller, first: 5 }))._entities[0]!.similar);
    expect(five).toHaveLength(5);
    for (const id of five) expect(inCategory.has(id)).toBe(true);
    const all = ids((await ok<{ _entities: Lists[] }>(PRODUCT_LISTS, { id: bestSeller, first: 50 }))._entities[0]!.similar);
    expect(new Set(all)).toEqual(inCategory);
    expect(all.slice(0, 5)).toEqual(five);
  });

  it('gives empty lists, not errors, for a product the graph does not know', async () => {
    const { _entities } = await ok<{ _entities: Lists[] }>(PRODUCT_LISTS, { id: 'p-unknown', first: 8 });
    expect(_entities[0]).toEqual({ id: 'p-unknown', alsoBought: [], alsoViewed: [], similar: [] });
  });
});

describe('trending', () => {
  it('lists `first` products overall, and only a category’s (subcategories included) when asked', async () => {
    const { trending } = await ok<{ trending: { id: string }[] }>('{ trending(first: 7) { id } }');
    expect(trending).toHaveLength(7);
    const { byTop, byLeaf } = await ok<{ byTop: { id: string }[]; byLeaf: { id: string }[] }>(
      '{ byTop: trending(categoryId: "cat-garden", first: 12) { id } byLeaf: trending(categoryId: "cat-garden-a", first: 12) { id } }',
    );
    expect(byTop).toHaveLength(12);
    expect(byTop.every((p) => p.id.startsWith('p-garden-'))).toBe(true);
    expect(new Set(byTop.map((p) => p.id.split('-')[2])).size).toBe(2);
    expect(byLeaf.every((p) => p.id.startsWith('p-garden-a-'))).toBe(true);
    expect(byLeaf).toHaveLength(10);
  });

  it('is empty for an unknown category', async () => {
    expect(await ok('{ trending(categoryId: "cat-nope") { id } }')).toEqual({ trending: [] });
  });
});

describe('customers', () => {
  it('recommends 8 products a seeded customer has not bought', async () => {
    const owned = await rec.graph.run<{ id: string }>("MATCH (:Customer {id: 'cust-00007'})-[:PURCHASED]->(p:Product) RETURN DISTINCT p.id AS id");
    expect(owned.length).toBeGreaterThan(0);
    const { _entities } = await ok<{ _entities: { id: string; recommendedProducts: { id: string }[] }[] }>(
      `{ _entities(representations: [{ __typename: "Customer", id: "cust-00007" }]) {
        ... on Customer { id recommendedProducts { id } } } }`,
    );
    const picks = ids(_entities[0]!.recommendedProducts);
    expect(picks).toHaveLength(8);
    expect(new Set(picks).size).toBe(8);
    for (const { id } of owned) expect(picks).not.toContain(id);
  });

  it('falls back to trending for a customer without history', async () => {
    const { trending } = await ok<{ trending: { id: string }[] }>('{ trending(first: 8) { id } }');
    const { me } = await ok<{ me: { id: string; recommendedProducts: { id: string }[] } }>(
      '{ me { id recommendedProducts { id } } }',
      {},
      customer('cust-new'),
    );
    expect(me.id).toBe('cust-new');
    expect(ids(me.recommendedProducts)).toEqual(ids(trending));
  });

  it('answers `me` only for a signed-in customer', async () => {
    for (const principal of [
      { kind: 'anonymous' as const, scopes: [], requestId: 'r' },
      { kind: 'service' as const, id: 'orders', scopes: [], requestId: 'r' },
    ]) {
      const result = await rec.execute('{ me { id } }', {}, principal);
      expect(result.data).toEqual({ me: null });
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
