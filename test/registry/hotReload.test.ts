import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@commerce/gateway/config';
import { createGateway, type Gateway } from '@commerce/gateway/server';
import { createLogger, listen, type Listening } from '@commerce/lib';
import { FileRegistryStore } from '@commerce/lib/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalog, TEST_ROUTER_SECRET, type CatalogHarness } from '../../subgraphs/catalog/test/harness.js';
import { runCli } from '../../schema/registry/commands.js';
import { publishSubgraph } from '../../schema/registry/publish.js';
import { post } from '../support/http.js';
import { catalogSdl, startLoad, waitFor, withoutField } from './support.js';

// The registry starts with a catalog SDL that does not declare `Product.description` yet (the catalog
// subgraph already serves it): publishing the full SDL is the compatible change.
const PRODUCT = 'type Product @key(fields: "id")';
const withoutDescription = withoutField(catalogSdl, PRODUCT, 'description');
const LOAD = 'query StorefrontTile($slug: String!) { product(slug: $slug) { id name priceRange { min { amount currencyCode } } } }';
const BRAND = 'query BrandBadge($slug: String!) { product(slug: $slug) { brand } }';
const DESCRIPTION = 'query ($slug: String!) { product(slug: $slug) { description } }';

let catalog: CatalogHarness;
let catalogHttp: Listening;
let gateway: Gateway;
let gatewayHttp: Listening;
let dir: string;
let store: FileRegistryStore;
let url: string;
let slug: string;
let catalogUrl: string;

const logger = createLogger('test', 'silent');
const cli = (...args: string[]) =>
  runCli([...args, '--registry-dir', join(dir, 'registry'), '--operations', join(dir, 'no-operations'), '--trusted-documents', join(dir, 'none.json')], {
    USER: 'ci-bot',
  });
const sdlFile = async (name: string, sdl: string) => {
  const path = join(dir, name);
  await writeFile(path, sdl);
  return path;
};
const readyz = async () => (await (await fetch(`${gatewayHttp.url}/readyz`)).json()) as { supergraph: { version: number } };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'registry-reload-'));
  store = new FileRegistryStore(join(dir, 'registry'));
  catalog = await startCatalog({ products: 40 });
  catalogHttp = await listen(catalog.app, 0, '127.0.0.1');
  catalogUrl = `${catalogHttp.url}/graphql`;
  slug = [...(await catalog.store.productsByIds(['prod-000003'])).values()][0]!.slug;
  const first = await publishSubgraph(store, { name: 'catalog', sdl: withoutDescription, url: catalogUrl }, { author: 'test' });
  expect(first.outcome.status).toBe('published');

  const config = loadConfig({
    LOG_LEVEL: 'silent',
    ROUTER_SECRET: TEST_ROUTER_SECRET,
    SUPERGRAPH_REGISTRY_DIR: join(dir, 'registry'),
    SUPERGRAPH_POLL_SECONDS: '1',
    USAGE_FLUSH_SECONDS: '3600',
    RATE_LIMIT_ANONYMOUS: '0',
  });
  gateway = await createGateway(config, createLogger('gateway', process.env.DEBUG_LOG ?? 'silent'));
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

