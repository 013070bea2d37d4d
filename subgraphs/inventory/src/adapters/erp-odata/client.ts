import type { Logger } from '@commerce/lib';
import { errorForNetwork, errorForStatus, malformedResponse } from './errors.js';
import { ENTITY_SET, stockQueryString, type ODataVersion, type StockQuery } from './query.js';

export interface ODataClientOptions {
  /** The service root, e.g. `https://erp.example.com/sap/opu/odata/sap/API_MATERIAL_STOCK_SRV`. */
  serviceUrl: string;
  version: ODataVersion;
  pageSize: number;
  timeoutMs: number;
  maxAttempts: number;
  backoffBaseMs?: number;
  basicAuth?: { user: string; password: string };
  sapClient?: string;
  fetch?: typeof fetch;
}

export interface ODataPage {
  rows: Record<string, unknown>[];
  /** `__count` / `@odata.count` when asked for. */
  count?: number;
}

/**
 * GETs pages of the material stock entity set over HTTP (fetch). Follows server-driven paging
 * (`__next` in V2, `@odata.nextLink` in V4) when the server sends it, and `$skip` otherwise. Retries
 * timeouts, 429 and 5xx with jittered backoff; anything else fails at once.
 */
export class ODataClient {
  private readonly fetch: typeof fetch;

  constructor(
    private readonly options: ODataClientOptions,
    private readonly logger: Logger,
  ) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  get version(): ODataVersion {
    return this.options.version;
  }

  async *pages(query: Omit<StockQuery, 'version' | 'top' | 'skip' | 'sapClient'>, signal?: AbortSignal): AsyncGenerator<ODataPage> {
    const { pageSize, version, sapClient } = this.options;
    const base = this.options.serviceUrl.replace(/\/$/, '');
    let skip = 0;
    // Rows received for the current `$top` window (server-driven paging may split it over several pages).
    let windowRows = 0;
    let url = `${base}/${ENTITY_SET}?${stockQueryString({ ...query, version, top: pageSize, skip, ...(sapClient ? { sapClient } : {}) })}`;
    for (let first = true; ; first = false) {
      const body = await this.get(url, signal);
      const page = parsePage(body, version);
      windowRows += page.rows.length;
      yield first ? page : { rows: page.rows };
      if (page.next) {
        url = new URL(page.next, `${base}/`).toString();
      } else if (windowRows >= pageSize) {
        skip += windowRows;
        windowRows = 0;
        url = `${base}/${ENTITY_SET}?${stockQueryString({ ...query, count: false, version, top: pageSize, skip, ...(sapClient ? { sapClient } : {}) })}`;
      } else {
        return;
      }
    }
  }

  private async get(url: string, signal?: AbortSignal): Promise<unknown> {
    const { maxAttempts, timeoutMs, basicAuth } = this.options;
    const headers: Record<string, string> = { accept: 'application/json' };
    if (basicAuth) headers.authorization = `Basic ${Buffer.from(`${basicAuth.user}:${basicAuth.password}`).toString('base64')}`;
    for (let attempt = 1; ; attempt++) {
      let failure;
      try {
        const timeout = AbortSignal.timeout(timeoutMs);
        const res = await this.fetch(url, { headers, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
        if (res.ok) {
          // Read first: a timeout or a dropped connection while the body streams in is a network failure
          // (retried), not a malformed document; only a body that arrived whole and does not parse is one.
          const text = await res.text();
          try {
            return JSON.parse(text) as unknown;
          } catch {
            throw malformedResponse('not JSON');
          }
        }
        const detail = await res.text().catch(() => '');
        this.logger.warn({ status: res.status, body: detail.slice(0, 500), attempt }, 'ERP OData request failed');
        failure = errorForStatus(res.status);
      } catch (err) {
        if ((err as { name?: string }).name === 'StockSourceUnavailable') throw err;
        if (signal?.aborted) throw err;
        this.logger.warn({ err, attempt }, 'ERP OData request did not complete');
        failure = errorForNetwork(err, timeoutMs);
      }
      if (!failure.retryable || attempt >= maxAttempts) throw failure;
      const base = this.options.backoffBaseMs ?? 200;
      await new Promise((resolve) => setTimeout(resolve, Math.min(5000, base * 2 ** (attempt - 1)) * (0.5 + Math.random())));
    }
  }
}

/** The V2 (`{ d: { results, __count, __next } }`) and V4 (`{ value, @odata.count, @odata.nextLink }`) envelopes. */
export function parsePage(body: unknown, version: ODataVersion): ODataPage & { next?: string } {
  const doc = body as Record<string, any> | null;
  if (version === 2) {
    const d = doc?.d;
    const rows = Array.isArray(d?.results) ? d.results : Array.isArray(d) ? d : null;
    if (!rows) throw malformedResponse('no d.results array (OData V2 JSON)');
    return { rows, ...(d.__count !== undefined ? { count: Number(d.__count) } : {}), ...(typeof d.__next === 'string' ? { next: d.__next } : {}) };
  }
  if (!Array.isArray(doc?.value)) throw malformedResponse('no value array (OData V4 JSON)');
  return {
    rows: doc.value,
    ...(doc['@odata.count'] !== undefined ? { count: Number(doc['@odata.count']) } : {}),
    ...(typeof doc['@odata.nextLink'] === 'string' ? { next: doc['@odata.nextLink'] } : {}),
  };
}
