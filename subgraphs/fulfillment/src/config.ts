import { ConfigError, readDynamoConfig, readEnum, readEventBusConfig, readInt, readOptionalString, readPort, readRouterSecret, readString, readUrl, type Env, type EventBusConfig } from '@commerce/lib';
import { SIMULATOR_CREDENTIALS, SIMULATOR_DEFAULT_PORT } from './adapters/simulator/credentials.js';

export interface FulfillmentConfig {
  port: number;
  dynamodb: { endpoint?: string; region: string };
  table: string;
  logLevel: string;
  routerSecret: string;
  spApi: { endpoint: string; marketplaceId: string; shipFromCountry: string; timeoutMs: number; maxAttempts: number };
  lwa: { tokenUrl: string; clientId: string; clientSecret: string; refreshToken: string };
  estimates: { concurrency: number; maxTtlMs: number; maxQueueMs: number };
  /** 0 disables the periodic sweep. */
  sweepIntervalMs: number;
  trackingRefreshMs: number;
  /** Where FulfillmentStatusChanged goes (orders consumes it). */
  events: EventBusConfig;
}

const SIMULATOR_URL = `http://127.0.0.1:${SIMULATOR_DEFAULT_PORT}`;
const LWA_PRODUCTION = 'https://api.amazon.com/auth/o2/token';

/**
 * Parses and validates the fulfillment subgraph's environment once; a bad value fails start-up naming
 * the variable. Without SP_API_ENDPOINT it talks to the SP-API simulator on its default port with the
 * simulator's credentials; with SP_API_ENDPOINT set, the LWA_* credentials are required.
 */
export function loadConfig(env: Env): FulfillmentConfig {
  const endpoint = readUrl(env, 'SP_API_ENDPOINT');
  if (!endpoint && env.NODE_ENV === 'production') {
    throw new ConfigError('SP_API_ENDPOINT', '', 'the SP-API endpoint, e.g. https://sellingpartnerapi-na.amazon.com (required when NODE_ENV=production)');
  }
  const required = (name: string, simulatorValue: string) => {
    const value = readOptionalString(env, name);
    if (value !== undefined) return value;
    if (!endpoint) return simulatorValue;
    throw new ConfigError(name, '', 'a value (required when SP_API_ENDPOINT is set)');
  };
  const shipFromCountry = readString(env, 'SP_API_SHIP_FROM_COUNTRY', 'US');
  if (!/^[A-Z]{2}$/.test(shipFromCountry)) throw new ConfigError('SP_API_SHIP_FROM_COUNTRY', shipFromCountry, 'an ISO 3166-1 alpha-2 country code such as US');
  return {
    port: readPort(env, 'PORT', 4005),
    dynamodb: readDynamoConfig(env),
    table: readString(env, 'FULFILLMENT_TABLE', 'commerce-fulfillment'),
    logLevel: readEnum(env, 'LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
    routerSecret: readRouterSecret(env),
    spApi: {
      endpoint: endpoint ?? SIMULATOR_URL,
      marketplaceId: readString(env, 'SP_API_MARKETPLACE_ID', 'ATVPDKIKX0DER'),
      shipFromCountry,
      timeoutMs: readInt(env, 'SP_API_TIMEOUT_MS', 5000, { min: 100, max: 120_000 }),
      maxAttempts: readInt(env, 'SP_API_MAX_ATTEMPTS', 4, { min: 1, max: 10 }),
    },
    lwa: {
      tokenUrl: readUrl(env, 'LWA_TOKEN_URL', endpoint ? LWA_PRODUCTION : `${SIMULATOR_URL}/auth/o2/token`)!,
      clientId: required('LWA_CLIENT_ID', SIMULATOR_CREDENTIALS.clientId),
      clientSecret: required('LWA_CLIENT_SECRET', SIMULATOR_CREDENTIALS.clientSecret),
      refreshToken: required('LWA_REFRESH_TOKEN', SIMULATOR_CREDENTIALS.refreshToken),
    },
    estimates: {
      concurrency: readInt(env, 'FULFILLMENT_ESTIMATE_CONCURRENCY', 8, { min: 1, max: 30 }),
      maxTtlMs: readInt(env, 'FULFILLMENT_ESTIMATE_MAX_TTL_SECONDS', 3600, { min: 1, max: 86_400 }) * 1000,
      maxQueueMs: readInt(env, 'FULFILLMENT_ESTIMATE_MAX_QUEUE_MS', 10_000, { min: 0, max: 60_000 }),
    },
    sweepIntervalMs: readInt(env, 'FULFILLMENT_SWEEP_SECONDS', 60, { min: 0, max: 86_400 }) * 1000,
    trackingRefreshMs: readInt(env, 'FULFILLMENT_TRACKING_REFRESH_SECONDS', 900, { min: 1, max: 86_400 }) * 1000,
    events: readEventBusConfig(env),
  };
}
