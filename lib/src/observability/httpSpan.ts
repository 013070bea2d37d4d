import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';
import { extractTraceContext } from './traceContext.js';
import { tracingActive } from './tracing.js';

export const TRACER_NAME = '@commerce/lib';

export interface HttpSpanOptions {
  /**
   * Continue the caller's trace from its `traceparent` (default). A public edge may prefer `false`:
   * every request then starts a new trace and clients cannot choose trace ids or sampling.
   */
  continueIncomingTrace?: boolean;
}

/**
 * A SERVER span around each HTTP request, made active for everything that handles it (Apollo Server,
 * Apollo Gateway's `gateway.*` spans, outgoing subgraph calls), continuing the caller's trace from
 * `traceparent`. Manual rather than auto-instrumentation: it works under ESM and tsx without a
 * `--import` hook. Mount on the GraphQL path (`app.use('/graphql', httpSpanMiddleware(), ...)`) so the
 * span name stays `POST /graphql`; mounted at the root, the name falls back to the request path.
 */
export function httpSpanMiddleware(options: HttpSpanOptions = {}): RequestHandler {
  const continueIncomingTrace = options.continueIncomingTrace ?? true;
  return (req, res, next) => {
    if (!tracingActive()) return next();
    const parent = continueIncomingTrace ? extractTraceContext(req.headers, ROOT_CONTEXT) : ROOT_CONTEXT;
    const route = req.baseUrl || req.path;
    const span = trace.getTracer(TRACER_NAME).startSpan(
      `${req.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': req.method,
          'http.route': route,
          'url.path': req.originalUrl.split('?')[0] ?? route,
          'url.scheme': req.protocol,
          ...(req.get('user-agent') ? { 'user_agent.original': req.get('user-agent') } : {}),
          ...(req.get('x-request-id') ? { 'http.request.header.x-request-id': [req.get('x-request-id')!] } : {}),
        },
      },
      parent,
    );
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      span.setAttribute('http.response.status_code', res.statusCode);
      if (!res.writableFinished) span.setAttribute('http.response.aborted', true);
      // For server spans only 5xx are errors; 4xx are the client's.
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    res.once('finish', end);
    res.once('close', end);
    context.with(trace.setSpan(parent, span), next);
  };
}
