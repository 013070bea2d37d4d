import { ConfigError, readOptionalString, type Env } from '../config.js';

/** Used only outside production when ROUTER_SECRET is unset, so that one service can be started alone. */
export const DEVELOPMENT_ROUTER_SECRET = 'development-only-router-secret-do-not-use-in-production';

/**
 * `ROUTER_SECRET`: the secret the gateway and services sign principals with. Required in production
 * (NODE_ENV=production), at least 32 characters.
 */
export function readRouterSecret(env: Env): string {
  const secret = readOptionalString(env, 'ROUTER_SECRET');
  if (secret === undefined) {
    if (env.NODE_ENV === 'production') throw new ConfigError('ROUTER_SECRET', '', 'a shared secret of at least 32 characters (required when NODE_ENV=production)');
    return DEVELOPMENT_ROUTER_SECRET;
  }
  if (secret.length < 32) throw new ConfigError('ROUTER_SECRET', '*'.repeat(secret.length), 'a shared secret of at least 32 characters');
  return secret;
}
