import { Writable } from 'node:stream';
import { InMemorySpanExporter, startTracing, type ReadableSpan } from '@commerce/lib/observability';
import { SpanKind } from '@opentelemetry/api';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startGateway, startProductsSubgraph } from './federationFixture.js';
import { GatewayMetrics } from './metrics.js';

// Apollo Gateway otherwise reports usage to Apollo's servers (and tries again on stop).
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

const exporter = new InMemorySpanExporter();
const logLines: Record<string, unknown>[] = [];
const logger = pino(
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  }),
);

let stopTracing: () => Promise<void>;
let subgraph: Awaited<ReturnType<typeof startProductsSubgraph>>;
/** Data source calls only `injectTraceContext` in willSendRequest; query plans exposed. */
let plain: Awaited<ReturnType<typeof startGateway>>;
/** Data source fetcher wrapped by `instrumentFetcher`; query plans not exposed. */
let instrumented: Awaited<ReturnType<typeof startGateway>>;
const plainMetrics = new GatewayMetrics();
const instrumentedMetrics = new GatewayMetrics({ defaultMetrics: false });

beforeAll(async () => {
  stopTracing = startTracing({ serviceName: 'federation-test', exporter });
  subgraph = await startProductsSubgraph();
  const subgraphUrl = `${subgraph.url}/graphql`;
  plain = await startGateway({ subgraphUrl, metrics: plainMetrics, instrumentFetch: false, exposeQueryPlan: true, logger });
  instrumented = await startGateway({ subgraphUrl, metrics: instrumentedMetrics, instrumentFetch: true, exposeQueryPlan: false });
});

afterAll(async () => {
  await plain?.stop();
  await instrumented?.stop();
  await subgraph?.stop();
  await stopTracing?.();
});

beforeEach(() => {
  exporter.reset();
  logLines.length = 0;
});

async function query(base: string, operationName: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: `query ${operationName} { topProducts { id name } }`, operationName }),
  });
  return { response, body: (await response.json()) as { data?: unknown; errors?: unknown[]; extensions?: Record<string, unknown> } };
}

/** Spans finish as responses flush, possibly just after the client has read the body. */
async function traceOf(predicate: (span: ReadableSpan) => boolean): Promise<{ leaf: ReadableSpan; chain: ReadableSpan[] }> {
  return vi.waitFor(() => {
    const spans = exporter.getFinishedSpans();
    const leaf = spans.find(predicate);
    expect(leaf).toBeDefined();
    const chain = [leaf!];
    for (let parent = chain[0]!.parentSpanContext; parent; ) {
      const next = spans.find((span) => span.spanContext().spanId === parent!.spanId);
      if (!next) break;
      chain.push(next);
      parent = next.parentSpanContext;
    }
    expect(chain.at(-1)!.parentSpanContext).toBeUndefined();
    return { leaf: leaf!, chain };
  });
}

const isSubgraphServerSpan = (span: ReadableSpan) => span.kind === SpanKind.SERVER && span.parentSpanContext !== undefined;

