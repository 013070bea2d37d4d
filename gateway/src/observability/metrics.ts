import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { summarizeResponse, type RequestOutcome } from '@commerce/lib/observability';
import type { RequestHandler } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { CountingQueryPlanCache } from './queryPlanCache.js';

export type CircuitState = 'closed' | 'open' | 'half-open';
export const CIRCUIT_STATES: readonly CircuitState[] = ['closed', 'open', 'half-open'];

/**
 * How one subgraph call attempt ended, in the vocabulary of the gateway's resilient fetcher
 * (`FetchObserver.fetched`): `error` is a 5xx or a network failure, `timeout` an attempt aborted by
 * its deadline, `rejected` a call the open circuit refused without sending.
 */
export type SubgraphFetchOutcome = 'ok' | 'error' | 'timeout' | 'rejected';

/** Same shape as the resilient fetcher's `FetchObserver`, so it can be passed as `hooks.fetches`. */
export interface SubgraphFetchObserver {
  fetched(subgraph: string, ms: number, outcome: SubgraphFetchOutcome): void;
  circuit(subgraph: string, state: CircuitState): void;
}

export interface GatewayMetricsOptions {
  /** Process metrics (CPU, memory, GC, event loop lag); default true. */
  defaultMetrics?: boolean;
  /**
   * Operation names come from clients, so each is a new time series: after this many distinct names,
   * further ones are counted as `__other` (default 500).
   */
  maxOperationNames?: number;
}

/** Latency buckets in seconds, from a cached single-subgraph query to a slow fan-out. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The gateway's Prometheus metrics, on a registry of their own (not prom-client's global one) so each
 * gateway — and each test — has isolated counters.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly maxOperationNames: number;

  private readonly requests = new Counter({
    name: 'gateway_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, partial: data with errors, error: no data).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly requestDuration = new Histogram({
    name: 'gateway_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response, by operation name.',
    labelNames: ['operation'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly subgraphFetchDuration = new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Duration of call attempts from the gateway to a subgraph (retries count separately), by subgraph and outcome.',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly subgraphFetchErrors = new Counter({
    name: 'gateway_subgraph_fetch_errors_total',
    help: 'Failed call attempts from the gateway to a subgraph, and calls refused by its open circuit (rejected).',
    labelNames: ['subgraph', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly circuitState = new Gauge({
    name: 'gateway_circuit_breaker_state',
    help: 'Circuit breaker state per subgraph: 1 for the current state, 0 for the others.',
    labelNames: ['subgraph', 'state'] as const,
    registers: [this.registry],
  });
  private readonly planCacheHits = new Counter({
    name: 'gateway_query_plan_cache_hits_total',
    help: 'Operations whose query plan came from the plan cache.',
    registers: [this.registry],
  });
  private readonly planCacheMisses = new Counter({
    name: 'gateway_query_plan_cache_misses_total',
    help: 'Operations the gateway had to plan (not in the plan cache).',
    registers: [this.registry],
  });

  private readonly supergraphVersion = new Gauge({
    name: 'gateway_supergraph_version',
    help: 'Registry version of the supergraph in service (0 for a supergraph file).',
    registers: [this.registry],
  });
  private readonly supergraphInfo = new Gauge({
    name: 'gateway_supergraph_info',
    help: 'The supergraph in service: 1 for its version, source and SDL hash.',
    labelNames: ['version', 'source', 'hash'] as const,
    registers: [this.registry],
  });
  private readonly supergraphLoadedAt = new Gauge({
    name: 'gateway_supergraph_loaded_timestamp_seconds',
    help: 'When the supergraph in service was loaded (Unix time).',
    registers: [this.registry],
  });
  private readonly supergraphUpdates = new Counter({
    name: 'gateway_supergraph_updates_total',
    help: 'New supergraph versions from the registry, by outcome: loaded, or refused (the one in service stays).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(options: GatewayMetricsOptions = {}) {
    this.maxOperationNames = options.maxOperationNames ?? 500;
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry });
  }

  recordRequest(operation: string, outcome: RequestOutcome, durationMs: number): void {
    const label = this.operationLabel(operation);
    this.requests.inc({ operation: label, outcome });
    this.requestDuration.observe({ operation: label }, durationMs / 1000);
  }

  recordSubgraphFetch(subgraph: string, durationMs: number, outcome: SubgraphFetchOutcome): void {
    // A refused call never reached the subgraph: its zero duration would drag the latency down.
    if (outcome !== 'rejected') this.subgraphFetchDuration.observe({ subgraph, outcome }, durationMs / 1000);
    if (outcome !== 'ok') this.subgraphFetchErrors.inc({ subgraph, outcome });
  }

  setCircuitState(subgraph: string, state: CircuitState): void {
    for (const candidate of CIRCUIT_STATES) this.circuitState.set({ subgraph, state: candidate }, candidate === state ? 1 : 0);
  }

  /** For `createGateway(config, logger, { fetches: metrics.fetchObserver() })`. */
  fetchObserver(): SubgraphFetchObserver {
    return {
      fetched: (subgraph, ms, outcome) => this.recordSubgraphFetch(subgraph, ms, outcome),
      circuit: (subgraph, state) => this.setCircuitState(subgraph, state),
    };
  }

  /** The supergraph in service changed (start-up or hot reload). */
  setSupergraph(supergraph: { version: number | null; source: string; hash: string; loadedAt: Date }, updated = false): void {
    this.supergraphVersion.set(supergraph.version ?? 0);
    this.supergraphInfo.reset();
    this.supergraphInfo.set({ version: String(supergraph.version ?? 'file'), source: supergraph.source, hash: supergraph.hash.slice(0, 12) }, 1);
    this.supergraphLoadedAt.set(supergraph.loadedAt.getTime() / 1000);
    if (updated) this.supergraphUpdates.inc({ outcome: 'loaded' });
  }

  recordSupergraphRefused(): void {
    this.supergraphUpdates.inc({ outcome: 'refused' });
  }

  recordQueryPlanLookup(hit: boolean): void {
    (hit ? this.planCacheHits : this.planCacheMisses).inc();
  }

  /** Pass as `new ApolloGateway({ queryPlannerConfig: { cache: metrics.queryPlanCache() } })`. */
  queryPlanCache(maxBytes?: number): CountingQueryPlanCache {
    return new CountingQueryPlanCache((hit) => this.recordQueryPlanLookup(hit), maxBytes);
  }

  /** Apollo Server plugin counting requests and their latency by operation and outcome. */
  plugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => {
        const startedAt = performance.now();
        return {
          willSendResponse: async ({ response, operation, operationName }) => {
            // Requests that never resolved to an operation (unparsable, invalid) share one label.
            const name = operation ? (operationName ?? '__anonymous') : '__invalid';
            this.recordRequest(name, summarizeResponse(response).outcome, performance.now() - startedAt);
          },
        };
      },
    };
  }

  /** `GET /metrics` in the Prometheus text format. */
  handler(): RequestHandler {
    return async (_req, res) => {
      res.set('Content-Type', this.registry.contentType);
      res.send(await this.registry.metrics());
    };
  }

  private operationLabel(operation: string): string {
    if (this.operationNames.has(operation)) return operation;
    if (this.operationNames.size >= this.maxOperationNames) return '__other';
    this.operationNames.add(operation);
    return operation;
  }
}
