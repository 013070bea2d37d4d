import { createLogger, ConfigError } from '@commerce/lib';
import type { OperationUsage } from '@commerce/lib/registry';
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { composeFixture } from '../limits/fixtures.js';
import { loadRegistryConfig } from './config.js';
import { UsageRecorder } from './usageRecorder.js';

const { apiSchema } = composeFixture();
const page = parse('query Page { product(id: "1") { name price } }');
const list = parse('query List { products { edges { node { id } } } }');
const logger = createLogger('test', 'silent');

function recorder(options: { sampleRate?: number; maxOperations?: number; random?: () => number; fail?: boolean } = {}) {
  const flushed: OperationUsage[][] = [];
  const recordUsage = vi.fn(async (batch: readonly OperationUsage[]) => {
    if (options.fail) throw new Error('registry down');
    flushed.push(batch.map((u) => ({ ...u })));
  });
  const usage = new UsageRecorder({
    sampleRate: options.sampleRate ?? 1,
    maxOperations: options.maxOperations ?? 10,
    flushMs: 60_000,
    store: { recordUsage },
    logger,
    ...(options.random ? { random: options.random } : {}),
  });
  return { usage, flushed, recordUsage };
}

describe('UsageRecorder', () => {
  it('records per operation the fields it selects, a count and when it was last seen', async () => {
    const { usage, flushed } = recorder();
    usage.record(apiSchema, page, 'hash-page', 'Page');
    usage.record(apiSchema, page, 'hash-page', 'Page');
    usage.record(apiSchema, list, 'hash-list', 'List');
    expect(await usage.flush()).toBe(2);
    expect(flushed[0]).toEqual([
      { hash: 'hash-page', name: 'Page', fields: ['Product.name', 'Product.price', 'Query.product'], count: 2, lastSeen: expect.any(String) },
      { hash: 'hash-list', name: 'List', fields: ['Product.id', 'ProductConnection.edges', 'ProductEdge.node', 'Query.products'], count: 1, lastSeen: expect.any(String) },
    ]);
    expect(await usage.flush()).toBe(0); // flushed entries are gone
  });

  it('samples, counting each sampled request for the ones it stands for', async () => {
    const draws = [0.05, 0.5, 0.2, 0.05];
    const { usage, flushed } = recorder({ sampleRate: 0.25, random: () => draws.shift()! });
    for (let i = 0; i < 4; i++) usage.record(apiSchema, page, 'hash-page', 'Page');
    await usage.flush();
    expect(flushed[0]![0]!.count).toBe(12); // 3 of 4 sampled, each standing for 4
    const none = recorder({ sampleRate: 0 });
    none.usage.record(apiSchema, page, 'hash-page', 'Page');
    expect(await none.usage.flush()).toBe(0);
  });

  it('holds at most maxOperations between flushes, and keeps them for the next flush when the store fails', async () => {
    const { usage, recordUsage } = recorder({ maxOperations: 2, fail: true });
    usage.record(apiSchema, page, 'a', 'Page');
    usage.record(apiSchema, page, 'b', 'Page');
    usage.record(apiSchema, page, 'c', 'Page');
    usage.record(apiSchema, page, 'a', 'Page');
    expect(usage.dropped).toBe(1);
    expect(await usage.flush()).toBe(0);
    expect(await usage.flush()).toBe(0);
    expect(recordUsage).toHaveBeenCalledTimes(2);
    expect(recordUsage.mock.calls[1]![0].map((u) => [u.hash, u.count])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});

describe('loadRegistryConfig', () => {
  it('is off without a registry, and reads the registry, poll and usage settings', () => {
    expect(loadRegistryConfig({})).toBeUndefined();
    expect(loadRegistryConfig({ SUPERGRAPH_REGISTRY_DIR: '/var/registry' })).toEqual({
      store: { kind: 'file', dir: '/var/registry' },
      pollMs: 10_000,
      usage: { sampleRate: 1, maxOperations: 1000, flushMs: 30_000 },
    });
    expect(
      loadRegistryConfig({
        SUPERGRAPH_REGISTRY_TABLE: 'schema-registry',
        DYNAMODB_ENDPOINT: 'http://localhost:8000',
        NODE_ENV: 'production',
        SUPERGRAPH_POLL_SECONDS: '5',
        USAGE_FLUSH_SECONDS: '60',
      }),
    ).toEqual({
      store: { kind: 'dynamodb', table: 'schema-registry', endpoint: 'http://localhost:8000', region: 'us-east-1' },
      pollMs: 5000,
      usage: { sampleRate: 0.1, maxOperations: 1000, flushMs: 60_000 },
    });
    expect(loadRegistryConfig({ SUPERGRAPH_REGISTRY_DIR: 'r', USAGE_SAMPLE_RATE: '0.5' })!.usage.sampleRate).toBe(0.5);
  });

  it('fails naming the variable on a bad value', () => {
    expect(() => loadRegistryConfig({ SUPERGRAPH_REGISTRY_DIR: 'r', USAGE_SAMPLE_RATE: '1.5' })).toThrow(ConfigError);
    expect(() => loadRegistryConfig({ SUPERGRAPH_REGISTRY_DIR: 'r', USAGE_SAMPLE_RATE: 'all' })).toThrow(/USAGE_SAMPLE_RATE="all"/);
    expect(() => loadRegistryConfig({ SUPERGRAPH_REGISTRY_DIR: 'r', SUPERGRAPH_POLL_SECONDS: '0' })).toThrow(/SUPERGRAPH_POLL_SECONDS/);
    expect(() => loadRegistryConfig({ SUPERGRAPH_REGISTRY_DIR: 'r', SUPERGRAPH_REGISTRY_TABLE: 't' })).toThrow(/one registry/);
  });
});