describe('a trace from the gateway through the subgraph', () => {
  it('parents the subgraph server span under the gateway request span (injectTraceContext in willSendRequest)', async () => {
    const { body } = await query(plain.url, 'TopProducts');
    expect(body.data).toEqual({ topProducts: [{ id: 'p1', name: 'Kettle' }] });
    const { leaf, chain } = await traceOf(isSubgraphServerSpan);
    const gatewayRequest = chain.at(-1)!;
    expect(gatewayRequest.kind).toBe(SpanKind.SERVER);
    expect(gatewayRequest.name).toBe('POST /graphql');
    expect(leaf.spanContext().traceId).toBe(gatewayRequest.spanContext().traceId);
    expect(chain.map((span) => span.name)).toEqual(['POST /graphql', 'gateway.fetch', 'gateway.execute', 'gateway.request', 'POST /graphql']);
    expect(chain[1]!.attributes).toMatchObject({ service: 'products' });
    expect(chain[3]!.attributes).toMatchObject({ 'graphql.operation.name': 'TopProducts', 'graphql.operation.type': 'query' });
    expect(gatewayRequest.attributes).toMatchObject({ 'graphql.operation.name': 'TopProducts', 'graphql.outcome': 'ok' });
    // Planning is its own span under gateway.request on a plan-cache miss.
    const plan = exporter.getFinishedSpans().find((span) => span.name === 'gateway.plan');
    expect(plan?.parentSpanContext?.spanId).toBe(chain[3]!.spanContext().spanId);
  });

  it('adds a client span with subgraph name, URL and status when the fetcher is instrumented', async () => {
    await query(instrumented.url, 'TopProductsInstrumented');
    const { chain } = await traceOf(isSubgraphServerSpan);
    expect(chain.map((span) => span.name)).toEqual([
      'POST /graphql',
      'POST products',
      'gateway.fetch',
      'gateway.execute',
      'gateway.request',
      'POST /graphql',
    ]);
    expect(chain[1]!.kind).toBe(SpanKind.CLIENT);
    expect(chain[1]!.attributes).toMatchObject({
      'subgraph.name': 'products',
      'url.full': `${subgraph.url}/graphql`,
      'http.response.status_code': 200,
      'subgraph.fetch.outcome': 'ok',
    });
  });
});

describe('gateway request observability', () => {
  it('returns the request id and logs one line with it, the operation and the trace id', async () => {
    const { response } = await query(plain.url, 'Logged', { 'x-request-id': 'obs-test-1' });
    expect(response.headers.get('x-request-id')).toBe('obs-test-1');
    const { chain } = await traceOf(isSubgraphServerSpan);
    const lines = logLines.filter((line) => line.msg === 'graphql request');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      requestId: 'obs-test-1',
      operationName: 'Logged',
      principal: { kind: 'anonymous' },
      outcome: 'ok',
      traceId: chain.at(-1)!.spanContext().traceId,
    });
  });

  it('counts query plan cache misses and hits', async () => {
    const counter = async (name: string) => (await plainMetrics.registry.getSingleMetric(name)!.get()).values[0]?.value ?? 0;
    const [hits, misses] = [await counter('gateway_query_plan_cache_hits_total'), await counter('gateway_query_plan_cache_misses_total')];
    await query(plain.url, 'PlanCached');
    expect([await counter('gateway_query_plan_cache_hits_total'), await counter('gateway_query_plan_cache_misses_total')]).toEqual([hits, misses + 1]);
    await query(plain.url, 'PlanCached');
    expect([await counter('gateway_query_plan_cache_hits_total'), await counter('gateway_query_plan_cache_misses_total')]).toEqual([hits + 1, misses + 1]);
  });

  it('exposes the query plan only on request, and never when disabled', async () => {
    const asked = await query(plain.url, 'Planned', { 'Apollo-Query-Plan-Experimental': '1' });
    expect(asked.body.data).toBeDefined();
    expect(asked.body.extensions?.__queryPlanExperimental).toContain('Fetch(service: "products")');
    const notAsked = await query(plain.url, 'Planned');
    expect(notAsked.body.extensions).toBeUndefined();
    const disabled = await query(instrumented.url, 'Planned', { 'Apollo-Query-Plan-Experimental': '1' });
    expect(disabled.body.data).toBeDefined();
    expect(disabled.body.extensions).toBeUndefined();
  });

  it('serves request, latency, plan cache and process metrics at /metrics', async () => {
    await query(plain.url, 'Scraped');
    await query(plain.url, 'Scraped');
    const response = await fetch(`${plain.url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('gateway_graphql_requests_total{operation="Scraped",outcome="ok"} 2');
    expect(text).toMatch(/gateway_graphql_request_duration_seconds_count\{operation="Scraped"\} 2/);
    expect(text).toMatch(/^gateway_query_plan_cache_hits_total \d+/m);
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toContain('process_resident_memory_bytes');
  });
});
