/**
 * Logs, request ids and traces shared by the gateway and the subgraphs. A separate entry point
 * (`@commerce/lib/observability`) so services that do not trace never load the OpenTelemetry SDK.
 */
export { REQUEST_ID_HEADER, requestIdFrom, requestIdMiddleware } from './requestId.js';
export { summarizeResponse, type RequestOutcome, type ResponseSummary } from './outcome.js';
export { requestLogPlugin } from './requestLog.js';
export { readTracingConfig, startTracing, tracingActive, type TracingConfig, type TracingOptions } from './tracing.js';
export { extractTraceContext, injectTraceContext, type HeaderTarget } from './traceContext.js';
export { httpSpanMiddleware, TRACER_NAME, type HttpSpanOptions } from './httpSpan.js';
export { operationSpanPlugin, type OperationSpanOptions } from './operationSpan.js';
export { subgraphObservabilityPlugins } from './plugins.js';
// Tests in other workspaces must use the same SDK copy as startTracing (the gateway pulls in an older one).
export { InMemorySpanExporter, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace-node';
