import { createLogger, listen, type Listening } from '@commerce/lib';
import { loadConfig } from '@commerce/gateway/config';
import { createGateway, type Gateway } from '@commerce/gateway/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalog, TEST_ROUTER_SECRET, type CatalogHarness } from '../../subgraphs/catalog/test/harness.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { typeDefs as catalogTypeDefs } from '../../subgraphs/catalog/src/server.js';
import { NavigationDocument, SearchDocument } from '../__generated__/operations.js';
import { post } from '../support/http.js';
import { composeToFile } from '../support/supergraph.js';

// The gateway is generic: here it serves a supergraph of the catalog alone.
const PRODUCT = `query ($slug: String!) { product(slug: $slug) { id name variants { sku price { amount } } reviews(first: 5) { totalCount } } }`;
// The storefront's category page without the stock that the inventory subgraph adds.
const CATEGORY = `query ($categoryId: ID!, $first: Int!) {
  category(id: $categoryId) { id name }
  products(filter: { categoryId: $categoryId }, first: $first) { totalCount edges { node { id name priceRange { min { amount } } } } }
}`;

let catalog: CatalogHarness;
let catalogHttp: Listening;
let gateway: Gateway;
let gatewayHttp: Listening;
let url: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gateway-'));
  catalog = await startCatalog({ products: 120 });
  catalogHttp = await listen(catalog.app, 0, '127.0.0.1');
  const supergraph = await composeToFile(dir, [{ name: 'catalog', url: `${catalogHttp.url}/graphql`, typeDefs: catalogTypeDefs }]);
  const config = loadConfig({ LOG_LEVEL: 'silent', ROUTER_SECRET: TEST_ROUTER_SECRET, SUPERGRAPH_PATH: supergraph });
  gateway = await createGateway(config, createLogger('gateway', 'silent'));
  gatewayHttp = await listen(gateway.app, 0, '127.0.0.1');
  url = `${gatewayHttp.url}/graphql`;
});

afterAll(async () => {
  await gatewayHttp?.close();
  await gateway?.stop();
  await catalogHttp?.close();
  await catalog?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('gateway over the catalog subgraph', () => {
  it('serves the storefront product page', async () => {
    const [product] = (await catalog.store.productsByIds(['prod-000005'])).values();
    const { status, body } = await post(url, PRODUCT, { slug: product!.slug });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.product.id).toBe('prod-000005');
    expect(body.data!.product.variants.length).toBe(product!.skus.length);
  });

  it('serves the category page, search and navigation', async () => {
    const nav = await post(url, NavigationDocument);
    const categoryId = nav.body.data!.categories[0]!.children[0]!.id;
    const page = await post(url, CATEGORY, { categoryId, first: 48 });
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data!.category!.id).toBe(categoryId);
    expect(page.body.data!.products.edges.length).toBe(Math.min(48, page.body.data!.products.totalCount));
    const search = await post(url, SearchDocument, { query: page.body.data!.products.edges[0]!.node.name, first: 5 });
    expect(search.body.errors).toBeUndefined();
    expect(search.body.data!.search.totalCount).toBeGreaterThan(0);
  });

  it('answers a malformed query with 400 GRAPHQL_PARSE_FAILED', async () => {
    const { status, body } = await post(url, '{ product(id: "x") { id }');
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with 400 GRAPHQL_VALIDATION_FAILED naming it', async () => {
    const { status, body } = await post(url, '{ product(id: "x") { id price } }');
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0]!.message).toMatch(/Cannot query field "price" on type "Product"/);
  });

  it('passes BAD_USER_INPUT from the subgraph through with its message and no stack trace', async () => {
    const { body } = await post(url, '{ products(first: 1000) { totalCount } }');
    const error = body.errors![0]!;
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/`first` must be between 1 and 100; got 1000/);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('resolves an unknown slug to null without errors', async () => {
    const { body } = await post(url, PRODUCT, { slug: 'no-such-slug' });
    expect(body).toEqual({ data: { product: null } });
  });

  it('reports health, and readiness of every subgraph', async () => {
    expect((await fetch(`${gatewayHttp.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${gatewayHttp.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, subgraphs: [{ name: 'catalog', ok: true }], supergraph: { source: 'file' } });
  });

  it('serves the playground to browsers on the endpoint', async () => {
    const res = await fetch(url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('graphiql');
    expect(html).toContain('ProductPage');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\/[^"']*\.js/i);
  });
});

describe('gateway readiness when a subgraph is down', () => {
  it('is 503 naming the subgraph', async () => {
    const supergraph = await composeToFile(dir, [{ name: 'catalog', url: 'http://127.0.0.1:1/graphql', typeDefs: catalogTypeDefs }]);
    const config = loadConfig({ LOG_LEVEL: 'silent', SUPERGRAPH_PATH: supergraph, READINESS_TIMEOUT_MS: '500' });
    const lonely = await createGateway(config, createLogger('gateway', 'silent'));
    const http = await listen(lonely.app, 0, '127.0.0.1');
    try {
      const res = await fetch(`${http.url}/readyz`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as { subgraphs: { name: string; ok: boolean }[] };
      expect(body.subgraphs).toMatchObject([{ name: 'catalog', ok: false }]);
    } finally {
      await http.close();
      await lonely.stop();
    }
  });
});
