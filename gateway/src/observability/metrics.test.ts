import { describe, expect, it } from 'vitest';
import { GatewayMetrics } from './metrics.js';

/** Counters and gauges only: histogram values carry several series per label set. */
async function sample(metrics: GatewayMetrics, name: string, labels: Record<string, string> = {}): Promise<number | undefined> {
  const metric = metrics.registry.getSingleMetric(name);
  if (!metric) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  return values.find((value) => Object.entries(labels).every(([key, wanted]) => value.labels[key] === wanted))?.value;
}

describe('GatewayMetrics', () => {
  it('keeps each instance on its own registry', async () => {
    const first = new GatewayMetrics({ defaultMetrics: false });
    const second = new GatewayMetrics({ defaultMetrics: false });
    first.recordRequest('Checkout', 'ok', 12);
    expect(await sample(first, 'gateway_graphql_requests_total', { operation: 'Checkout', outcome: 'ok' })).toBe(1);
    expect(await sample(second, 'gateway_graphql_requests_total', { operation: 'Checkout' })).toBeUndefined();
    expect(await second.registry.metrics()).not.toContain('process_cpu');
  });

  it('records subgraph latency for attempts that reached it, and errors for failed or refused ones', async () => {
    const metrics = new GatewayMetrics({ defaultMetrics: false });
    const observer = metrics.fetchObserver();
    observer.fetched('catalog', 40, 'ok');
    observer.fetched('catalog', 2000, 'timeout');
    observer.fetched('catalog', 0, 'rejected');
    observer.circuit('catalog', 'open');
    const text = await metrics.registry.metrics();
    expect(text).toContain('gateway_subgraph_fetch_duration_seconds_count{subgraph="catalog",outcome="ok"} 1');
    expect(text).toContain('gateway_subgraph_fetch_duration_seconds_bucket{le="0.05",subgraph="catalog",outcome="ok"} 1');
    expect(text).toContain('gateway_subgraph_fetch_duration_seconds_bucket{le="1",subgraph="catalog",outcome="timeout"} 0');
    expect(text).not.toContain('gateway_subgraph_fetch_duration_seconds_count{subgraph="catalog",outcome="rejected"}');
    expect(await sample(metrics, 'gateway_subgraph_fetch_errors_total', { subgraph: 'catalog', outcome: 'timeout' })).toBe(1);
    expect(await sample(metrics, 'gateway_subgraph_fetch_errors_total', { subgraph: 'catalog', outcome: 'rejected' })).toBe(1);
    expect(await sample(metrics, 'gateway_subgraph_fetch_errors_total', { subgraph: 'catalog', outcome: 'ok' })).toBeUndefined();
    expect(await sample(metrics, 'gateway_circuit_breaker_state', { subgraph: 'catalog', state: 'open' })).toBe(1);
  });

  it('shows exactly one current circuit state per subgraph', async () => {
    const metrics = new GatewayMetrics({ defaultMetrics: false });
    metrics.setCircuitState('orders', 'open');
    metrics.setCircuitState('orders', 'half-open');
    const state = async (value: string) => sample(metrics, 'gateway_circuit_breaker_state', { subgraph: 'orders', state: value });
    expect([await state('closed'), await state('open'), await state('half-open')]).toEqual([0, 0, 1]);
  });

  it('stops adding operation-name series past the limit', async () => {
    const metrics = new GatewayMetrics({ defaultMetrics: false, maxOperationNames: 2 });
    for (const name of ['A', 'B', 'C', 'D', 'A']) metrics.recordRequest(name, 'ok', 1);
    expect(await sample(metrics, 'gateway_graphql_requests_total', { operation: 'A' })).toBe(2);
    expect(await sample(metrics, 'gateway_graphql_requests_total', { operation: 'C' })).toBeUndefined();
    expect(await sample(metrics, 'gateway_graphql_requests_total', { operation: '__other' })).toBe(2);
  });

  it('counts plan cache lookups through the cache it hands to the gateway', async () => {
    const metrics = new GatewayMetrics({ defaultMetrics: false });
    const cache = metrics.queryPlanCache();
    expect(await cache.get('k')).toBeUndefined();
    await cache.set('k', { kind: 'QueryPlan', node: undefined } as never);
    expect(await cache.get('k')).toBeDefined();
    cache.clear();
    expect(await cache.get('k')).toBeUndefined();
    expect(await sample(metrics, 'gateway_query_plan_cache_hits_total')).toBe(1);
    expect(await sample(metrics, 'gateway_query_plan_cache_misses_total')).toBe(2);
  });
});
