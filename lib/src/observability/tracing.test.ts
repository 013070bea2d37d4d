import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { SpanKind, trace } from '@opentelemetry/api';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../http/listen.js';
import type { Logger } from '../logger.js';
import { httpSpanMiddleware, InMemorySpanExporter, injectTraceContext, operationSpanPlugin, readTracingConfig, startTracing } from './index.js';

const exporter = new InMemorySpanExporter();
let stopTracing: () => Promise<void>;
let http: Listening;
let server: ApolloServer;

beforeAll(async () => {
  stopTracing = startTracing({ serviceName: 'subgraph-under-test', exporter });
  server = new ApolloServer({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => 'world' } },
    plugins: [operationSpanPlugin()],
  });
  await server.start();
  const app = express();
  // The span starts before the body is parsed: the active context must survive express.json().
  app.use('/graphql', httpSpanMiddleware(), express.json(), expressMiddleware(server));
  http = await listen(app, 0, '127.0.0.1');
});

afterAll(async () => {
  await http?.close();
  await server?.stop();
  await stopTracing?.();
});

beforeEach(() => exporter.reset());

const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

function post(headers: Record<string, string> = {}) {
  return fetch(`${http.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: 'query Greeting { hello }' }),
  });
}

describe('subgraph tracing', () => {
  it('continues the caller trace from traceparent, with an operation span under the server span', async () => {
    const response = await post({ traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` });
    expect(response.status).toBe(200);
    const spans = exporter.getFinishedSpans();
    const serverSpan = spans.find((span) => span.kind === SpanKind.SERVER);
    const operationSpan = spans.find((span) => span.name === 'query Greeting');
    expect(serverSpan?.name).toBe('POST /graphql');
    expect(serverSpan?.spanContext().traceId).toBe(CALLER_TRACE);
    expect(serverSpan?.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect(serverSpan?.attributes).toMatchObject({
      'http.response.status_code': 200,
      'graphql.operation.name': 'Greeting',
      'graphql.operation.type': 'query',
      'graphql.outcome': 'ok',
    });
    expect(serverSpan?.resource.attributes['service.name']).toBe('subgraph-under-test');
    expect(operationSpan?.spanContext().traceId).toBe(CALLER_TRACE);
    expect(operationSpan?.parentSpanContext?.spanId).toBe(serverSpan?.spanContext().spanId);
  });

  it('starts a new trace when the request carries none, or when told not to trust it', async () => {
    await post();
    const [serverSpan] = exporter.getFinishedSpans().filter((span) => span.kind === SpanKind.SERVER);
    expect(serverSpan?.parentSpanContext).toBeUndefined();
    expect(serverSpan?.spanContext().traceId).toMatch(/^[0-9a-f]{32}$/);

    const edge = express();
    edge.use('/graphql', httpSpanMiddleware({ continueIncomingTrace: false }), (_req, res) => void res.sendStatus(204));
    const edgeHttp = await listen(edge, 0, '127.0.0.1');
    try {
      exporter.reset();
      await fetch(`${edgeHttp.url}/graphql`, { headers: { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` } });
      const [edgeSpan] = exporter.getFinishedSpans();
      expect(edgeSpan?.spanContext().traceId).not.toBe(CALLER_TRACE);
      expect(edgeSpan?.parentSpanContext).toBeUndefined();
    } finally {
      await edgeHttp.close();
    }
  });

  it('injects the active span as traceparent into Headers and plain records', () => {
    trace.getTracer('test').startActiveSpan('outgoing', (span) => {
      const { traceId, spanId } = span.spanContext();
      expect(injectTraceContext(new Headers()).get('traceparent')).toBe(`00-${traceId}-${spanId}-01`);
      expect(injectTraceContext({} as Record<string, string>).traceparent).toBe(`00-${traceId}-${spanId}-01`);
      span.end();
    });
    expect(injectTraceContext({} as Record<string, string>)).toEqual({});
  });

  it('reads the standard OpenTelemetry variables', () => {
    expect(readTracingConfig({}, 'catalog')).toEqual({ serviceName: 'catalog' });
    expect(readTracingConfig({ OTEL_SERVICE_NAME: 'cat-1', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, 'catalog')).toEqual({
      serviceName: 'cat-1',
      otlpEndpoint: 'http://collector:4318',
    });
    expect(() => readTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, 'catalog')).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });
});

describe('startTracing with an OTLP endpoint', () => {
  it('stops within its shutdown timeout when the collector is down, without throwing', async () => {
    await stopTracing();
    const logger = { warn: () => {} } as unknown as Logger;
    // Port 9 (discard) on loopback: nothing listens, so the export is refused and retried.
    const stop = startTracing({ serviceName: 'unreachable', otlpEndpoint: 'http://127.0.0.1:9', logger, shutdownTimeoutMs: 300 });
    trace.getTracer('test').startSpan('lost').end();
    const startedAt = Date.now();
    await expect(stop()).resolves.toBeUndefined();
    expect(Date.now() - startedAt).toBeLessThan(2000);
  });
});
