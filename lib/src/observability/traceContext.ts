import { context, propagation, type Context, type TextMapGetter, type TextMapSetter } from '@opentelemetry/api';

/** Anything that can set a header: fetch/node-fetch `Headers` or a plain record. */
export type HeaderTarget = { set(name: string, value: string): unknown } | Record<string, string>;

const setter: TextMapSetter<HeaderTarget> = {
  set(carrier, key, value) {
    if (typeof carrier.set === 'function') (carrier as { set(name: string, value: string): unknown }).set(key, value);
    else (carrier as Record<string, string>)[key] = value;
  },
};

/**
 * Writes `traceparent` (and `tracestate`/`baggage` when present) for the active span into outgoing
 * headers, so the receiving service continues this trace. Call right before an outgoing request, e.g.
 * in a data source's `willSendRequest`. Does nothing when no span is active or tracing is not started.
 */
export function injectTraceContext<T extends HeaderTarget>(headers: T, from: Context = context.active()): T {
  propagation.inject(from, headers, setter);
  return headers;
}

type IncomingHeaders = Record<string, string | string[] | undefined>;

const getter: TextMapGetter<IncomingHeaders> = {
  keys: (carrier) => Object.keys(carrier),
  get(carrier, key) {
    return carrier[key.toLowerCase()];
  },
};

/** The context an incoming request's `traceparent` describes (Node's lower-cased `req.headers`). */
export function extractTraceContext(headers: IncomingHeaders, into: Context = context.active()): Context {
  return propagation.extract(into, headers, getter);
}
