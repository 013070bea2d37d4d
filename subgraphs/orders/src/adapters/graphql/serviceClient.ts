import { randomUUID } from 'node:crypto';
import { principalHeaders } from '@commerce/lib';

/** The other service could not answer now (network, timeout, 5xx, an error it did not explain); retry later. */
export class ServiceUnavailableError extends Error {
  override name = 'ServiceUnavailableError';
}

/** The other service refused the request itself (BAD_USER_INPUT): the same request will be refused again. */
export class ServiceRejectedError extends Error {
  override name = 'ServiceRejectedError';
}

export interface ServiceClientOptions {
  /** The service called, for messages. */
  service: string;
  url: string;
  routerSecret: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

export type GraphqlCall = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

/**
 * POSTs GraphQL to another subgraph as the orders service (a signed service principal). Vendor
 * detail stays in the error message for our logs; nothing of it reaches clients.
 */
export function serviceClient(options: ServiceClientOptions): GraphqlCall {
  const doFetch = options.fetch ?? globalThis.fetch;
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const principal = { kind: 'service' as const, id: 'orders', scopes: [], requestId: `orders-${randomUUID()}` };
    let response: Response;
    try {
      response = await doFetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...principalHeaders(principal, options.routerSecret) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (err) {
      const timedOut = (err as Error).name === 'TimeoutError';
      throw new ServiceUnavailableError(`${options.service} ${timedOut ? `did not answer within ${options.timeoutMs} ms` : `is unreachable: ${(err as Error).message}`}`);
    }
    const text = await response.text();
    let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new ServiceUnavailableError(`${options.service} answered HTTP ${response.status} without JSON`);
    }
    const error = body.errors?.[0];
    if (error) {
      const detail = `${options.service}: ${error.extensions?.code ?? 'error'}: ${error.message}`;
      throw error.extensions?.code === 'BAD_USER_INPUT' ? new ServiceRejectedError(detail) : new ServiceUnavailableError(detail);
    }
    if (!response.ok || !body.data) throw new ServiceUnavailableError(`${options.service} answered HTTP ${response.status} without data`);
    return body.data;
  };
}
