import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import express from 'express';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';

/**
 * The embedded stack's own token issuer: an ES256 key pair kept under `.data/issuer/`, its public key
 * served as a JWKS the gateway verifies against (as it would Cognito's), and tokens minted by
 * `npm run token`. Development only.
 */
export const LOCAL_ISSUER = 'urn:commerce-supergraph:local-issuer';
export const LOCAL_AUDIENCE = 'commerce-supergraph';

interface IssuerKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

const keyFile = (dataDir: string) => join(dataDir, 'issuer', 'key.json');

export async function loadIssuerKey(dataDir: string): Promise<IssuerKey | undefined> {
  try {
    return JSON.parse(await readFile(keyFile(dataDir), 'utf8')) as IssuerKey;
  } catch {
    return undefined;
  }
}

export async function loadOrCreateIssuerKey(dataDir: string): Promise<IssuerKey> {
  const existing = await loadIssuerKey(dataDir);
  if (existing) return existing;
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  const key: IssuerKey = {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' },
  };
  await mkdir(join(dataDir, 'issuer'), { recursive: true });
  await writeFile(keyFile(dataDir), JSON.stringify(key, null, 2), { mode: 0o600 });
  return key;
}

export function issuerApp(key: IssuerKey) {
  const app = express();
  app.get('/.well-known/jwks.json', (_req, res) => {
    res.json({ keys: [key.publicJwk] });
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  return app;
}

export async function mintToken(
  key: IssuerKey,
  { customerId, scopes = [], expiresIn = '1h' }: { customerId: string; scopes?: string[]; expiresIn?: string },
): Promise<string> {
  return new SignJWT({ scope: scopes.join(' ') })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setSubject(customerId)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(await importJWK(key.privateJwk, 'ES256'));
}
