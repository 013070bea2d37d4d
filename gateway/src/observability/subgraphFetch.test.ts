import { InMemorySpanExporter, startTracing } from '@commerce/lib/observability';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { upstreamTimeout, upstreamUnavailable } from '@commerce/lib';
import { instrumentFetcher, isTimeout, type Fetcher } from './subgraphFetch.js';

const exporter = new InMemorySpanExporter();
let stopTracing: () => Promise<void>;

beforeAll(() => {
  stopTracing = startTracing({ serviceName: 'gateway-test', exporter });
});
afterAll(async () => {
  await stopTracing?.();
});
beforeEach(() => exporter.reset());

const URL = 'http://catalog.internal:4001/graphql';

function respondingWith(status: number, seen: Record<string, string>[] = []): Fetcher {
  return async (_url, init) => {
    seen.push({ ...init?.headers });
    return new Response('{}', { status }) as unknown as Awaited<ReturnType<Fetcher>>;
  };
}

function failingWith(error: unknown): Fetcher {
  return async () => {
    throw error;
  };
}

describe('instrumentFetcher', () => {
  it('sends traceparent naming its client span', async () => {
    const seen: Record<string, string>[] = [];
    const fetcher = instrumentFetcher('catalog', respondingWith(200, seen));
    await fetcher(URL, { method: 'POST', headers: { 'x-commerce-principal': 'p' }, body: '{}' });
    const [span] = exporter.getFinishedSpans();
    expect(span).toMatchObject({ name: 'POST catalog', kind: SpanKind.CLIENT });
    expect(span!.attributes).toMatchObject({
      'subgraph.name': 'catalog',
      'url.full': URL,
      'server.address': 'catalog.internal',
      'server.port': 4001,
      'http.response.status_code': 200,
      'subgraph.fetch.outcome': 'ok',
    });
    const { traceId, spanId } = span!.spanContext();
    expect(seen[0]).toEqual({ 'x-commerce-principal': 'p', traceparent: `00-${traceId}-${spanId}-01` });
  });

  it('marks HTTP errors, timeouts and unreachable subgraphs as failed spans', async () => {
    await instrumentFetcher('catalog', respondingWith(503))(URL, { method: 'POST' });
    const abort = Object.assign(new Error('The operation was aborted'), { name: 'AbortError' });
    await expect(instrumentFetcher('catalog', failingWith(abort))(URL)).rejects.toBe(abort);
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    await expect(instrumentFetcher('catalog', failingWith(refused))(URL)).rejects.toBe(refused);
    // What the resilient fetcher throws after its deadline, and while the circuit is open.
    await expect(instrumentFetcher('catalog', failingWith(upstreamTimeout('catalog', 800)))(URL)).rejects.toThrow(/800 ms/);
    await expect(instrumentFetcher('catalog', failingWith(upstreamUnavailable('catalog')))(URL)).rejects.toThrow(/unavailable/);
    const outcomes = exporter.getFinishedSpans().map((span) => [span.attributes['subgraph.fetch.outcome'], span.attributes['error.type'], span.status.code]);
    expect(outcomes).toEqual([
      ['http_error', undefined, SpanStatusCode.ERROR],
      ['timeout', 'AbortError', SpanStatusCode.ERROR],
      ['network_error', 'ECONNREFUSED', SpanStatusCode.ERROR],
      ['timeout', 'UPSTREAM_TIMEOUT', SpanStatusCode.ERROR],
      ['network_error', 'UPSTREAM_UNAVAILABLE', SpanStatusCode.ERROR],
    ]);
  });

  it('recognises timeouts wrapped as causes (undici) and by type (node-fetch)', () => {
    expect(isTimeout(new TypeError('fetch failed', { cause: Object.assign(new Error('t'), { code: 'UND_ERR_HEADERS_TIMEOUT' }) }))).toBe(true);
    expect(isTimeout(Object.assign(new Error('t'), { type: 'request-timeout' }))).toBe(true);
    expect(isTimeout(new DOMException('timed out', 'TimeoutError'))).toBe(true);
    expect(isTimeout(new TypeError('fetch failed', { cause: new Error('other') }))).toBe(false);
    expect(isTimeout(undefined)).toBe(false);
  });
});
