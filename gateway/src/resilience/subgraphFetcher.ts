import CircuitBreaker from 'opossum';
import { PRINCIPAL_HEADER, upstreamTimeout, upstreamUnavailable, type Principal } from '@commerce/lib';
import type { FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent as UndiciAgent, type Agent } from 'undici';
import { bufferedResponse, type Buffered } from './bufferedResponse.js';

export interface ResilienceConfig {
  timeoutMs: number;
  /** Extra attempts for queries after a network error, timeout or 502/503/504; mutations never retry. */
  retries: number;
  /** Failure percentage over the rolling window that opens the circuit. */
  breakerErrorPercentage: number;
  /** Requests in the window before the breaker may open. */
  breakerVolumeThreshold: number;
  /** How long the circuit stays open before one probe request is let through. */
  breakerResetMs: number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface FetchObserver {
  fetched?(subgraph: string, ms: number, outcome: 'ok' | 'error' | 'timeout' | 'rejected'): void;
  circuit?(subgraph: string, state: CircuitState): void;
}

class RetryableStatus extends Error {
  constructor(readonly buffered: Buffered) {
    super(`HTTP ${buffered.status}`);
  }
}

const RETRYABLE = new Set([502, 503, 504]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One keep-alive pool shared by all subgraph fetches of a gateway process. */
export function createAgent(): Agent {
  return new UndiciAgent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, connections: 256, pipelining: 1 });
}

/**
 * The fetch the gateway uses for one subgraph: a per-attempt timeout, jittered retries for queries,
 * a circuit breaker that fails fast while the subgraph is down and lets a probe through after
 * `breakerResetMs`, and de-duplication of identical in-flight queries. Failures surface as
 * UPSTREAM_TIMEOUT / UPSTREAM_UNAVAILABLE errors that name the subgraph.
 */
export function createSubgraphFetcher(name: string, config: ResilienceConfig, agent: Agent, observer: FetchObserver = {}) {
  // undici's request() rather than fetch(): no WHATWG Request/Response objects per call. The URL is
  // the subgraph's, the same on every call: parsed once.
  let parsed: { url: string; origin: string; path: string } | undefined;
  const attempt = async (url: string, init: FetcherRequestInit): Promise<Buffered> => {
    const started = performance.now();
    if (parsed?.url !== url) {
      const target = new URL(url);
      parsed = { url, origin: target.origin, path: `${target.pathname}${target.search}` };
    }
    // undici's own timeouts tick coarsely (about half a second); an abort signal holds the budget. Its
    // timer is cleared as soon as the answer is in: `AbortSignal.timeout` would fire for every call
    // long after it completed, each time building a DOMException.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new DOMException('subgraph timeout', 'TimeoutError')), config.timeoutMs);
    try {
      const res = await agent.request({
        origin: parsed.origin,
        path: parsed.path,
        method: (init.method ?? 'POST') as 'POST',
        headers: init.headers as Record<string, string>,
        body: init.body ?? null,
        signal: abort.signal,
      });
      const buffered: Buffered = { status: res.statusCode, headers: res.headers, body: await res.body.text() };
      observer.fetched?.(name, performance.now() - started, res.statusCode >= 500 ? 'error' : 'ok');
      if (RETRYABLE.has(res.statusCode)) throw new RetryableStatus(buffered);
      return buffered;
    } catch (err) {
      if (!(err instanceof RetryableStatus)) {
        observer.fetched?.(name, performance.now() - started, isTimeout(err) ? 'timeout' : 'error');
      }
      throw err;
    } finally {
      clearTimeout(timer);
    }
  };

  const breaker = new CircuitBreaker(attempt, {
    timeout: false, // each attempt has its own abort signal
    errorThresholdPercentage: config.breakerErrorPercentage,
    volumeThreshold: config.breakerVolumeThreshold,
    resetTimeout: config.breakerResetMs,
    rollingCountTimeout: 10_000,
    rollingCountBuckets: 10,
  });
  breaker.on('open', () => observer.circuit?.(name, 'open'));
  breaker.on('halfOpen', () => observer.circuit?.(name, 'half-open'));
  breaker.on('close', () => observer.circuit?.(name, 'closed'));
  observer.circuit?.(name, 'closed');

  const withRetries = async (url: string, init: FetcherRequestInit, retry: boolean): Promise<Buffered> => {
    for (let n = 0; ; n++) {
      try {
        return await breaker.fire(url, init);
      } catch (err) {
        const open = breaker.opened || (err as { code?: string }).code === 'EOPENBREAKER';
        if (open) {
          observer.fetched?.(name, 0, 'rejected');
          throw upstreamUnavailable(name, `${name} is unavailable (circuit open after repeated failures); failing fast.`);
        }
        if (!retry || n >= config.retries) {
          if (err instanceof RetryableStatus) return err.buffered;
          if (isTimeout(err)) throw upstreamTimeout(name, config.timeoutMs);
          throw upstreamUnavailable(name, `${name} could not be reached.`);
        }
        // Full jitter: spreads retries of many concurrent requests over the window.
        await sleep(Math.random() * Math.min(1000, 50 * 2 ** n));
      }
    }
  };

  const inFlight = new Map<string, Promise<Buffered>>();

  return async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const body = typeof init.body === 'string' ? init.body : '';
    let pending: Promise<Buffered>;
    if (!isMutation(body)) {
      // Identical queries in flight at once for the same principal share one fetch.
      const key = `${url}\n${principalIdentity(init.headers)}\n${body}`;
      pending = inFlight.get(key) ?? withRetries(url, init, true).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    } else {
      pending = withRetries(url, init, false);
    }
    return bufferedResponse(url, await pending);
  };
}

const QUERY_FIRST = '{"query":"';

function isMutation(body: string): boolean {
  // Apollo Gateway serialises `{ query, variables, ... }` with the query first: read its first word
  // without parsing the whole body, which can be large for entity fetches.
  if (body.startsWith(QUERY_FIRST)) return /^(?:\\[nrt]|\s)*mutation\b/.test(body.slice(QUERY_FIRST.length, QUERY_FIRST.length + 40));
  try {
    return /^\s*mutation\b/.test((JSON.parse(body) as { query?: string }).query ?? '');
  } catch {
    return true; // unknown: treat as unsafe to retry or share
  }
}

/** Who the fetch is for, without the per-request parts (request id, expiry) of the signed principal. */
function principalIdentity(headers: FetcherRequestInit['headers']): string {
  const signed = (headers as Record<string, string> | undefined)?.[PRINCIPAL_HEADER];
  if (!signed) return '';
  try {
    const { kind, id, scopes } = JSON.parse(Buffer.from(signed, 'base64url').toString('utf8')) as Principal;
    return JSON.stringify([kind, id, scopes]);
  } catch {
    return signed;
  }
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

function isTimeout(err: unknown): boolean {
  const { name, code } = (err ?? {}) as { name?: string; code?: string };
  return name === 'TimeoutError' || name === 'AbortError' || (code !== undefined && TIMEOUT_CODES.has(code));
}