describe('gateway following the schema registry', () => {
  it('serves a compatible change published under load within seconds, failing no request', async () => {
    expect((await post(url, DESCRIPTION, { slug })).body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const load = startLoad(url, LOAD, { slug }, 8);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const published = await publishSubgraph(store, { name: 'catalog', sdl: catalogSdl }, { author: 'test', message: 'declare Product.description' });
    expect(published.outcome.status).toBe('published');
    expect(published.check.changes.map((c) => [c.level, c.path])).toEqual([['safe', 'Product.description']]);
    const swapMs = await waitFor(async () => !(await post(url, DESCRIPTION, { slug })).body.errors, 15_000);

    await new Promise((resolve) => setTimeout(resolve, 1000));
    const report = await load.stop();
    console.log(`swap: ${Math.round(swapMs)} ms from publish to the first response from the new schema; ${report.requests} requests under load, ${report.failures.length} failed`);
    expect(report.failures).toEqual([]);
    expect(report.requests).toBeGreaterThan(100);
    expect(swapMs).toBeLessThan(10_000);
    expect((await post(url, DESCRIPTION, { slug })).body.data!.product.description).toEqual(expect.any(String));
    expect((await readyz()).supergraph).toMatchObject({ version: 2, source: 'registry' });
    const metrics = await (await fetch(`${gatewayHttp.url}/metrics`)).text();
    expect(metrics).toMatch(/^gateway_supergraph_version 2$/m);
    expect(metrics).toMatch(/^gateway_supergraph_updates_total\{outcome="loaded"\} 1$/m);
  });

  it('refuses removing a field a recorded operation uses, naming the operation, unless forced with a reason', async () => {
    for (let i = 0; i < 3; i++) expect((await post(url, BRAND, { slug })).body.errors).toBeUndefined();
    expect(await gateway.flushUsage()).toBeGreaterThan(0);
    const brandless = await sdlFile('catalog-no-brand.graphql', withoutField(catalogSdl, PRODUCT, 'brand'));

    const check = await cli('check', '--subgraph', 'catalog', '--schema', brandless);
    expect(check.code).toBe(1);
    const report = check.lines.join('\n');
    expect(report).toContain("Field 'brand' was removed from object type 'Product' (Product.brand)");
    expect(report).toMatch(/used by .*BrandBadge \(recorded usage [0-9a-f]{12}, 3 request\(s\)/);
    expect(report).not.toMatch(/used by .*StorefrontTile/);

    expect((await cli('publish', '--subgraph', 'catalog', '--schema', brandless)).code).toBe(1);
    expect((await cli('publish', '--subgraph', 'catalog', '--schema', brandless, '--force')).code).toBe(2);
    const forced = await cli('publish', '--subgraph', 'catalog', '--schema', brandless, '--force', '-m', 'brand moves to the brands subgraph');
    expect(forced.code).toBe(0);
    const [latest] = await store.history(1);
    expect(latest).toMatchObject({ version: 3, author: 'ci-bot', subgraph: 'catalog', message: 'brand moves to the brands subgraph' });
    expect(latest!.forced!.operations).toContain('BrandBadge');

    await gateway.poll();
    expect((await post(url, BRAND, { slug })).body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(gateway.supergraph.version).toBe(3);
  });

  it('refuses a supergraph that does not compose or that the gateway cannot serve, and keeps serving', async () => {
    const badKey = await sdlFile('catalog-bad-key.graphql', catalogSdl.replace(PRODUCT, 'type Product @key(fields: "sku")'));
    const refused = await cli('publish', '--subgraph', 'catalog', '--schema', badKey);
    expect(refused.code).toBe(1);
    expect(refused.lines.join('\n')).toMatch(/KEY_INVALID_FIELDS \(subgraph catalog · Product\).*Cannot query field "sku" on type "Product"/);
    const policy = catalogSdl.replace('"@listSize"]', '"@listSize", "@policy"]').replace('brand: String!', 'brand: String! @policy(policies: [["staff"]])');
    const unsupported = await cli('check', '--subgraph', 'catalog', '--schema', await sdlFile('catalog-policy.graphql', policy));
    expect(unsupported.lines.join('\n')).toMatch(/GATEWAY_CANNOT_LOAD.*policy\/v0\.1 is for: SECURITY but is unsupported/);
    expect(await store.latestVersion()).toBe(3);

    // Written past the checks (by hand, or by an older tool): the gateway refuses them itself.
    const current = (await store.get(3))!;
    const { supergraphSdl: _unused, ...rest } = current;
    await store.append({ ...rest, message: 'not a supergraph', supergraphSdl: 'type Query { broken: Nope }' }, 3);
    expect(await gateway.poll()).toBe('refused');
    const policySupergraph = current.supergraphSdl.replace(
      /(@link\(url: "https:\/\/specs\.apollo\.dev\/link\/v1\.0"\))/,
      '$1\n  @link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
    );
    await store.append({ ...rest, message: 'links @policy', supergraphSdl: policySupergraph }, 4);
    expect(await gateway.poll()).toBe('refused');

    expect(gateway.supergraph.version).toBe(3);
    expect((await readyz()).supergraph.version).toBe(3);
    const served = await post(url, LOAD, { slug });
    expect(served.body.errors).toBeUndefined();
    expect(served.body.data!.product.name).toEqual(expect.any(String));
    expect(await (await fetch(`${gatewayHttp.url}/metrics`)).text()).toMatch(/^gateway_supergraph_updates_total\{outcome="refused"\} 2$/m);
  });

  it('rolls back to an earlier version as a new version, and serves its schema again', async () => {
    const rolled = await cli('rollback', '--to', '2', '-m', 'brands subgraph is late');
    expect(rolled.code).toBe(0);
    expect(rolled.lines.join('\n')).toMatch(/Published registry version 6 \(rollback\)/);
    await waitFor(async () => !(await post(url, BRAND, { slug })).body.errors, 10_000);
    expect(gateway.supergraph.version).toBe(6);
    expect((await store.get(6))!.supergraphSdl).toBe((await store.get(2))!.supergraphSdl);
    const history = await cli('history');
    expect(history.lines.slice(1, 3)).toEqual([expect.stringMatching(/^ {3}6 .* rollback to 2 /), expect.stringMatching(/^ {3}5 /)]);
  });
});

describe('a new version brings its own rules', () => {
  it('enforces the authorization and cost directives of the version in service', async () => {
    const VARIANTS = '{ products(first: 10) { edges { node { variants { sku } } } } }';
    expect((await post(url, VARIANTS)).body.errors).toBeUndefined();
    const guarded = catalogSdl
      .replace('"@listSize"]', '"@listSize", "@authenticated"]')
      .replace('brand: String!', 'brand: String! @authenticated')
      .replace('@listSize(assumedSize: 6)', '@listSize(assumedSize: 600)');
    const published = await publishSubgraph(store, { name: 'catalog', sdl: guarded }, { author: 'test' });
    expect(published.outcome.status).toBe('published');
    expect(published.check.changes).toEqual([]); // the API schema is the same: only the rules change
    expect(await gateway.poll()).toBe('loaded');

    // The denied non-null field nulls its parent, as GraphQL's null propagation would.
    const brand = await post(url, BRAND, { slug });
    expect(brand.body.data).toMatchObject({ product: null });
    expect(brand.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const costly = await post(url, VARIANTS);
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0]?.extensions?.code).toBe('MAX_COST_EXCEEDED');
  });
});
