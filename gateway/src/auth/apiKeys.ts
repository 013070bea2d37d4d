import { createHash, timingSafeEqual } from 'node:crypto';
import { ConfigError } from '@commerce/lib';

/** A partner head's API key, configured by the SHA-256 of the key so the secret itself is never stored. */
export interface ApiKey {
  id: string;
  sha256: Buffer;
  scopes: string[];
}

/**
 * `API_KEYS`: entries separated by `,`, each `id|sha256-hex-of-key|space separated scopes`, for example
 * `acme|9f86d0…|catalog:read orders:read`. Generate the hash with `printf %s "$KEY" | sha256sum`.
 */
export function parseApiKeys(raw: string | undefined): ApiKey[] {
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const [id, hash, scopes = ''] = entry.trim().split('|');
    if (!id || !hash || !/^[0-9a-f]{64}$/i.test(hash)) {
      throw new ConfigError('API_KEYS', entry, 'entries of the form id|sha256-hex|scopes separated by commas');
    }
    return { id, sha256: Buffer.from(hash, 'hex'), scopes: scopes.split(' ').filter(Boolean) };
  });
}

export function findApiKey(keys: readonly ApiKey[], presented: string): ApiKey | undefined {
  const digest = createHash('sha256').update(presented).digest();
  return keys.find((key) => timingSafeEqual(key.sha256, digest));
}
