import { context, diag, DiagLogLevel, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { readOptionalString, readUrl, type Env } from '../config.js';
import type { Logger } from '../logger.js';

export interface TracingOptions {
  /** `service.name` on every span (`OTEL_SERVICE_NAME`). */
  serviceName: string;
  /** OTLP/HTTP base URL, e.g. `http://collector:4318` (`OTEL_EXPORTER_OTLP_ENDPOINT`); spans go to `<base>/v1/traces`. */
  otlpEndpoint?: string;
  /** For tests: spans are exported synchronously as each ends (e.g. to an `InMemorySpanExporter`). */
  exporter?: SpanExporter;
  /** Where export failures (collector down, rejected batches) are reported, as warnings. */
  logger?: Logger;
  /** Longest wait for the last spans to be sent on shutdown (default 3000 ms); a stop never hangs on a dead collector. */
  shutdownTimeoutMs?: number;
}

export interface TracingConfig {
  serviceName: string;
  otlpEndpoint?: string;
}

/** Reads the standard OpenTelemetry variables; `fallbackServiceName` when `OTEL_SERVICE_NAME` is unset. */
export function readTracingConfig(env: Env, fallbackServiceName: string): TracingConfig {
  const otlpEndpoint = readUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  return {
    serviceName: readOptionalString(env, 'OTEL_SERVICE_NAME') ?? fallbackServiceName,
    ...(otlpEndpoint ? { otlpEndpoint } : {}),
  };
}

let active = false;

/**
 * Whether spans are recorded in this process: the request and fetch instrumentation steps aside
 * entirely when not, rather than feed OpenTelemetry's no-op API.
 */
export const tracingActive = (): boolean => active;

/**
 * Registers the process-wide tracer provider, AsyncLocalStorage context manager and W3C propagators
 * when something receives spans (an OTLP endpoint or an exporter). Without one nothing is registered:
 * OpenTelemetry's API stays a no-op, so requests pay neither for span objects nor for the
 * AsyncLocalStorage that carries them (on Node 20 it hooks every promise, which cost the gateway more
 * CPU per request than its own edge logic); logs and subgraphs still correlate by request id.
 * Call once per process, before serving requests; Apollo Gateway's own spans (`gateway.*`) are
 * captured from then on. Returns a shutdown function that flushes pending spans and unregisters the
 * globals (so a later call, e.g. in another test, can register again).
 */
export function startTracing(options: TracingOptions): () => Promise<void> {
  const spanProcessors: SpanProcessor[] = [];
  if (options.exporter) spanProcessors.push(new SimpleSpanProcessor(options.exporter));
  if (options.otlpEndpoint) {
    const url = `${options.otlpEndpoint.replace(/\/+$/, '')}/v1/traces`;
    spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url })));
  }
  if (spanProcessors.length === 0) return () => Promise.resolve();
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }),
    spanProcessors,
  });
  provider.register();
  active = true;
  if (options.logger) {
    const logger = options.logger;
    const warn = (message: string, ...args: unknown[]) => logger.warn({ details: args.map(String) }, `opentelemetry: ${message}`);
    diag.setLogger({ error: warn, warn, info: () => {}, debug: () => {}, verbose: () => {} }, DiagLogLevel.WARN);
  }

  let stopped: Promise<void> | undefined;
  return () => {
    stopped ??= (async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, options.shutdownTimeoutMs ?? 3000);
      });
      // Caught here, not after the race: a flush that fails after the timeout must not go unhandled.
      const flushed = provider.shutdown().catch((err: unknown) => {
        options.logger?.warn({ err }, 'opentelemetry: spans not flushed on shutdown');
      });
      try {
        await Promise.race([flushed, timeout]);
      } finally {
        active = false;
        clearTimeout(timer);
        trace.disable();
        context.disable();
        propagation.disable();
        diag.disable();
      }
    })();
    return stopped;
  };
}
