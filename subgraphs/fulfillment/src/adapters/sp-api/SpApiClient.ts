import type { Clock } from '../../ports/Clock.js';
import type { components, operations } from './__generated__/fulfillment-outbound.js';
import { LwaError, type LwaTokenProvider } from './LwaTokenProvider.js';
import { OPERATIONS, type UsedOperation } from './operations.js';
import { RateLimitWaitTooLongError, type RateLimiter } from './RateLimiter.js';

export type Schemas = components['schemas'];
type Params<O extends UsedOperation> = operations[O]['parameters'];
type Body<O extends UsedOperation> = operations[O] extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;
export type Ok<O extends UsedOperation> = operations[O]['responses'][200]['content']['application/json'];

export interface CallOptions<O extends UsedOperation> {
  path?: Params<O>['path'];
  query?: Params<O>['query'];
  body?: Body<O>;
  /** Overrides the client's attempts, e.g. fewer on a page's read path. */
  maxAttempts?: number;
  /** Fail instead of queueing longer than this for a rate-limit slot. */
  maxQueueMs?: number;
}

export interface SpApiClientSettings {
  /** For example https://sellingpartnerapi-na.amazon.com, or the simulator. */
  endpoint: string;
  timeoutMs: number;
  maxAttempts: number;
  /** Backoff before retry n is uniform in [0, min(cap, base * 2^(n-1))) ("full jitter"). */
  backoffBaseMs?: number;
  backoffCapMs?: number;
}

/** Amazon answered 4xx (other than throttling and auth); `errors` is Amazon's list, kept server-side. */
export class SpApiRequestError extends Error {
  override name = 'SpApiRequestError';
  constructor(
    readonly operation: UsedOperation,
    readonly status: number,
    readonly errors: Schemas['Error'][],
  ) {
    super(`${operation}: HTTP ${status} ${errors.map((e) => `${e.code}: ${e.message}`).join('; ')}`);
  }
}

/** Amazon could not be reached or kept failing (network, 5xx, 429, auth) after the retries. */
export class SpApiUnavailableError extends Error {
  override name = 'SpApiUnavailableError';
}

export class SpApiTimeoutError extends Error {
  override name = 'SpApiTimeoutError';
  constructor(
    readonly operation: UsedOperation,
    readonly timeoutMs: number,
  ) {
    super(`${operation}: no answer within ${timeoutMs} ms`);
  }
}

/**
 * A thin fetch client for the Fulfillment Outbound operations, typed from the model. Every request
 * waits for its operation's token bucket, carries an LWA access token in `x-amz-access-token`, and is
 * retried with jittered backoff on 429, 5xx, timeouts and network errors (never on other 4xx, which
 * would fail the same way again). One refused token (401/403) is renewed and the request repeated.
 */
export class SpApiClient {
  constructor(
    private readonly settings: SpApiClientSettings,
    private readonly tokens: LwaTokenProvider,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
    private readonly fetchImpl: typeof fetch = fetch,
    private readonly random: () => number = Math.random,
  ) {}

  async call<O extends UsedOperation>(operation: O, options: CallOptions<O> = {}): Promise<Ok<O>> {
    const spec = OPERATIONS[operation];
    const url = this.url(spec.path, options.path as Record<string, string> | undefined, options.query as Record<string, unknown> | undefined);
    const maxAttempts = options.maxAttempts ?? this.settings.maxAttempts;
    let renewedToken = false;
    for (let attempt = 1; ; attempt++) {
      const retry = async (failure: Error): Promise<void> => {
        if (attempt >= maxAttempts) throw failure;
        await this.clock.sleep(this.backoff(attempt));
      };
      try {
        await this.limiter.acquire(operation, options.maxQueueMs);
      } catch (err) {
        if (err instanceof RateLimitWaitTooLongError) throw new SpApiUnavailableError(err.message);
        throw err;
      }
      const token = await this.tokens.accessToken().catch((err: unknown) => {
        throw err instanceof LwaError ? new SpApiUnavailableError(err.message) : err;
      });
      let response: Response;
      let body: unknown;
      try {
        response = await this.fetchImpl(url, {
          method: spec.method,
          headers: {
            'x-amz-access-token': token,
            accept: 'application/json',
            'user-agent': 'commerce-fulfillment/0.1 (Language=TypeScript)',
            ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
          signal: AbortSignal.timeout(this.settings.timeoutMs),
        });
        // Inside the try: the timeout covers the body too, and a body cut short is retried like any network error.
        body = await readJson(response);
      } catch (err) {
        const timedOut = (err as Error).name === 'TimeoutError';
        await retry(timedOut ? new SpApiTimeoutError(operation, this.settings.timeoutMs) : new SpApiUnavailableError(`${operation}: ${(err as Error).message}`));
        continue;
      }
      this.limiter.adjust(operation, response.headers.get('x-amzn-RateLimit-Limit'));
      if (response.ok) return body as Ok<O>;

      const errors = (body as { errors?: Schemas['Error'][] }).errors ?? [];
      if ((response.status === 401 || response.status === 403) && !renewedToken) {
        renewedToken = true;
        this.tokens.invalidate(token);
        attempt -= 1;
        continue;
      }
      if (response.status === 429 || response.status >= 500) {
        if (response.status === 429) this.limiter.drain(operation);
        await retry(new SpApiUnavailableError(`${operation}: HTTP ${response.status} after ${attempt} attempt(s)`));
        continue;
      }
      if (response.status === 401 || response.status === 403) {
        throw new SpApiUnavailableError(`${operation}: access denied (HTTP ${response.status}) with a fresh token; check the LWA credentials`);
      }
      throw new SpApiRequestError(operation, response.status, errors);
    }
  }

  private backoff(attempt: number): number {
    const base = this.settings.backoffBaseMs ?? 250;
    const cap = this.settings.backoffCapMs ?? 8000;
    return Math.floor(this.random() * Math.min(cap, base * 2 ** (attempt - 1)));
  }

  private url(template: string, path: Record<string, string> = {}, query: Record<string, unknown> = {}): string {
    const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = path[name];
      if (value === undefined) throw new Error(`Missing path parameter ${name} for ${template}`);
      return encodeURIComponent(value);
    });
    const url = new URL(this.settings.endpoint.replace(/\/+$/, '') + filled);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
    }
    return url.toString();
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
