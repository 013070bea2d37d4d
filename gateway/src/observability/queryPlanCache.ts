import type { GatewayConfig } from '@apollo/gateway';
import { InMemoryLRUCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';

export type QueryPlanCache = NonNullable<NonNullable<GatewayConfig['queryPlannerConfig']>['cache']>;
type QueryPlan = NonNullable<Awaited<ReturnType<QueryPlanCache['get']>>>;

/** Apollo Gateway's own default (30 MiB, sized by JSON length), so swapping caches changes nothing else. */
const DEFAULT_MAX_BYTES = 30 * 2 ** 20;

/**
 * A query plan cache for `new ApolloGateway({ queryPlannerConfig: { cache } })` that reports each
 * lookup as a hit or a miss. The gateway calls `get` exactly once per valid operation (keyed by query
 * hash + operation name) and plans only when it returns nothing, so `get`'s result is the gateway's
 * own hit/miss decision. `clear` runs when the supergraph changes.
 */
export class CountingQueryPlanCache implements QueryPlanCache {
  private readonly cache: InMemoryLRUCache<QueryPlan>;

  constructor(
    private readonly onLookup: (hit: boolean) => void,
    maxBytes = DEFAULT_MAX_BYTES,
  ) {
    this.cache = new InMemoryLRUCache<QueryPlan>({
      maxSize: maxBytes,
      sizeCalculation: (plan) => Math.max(1, Buffer.byteLength(JSON.stringify(plan), 'utf8')),
    });
  }

  async get(key: string): Promise<QueryPlan | undefined> {
    const plan = await this.cache.get(key);
    this.onLookup(plan !== undefined);
    return plan;
  }

  set(key: string, value: QueryPlan, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.cache.set(key, value, options);
  }

  delete(key: string): Promise<boolean> {
    return this.cache.delete(key);
  }

  clear(): void {
    this.cache.clear();
  }

  get size(): number {
    return this.cache.keys().length;
  }
}
