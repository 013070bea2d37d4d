import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileRegistryStore } from '@commerce/lib/registry';
import { buildSchema, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { subgraphs } from '../subgraphs.js';
import { apiSchemaOf, checkSubgraph } from './check.js';
import { runCli } from './commands.js';
import { initRegistry, publishSubgraph } from './publish.js';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])';
const shop = `${LINK}
  type Query { product(id: ID!): Product products(sort: Sort): [Product!]! }
  enum Sort { NEWEST PRICE }
  type Product @key(fields: "id") { id: ID! name: String! brand: String legacy: String }`;
const without = (field: string) => shop.replace(` ${field}: String${field === 'name' ? '!' : ''}`, '');

let dir: string;
let store: FileRegistryStore;
const author = { author: 'test' };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'schema-check-'));
  store = new FileRegistryStore(join(dir, 'registry'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function withShop(operations: Record<string, string> = {}, manifest: Record<string, string> = {}) {
  await initRegistry(store, [{ name: 'shop', url: 'http://shop/graphql', sdl: shop }], author);
  await mkdir(join(dir, 'operations'));
  for (const [name, text] of Object.entries(operations)) await writeFile(join(dir, 'operations', `${name}.graphql`), text);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { operationsDir: join(dir, 'operations'), trustedDocumentsPath: join(dir, 'manifest.json') };
}

describe('checkSubgraph', () => {
  it('reports composition errors with the subgraphs, types and fields involved', async () => {
    await withShop();
    const result = await checkSubgraph(store, {
      name: 'reviews',
      url: 'http://reviews/graphql',
      sdl: `${LINK}\ntype Product @key(fields: "id") { id: ID! name: Int }`,
    });
    expect(result.ok).toBe(false);
    expect(result.composition.ok).toBe(false);
    const errors = result.composition.ok ? [] : result.composition.errors;
    expect(errors[0]).toMatchObject({ code: 'FIELD_TYPE_MISMATCH', subgraphs: ['reviews', 'shop'], coordinates: ['Product.name'] });
    expect(errors[0]!.locations).toEqual(expect.arrayContaining(['reviews:2']));
  });

  it('refuses a breaking change only when a known operation uses it, naming the operation and where it is known from', async () => {
    const sources = await withShop(
      { tile: 'query Tile { product(id: "1") { name brand } }', sorted: 'query Sorted { products(sort: NEWEST) { id } }' },
      { abc123abc123ffff: 'query Badge { product(id: "1") { brand } }' },
    );
    const unused = await checkSubgraph(store, { name: 'shop', sdl: without('legacy') }, sources);
    expect(unused.ok).toBe(true);
    expect(unused.changes).toMatchObject([{ level: 'breaking', path: 'Product.legacy', operations: [] }]);

    const brand = await checkSubgraph(store, { name: 'shop', sdl: without('brand') }, sources);
    expect(brand.ok).toBe(false);
    expect(brand.blocking[0]!.operations.map((o) => [o.name, o.sources])).toEqual([
      ['Tile', [expect.stringMatching(/operations\/tile\.graphql$/)]],
      ['Badge', ['trusted document abc123abc123']],
    ]);

    // A removed enum value breaks what takes the enum as an argument.
    const sort = await checkSubgraph(store, { name: 'shop', sdl: shop.replace('NEWEST PRICE', 'PRICE') }, sources);
    expect(sort.blocking.map((c) => [c.path, c.operations.map((o) => o.name)])).toEqual([['Sort.NEWEST', ['Sorted']]]);
    const added = await checkSubgraph(store, { name: 'shop', sdl: shop.replace('NEWEST PRICE', 'NEWEST PRICE RATING') }, sources);
    expect(added.changes.map((c) => c.level)).toEqual(['dangerous']);
    expect(added.ok).toBe(true);
  });

  it('counts recorded usage within the window only', async () => {
    await withShop();
    const old = new Date(Date.now() - 100 * 86_400_000).toISOString();
    await store.recordUsage([{ hash: 'f00d'.repeat(16), name: 'Legacy', fields: ['Product.name', 'Query.product'], count: 7, lastSeen: old }]);
    expect((await checkSubgraph(store, { name: 'shop', sdl: without('name') }, { usageDays: 30 })).ok).toBe(true);
    const year = await checkSubgraph(store, { name: 'shop', sdl: without('name') }, { usageDays: 365 });
    expect(year.blocking[0]!.operations).toMatchObject([{ name: 'Legacy', count: 7, sources: ['recorded usage f00df00df00d'] }]);
  });
});

describe('publishing', () => {
  it('bootstraps an empty registry one subgraph at a time, composing what `npm run compose` does', async () => {
    for (const { name, schema, url } of subgraphs) {
      const sdl = await readFile(new URL(`../../${schema}`, import.meta.url), 'utf8');
      const { outcome } = await publishSubgraph(store, { name, sdl, url }, author);
      expect(outcome.status, name).toBe('published');
    }
    const latest = (await store.get(subgraphs.length))!;
    expect(latest.subgraphVersions).toEqual(Object.fromEntries(subgraphs.map((s) => [s.name, 1])));
    const committed = await readFile(new URL('../api.graphql', import.meta.url), 'utf8');
    const sorted = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));
    expect(sorted(apiSchemaOf(latest.supergraphSdl))).toBe(sorted(buildSchema(committed)));
  });

  it('initialises once from schema/subgraphs.ts and leaves a registry with versions alone', async () => {
    const registry = ['--registry-dir', join(dir, 'registry'), '--author', 'ops'];
    expect(await runCli(['init', ...registry], {})).toMatchObject({ code: 0, lines: [expect.any(String), expect.stringMatching(/^Published registry version 1 \(init\) by ops\.$/)] });
    expect((await runCli(['init', ...registry], {})).lines.at(-1)).toBe('Nothing to publish: registry version 1 already serves this.');
    expect((await runCli(['history', '--json', ...registry], {})).lines[0]).toContain('"action": "init"');
    expect((await runCli(['sync', ...registry], {})).lines.at(-1)).toBe('The registry serves every SDL file of schema/subgraphs.ts as it is.');
    const other = ['--registry-dir', join(dir, 'other'), '--author', 'ops'];
    expect((await runCli(['sync', ...other], {})).lines.at(-1)).toMatch(/^Published registry version 1 \(init\)/);
    expect((await runCli(['check', ...registry], {})).code).toBe(2);
    expect((await runCli(['rollback', '--to', '9', ...registry], {})).lines).toEqual(['Version 9 is not in the registry; see `npm run schema -- history`.']);
  });

  it('lets concurrent publishers of different subgraphs both land, each composed with the other', async () => {
    await withShop();
    const reviews = `${LINK}\ntype Product @key(fields: "id") { id: ID! rating: Int }`;
    const results = await Promise.all([
      publishSubgraph(store, { name: 'reviews', url: 'http://reviews/graphql', sdl: reviews }, author),
      publishSubgraph(store, { name: 'shop', sdl: shop.replace('legacy: String', 'legacy: String color: String') }, author),
    ]);
    expect(results.map((r) => r.outcome.status)).toEqual(['published', 'published']);
    const latest = (await store.get(3))!;
    expect(latest.subgraphVersions).toEqual({ reviews: 1, shop: 2 });
    const api = printSchema(apiSchemaOf(latest.supergraphSdl));
    expect(api).toContain('color: String');
    expect(api).toContain('rating: Int');
  });
});
