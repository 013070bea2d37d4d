import { DEVELOPMENT_ROUTER_SECRET } from '@commerce/lib';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('orders config', () => {
  it('defaults to port 4004, the neighbouring services on their default ports and mail under .data/mail', () => {
    expect(loadConfig({})).toEqual({
      port: 4004,
      dynamodb: { region: 'us-east-1' },
      table: 'commerce-orders',
      logLevel: 'info',
      routerSecret: DEVELOPMENT_ROUTER_SECRET,
      services: {
        catalogUrl: 'http://127.0.0.1:4001/graphql',
        inventoryUrl: 'http://127.0.0.1:4003/graphql',
        fulfillmentUrl: 'http://127.0.0.1:4005/graphql',
        timeoutMs: 5000,
        fulfillmentTimeoutMs: 30_000,
      },
      mail: { dir: '.data/mail', from: 'Commerce Store <orders@commerce.example>' },
      worker: { enabled: true, pollIntervalMs: 500, batchSize: 25, leaseMs: 60_000 },
      retry: { maxAttempts: 10, baseDelayMs: 1000, maxDelayMs: 120_000 },
      outboxRetry: { maxAttempts: 30, baseDelayMs: 1000, maxDelayMs: 300_000 },
      stockHoldSeconds: 3600,
      events: { kind: 'http', subscriptions: [] },
    });
  });

  it('reads every setting', () => {
    const config = loadConfig({
      PORT: '5004',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      AWS_REGION: 'eu-west-1',
      ORDERS_TABLE: 'orders',
      CATALOG_URL: 'http://catalog:4001/graphql',
      INVENTORY_URL: 'http://inventory:4003/graphql',
      FULFILLMENT_URL: 'http://fulfillment:4005/graphql',
      SERVICE_TIMEOUT_MS: '800',
      FULFILLMENT_TIMEOUT_MS: '9000',
      MAIL_DIR: '/var/mail/orders',
      ORDERS_WORKER: 'false',
      ORDERS_WORKER_POLL_MS: '100',
      ORDERS_WORKER_BATCH: '50',
      ORDERS_WORKER_LEASE_SECONDS: '30',
      ORDERS_STEP_MAX_ATTEMPTS: '3',
      ORDERS_RETRY_BASE_MS: '200',
      ORDERS_RETRY_MAX_MS: '5000',
      ORDERS_STOCK_HOLD_SECONDS: '900',
      ORDERS_OUTBOX_MAX_ATTEMPTS: '50',
      EVENT_SUBSCRIBERS: 'OrderConfirmed=http://recommendations:4002/events',
    });
    expect(config).toMatchObject({
      port: 5004,
      dynamodb: { endpoint: 'http://127.0.0.1:8000', region: 'eu-west-1' },
      table: 'orders',
      services: { catalogUrl: 'http://catalog:4001/graphql', inventoryUrl: 'http://inventory:4003/graphql', fulfillmentUrl: 'http://fulfillment:4005/graphql', timeoutMs: 800, fulfillmentTimeoutMs: 9000 },
      mail: { dir: '/var/mail/orders' },
      worker: { enabled: false, pollIntervalMs: 100, batchSize: 50, leaseMs: 30_000 },
      retry: { maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 5000 },
      outboxRetry: { maxAttempts: 50, baseDelayMs: 200, maxDelayMs: 300_000 },
      stockHoldSeconds: 900,
      events: { kind: 'http', subscriptions: [{ type: 'OrderConfirmed', url: 'http://recommendations:4002/events' }] },
    });
  });

  it.each([
    [{ PORT: 'x' }, /Invalid PORT="x"/],
    [{ CATALOG_URL: 'catalog:4001' }, /Invalid CATALOG_URL="catalog:4001": expected an absolute http/],
    [{ ORDERS_WORKER: 'maybe' }, /Invalid ORDERS_WORKER="maybe"/],
    [{ ORDERS_RETRY_BASE_MS: '1000', ORDERS_RETRY_MAX_MS: '10' }, /Invalid ORDERS_RETRY_MAX_MS="10": expected at least ORDERS_RETRY_BASE_MS/],
    [{ ROUTER_SECRET: 'short' }, /Invalid ROUTER_SECRET/],
  ])('fails fast on %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
