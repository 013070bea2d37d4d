import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Returns } from '../src/services/returns.js';
import { createOrder, fulfillmentOf, principals, startFulfillment, type FulfillmentHarness } from './harness.js';

let h: FulfillmentHarness;
beforeAll(async () => {
  h = await startFulfillment();
  await createOrder(h, 'ord-ret-1', { items: [{ sku: 'SKU-200001-01', quantity: 2 }, { sku: 'SKU-200001-02', quantity: 1 }] });
  await h.sim.advance('5h'); // shipped
});
afterAll(() => h?.close());

// The operation the account head sends (shared/operations/account.graphql).
const REQUEST_RETURN = /* GraphQL */ `
  mutation RequestReturn($orderId: ID!, $items: [ReturnItemInput!]!) {
    requestReturn(orderId: $orderId, items: $items) {
      __typename
      ... on Return { id status items { sku quantity reasonCode } }
      ... on ReturnError { code message }
    }
  }
`;

const owner = principals.customer('cust-1');
const requestReturn = (orderId: string, items: object[], principal = owner) =>
  h.execute<{ requestReturn: Record<string, any> }>(REQUEST_RETURN, { orderId, items }, principal);

describe('returns', () => {
  it('lists the reason codes Amazon accepts for a SKU', async () => {
    const result = await h.execute<{ returnReasonCodes: { code: string; description: string }[] }>(
      `query ($sku: ID!, $orderId: ID) { returnReasonCodes(sku: $sku, orderId: $orderId, language: "en_US") { code description translatedDescription } }`,
      { sku: 'SKU-200001-01', orderId: 'ord-ret-1' },
      owner,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.returnReasonCodes.map((r) => r.code)).toContain('CR-DEFECTIVE');
  });

  it('authorizes a return for the customer who placed the order, with Amazon’s RMA', async () => {
    const result = await requestReturn('ord-ret-1', [{ sku: 'SKU-200001-01', quantity: 1, reasonCode: 'CR-DEFECTIVE' }]);
    expect(result.errors).toBeUndefined();
    expect(result.data!.requestReturn).toMatchObject({
      __typename: 'Return',
      id: expect.stringMatching(/^RET-[0-9A-F]{12}$/),
      status: 'AUTHORIZED',
      items: [{ sku: 'SKU-200001-01', quantity: 1, reasonCode: 'CR-DEFECTIVE' }],
    });
    const stored = (await fulfillmentOf(h, 'ord-ret-1')).data!._entities[0]!.fulfillment!.returns;
    expect(stored).toEqual([expect.objectContaining({ id: result.data!.requestReturn.id, status: 'AUTHORIZED', rmaId: expect.stringMatching(/^RMA\d{8}$/) })]);

    await h.sim.advance('3d'); // Amazon receives the item and notifies
    const received = (await fulfillmentOf(h, 'ord-ret-1')).data!._entities[0]!.fulfillment!.returns;
    expect(received[0].status).toBe('RECEIVED');
  });

  it('refuses another customer’s order with FORBIDDEN and an anonymous shopper with UNAUTHENTICATED', async () => {
    h.resetCalls();
    const items = [{ sku: 'SKU-200001-02', quantity: 1, reasonCode: 'CR-DEFECTIVE' }];
    const other = await requestReturn('ord-ret-1', items, principals.customer('cust-2'));
    expect(other.data).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await requestReturn('ord-ret-1', items, principals.anonymous);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(h.calls()).toEqual({});
  });

  it.each([
    ['an order that does not exist', 'ord-missing', [{ sku: 'X', quantity: 1, reasonCode: 'CR-DEFECTIVE' }], 'ORDER_NOT_FOUND', /No shipped order ord-missing/],
    ['more units than remain returnable', 'ord-ret-1', [{ sku: 'SKU-200001-01', quantity: 2, reasonCode: 'CR-DEFECTIVE' }], 'INVALID_ITEMS', /SKU-200001-01: 1 shipped unit\(s\) of order ord-ret-1 can still be returned, 2 asked for/],
    ['a SKU the order does not have', 'ord-ret-1', [{ sku: 'SKU-999', quantity: 1, reasonCode: 'CR-DEFECTIVE' }], 'INVALID_ITEMS', /SKU-999: 0 shipped unit/],
    ['a reason Amazon does not accept', 'ord-ret-1', [{ sku: 'SKU-200001-02', quantity: 1, reasonCode: 'CHANGED_MIND' }], 'INVALID_REASON_CODE', /CHANGED_MIND is not accepted for SKU-200001-02; use one of: CR-UNWANTED_ITEM/],
  ])('answers %s with a ReturnError', async (_, orderId, items, code, message) => {
    const result = await requestReturn(orderId, items);
    expect(result.errors).toBeUndefined();
    expect(result.data!.requestReturn).toMatchObject({ __typename: 'ReturnError', code });
    expect(result.data!.requestReturn.message).toMatch(message);
  });

  it('answers an order that has not shipped with NOT_SHIPPED', async () => {
    await createOrder(h, 'ord-ret-2');
    const result = await requestReturn('ord-ret-2', [{ sku: 'SKU-000001-01', quantity: 1, reasonCode: 'CR-DEFECTIVE' }]);
    expect(result.data!.requestReturn).toMatchObject({ __typename: 'ReturnError', code: 'NOT_SHIPPED', message: expect.stringMatching(/has not shipped yet \(status New\)/) });
  });

  it('checks the shape of the request', async () => {
    const result = await requestReturn('ord-ret-1', [{ sku: 'SKU-200001-02', quantity: 0, reasonCode: 'CR-DEFECTIVE' }]);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/quantity of SKU-200001-02 must be a whole number from 1 to 100/) });
  });

  it('maps Amazon’s refusal to NOT_RETURNABLE in our words', async () => {
    // Two requests under the same return id: Amazon refuses the second as a duplicate.
    const returns = new Returns(h.api, h.store, h.services.sync, h.clock, () => 'RET-FIXED');
    const item = [{ sku: 'SKU-000001-01', quantity: 1, reasonCode: 'CR-UNWANTED_ITEM' }]; // the order has 2 units
    await createOrder(h, 'ord-ret-3');
    await h.sim.advance('5h');
    expect(await returns.request(owner, 'ord-ret-3', item)).toMatchObject({ id: 'RET-FIXED', status: 'AUTHORIZED' });
    const refused = await returns.request(owner, 'ord-ret-3', item);
    expect(refused).toEqual({ kind: 'error', code: 'NOT_RETURNABLE', message: 'Amazon refused the return: this return was already requested.' });
  });
});
