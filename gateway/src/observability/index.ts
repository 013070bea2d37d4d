export { GatewayMetrics, CIRCUIT_STATES, type CircuitState, type GatewayMetricsOptions, type SubgraphFetchObserver, type SubgraphFetchOutcome } from './metrics.js';
export { CountingQueryPlanCache, type QueryPlanCache } from './queryPlanCache.js';
export { instrumentFetcher, isTimeout, type Fetcher, type FetchSpanOutcome } from './subgraphFetch.js';
