import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { principalHeaders, type Principal } from '@commerce/lib';

export interface GatewayContext {
  principal: Principal;
}

const GATEWAY_PRINCIPAL: Principal = { kind: 'service', id: 'gateway', scopes: [], requestId: 'gateway' };

/** Signed headers stay valid for 60 s; one signature serves all of a request's subgraph calls. */
const SIGNATURE_REUSE_MS = 30_000;
const signatures = new WeakMap<Principal, { headers: Record<string, string>; until: number }>();

function signedHeaders(principal: Principal, routerSecret: string): Record<string, string> {
  const now = Date.now();
  const cached = signatures.get(principal);
  if (cached && cached.until > now) return cached.headers;
  const headers = principalHeaders(principal, routerSecret, now);
  signatures.set(principal, { headers, until: now + SIGNATURE_REUSE_MS });
  return headers;
}

/**
 * A subgraph as the gateway calls it: every request carries the verified principal in headers signed
 * with the router secret (subgraphs refuse requests without them), over the resilient fetcher.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    fetcher: Fetcher,
    private readonly routerSecret: string,
    private readonly decorate: (headers: Record<string, string>) => void = () => {},
  ) {
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and schema loading run without a request context.
    const principal = 'principal' in context && context.principal ? context.principal : GATEWAY_PRINCIPAL;
    const headers = { ...signedHeaders(principal, this.routerSecret) };
    this.decorate(headers);
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }
}
