import { createLogger, type Principal } from '@commerce/lib';
import type { GraphQLFormattedError } from 'graphql';
import { KuzuGraphStore } from '../src/adapters/kuzu/KuzuGraphStore.js';
import { createContext } from '../src/context.js';
import {
  GraphStoreTimeoutError,
  GraphStoreUnavailableError,
  type CypherParams,
  type GraphStore,
  type RelationshipBatch,
  type RunOptions,
} from '../src/ports/GraphStore.js';
import { seedRecommendations } from '../src/seed/seed.js';
import type { SeedCategory, SeedProduct } from '../src/seed/generate.js';
import { createServer } from '../src/server.js';

export const TEST_ROUTER_SECRET = 'test-router-secret-of-at-least-32-characters';
/** Recency weights are relative to this instant in every subgraph test. */
export const NOW = Date.UTC(2026, 5, 1);
export const anonymous: Principal = { kind: 'anonymous', scopes: [], requestId: 'test' };
export const customer = (id: string): Principal => ({ kind: 'customer', id, scopes: [], requestId: 'test' });

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * A small synthetic catalogue: 3 top-level categories of 2 leaves with `perLeaf` products each
 * (`p-<top>-<leaf>-<n>`), shaped like the catalog's but not taken from it.
 */
export function syntheticCatalogue(perLeaf = 10): { products: SeedProduct[]; categories: SeedCategory[] } {
  const categories: SeedCategory[] = [];
  const products: SeedProduct[] = [];
  for (const top of ['home', 'garden', 'sport']) {
    categories.push({ id: `cat-${top}`, parentId: null });
    for (const leaf of ['a', 'b']) {
      const categoryId = `cat-${top}-${leaf}`;
      categories.push({ id: categoryId, parentId: `cat-${top}` });
      for (let n = 1; n <= perLeaf; n++) products.push({ id: `p-${top}-${leaf}-${n}`, categoryId, topCategoryId: `cat-${top}` });
    }
  }
  return { products, categories };
}

/** Counts the calls that reach the store, and can be switched to fail as a store that is down or slow. */
export class InstrumentedGraphStore implements GraphStore {
  calls = 0;
  down = false;
  slow = false;

  constructor(readonly inner: GraphStore) {}

  run<T extends Record<string, unknown>>(cypher: string, params?: CypherParams, options?: RunOptions): Promise<T[]> {
    this.calls++;
    if (this.down) return Promise.reject(new GraphStoreUnavailableError('connection refused'));
    if (this.slow) return Promise.reject(new GraphStoreTimeoutError(5_000));
    return this.inner.run<T>(cypher, params, options);
  }

  createRelationships(batch: RelationshipBatch): Promise<void> {
    return this.inner.createRelationships!(batch);
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

/**
 * The recommendations subgraph over a real Kuzu in memory, seeded over the synthetic catalogue.
 * `execute` runs an operation as the gateway would send it, for the given principal.
 */
export async function startRecommendations({ customers = 300, purchases = 3_000, seed = true } = {}) {
  const kuzu = await KuzuGraphStore.open({ path: ':memory:' });
  const catalogue = syntheticCatalogue();
  if (seed) await seedRecommendations(kuzu, { ...catalogue, customers, purchases, now: NOW });
  const graph = new InstrumentedGraphStore(kuzu);
  const ports = { graph };
  const now = () => NOW;
  const { server, app, schema } = await createServer({ ports, logger: createLogger('recommendations', 'silent'), routerSecret: TEST_ROUTER_SECRET, now });

  return {
    app,
    schema,
    graph,
    catalogue,
    async execute<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, principal: Principal = anonymous): Promise<Result<T>> {
      const response = await server.executeOperation({ query, variables }, { contextValue: createContext(ports, principal, now) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult as Result<T>;
    },
    async close() {
      await server.stop();
      await kuzu.close();
    },
  };
}

export type RecommendationsHarness = Awaited<ReturnType<typeof startRecommendations>>;
