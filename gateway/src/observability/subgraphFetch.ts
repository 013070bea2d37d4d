import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { injectTraceContext, tracingActive } from '@commerce/lib/observability';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

export type Fetcher = RemoteGraphQLDataSource['fetcher'];

const TRACER_NAME = '@commerce/gateway';

/** How a traced call ended, finer than the metrics' outcome: it is a span attribute, not a label. */
export type FetchSpanOutcome = 'ok' | 'http_error' | 'network_error' | 'timeout';

/**
 * Wraps a data source's fetcher: each subgraph call gets a CLIENT span (`POST <subgraph>`, with
 * `subgraph.name`, `url.full`, `http.response.status_code`) under Apollo Gateway's `gateway.fetch`,
 * and sends `traceparent` naming that span, so the subgraph's spans hang under it. Wrapped around the
 * resilient fetcher, the span covers retries and circuit refusals of that call. Metrics are not
 * recorded here (the resilient fetcher reports each attempt through its observer).
 */
export function instrumentFetcher(subgraph: string, fetcher: Fetcher): Fetcher {
  return (url, init = {}) => {
    if (!tracingActive()) return fetcher(url, init);
    const method = init.method ?? 'GET';
    const target = new URL(url);
    return trace.getTracer(TRACER_NAME).startActiveSpan(
      `${method} ${subgraph}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'subgraph.name': subgraph,
          'http.request.method': method,
          'url.full': `${target.origin}${target.pathname}`,
          'server.address': target.hostname,
          'server.port': Number(target.port || (target.protocol === 'https:' ? 443 : 80)),
        },
      },
      async (span) => {
        let outcome: FetchSpanOutcome = 'ok';
        try {
          const response = await fetcher(url, { ...init, headers: injectTraceContext({ ...init.headers }) });
          span.setAttribute('http.response.status_code', response.status);
          if (response.status >= 400) {
            outcome = 'http_error';
            span.setStatus({ code: SpanStatusCode.ERROR, message: `HTTP ${response.status}` });
          }
          return response;
        } catch (err) {
          outcome = isTimeout(err) ? 'timeout' : 'network_error';
          span.setAttribute('error.type', errorType(err));
          span.recordException(err instanceof Error ? err : String(err));
          span.setStatus({ code: SpanStatusCode.ERROR, message: outcome });
          throw err;
        } finally {
          span.setAttribute('subgraph.fetch.outcome', outcome);
          span.end();
        }
      },
    );
  };
}

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/**
 * Aborts and timeouts of fetch, undici, node-fetch and make-fetch-happen, including wrapped causes,
 * and the resilient fetcher's own UPSTREAM_TIMEOUT.
 */
export function isTimeout(err: unknown): boolean {
  for (let current = err, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, code, type } = current as { name?: unknown; code?: unknown; type?: unknown };
    if (name === 'AbortError' || name === 'TimeoutError' || type === 'request-timeout') return true;
    if (graphqlCode(current) === 'UPSTREAM_TIMEOUT') return true;
    if (typeof code === 'string' && TIMEOUT_CODES.has(code)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function graphqlCode(err: unknown): string | undefined {
  const code = (err as { extensions?: { code?: unknown } }).extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** `UPSTREAM_UNAVAILABLE`, `ECONNREFUSED`, `TimeoutError`…: what kind of failure, never its message. */
function errorType(err: unknown): string {
  if (!err || typeof err !== 'object') return 'unknown';
  const { code, name } = err as { code?: unknown; name?: unknown };
  return graphqlCode(err) ?? (typeof code === 'string' ? code : typeof name === 'string' ? name : 'unknown');
}
