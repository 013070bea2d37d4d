import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelValidator } from '../src/adapters/simulator/modelSchema.js';
import { OPERATIONS, type UsedOperation } from '../src/adapters/sp-api/operations.js';
import { CANCEL, createOrder, principals, startFulfillment, type FulfillmentHarness } from './harness.js';

interface Exchange {
  operation: UsedOperation;
  body: unknown;
  status: number;
  response: unknown;
}

/** Which operation a request is, by method and the model's path template. */
function operationOf(method: string, pathname: string): UsedOperation | undefined {
  return (Object.keys(OPERATIONS) as UsedOperation[]).find((id) => {
    const spec = OPERATIONS[id];
    const pattern = new RegExp(`^${spec.path.replace(/\{\w+\}/g, '[^/]+')}$`);
    return spec.method === method && pattern.test(pathname);
  });
}

const exchanges: Exchange[] = [];
const recordingFetch = (async (input: string | URL | Request, init?: RequestInit) => {
  const response = await fetch(input, init);
  const url = new URL(String(input));
  const operation = operationOf(String(init?.method ?? 'GET'), url.pathname);
  if (operation) {
    exchanges.push({ operation, body: init?.body ? JSON.parse(String(init.body)) : undefined, status: response.status, response: await response.clone().json() });
  }
  return response;
}) as typeof fetch;

let h: FulfillmentHarness;
beforeAll(async () => {
  h = await startFulfillment({ fetch: recordingFetch });
  // One trip through every operation the adapter uses.
  await h.execute(
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { deliveryEstimate(destination: { postalCode: "K1A 0B1", countryCode: "CA" }) { earliest } } } }`,
    { r: [{ __typename: 'ProductVariant', sku: 'SKU-300001-01' }] },
  );
  await createOrder(h, 'ord-model-1', { items: [{ sku: 'SKU-300001-01', quantity: 1 }, { sku: 'SKU-300001-02', quantity: 3 }] });
  await createOrder(h, 'ord-model-2');
  await h.execute(CANCEL, { orderId: 'ord-model-2' }, principals.service);
  await h.sim.advance('5h');
  await h.services.sweep.run();
  await h.execute(
    `mutation { requestReturn(orderId: "ord-model-1", items: [{ sku: "SKU-300001-02", quantity: 2, reasonCode: "CR-DAMAGED_BY_CARRIER" }]) { __typename } }`,
    {},
    principals.customer('cust-1'),
  );
});
afterAll(() => h?.close());

describe('conformance with the Fulfillment Outbound model', () => {
  const validator = createModelValidator();

  it('exercised every operation the adapter uses', () => {
    expect(new Set(exchanges.map((e) => e.operation))).toEqual(new Set(Object.keys(OPERATIONS)));
  });

  it('sends request bodies that validate against the model’s definitions', () => {
    for (const { operation, body } of exchanges) expect({ operation, errors: validator.requestBody(operation, body) }).toEqual({ operation, errors: [] });
    expect(exchanges.find((e) => e.operation === 'createFulfillmentOrder')!.body).toMatchObject({ sellerFulfillmentOrderId: 'ord-model-1', displayableOrderId: 'ord-model-1' });
    expect(h.sim.controls.invalidRequests).toEqual([]);
  });

  it('refuses a body that breaks the model (so the check above can fail)', () => {
    expect(validator.requestBody('createFulfillmentOrder', { sellerFulfillmentOrderId: 'x'.repeat(41) })).toEqual(
      expect.arrayContaining(["/ must have required property 'items'", '/sellerFulfillmentOrderId must NOT have more than 40 characters']),
    );
  });

  it('gets answers from the simulator that validate against the model’s response definitions', () => {
    const answered = exchanges.filter((e) => e.status === 200);
    expect(new Set(answered.map((e) => e.operation)).size).toBe(Object.keys(OPERATIONS).length);
    for (const { operation, response } of answered) expect({ operation, errors: validator.responseBody(operation, response) }).toEqual({ operation, errors: [] });
  });
});
