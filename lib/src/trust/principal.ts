import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Who a request is for, as the gateway verified it (or as a service asserts it for its own calls).
 * Subgraphs trust only a principal that carries a valid signature from the shared secret, so a
 * subgraph reached directly cannot be fooled by a forged header.
 */
export interface Principal {
  kind: 'anonymous' | 'customer' | 'partner' | 'service';
  /** Customer id for `customer`, partner key id for `partner`, service name for `service`. */
  id?: string;
  scopes: string[];
  requestId: string;
}

export const PRINCIPAL_HEADER = 'x-commerce-principal';
export const SIGNATURE_HEADER = 'x-commerce-signature';

/** A signed principal is valid this long; it only has to outlive one request's fan-out. */
const LIFETIME_MS = 60_000;

interface SignedClaims extends Principal {
  exp: number;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Headers that carry `principal` to a subgraph, signed with the shared secret. */
export function principalHeaders(principal: Principal, secret: string, now = Date.now()): Record<string, string> {
  const payload = Buffer.from(JSON.stringify({ ...principal, exp: now + LIFETIME_MS } satisfies SignedClaims)).toString('base64url');
  return { [PRINCIPAL_HEADER]: payload, [SIGNATURE_HEADER]: sign(payload, secret) };
}

export class UntrustedPrincipalError extends Error {
  override name = 'UntrustedPrincipalError';
}

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return Array.isArray(value) ? value[0] : (value ?? undefined);
}

/** Reads and verifies the signed principal; throws UntrustedPrincipalError when it is missing, forged or expired. */
export function verifyPrincipal(headers: HeaderBag, secret: string, now = Date.now()): Principal {
  const payload = header(headers, PRINCIPAL_HEADER);
  const signature = header(headers, SIGNATURE_HEADER);
  if (!payload || !signature) throw new UntrustedPrincipalError('missing principal signature');
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new UntrustedPrincipalError('principal signature does not match');
  }
  let claims: SignedClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SignedClaims;
  } catch {
    throw new UntrustedPrincipalError('principal is not valid JSON');
  }
  if (typeof claims.exp !== 'number' || claims.exp < now) throw new UntrustedPrincipalError('principal has expired');
  const { exp, ...principal } = claims;
  return { ...principal, scopes: Array.isArray(principal.scopes) ? principal.scopes : [] };
}

export function hasScope(principal: Principal, scope: string): boolean {
  return principal.scopes.includes(scope);
}
