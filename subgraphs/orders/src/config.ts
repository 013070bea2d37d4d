import { ConfigError, readBoolean, readEnum, readEventBusConfig, readInt, readDynamoConfig, readPort, readRouterSecret, readString, readUrl, type Env, type EventBusConfig } from '@commerce/lib';

export interface OrdersConfig {
  port: number;
  dynamodb: { endpoint?: string; region: string };
  table: string;
  logLevel: string;
  routerSecret: string;
  /**
   * `timeoutMs` for catalog and inventory; fulfillment gets `fulfillmentTimeoutMs`, since its calls wait
   * their turn under Amazon's rate limits (createFulfillmentOrder: 2 per second) before they answer.
   */
  services: { catalogUrl: string; inventoryUrl: string; fulfillmentUrl: string; timeoutMs: number; fulfillmentTimeoutMs: number };
  mail: { dir: string; from: string };
  worker: { enabled: boolean; pollIntervalMs: number; batchSize: number; leaseMs: number };
  retry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
  /** Publishing and emails: no order waits on them, so they keep trying far longer than a saga step. */
  outboxRetry: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
  stockHoldSeconds: number;
  /** Where OrderPlaced, OrderConfirmed, … go (recommendations consumes OrderConfirmed). */
  events: EventBusConfig;
}

/** Parses and validates the orders subgraph's environment once; a bad value fails start-up naming the variable. */
export function loadConfig(env: Env): OrdersConfig {
  const retry = {
    // About 6 minutes of retries before a step is given up: well inside the stock hold.
    maxAttempts: readInt(env, 'ORDERS_STEP_MAX_ATTEMPTS', 10, { min: 1, max: 100 }),
    baseDelayMs: readInt(env, 'ORDERS_RETRY_BASE_MS', 1000, { min: 1, max: 3_600_000 }),
    maxDelayMs: readInt(env, 'ORDERS_RETRY_MAX_MS', 120_000, { min: 1, max: 86_400_000 }),
  };
  if (retry.maxDelayMs < retry.baseDelayMs) throw new ConfigError('ORDERS_RETRY_MAX_MS', String(retry.maxDelayMs), `at least ORDERS_RETRY_BASE_MS (${retry.baseDelayMs})`);
  return {
    port: readPort(env, 'PORT', 4004),
    dynamodb: readDynamoConfig(env),
    table: readString(env, 'ORDERS_TABLE', 'commerce-orders'),
    logLevel: readEnum(env, 'LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
    routerSecret: readRouterSecret(env),
    services: {
      catalogUrl: readUrl(env, 'CATALOG_URL', 'http://127.0.0.1:4001/graphql')!,
      inventoryUrl: readUrl(env, 'INVENTORY_URL', 'http://127.0.0.1:4003/graphql')!,
      fulfillmentUrl: readUrl(env, 'FULFILLMENT_URL', 'http://127.0.0.1:4005/graphql')!,
      timeoutMs: readInt(env, 'SERVICE_TIMEOUT_MS', 5000, { min: 100, max: 60_000 }),
      fulfillmentTimeoutMs: readInt(env, 'FULFILLMENT_TIMEOUT_MS', 30_000, { min: 100, max: 120_000 }),
    },
    mail: { dir: readString(env, 'MAIL_DIR', '.data/mail'), from: readString(env, 'MAIL_FROM', 'Commerce Store <orders@commerce.example>') },
    worker: {
      enabled: readBoolean(env, 'ORDERS_WORKER', true),
      pollIntervalMs: readInt(env, 'ORDERS_WORKER_POLL_MS', 500, { min: 10, max: 60_000 }),
      batchSize: readInt(env, 'ORDERS_WORKER_BATCH', 25, { min: 1, max: 100 }),
      leaseMs: readInt(env, 'ORDERS_WORKER_LEASE_SECONDS', 60, { min: 5, max: 3600 }) * 1000,
    },
    retry,
    outboxRetry: {
      maxAttempts: readInt(env, 'ORDERS_OUTBOX_MAX_ATTEMPTS', 30, { min: 1, max: 1000 }),
      baseDelayMs: retry.baseDelayMs,
      maxDelayMs: Math.max(retry.maxDelayMs, 300_000),
    },
    stockHoldSeconds: readInt(env, 'ORDERS_STOCK_HOLD_SECONDS', 3600, { min: 60, max: 86_400 }),
    events: readEventBusConfig(env),
  };
}
