import neo4j, { type AuthToken } from 'neo4j-driver';
import type { SignatureV4 } from '@smithy/signature-v4';

/**
 * Where a Bolt connection gets its credentials, and until when they are good for new connections.
 * neo4j-driver 4.4 (the last line that offers Bolt 4.0, see BoltGraphStore) fixes the token per
 * driver and has no auth token manager of its own, so the store rotates drivers on `expiresAt`.
 */
export interface BoltAuthTokenManager {
  getToken(): Promise<{ token: AuthToken; expiresAt: number }>;
}

export function staticAuth(token: AuthToken): BoltAuthTokenManager {
  return { getToken: async () => ({ token, expiresAt: Number.POSITIVE_INFINITY }) };
}

export const noAuth = (): BoltAuthTokenManager => staticAuth({ scheme: 'none', principal: '', credentials: '' });
export const basicAuth = (user: string, password: string): BoltAuthTokenManager => staticAuth(neo4j.auth.basic(user, password));

/** Neptune accepts a SigV4 signature for five minutes; renew a minute early. */
const NEPTUNE_TOKEN_LIFETIME_MS = 4 * 60_000;

/**
 * Neptune IAM over Bolt: a basic token whose password is the JSON of the SigV4 headers of a signed
 * `GET https://<host>:<port>/opencypher` request (service `neptune-db`), as AWS documents it.
 */
export function neptuneIamAuth(signer: SignatureV4, host: string, port: number, now: () => number = Date.now): BoltAuthTokenManager {
  return {
    async getToken() {
      const signedAt = now();
      const signed = await signer.sign(
        { method: 'GET', protocol: 'https:', hostname: host, port, path: '/opencypher', query: {}, headers: { host: `${host}:${port}` } },
        { signingDate: new Date(signedAt) },
      );
      const h = signed.headers;
      const credentials = JSON.stringify({
        Authorization: h['authorization'],
        HttpMethod: 'GET',
        'X-Amz-Date': h['x-amz-date'],
        Host: h['host'],
        ...(h['x-amz-security-token'] ? { 'X-Amz-Security-Token': h['x-amz-security-token'] } : {}),
      });
      return { token: neo4j.auth.basic('username', credentials), expiresAt: signedAt + NEPTUNE_TOKEN_LIFETIME_MS };
    },
  };
}
