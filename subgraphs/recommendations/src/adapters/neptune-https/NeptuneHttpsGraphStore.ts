import type { SignatureV4 } from '@smithy/signature-v4';
import {
  GraphQueryError,
  GraphStoreTimeoutError,
  GraphStoreUnavailableError,
  type CypherParams,
  type GraphStore,
} from '../../ports/GraphStore.js';
import { usedParameters } from '../parameters.js';

export interface NeptuneHttpsOptions {
  /** The cluster (or instance) endpoint with its port, for example `https://my-cluster.cluster-xyz.us-east-1.neptune.amazonaws.com:8182`. */
  endpoint: string;
  /** SigV4 signer for clusters with IAM authentication; requests go unsigned without one. */
  signer?: SignatureV4;
  queryTimeoutMs: number;
  fetch?: typeof fetch;
}

/** Neptune error codes that mean "try again later" rather than "the query is wrong". */
const RETRYABLE = new Set([
  'ThrottlingException',
  'ConcurrentModificationException',
  'MemoryLimitExceededException',
  'ReadOnlyViolationException',
  'InternalFailureException',
  'ServiceUnavailableException',
]);
const TIMEOUTS = new Set(['TimeLimitExceededException', 'QueryLimitExceededException']);

/**
 * openCypher over Neptune's HTTPS endpoint: `POST /openCypher` with a form body of `query` and
 * `parameters` (a JSON object), answered with `{"results": [row, ...]}`. Signed with SigV4 (service
 * `neptune-db`) when IAM authentication is on. For where Bolt does not fit: Neptune documents Bolt
 * 4.0, which current neo4j-driver releases no longer offer in their handshake.
 */
export class NeptuneHttpsGraphStore implements GraphStore {
  private readonly url: URL;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: NeptuneHttpsOptions) {
    this.url = new URL('/openCypher', options.endpoint);
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async run<T extends Record<string, unknown>>(cypher: string, params: CypherParams = {}): Promise<T[]> {
    const body = new URLSearchParams({ query: cypher, parameters: JSON.stringify(usedParameters(cypher, params)) }).toString();
    const headers = await this.headers(body);
    let response: Response;
    try {
      response = await this.fetch(this.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.options.queryTimeoutMs),
      });
    } catch (err) {
      if ((err as Error).name === 'TimeoutError') throw new GraphStoreTimeoutError(this.options.queryTimeoutMs, { cause: err });
      throw new GraphStoreUnavailableError(`Neptune at ${this.url.host} cannot be reached: ${(err as Error).message}`, { cause: err });
    }
    if (!response.ok) throw await this.failure(response);
    const payload = (await response.json()) as { results?: T[] };
    if (!Array.isArray(payload.results)) throw new GraphStoreUnavailableError('Neptune answered without a `results` list');
    return payload.results;
  }

  async close(): Promise<void> {
    // Stateless HTTP: nothing to release.
  }

  private async headers(body: string): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    };
    if (!this.options.signer) return headers;
    const signed = await this.options.signer.sign({
      method: 'POST',
      protocol: this.url.protocol,
      hostname: this.url.hostname,
      ...(this.url.port ? { port: Number(this.url.port) } : {}),
      path: this.url.pathname,
      query: {},
      headers: { ...headers, host: this.url.host },
      body,
    });
    // fetch sets Host itself (from the same URL, so it matches what was signed).
    const { host: _host, ...rest } = signed.headers;
    return rest;
  }

  private async failure(response: Response): Promise<Error> {
    let code = '';
    let detail = '';
    try {
      const body = (await response.json()) as { code?: string; detailedMessage?: string };
      code = body.code ?? '';
      detail = body.detailedMessage ?? '';
    } catch {
      // Not JSON: the status says enough.
    }
    const message = `Neptune answered ${response.status}${code ? ` ${code}` : ''}${detail ? `: ${detail}` : ''}`;
    if (TIMEOUTS.has(code)) return new GraphStoreTimeoutError(this.options.queryTimeoutMs, { cause: new Error(message) });
    if (response.status === 429 || response.status >= 500 || RETRYABLE.has(code)) return new GraphStoreUnavailableError(message);
    // 401/403: credentials or policy are wrong; the service cannot serve until that is fixed.
    if (response.status === 401 || response.status === 403) return new GraphStoreUnavailableError(message);
    return new GraphQueryError(message);
  }
}
