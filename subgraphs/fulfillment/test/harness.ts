import { createDynamoClients, createLogger, ensureTable, InMemoryEventBus, listen, type EventEnvelope, type Principal } from '@commerce/lib';
import { startDynalite } from '@commerce/lib/dynalite';
import type { GraphQLFormattedError } from 'graphql';
import { DynamoFulfillmentStore } from '../src/adapters/dynamodb/DynamoFulfillmentStore.js';
import { fulfillmentTableDefinition } from '../src/adapters/dynamodb/table.js';
import { InMemoryTtlCache } from '../src/adapters/memory/InMemoryTtlCache.js';
import { startSimulator, type SimulatorOptions } from '../src/adapters/simulator/index.js';
import { createSpApiFulfillmentApi } from '../src/adapters/sp-api/index.js';
import { createContext } from '../src/context.js';
import { NOTIFICATION_PATH } from '../src/http/notificationRoute.js';
import { createServer } from '../src/server.js';
import type { CachedEstimate } from '../src/services/deliveryEstimates.js';
import { createFulfillmentServices } from '../src/services/index.js';

export const TEST_ROUTER_SECRET = 'test-router-secret-of-at-least-32-characters';
export const START = new Date('2026-03-02T09:00:00.000Z');

export const principals = {
  anonymous: { kind: 'anonymous', scopes: [], requestId: 'test' } as Principal,
  service: { kind: 'service', id: 'orders', scopes: [], requestId: 'test' } as Principal,
  customer: (id: string): Principal => ({ kind: 'customer', id, scopes: [], requestId: 'test' }),
};

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * The fulfillment subgraph over a real dynalite and the SP-API simulator (manual clock, notifications
 * to the subgraph's endpoint over HTTP). The subgraph's business clock is the simulator's, so tests move
 * time with `sim.advance(...)` and never wait for it.
 */
export async function startFulfillment(options: { simulator?: SimulatorOptions; fetch?: typeof fetch; modelRateLimits?: boolean } = {}) {
  const logger = createLogger('fulfillment', 'silent');
  const dynalite = await startDynalite();
  const dynamo = createDynamoClients({ endpoint: dynalite.endpoint, region: 'us-east-1' });
  await ensureTable(dynamo.client, fulfillmentTableDefinition('fulfillment-test'));
  const store = new DynamoFulfillmentStore(dynamo.doc, 'fulfillment-test');
  const sim = await startSimulator({ port: 0, clock: 'manual', start: START, routerSecret: TEST_ROUTER_SECRET, logger, ...options.simulator });
  const clock = { now: () => sim.clock.now() };
  const { api, limiter } = createSpApiFulfillmentApi(
    {
      endpoint: sim.url,
      lwa: { tokenUrl: `${sim.url}/auth/o2/token`, ...sim.credentials },
      marketplaceId: 'ATVPDKIKX0DER',
      shipFromCountry: 'US',
      timeoutMs: 2000,
      maxAttempts: 3,
      backoffBaseMs: 10,
      estimateMaxAttempts: 2,
      estimateMaxQueueMs: 10_000,
    },
    logger,
    {
      ...(options.fetch ? { fetch: options.fetch } : {}),
      // Tests make more calls in a second than the model's plans allow; the limiter has its own unit tests.
      ...(options.modelRateLimits ? {} : { usagePlans: { deliveryOffers: { rate: 1000, burst: 1000 }, getFulfillmentOrder: { rate: 1000, burst: 1000 }, getPackageTrackingDetails: { rate: 1000, burst: 1000 } } }),
    },
  );
  const events = new InMemoryEventBus();
  const published: EventEnvelope[] = [];
  events.subscribe('FulfillmentStatusChanged', async (event) => void published.push(event));
  const services = createFulfillmentServices(
    { api, store, estimateCache: new InMemoryTtlCache<CachedEstimate>(clock), events, clock },
    {
      estimates: { concurrency: 4, maxTtlMs: 3_600_000, fallbackTtlMs: 300_000 },
      sync: { trackingRefreshMs: 3_600_000 },
      sweep: { instanceId: 'test', leaseMs: 60_000, overlapMs: 300_000, initialLookbackMs: 86_400_000, dueBatch: 50 },
    },
    logger,
  );
  const { server, app, schema } = await createServer({ services, logger, routerSecret: TEST_ROUTER_SECRET });
  const http = await listen(app, 0, '127.0.0.1');
  const notificationUrl = `${http.url}${NOTIFICATION_PATH}`;
  sim.setNotificationUrl(notificationUrl);

  return {
    sim,
    api,
    clock,
    store,
    services,
    schema,
    limiter,
    published,
    notificationUrl,
    dynamoCalls: dynamo.calls,
    /** SP-API requests the simulator received, by operation. */
    calls: () => Object.fromEntries(sim.controls.calls) as Record<string, number>,
    resetCalls: () => sim.controls.calls.clear(),
    async execute<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, principal: Principal = principals.anonymous): Promise<Result<T>> {
      const response = await server.executeOperation({ query, variables }, { contextValue: createContext(services, principal) });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      // Through JSON, as on the wire (DateTime values serialize to ISO strings there).
      return JSON.parse(JSON.stringify(response.body.singleResult)) as Result<T>;
    },
    async close() {
      await sim.close();
      await http.close();
      await server.stop();
      dynamo.client.destroy();
      await dynalite.close();
    },
  };
}

export type FulfillmentHarness = Awaited<ReturnType<typeof startFulfillment>>;

export const CREATE = /* GraphQL */ `
  mutation ($order: FulfillmentOrderInput!) {
    createFulfillmentOrder(order: $order) {
      __typename
      ... on Fulfillment { status statusUpdatedAt shipments { id status packages { trackingNumber } } }
      ... on FulfillmentCommandError { code message }
    }
  }
`;

export const CANCEL = /* GraphQL */ `
  mutation ($orderId: ID!) {
    cancelFulfillmentOrder(orderId: $orderId) {
      __typename
      ... on Fulfillment { status }
      ... on FulfillmentCommandError { code message }
    }
  }
`;

export const ORDER_FULFILLMENT = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Order {
        id
        fulfillment {
          status
          shipments { status packages { carrier trackingNumber currentStatus estimatedArrival events { at code description location } } }
          returns { id status rmaId items { sku quantity reasonCode } }
        }
      }
    }
  }
`;

export function orderInput(orderId: string, overrides: Record<string, unknown> = {}) {
  return {
    orderId,
    customerId: 'cust-1',
    placedAt: START.toISOString(),
    items: [{ sku: 'SKU-000001-01', quantity: 2 }],
    destination: { name: 'Ada Lovelace', line1: '410 Terry Ave N', city: 'Seattle', stateOrRegion: 'WA', postalCode: '98109', countryCode: 'US' },
    shippingSpeed: 'STANDARD',
    ...overrides,
  };
}

/** Sends the order to fulfillment as the orders service would. */
export async function createOrder(h: FulfillmentHarness, orderId: string, overrides: Record<string, unknown> = {}) {
  const result = await h.execute<{ createFulfillmentOrder: Record<string, any> }>(CREATE, { order: orderInput(orderId, overrides) }, principals.service);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createFulfillmentOrder;
}

export async function fulfillmentOf(h: FulfillmentHarness, orderId: string, principal: Principal = principals.customer('cust-1')) {
  return h.execute<{ _entities: { id: string; fulfillment: Record<string, any> | null }[] }>(ORDER_FULFILLMENT, { representations: [{ __typename: 'Order', id: orderId }] }, principal);
}
