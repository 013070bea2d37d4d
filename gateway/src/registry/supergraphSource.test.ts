import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@commerce/lib';
import { FileRegistryStore, type SchemaRegistryStore } from '@commerce/lib/registry';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { composeFixture, subgraphSdl } from '../limits/fixtures.js';
import { prepareSupergraph } from './prepareSupergraph.js';
import { RegistrySupergraph } from './supergraphSource.js';

const good = composeFixture().supergraphSdl;
const better = composeFixture(subgraphSdl.replace('type Variant { sku: String! }', 'type Variant { sku: String! size: String }')).supergraphSdl;
const policy = good.replace(
  '@link(url: "https://specs.apollo.dev/link/v1.0")',
  '@link(url: "https://specs.apollo.dev/link/v1.0")\n  @link(url: "https://specs.apollo.dev/policy/v0.1", for: SECURITY)',
);

let dir: string;
let store: FileRegistryStore;
const publish = (supergraphSdl: string) =>
  store.latestVersion().then((n) => store.append({ action: 'publish', author: 'test', supergraphSdl, subgraphs: [] }, n));
const prepare = (sdl: string) => prepareSupergraph(sdl, {});

function follower(options: { store?: SchemaRegistryStore } = {}) {
  const loaded = vi.fn();
  const refused = vi.fn();
  const source = new RegistrySupergraph(options.store ?? store, { pollMs: 60_000, prepare, logger: createLogger('test', 'silent'), loaded, refused });
  return { source, loaded, refused };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'follow-'));
  store = new FileRegistryStore(dir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('prepareSupergraph', () => {
  it('accepts what the gateway serves and names the subgraphs', () => {
    expect(prepare(good)).toMatchObject({ subgraphs: ['shop'], hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('refuses invalid SDL, an unsupported security feature and a subgraph without a URL, saying why', () => {
    expect(() => prepare('type Query { a: Int }')).toThrow(/must be a core schema/);
    expect(() => prepare(good.replace('name: String!', 'name: Nope!'))).toThrow('Unknown type Nope');
    expect(() => prepare('type Query {')).toThrow(/Syntax Error/);
    expect(() => prepare(policy)).toThrow('feature https://specs.apollo.dev/policy/v0.1 is for: SECURITY but is unsupported');
    expect(() => prepare(good.replace('url: "http://shop.invalid/graphql"', 'url: ""'))).toThrow(/Subgraph shop has no routing URL; set SUBGRAPH_SHOP_URL/);
    expect(prepareSupergraph(good.replace('url: "http://shop.invalid/graphql"', 'url: ""'), { shop: 'http://shop' }).subgraphs).toEqual(['shop']);
  });
});

describe('RegistrySupergraph', () => {
  it('will not start on an empty registry', async () => {
    await expect(follower().source.load()).rejects.toThrow(/no supergraph yet.*npm run schema -- init/);
  });

  it('starts on the newest version it can serve, refusing newer broken ones', async () => {
    await publish(good);
    await publish(policy);
    const { source, refused } = follower();
    await source.load();
    expect(source.state).toMatchObject({ version: 1, source: 'registry', subgraphs: ['shop'] });
    expect(refused).toHaveBeenCalledWith(2, expect.stringContaining('policy/v0.1'));
  });

  it('hands a newer version to the gateway, and refuses one it cannot prepare or the gateway rejects', async () => {
    await publish(good);
    const { source, loaded, refused } = follower();
    const update = vi.fn();
    await source.initialize({ update });
    expect(await source.poll()).toBe('unchanged');

    await publish(better);
    expect(await source.poll()).toBe('loaded');
    expect(update).toHaveBeenCalledWith(prepare(better).sdl);
    expect(loaded).toHaveBeenCalledWith(expect.objectContaining({ version: 2 }));

    await publish('type Query { broken: Nope }');
    expect(await source.poll()).toBe('refused');
    expect(await source.poll()).toBe('unchanged'); // a refused version is not tried again
    update.mockImplementationOnce(() => {
      throw new Error("Can't call `update` callback while supergraph update is in progress.");
    });
    await publish(good);
    expect(await source.poll()).toBe('refused');
    expect(refused).toHaveBeenLastCalledWith(4, expect.stringContaining('update is in progress'));
    expect(update).toHaveBeenCalledTimes(2);
    expect(source.state.version).toBe(2);
  });

  it('keeps the version in service while the registry is unreachable', async () => {
    await publish(good);
    const flaky: SchemaRegistryStore = Object.assign(Object.create(store) as SchemaRegistryStore, {
      latestVersion: vi.fn().mockResolvedValueOnce(1).mockRejectedValue(new Error('ECONNREFUSED')),
      get: (v: number) => store.get(v),
    });
    const { source } = follower({ store: flaky });
    await source.initialize({ update: vi.fn() });
    expect(await source.poll()).toBe('unreachable');
    expect(source.state.version).toBe(1);
  });
});
