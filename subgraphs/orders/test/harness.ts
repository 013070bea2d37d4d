import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createDynamoClients, createLogger, ensureTable, InMemoryEventBus, listen, type EventEnvelope, type Principal } from '@commerce/lib';
import { startDynalite } from '@commerce/lib/dynalite';
import type { GraphQLFormattedError } from 'graphql';
import { EmlFileNotifier } from '../src/adapters/mail/EmlFileNotifier.js';
import { SandboxPaymentProvider } from '../src/adapters/payments/SandboxPaymentProvider.js';
import { createContext } from '../src/context.js';
import { createServer } from '../src/server.js';
import { createOrdersServices, type OrdersServices } from '../src/services/index.js';
import type { SagaHooks } from '../src/services/saga/SagaRunner.js';
import { openOrdersStores } from '../src/stores.js';
import { CountingPayments } from './support/CountingPayments.js';
import { DynamoInventory } from './support/DynamoInventory.js';
import { FakeCatalog, usd } from './support/FakeCatalog.js';
import { FakeFulfillment } from './support/FakeFulfillment.js';
import { ManualClock } from './support/ManualClock.js';

export const TEST_ROUTER_SECRET = 'test-router-secret-of-at-least-32-characters';
export const START = Date.parse('2026-03-02T09:00:00.000Z');
export const LEASE_MS = 30_000;
export const RETRY = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 8_000 };

export const principals = {
  anonymous: { kind: 'anonymous', scopes: [], requestId: 'test' } as Principal,
  service: { kind: 'service', id: 'fulfillment', scopes: [], requestId: 'test' } as Principal,
  customer: (id: string): Principal => ({ kind: 'customer', id, scopes: [], requestId: 'test' }),
};

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/** The demo variants: two USD SKUs of one product, one in EUR, one that stock tests run out of. */
export const VARIANTS = [
  { sku: 'SKU-000001-01', productId: 'prod-000001', price: usd(1999) },
  { sku: 'SKU-000001-02', productId: 'prod-000001', price: usd(2499) },
  { sku: 'SKU-000002-01', productId: 'prod-000002', price: usd(500) },
  { sku: 'SKU-EUR-01', productId: 'prod-000009', price: { centAmount: 1200, currencyCode: 'EUR' } },
  { sku: 'SKU-SCARCE', productId: 'prod-000042', price: usd(4200) },
];

/**
 * The orders subgraph over a real dynalite: real stores, the real sandbox payment provider (wrapped to
 * count calls), real `.eml` files in a temp dir, an in-test inventory that enforces stock with
 * DynamoDB conditional writes, and fakes for catalog and fulfillment. Time is a manual clock.
 */
export async function startOrders() {
  const logger = createLogger('orders', (process.env.ORDERS_TEST_LOG as 'silent') ?? 'silent');
  const dynalite = await startDynalite();
  const stores = await openOrdersStores({ dynamodb: { endpoint: dynalite.endpoint, region: 'us-east-1' }, table: 'orders-test' });
  const inventoryTable = 'inventory-test';
  await ensureTable(stores.dynamo.client, {
    TableName: inventoryTable,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }, { AttributeName: 'SK', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }, { AttributeName: 'SK', KeyType: 'RANGE' }],
  });
  const inventory = new DynamoInventory(stores.dynamo.doc, inventoryTable);
  for (const { sku } of VARIANTS) await inventory.setStock(sku, sku === 'SKU-SCARCE' ? 40 : 10_000);
  const catalog = new FakeCatalog(VARIANTS);
  const fulfillment = new FakeFulfillment();
  const sandbox = new SandboxPaymentProvider(stores.dynamo.doc, 'orders-test');
  const payments = new CountingPayments(sandbox);
  const mailDir = await mkdtemp(join(tmpdir(), 'orders-mail-'));
  const notifier = new EmlFileNotifier(mailDir, 'Commerce Store <orders@commerce.example>');
  const bus = new InMemoryEventBus();
  const published: EventEnvelope[] = [];
  for (const type of ['OrderPlaced', 'OrderConfirmed', 'OrderFailed', 'OrderCancelled', 'OrderShipped', 'OrderDelivered']) bus.subscribe(type, async (event) => void published.push(event));
  const clock = new ManualClock(START);

  /** A worker process of its own over the same table and the same outside world. */
  const instance = (hooks: SagaHooks = {}): OrdersServices =>
    createOrdersServices(
      { carts: stores.carts, orders: stores.orders, work: stores.work, catalog, inventory, fulfillment, payments, notifier, events: bus, clock },
      { saga: { retry: RETRY, leaseMs: LEASE_MS, holdSeconds: 3600 }, outboxRetry: RETRY, worker: { batchSize: 25, leaseMs: LEASE_MS, pollIntervalMs: 50 } },
      logger,
      hooks,
    );
  const services = instance();
  const { server, app } = await createServer({ services, logger, routerSecret: TEST_ROUTER_SECRET });
  const http = await listen(app, 0, '127.0.0.1');

  const h = {
    services,
    bus,
    instance,
    stores,
    inventory,
    catalog,
    fulfillment,
    payments,
    sandbox,
    published,
    clock,
    mailDir,
    url: http.url,
    dynamoCalls: stores.dynamo.calls,
    async execute<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, principal: Principal = principals.anonymous): Promise<Result<T>> {
      const response = await server.executeOperation({ query, variables }, { contextValue: createContext(services, principal) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return JSON.parse(JSON.stringify(response.body.singleResult)) as Result<T>;
    },
    /** Runs the worker until nothing is due, moving the clock past retry delays as a real one would. */
    async settle(worker: OrdersServices = services): Promise<void> {
      for (let round = 0; round < 50; round++) {
        await worker.worker.drain();
        clock.advance(RETRY.maxDelayMs + 1);
        if ((await worker.worker.runOnce()) === 0) return;
      }
      throw new Error('work still due after 50 rounds');
    },
    /** Every item of the orders table, for "nothing was written" checks. */
    async snapshot(): Promise<string[]> {
      const out = await stores.dynamo.doc.send(new ScanCommand({ TableName: 'orders-test' }));
      return (out.Items ?? []).map((item) => JSON.stringify(item)).sort();
    },
    async close() {
      await http.close();
      await server.stop();
      stores.dynamo.client.destroy();
      await dynalite.close();
      await rm(mailDir, { recursive: true, force: true });
    },
  };
  return h;
}

