import { DEVELOPMENT_ROUTER_SECRET } from '@commerce/lib';
import { describe, expect, it } from 'vitest';
import { SIMULATOR_CREDENTIALS } from './adapters/simulator/credentials.js';
import { loadConfig } from './config.js';

describe('fulfillment config', () => {
  it('defaults to port 4005 and the SP-API simulator on its default port', () => {
    expect(loadConfig({})).toEqual({
      port: 4005,
      dynamodb: { endpoint: undefined, region: 'us-east-1' },
      table: 'commerce-fulfillment',
      logLevel: 'info',
      routerSecret: DEVELOPMENT_ROUTER_SECRET,
      spApi: { endpoint: 'http://127.0.0.1:4015', marketplaceId: 'ATVPDKIKX0DER', shipFromCountry: 'US', timeoutMs: 5000, maxAttempts: 4 },
      lwa: { tokenUrl: 'http://127.0.0.1:4015/auth/o2/token', ...SIMULATOR_CREDENTIALS },
      estimates: { concurrency: 8, maxTtlMs: 3_600_000, maxQueueMs: 10_000 },
      sweepIntervalMs: 60_000,
      trackingRefreshMs: 900_000,
      events: { kind: 'http', subscriptions: [] },
    });
  });

  it('reads every variable; with SP_API_ENDPOINT set, LWA defaults to Amazon’s token endpoint', () => {
    const config = loadConfig({
      PORT: '5005',
      DYNAMODB_ENDPOINT: 'http://localhost:8000',
      AWS_REGION: 'eu-west-1',
      FULFILLMENT_TABLE: 't',
      LOG_LEVEL: 'silent',
      ROUTER_SECRET: 's'.repeat(32),
      SP_API_ENDPOINT: 'https://sellingpartnerapi-eu.amazon.com',
      SP_API_MARKETPLACE_ID: 'A1PA6795UKMFR9',
      SP_API_SHIP_FROM_COUNTRY: 'DE',
      SP_API_TIMEOUT_MS: '3000',
      SP_API_MAX_ATTEMPTS: '3',
      LWA_CLIENT_ID: 'id',
      LWA_CLIENT_SECRET: 'secret',
      LWA_REFRESH_TOKEN: 'Atzr|x',
      FULFILLMENT_ESTIMATE_CONCURRENCY: '4',
      FULFILLMENT_ESTIMATE_MAX_TTL_SECONDS: '600',
      FULFILLMENT_ESTIMATE_MAX_QUEUE_MS: '2000',
      FULFILLMENT_SWEEP_SECONDS: '0',
      FULFILLMENT_TRACKING_REFRESH_SECONDS: '30',
      EVENT_SUBSCRIBERS: 'FulfillmentStatusChanged=http://orders:4004/events',
    });
    expect(config).toEqual({
      port: 5005,
      dynamodb: { endpoint: 'http://localhost:8000', region: 'eu-west-1' },
      table: 't',
      logLevel: 'silent',
      routerSecret: 's'.repeat(32),
      spApi: { endpoint: 'https://sellingpartnerapi-eu.amazon.com', marketplaceId: 'A1PA6795UKMFR9', shipFromCountry: 'DE', timeoutMs: 3000, maxAttempts: 3 },
      lwa: { tokenUrl: 'https://api.amazon.com/auth/o2/token', clientId: 'id', clientSecret: 'secret', refreshToken: 'Atzr|x' },
      estimates: { concurrency: 4, maxTtlMs: 600_000, maxQueueMs: 2000 },
      sweepIntervalMs: 0,
      trackingRefreshMs: 30_000,
      events: { kind: 'http', subscriptions: [{ type: 'FulfillmentStatusChanged', url: 'http://orders:4004/events' }] },
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /Invalid PORT="eighty": expected an integer from 0 to 65535/],
    [{ SP_API_ENDPOINT: 'sellingpartnerapi-na.amazon.com' }, /Invalid SP_API_ENDPOINT="sellingpartnerapi-na.amazon.com": expected an absolute http/],
    [{ SP_API_ENDPOINT: 'https://sellingpartnerapi-na.amazon.com' }, /Invalid LWA_CLIENT_ID="": expected a value \(required when SP_API_ENDPOINT is set\)/],
    [{ NODE_ENV: 'production', ROUTER_SECRET: 's'.repeat(32) }, /Invalid SP_API_ENDPOINT="": expected the SP-API endpoint/],
    [{ SP_API_SHIP_FROM_COUNTRY: 'USA' }, /Invalid SP_API_SHIP_FROM_COUNTRY="USA"/],
    [{ FULFILLMENT_ESTIMATE_CONCURRENCY: '0' }, /Invalid FULFILLMENT_ESTIMATE_CONCURRENCY="0": expected an integer from 1 to 30/],
    [{ LOG_LEVEL: 'loud' }, /Invalid LOG_LEVEL="loud"/],
  ])('fails fast on %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
