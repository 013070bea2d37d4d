import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Principal } from '@commerce/lib';
import { findApiKey, type ApiKey } from './apiKeys.js';

export interface AuthConfig {
  /** JWKS of the identity provider, e.g. `https://cognito-idp.<region>.amazonaws.com/<pool>/.well-known/jwks.json`. */
  jwksUrl?: string;
  issuer?: string;
  /** Checked against `aud` (OIDC id tokens) or `client_id` (Cognito access tokens, which carry no `aud`). */
  audience?: string;
  /** Claim holding the customer id (`sub` by default; e.g. `custom:customer_id` on Cognito). */
  customerClaim: string;
  apiKeys: ApiKey[];
}

/** The request presented credentials we cannot accept; never downgraded to anonymous. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

export interface Credentials {
  authorization?: string;
  apiKey?: string;
  requestId: string;
}

export type Authenticate = (credentials: Credentials) => Promise<Principal>;

export function createAuthenticator(config: AuthConfig): Authenticate {
  const keys: JWTVerifyGetKey | undefined = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 })
    : undefined;

  return async ({ authorization, apiKey, requestId }) => {
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) throw new AuthenticationError('The Authorization header must be `Bearer <token>`.');
      if (!keys) throw new AuthenticationError('Bearer tokens are not accepted: no identity provider is configured.');
      const claims = await verify(match[1]!, keys, config);
      const customerId = claims[config.customerClaim];
      if (typeof customerId !== 'string' || customerId === '') {
        throw new AuthenticationError(`The token has no \`${config.customerClaim}\` claim identifying the customer.`);
      }
      return { kind: 'customer', id: customerId, scopes: scopesOf(claims), requestId };
    }
    if (apiKey) {
      const key = findApiKey(config.apiKeys, apiKey);
      if (!key) throw new AuthenticationError('The API key is not recognised.');
      return { kind: 'partner', id: key.id, scopes: key.scopes, requestId };
    }
    return { kind: 'anonymous', scopes: [], requestId };
  };
}

async function verify(token: string, keys: JWTVerifyGetKey, config: AuthConfig): Promise<JWTPayload> {
  try {
    const { payload } = await jwtVerify(token, keys, {
      algorithms: ['RS256', 'ES256'],
      ...(config.issuer ? { issuer: config.issuer } : {}),
      clockTolerance: 30,
    });
    if (config.audience && !hasAudience(payload, config.audience)) {
      throw new AuthenticationError(`The token is not meant for this API (audience ${config.audience}).`);
    }
    return payload;
  } catch (err) {
    if (err instanceof AuthenticationError) throw err;
    if (err instanceof joseErrors.JWTExpired) throw new AuthenticationError('The token has expired; get a new one.');
    if (err instanceof joseErrors.JOSEError) throw new AuthenticationError(`The token is not valid (${err.code}).`);
    throw err;
  }
}

function hasAudience(payload: JWTPayload, audience: string): boolean {
  const aud = payload.aud;
  if (Array.isArray(aud) ? aud.includes(audience) : aud === audience) return true;
  return payload.client_id === audience;
}

/** OAuth `scope` (space separated) or `scp` (array), as identity providers differ. */
function scopesOf(claims: JWTPayload): string[] {
  if (typeof claims.scope === 'string') return claims.scope.split(' ').filter(Boolean);
  if (Array.isArray(claims.scp)) return claims.scp.filter((s): s is string => typeof s === 'string');
  return [];
}