export type OrdersHarness = Awaited<ReturnType<typeof startOrders>>;

export const CREATE_CART = /* GraphQL */ `
  mutation ($currencyCode: String!) { createCart(currencyCode: $currencyCode) { id currencyCode expiresAt } }
`;

export const ADD_TO_CART = /* GraphQL */ `
  mutation ($cartId: ID!, $sku: ID!, $quantity: Int!) {
    addToCart(cartId: $cartId, sku: $sku, quantity: $quantity) {
      __typename
      ... on Cart { id totalQuantity subtotal { centAmount currencyCode amount } lines { id sku quantity } }
      ... on CartError { code message }
    }
  }
`;

export const PLACE_ORDER = /* GraphQL */ `
  mutation ($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      __typename
      ... on Order { id status total { centAmount currencyCode amount } }
      ... on CheckoutError { code message }
      ... on InvalidAddressError { field }
      ... on CartAlreadyOrderedError { orderId }
    }
  }
`;

export const ORDER = /* GraphQL */ `
  query ($id: ID!) {
    order(id: $id) {
      id status failureReason trackingNumbers
      failure { __typename code message ... on InsufficientStockError { shortages { sku requested available } } }
      total { centAmount currencyCode amount }
      lines { sku quantity unitPrice { centAmount } lineTotal { centAmount } variant { sku } }
    }
  }
`;

export const ADDRESS = { name: 'Ada Lovelace', line1: '410 Terry Ave N', city: 'Seattle', stateOrRegion: 'WA', postalCode: '98109', countryCode: 'US' };

export function checkoutInput(cartId: string, overrides: Record<string, unknown> = {}) {
  return { cartId, email: 'ada@example.com', shippingAddress: ADDRESS, shippingSpeed: 'STANDARD', paymentToken: 'tok_approve', idempotencyKey: `key-${cartId}`, ...overrides };
}

/** A cart with `lines` ([sku, quantity]) for `principal`. */
export async function cartWith(h: OrdersHarness, lines: [string, number][], principal: Principal = principals.anonymous, currencyCode = 'USD'): Promise<string> {
  const created = await h.execute<{ createCart: { id: string } }>(CREATE_CART, { currencyCode }, principal);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const cartId = created.data!.createCart.id;
  for (const [sku, quantity] of lines) {
    const added = await h.execute<{ addToCart: { __typename: string } }>(ADD_TO_CART, { cartId, sku, quantity }, principal);
    if (added.errors || added.data!.addToCart.__typename !== 'Cart') throw new Error(JSON.stringify(added));
  }
  return cartId;
}

export async function placeOrder(h: OrdersHarness, input: Record<string, unknown>, principal: Principal = principals.anonymous) {
  const result = await h.execute<{ placeOrder: Record<string, any> }>(PLACE_ORDER, { input }, principal);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.placeOrder;
}

export async function orderOf(h: OrdersHarness, id: string, principal: Principal = principals.service) {
  const result = await h.execute<{ order: Record<string, any> | null }>(ORDER, { id }, principal);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.order;
}
