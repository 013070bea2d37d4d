import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynalite, type LocalDynamo } from '../dynalite/index.js';
import { openRegistryStore, RegistryConflictError, type NewRegistryVersion, type SchemaRegistryStore } from './index.js';

const version = (n: number, overrides: Partial<NewRegistryVersion> = {}): NewRegistryVersion => ({
  author: 'ada',
  action: 'publish',
  subgraph: 'catalog',
  message: `change ${n}`,
  supergraphSdl: `# supergraph ${n}\n`,
  subgraphs: [
    { name: 'catalog', url: 'http://catalog/graphql', sdl: `type Query { v${n}: Int }`, version: n },
    { name: 'reviews', url: 'http://reviews/graphql', sdl: 'type Query { r: Int }', version: 1 },
  ],
  ...overrides,
});

let dynalite: LocalDynamo;
let dir: string;
beforeAll(async () => {
  dynalite = await startDynalite();
  dir = await mkdtemp(join(tmpdir(), 'registry-'));
});
afterAll(async () => {
  await dynalite?.close();
  await rm(dir, { recursive: true, force: true });
});

const stores: [string, () => Promise<SchemaRegistryStore>][] = [
  ['file', () => openRegistryStore({ kind: 'file', dir: join(dir, String(Math.random())) })],
  ['dynamodb', () => openRegistryStore({ kind: 'dynamodb', table: `registry-${Math.random()}`, endpoint: dynalite.endpoint, region: 'us-east-1' })],
];

describe.each(stores)('%s registry store', (_name, open) => {
  it('starts empty', async () => {
    const store = await open();
    expect(await store.latestVersion()).toBe(0);
    expect(await store.history()).toEqual([]);
    expect(await store.get(1)).toBeUndefined();
    expect(await store.usage()).toEqual([]);
    await store.close();
  });

  it('appends numbered versions and keeps each one whole', async () => {
    const store = await open();
    const first = await store.append(version(1, { action: 'init', subgraph: undefined }), 0);
    const second = await store.append(version(2, { forced: { breakingChanges: ['Query.v1 removed'], operations: ['Old'] } }), 1);
    expect(first.version).toBe(1);
    expect(second).toMatchObject({ version: 2, subgraphVersions: { catalog: 2, reviews: 1 }, author: 'ada' });
    expect(await store.latestVersion()).toBe(2);
    expect(await store.get(1)).toMatchObject({ supergraphSdl: '# supergraph 1\n', subgraphs: version(1).subgraphs });
    const history = await store.history();
    expect(history.map((v) => v.version)).toEqual([2, 1]);
    expect(history[0]).toMatchObject({ action: 'publish', forced: { operations: ['Old'] }, message: 'change 2' });
    expect(history[0]).not.toHaveProperty('supergraphSdl');
    expect(Date.parse(history[0]!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await store.history(1)).toHaveLength(1);
    await store.close();
  });

  it('refuses a version written against a stale latest, and one of two concurrent publishers', async () => {
    const store = await open();
    await store.append(version(1), 0);
    await expect(store.append(version(2), 0)).rejects.toBeInstanceOf(RegistryConflictError);
    const results = await Promise.allSettled([store.append(version(2), 1), store.append(version(3), 1)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(RegistryConflictError);
    expect(await store.latestVersion()).toBe(2);
    await store.close();
  });

  it('adds usage up per operation', async () => {
    const store = await open();
    await store.recordUsage([
      { hash: 'h1', name: 'ProductPage', fields: ['Product.name', 'Query.product'], count: 3, lastSeen: '2026-01-01T00:00:00.000Z' },
      { hash: 'h2', name: '', fields: [], count: 1, lastSeen: '2026-01-01T00:00:00.000Z' },
    ]);
    await store.recordUsage([{ hash: 'h1', name: 'ProductPage', fields: ['Product.brand'], count: 2, lastSeen: '2026-01-02T00:00:00.000Z' }]);
    const usage = (await store.usage()).sort((a, b) => a.hash.localeCompare(b.hash));
    expect(usage).toEqual([
      { hash: 'h1', name: 'ProductPage', fields: ['Product.brand', 'Product.name', 'Query.product'], count: 5, lastSeen: '2026-01-02T00:00:00.000Z' },
      { hash: 'h2', name: '', fields: [], count: 1, lastSeen: '2026-01-01T00:00:00.000Z' },
    ]);
    await store.close();
  });
});
