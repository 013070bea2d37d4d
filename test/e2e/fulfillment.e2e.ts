import { randomBytes } from 'node:crypto';
import { principalHeaders } from '@commerce/lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePort } from '../../stack/src/freePort.js';
import { RequestReturnDocument } from '../__generated__/operations.js';
import { post } from '../support/http.js';
import { mintToken, simulator, startStack, type StackProcess } from '../support/stack.js';

const routerSecret = randomBytes(32).toString('base64url');
let stack: StackProcess;
let fulfillmentUrl: string;

beforeAll(async () => {
  const port = await resolvePort(0);
  fulfillmentUrl = `http://127.0.0.1:${port}/graphql`;
  stack = await startStack({ ROUTER_SECRET: routerSecret, FULFILLMENT_PORT: String(port), SEED_PRODUCTS: '200' });
});
afterAll(async () => {
  expect(await stack?.stop()).toBe(0);
});

/** The orders subgraph's service calls, signed with the service's own principal. */
const asOrders = () => principalHeaders({ kind: 'service', id: 'orders', scopes: [], requestId: 'e2e' }, routerSecret);

const FULFILLMENT = `query ($id: ID!) { _entities(representations: [{ __typename: "Order", id: $id }]) {
  ... on Order { fulfillment { status shipments { status packages { trackingNumber currentStatus events { code } } } } } } }`;

async function fulfillmentOf(orderId: string) {
  const { body } = await post(fulfillmentUrl, FULFILLMENT, { id: orderId }, asOrders());
  return body.data!._entities[0].fulfillment;
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('an Amazon MCF fulfillment on the running stack', () => {
  const orderId = `ord-e2e-${Date.now()}`;

  it('is created by the service call, ships and is delivered as the simulator clock advances, and can be returned by its owner only', async () => {
    const create = await post(
      fulfillmentUrl,
      `mutation ($order: FulfillmentOrderInput!) { createFulfillmentOrder(order: $order) { __typename } }`,
      {
        order: {
          orderId,
          customerId: 'cust-00007',
          items: [{ sku: 'SKU-000001-01', quantity: 1 }],
          destination: { name: 'Ada Lovelace', line1: '1 Main St', city: 'Seattle', stateOrRegion: 'WA', postalCode: '98109', countryCode: 'US' },
          shippingSpeed: 'STANDARD',
        },
      },
      asOrders(),
    );
    expect(create.body).toEqual({ data: { createFulfillmentOrder: { __typename: 'Fulfillment' } } });

    await simulator(stack.spApiSimulatorUrl, ['advance', '1d']);
    const shipped = await eventually(() => fulfillmentOf(orderId), (f) => f?.status === 'COMPLETE');
    expect(shipped.status).toBe('COMPLETE');
    expect(shipped.shipments[0].packages[0].trackingNumber).toEqual(expect.any(String));

    await simulator(stack.spApiSimulatorUrl, ['advance', '5d']);
    const delivered = await eventually(
      () => fulfillmentOf(orderId),
      (f) => f.shipments[0].packages[0].events.some((e: { code: string }) => e.code === 'EVENT_301'),
    );
    expect(delivered.shipments[0].packages[0].currentStatus).toBe('DELIVERED');

    const items = [{ sku: 'SKU-000001-01', quantity: 1, reasonCode: 'CR-UNWANTED_ITEM' }];
    const stranger = await post(stack.gatewayUrl, RequestReturnDocument, { orderId, items }, {
      authorization: `Bearer ${await mintToken(stack.dataDir, ['--customer', 'cust-00008'])}`,
    });
    expect(stranger.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const owner = await post(stack.gatewayUrl, RequestReturnDocument, { orderId, items }, {
      authorization: `Bearer ${await mintToken(stack.dataDir, ['--customer', 'cust-00007'])}`,
    });
    expect(owner.body.errors).toBeUndefined();
    expect(owner.body.data!.requestReturn).toMatchObject({ __typename: 'Return', items });
  });

  it('answers a bad destination with BAD_USER_INPUT naming the rule', async () => {
    const { body } = await post(stack.gatewayUrl, `{ product(id: "prod-000001") { name variants { deliveryEstimate(destination: { postalCode: "ABC", countryCode: "US" }) { earliest } } } }`);
    expect(body.data!.product.name).toEqual(expect.any(String));
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toMatch(/postalCode "ABC" is not valid for US: expected 5 digits/);
  });
});
