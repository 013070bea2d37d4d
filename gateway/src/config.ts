import { fileURLToPath } from 'node:url';
import {
  ConfigError,
  readBoolean,
  readEnum,
  readInt,
  readOptionalString,
  readPort,
  readRouterSecret,
  readString,
  readUrl,
  type Env,
} from '@commerce/lib';
import { parseApiKeys } from './auth/apiKeys.js';
import type { AuthConfig } from './auth/authenticate.js';
import { loadLimitsConfig, type LimitsConfig } from './limits/index.js';
import { loadRegistryConfig, type RegistryFollowConfig } from './registry/config.js';
import type { ResilienceConfig } from './resilience/subgraphFetcher.js';

export interface GatewayConfig {
  port: number;
  /** The supergraph file served when no registry is configured. */
  supergraphPath: string;
  /** Follow the schema registry (and record operation usage into it) instead of `supergraphPath`. */
  registry?: RegistryFollowConfig;
  /** Routing URL overrides by subgraph name (from `SUBGRAPH_<NAME>_URL`). */
  subgraphUrls: Record<string, string>;
  playground: boolean;
  introspection: boolean;
  /** Answer `Apollo-Query-Plan-Experimental` requests with the query plan (developers; off in production). */
  exposeQueryPlan: boolean;
  /** `.graphql` files whose operations the playground preloads; missing means none. */
  playgroundExamplesDir: string;
  readinessTimeoutMs: number;
  /** `compiled` (per operation, see execution/shapeResponse.ts) or `apollo` (Apollo Gateway's own), to fall back to. */
  responseShaping: 'compiled' | 'apollo';
  logLevel: string;
  /** Signs the principal forwarded to subgraphs (`ROUTER_SECRET`). */
  routerSecret: string;
  auth: AuthConfig;
  /** Resilience of subgraph fetches; `timeoutMs` per subgraph from `SUBGRAPH_<NAME>_TIMEOUT_MS`. */
  resilience: ResilienceConfig;
  subgraphTimeouts: Record<string, number>;
  limits: LimitsConfig;
  /** Express `trust proxy`: how many proxy hops to trust for the client IP (rate limits). */
  trustProxy: number;
}

const repoFile = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Parses and validates the gateway's environment once; a bad value fails start-up naming the variable. */
export function loadConfig(env: Env): GatewayConfig {
  return {
    port: readPort(env, 'PORT', 4000),
    supergraphPath: readString(env, 'SUPERGRAPH_PATH', repoFile('schema/supergraph.graphql')),
    registry: loadRegistryConfig(env),
    subgraphUrls: readSubgraphUrls(env),
    playground: readBoolean(env, 'PLAYGROUND', true),
    introspection: readBoolean(env, 'INTROSPECTION', true),
    exposeQueryPlan: readBoolean(env, 'EXPOSE_QUERY_PLAN', env.NODE_ENV !== 'production'),
    playgroundExamplesDir: readString(env, 'PLAYGROUND_EXAMPLES_DIR', repoFile('test/operations')),
    readinessTimeoutMs: readInt(env, 'READINESS_TIMEOUT_MS', 2000, { min: 100, max: 60_000 }),
    responseShaping: readEnum(env, 'RESPONSE_SHAPING', ['compiled', 'apollo'], 'compiled'),
    logLevel: readEnum(env, 'LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
    routerSecret: readRouterSecret(env),
    auth: {
      jwksUrl: readUrl(env, 'AUTH_JWKS_URL'),
      issuer: readOptionalString(env, 'AUTH_ISSUER'),
      audience: readOptionalString(env, 'AUTH_AUDIENCE'),
      customerClaim: readString(env, 'AUTH_CUSTOMER_CLAIM', 'sub'),
      apiKeys: parseApiKeys(readOptionalString(env, 'API_KEYS')),
    },
    resilience: {
      timeoutMs: readInt(env, 'SUBGRAPH_TIMEOUT_MS', 5000, { min: 50, max: 120_000 }),
      retries: readInt(env, 'SUBGRAPH_RETRIES', 2, { min: 0, max: 5 }),
      breakerErrorPercentage: readInt(env, 'BREAKER_ERROR_PERCENTAGE', 50, { min: 1, max: 100 }),
      breakerVolumeThreshold: readInt(env, 'BREAKER_VOLUME_THRESHOLD', 5, { min: 1, max: 10_000 }),
      breakerResetMs: readInt(env, 'BREAKER_RESET_MS', 5000, { min: 100, max: 600_000 }),
    },
    subgraphTimeouts: readSubgraphTimeouts(env),
    limits: loadLimitsConfig(env),
    trustProxy: readInt(env, 'TRUST_PROXY', 0, { min: 0, max: 10 }),
  };
}

function readSubgraphTimeouts(env: Env): Record<string, number> {
  const timeouts: Record<string, number> = {};
  for (const name of Object.keys(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_TIMEOUT_MS$/.exec(name);
    if (match) timeouts[match[1]!.toLowerCase()] = readInt(env, name, 5000, { min: 50, max: 120_000 });
  }
  return timeouts;
}

function readSubgraphUrls(env: Env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(name);
    if (!match || !value) continue;
    try {
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
    } catch {
      throw new ConfigError(name, value, 'an absolute http:// or https:// URL of the subgraph endpoint');
    }
    urls[match[1]!.toLowerCase()] = value;
  }
  return urls;
}
