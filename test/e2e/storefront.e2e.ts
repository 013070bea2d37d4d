import { readFile, readdir } from 'node:fs/promises';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountDocument, CategoryPageDocument, ProductPageDocument, SearchDocument, type CategoryPageQuery } from '../__generated__/operations.js';
import { post, type GraphQLResponse } from '../support/http.js';
import { mintToken, startStack, type StackProcess } from '../support/stack.js';

const operationsDir = new URL('../operations/', import.meta.url);
/** Operations of a signed-in customer, run below with a token. */
const SIGNED_IN = ['Account', 'RequestReturn'];
/** Operations on a cart or order created first; checkout.e2e.ts runs them in order. */
const STATEFUL = ['AddToCart', 'Cart', 'PlaceOrder', 'OrderStatus'];
const destination = { postalCode: '98109', countryCode: 'US' };

let stack: StackProcess;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

describe('storefront operations through the stack that `npm start` runs', () => {
  it('prints the seed and start-up figures', () => {
    expect(stack.output()).toMatch(/Seeded 2000 products in [\d.]+ s/);
    expect(stack.output()).toMatch(/Gateway ready at http:\/\/localhost:\d+\/graphql/);
  });

  it('runs every anonymous operation in test/operations with its example variables, without errors', async () => {
    const variables = JSON.parse(await readFile(new URL('variables.json', operationsDir), 'utf8')) as Record<string, object>;
    const files = (await readdir(operationsDir)).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const document = parse(await readFile(new URL(file, operationsDir), 'utf8'));
      for (const operation of document.definitions as OperationDefinitionNode[]) {
        const name = operation.name!.value;
        if (SIGNED_IN.includes(name) || STATEFUL.includes(name)) continue;
        const { status, body } = await post(stack.gatewayUrl, print(operation), variables[name] ?? {});
        expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
        expect(Object.values(body.data!).every((v) => v !== null), `${name} returned null data`).toBe(true);
      }
    }
  });

  it('serves the product page with variants, prices and reviews', async () => {
    const { body } = await post(stack.gatewayUrl, ProductPageDocument, { slug: 'echo-slim-notebook-1', destination });
    expect(body.errors).toBeUndefined();
    const product = body.data!.product!;
    expect(product).toMatchObject({ id: 'prod-000001', slug: 'echo-slim-notebook-1', category: { id: 'cat-electronics-laptops' } });
    expect(product.variants.length).toBeGreaterThanOrEqual(1);
    for (const variant of product.variants) {
      expect(variant.price.currencyCode).toBe('USD');
      expect(variant.price.amount).toBe((variant.price.centAmount / 100).toFixed(2));
    }
    expect(product.reviews.edges.length).toBe(Math.min(5, product.reviews.totalCount));
    expect(product.rating.count).toBe(product.reviews.totalCount);
    // From the recommendations subgraph, resolved by the catalog in the same request.
    expect(product.alsoBought).toHaveLength(8);
    for (const other of product.alsoBought!) {
      expect(other.id).not.toBe(product.id);
      expect(other.name).toEqual(expect.any(String));
      expect(other.priceRange.min.centAmount).toBeGreaterThan(0);
    }
    // From the fulfillment subgraph, through Amazon's deliveryOffers (the simulator).
    for (const variant of product.variants) {
      expect(Date.parse(variant.deliveryEstimate!.earliest!)).toBeLessThanOrEqual(Date.parse(variant.deliveryEstimate!.latest!));
    }
    // From the inventory subgraph, synced from the ERP simulator: per warehouse, adding up.
    for (const variant of product.variants) {
      const inventory = variant.inventory!;
      expect(inventory.byWarehouse.length).toBeGreaterThan(0);
      expect(inventory.byWarehouse.every((w) => w.warehouse.id.length > 0 && w.warehouse.name.length > 0)).toBe(true);
      expect(inventory.available).toBe(inventory.byWarehouse.reduce((sum, w) => sum + w.available, 0));
      expect(inventory.inStock).toBe(inventory.available > 0);
    }
  });

  it('shows `inStock` for each of the 48 products of a category page', async () => {
    const { body } = await post(stack.gatewayUrl, CategoryPageDocument, { categoryId: 'cat-electronics', first: 48 });
    expect(body.errors).toBeUndefined();
    const products = body.data!.products.edges.map((edge) => edge.node);
    expect(products).toHaveLength(48);
    const variants = products.flatMap((p) => p.variants);
    expect(variants.every((v) => typeof v.inventory?.inStock === 'boolean')).toBe(true);
    // The demo stock leaves some variants sold out, so the answers are not all the same.
    expect(new Set(variants.map((v) => v.inventory?.inStock)).size).toBe(2);

    // `Product.inStock` is any of its variants in stock.
    const summary = await post<{ products: { edges: { node: { inStock: boolean; variants: { inventory: { inStock: boolean } | null }[] } }[] } }>(
      stack.gatewayUrl,
      'query ($id: ID!) { products(filter: { categoryId: $id }, first: 48) { edges { node { inStock variants { inventory { inStock } } } } } }',
      { id: 'cat-electronics' },
    );
    for (const { node } of summary.body.data!.products.edges) expect(node.inStock).toBe(node.variants.some((v) => v.inventory?.inStock === true));
  });

  it('pages a category of 48 products at a time to the end', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let totalCount = 0;
    do {
      const response: GraphQLResponse<CategoryPageQuery> = await post(stack.gatewayUrl, CategoryPageDocument, {
        categoryId: 'cat-electronics',
        first: 48,
        after,
      });
      const products = response.body.data!.products;
      totalCount = products.totalCount;
      for (const edge of products.edges) seen.add(edge.node.id);
      after = products.pageInfo.hasNextPage ? products.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBeGreaterThan(48);
    expect(seen.size).toBe(totalCount);
  });

  it('searches with facets', async () => {
    const { body } = await post(stack.gatewayUrl, SearchDocument, { query: 'jacket', first: 10 });
    const search = body.data!.search;
    expect(search.totalCount).toBeGreaterThan(10);
    expect(search.facets.brands.length).toBeGreaterThan(1);
    expect(search.facets.attributes.map((a) => a.name)).toContain('Size');
  });

  it("gives a signed-in customer 8 personal picks, and anonymous shoppers UNAUTHENTICATED on `me` only", async () => {
    const token = await mintToken(stack.dataDir, ['--customer', 'cust-00042']);
    const { body } = await post(stack.gatewayUrl, AccountDocument, { first: 5 }, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    expect(body.data!.me!.id).toBe('cust-00042');
    expect(body.data!.me!.orders).toEqual({ totalCount: 0, edges: [] });
    const picks = body.data!.me!.recommendedProducts!;
    expect(picks).toHaveLength(8);
    expect(new Set(picks.map((p) => p.id)).size).toBe(8);
    expect(picks.every((p) => p.name.length > 0)).toBe(true);

    const anonymous = await post(stack.gatewayUrl, '{ me { id } categories { id } }');
    expect(anonymous.body.data!.me).toBeNull();
    expect(anonymous.body.data!.categories.length).toBeGreaterThan(0);
    expect(anonymous.body.errors).toEqual([expect.objectContaining({ path: ['me'], extensions: { code: 'UNAUTHENTICATED' } })]);
  });

  it('accepts a token minted with `npm run token` and refuses a tampered one', async () => {
    const token = await mintToken(stack.dataDir, ['--customer', 'cust-00001', '--scope', 'orders:read']);
    const query = '{ categories { id } }';
    expect((await post(stack.gatewayUrl, query, {}, { authorization: `Bearer ${token}` })).status).toBe(200);
    const tampered = await post(stack.gatewayUrl, query, {}, { authorization: `Bearer ${token.slice(0, -4)}AAAA` });
    expect(tampered.status).toBe(401);
    expect(tampered.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('answers bad input with a clear error and unknown slugs with null', async () => {
    const tooMany = await post(stack.gatewayUrl, CategoryPageDocument, { categoryId: 'cat-electronics', first: 101 });
    expect(tooMany.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(tooMany.body.errors![0]!.message).toMatch(/between 1 and 100; got 101/);
    // Far above the maximum, the operation's cost is refused by the gateway before any subgraph is asked.
    const wayTooMany = await post(stack.gatewayUrl, CategoryPageDocument, { categoryId: 'cat-electronics', first: 5000 });
    expect(wayTooMany.status).toBe(400);
    expect(wayTooMany.body.errors![0]).toMatchObject({ extensions: { code: 'MAX_COST_EXCEEDED', limit: 5000 } });
    const badCursor = await post(stack.gatewayUrl, CategoryPageDocument, { categoryId: 'cat-electronics', first: 4, after: '%%%' });
    expect(badCursor.body.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const missing = await post(stack.gatewayUrl, ProductPageDocument, { slug: 'no-such-product', destination });
    expect(missing.body).toEqual({ data: { product: null } });
  });
});
