import { StockSourceUnavailable } from '../../ports/StockSource.js';

export const SOURCE_NAME = 'erp-odata';

/**
 * The ERP's failures in our terms. SAP's error bodies (`{ error: { code, message } }`) go to the log
 * only; what is kept (and may reach an operator through the sync record) is our own wording.
 */
export function errorForStatus(status: number): StockSourceUnavailable {
  if (status === 401 || status === 403) return new StockSourceUnavailable(SOURCE_NAME, `the ERP refused our credentials (HTTP ${status})`, false);
  if (status === 404) return new StockSourceUnavailable(SOURCE_NAME, `the ERP has no material stock service at the configured URL (HTTP 404)`, false);
  if (status === 429) return new StockSourceUnavailable(SOURCE_NAME, 'the ERP is throttling us (HTTP 429)', true);
  if (status >= 500) return new StockSourceUnavailable(SOURCE_NAME, `the ERP failed (HTTP ${status})`, true);
  return new StockSourceUnavailable(SOURCE_NAME, `the ERP refused the request (HTTP ${status})`, false);
}

export function errorForNetwork(err: unknown, timeoutMs: number): StockSourceUnavailable {
  const name = (err as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return new StockSourceUnavailable(SOURCE_NAME, `the ERP did not answer within ${timeoutMs} ms`, true);
  return new StockSourceUnavailable(SOURCE_NAME, 'the ERP cannot be reached', true);
}

export function malformedResponse(detail: string): StockSourceUnavailable {
  return new StockSourceUnavailable(SOURCE_NAME, `the ERP answered with an unexpected document: ${detail}`, false);
}
