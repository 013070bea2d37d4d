import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalog, type CatalogHarness } from './harness.js';

let catalog: CatalogHarness;
beforeAll(async () => {
  catalog = await startCatalog({ products: 120 });
});
afterAll(() => catalog?.close());

const PRODUCT_ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Product { id name priceRange { min { centAmount currencyCode amount } } }
    }
  }
`;

const productId = (n: number) => `prod-${String(n).padStart(6, '0')}`;

describe('catalog entities', () => {
  it('resolves 48 Product references with one BatchGetItem, in request order', async () => {
    const ids = Array.from({ length: 48 }, (_, i) => productId(48 - i));
    catalog.calls.reset();
    const result = await catalog.execute<{ _entities: { id: string; name: string }[] }>(PRODUCT_ENTITIES, {
      representations: ids.map((id) => ({ __typename: 'Product', id })),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((p) => p.id)).toEqual(ids);
    expect(catalog.calls.snapshot()).toEqual({ BatchGetItem: 1 });
  });

  it('resolves an unknown Product reference to null without an error', async () => {
    const result = await catalog.execute(PRODUCT_ENTITIES, {
      representations: [
        { __typename: 'Product', id: productId(1) },
        { __typename: 'Product', id: 'prod-does-not-exist' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].id).toBe(productId(1));
    expect(result.data!._entities[1]).toBeNull();
  });

  it('resolves ProductVariant references by SKU, with their product, in two batched store calls', async () => {
    const products = await catalog.store.productsByIds([productId(1), productId(2), productId(3)]);
    const skus = [...products.values()].flatMap((p) => p.skus);
    catalog.calls.reset();
    const result = await catalog.execute<{ _entities: { sku: string; price: { amount: string }; product: { id: string } }[] }>(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on ProductVariant { sku name price { centAmount currencyCode amount } product { id } }
        }
      }`,
      { representations: [...skus.map((sku) => ({ __typename: 'ProductVariant', sku })), { __typename: 'ProductVariant', sku: 'NOPE' }] },
    );
    expect(result.errors).toBeUndefined();
    const entities = result.data!._entities;
    expect(entities.slice(0, -1).map((v) => v.sku)).toEqual(skus);
    expect(entities.at(-1)).toBeNull();
    expect(entities[0]!.price.amount).toMatch(/^\d+\.\d{2}$/);
    // variants in one batch, then their products in one batch
    expect(catalog.calls.snapshot()).toEqual({ BatchGetItem: 2 });
  });

  it('splits a batch of more than 100 keys into BatchGetItem calls of at most 100', async () => {
    catalog.calls.reset();
    const ids = Array.from({ length: 120 }, (_, i) => productId(i + 1));
    const found = await catalog.store.productsByIds(ids);
    expect(found.size).toBe(120);
    expect(catalog.calls.get('BatchGetItem')).toBe(2);
  });
});
