import { randomUUID } from 'node:crypto';
import { principalHeaders } from '@commerce/lib';

import { ServiceRejectedError, ServiceUnavailableError } from '../../ports/ServiceErrors.js';

export { ServiceRejectedError, ServiceUnavailableError };

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
      const detail = timedOut ? `did not answer within ${options.timeoutMs} ms` : `is unreachable: ${(err as Error).message}`;
      throw new ServiceUnavailableError(options.service, `${options.service} ${detail}`, timedOut ? options.timeoutMs : undefined);
    }
    const text = await response.text();
    let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new ServiceUnavailableError(options.service, `${options.service} answered HTTP ${response.status} without JSON`);
    }
    const error = body.errors?.[0];
    if (error) {
      const detail = `${options.service}: ${error.extensions?.code ?? 'error'}: ${error.message}`;
      throw error.extensions?.code === 'BAD_USER_INPUT' ? new ServiceRejectedError(detail) : new ServiceUnavailableError(options.service, detail);
    }
    if (!response.ok || !body.data) throw new ServiceUnavailableError(options.service, `${options.service} answered HTTP ${response.status} without data`);
    return body.data;
  };
}
