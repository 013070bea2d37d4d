import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOrder, fulfillmentOf, principals, startFulfillment, type FulfillmentHarness } from './harness.js';

let h: FulfillmentHarness;
beforeAll(async () => {
  h = await startFulfillment();
});
afterAll(() => h?.close());
beforeEach(() => {
  h.sim.controls.outage = false;
  h.sim.controls.faults.length = 0;
});

const ESTIMATES = /* GraphQL */ `
  query ($representations: [_Any!]!, $destination: DestinationInput!) {
    _entities(representations: $representations) {
      ... on ProductVariant { sku deliveryEstimate(destination: $destination) { earliest latest message expiresAt } }
    }
  }
`;

type Variant = { sku: string; deliveryEstimate: { earliest: string; latest: string; message: string; expiresAt: string } | null };
const seattle = { postalCode: '98109', countryCode: 'US' };
const skus = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `SKU-${prefix}-${String(i + 1).padStart(2, '0')}`);
const estimates = (list: string[], destination: object = seattle) =>
  h.execute<{ _entities: Variant[] }>(ESTIMATES, { representations: list.map((sku) => ({ __typename: 'ProductVariant', sku })), destination });

describe('ProductVariant.deliveryEstimate', () => {
  it('answers every variant of an _entities batch with one deliveryOffers call per SKU, in request order', async () => {
    const list = skus('100001', 12);
    h.resetCalls();
    const result = await estimates(list);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((v) => v.sku)).toEqual(list);
    const first = result.data!._entities[0]!.deliveryEstimate!;
    expect(first).toEqual({
      earliest: '2026-03-04T20:00:00.000Z',
      latest: '2026-03-06T20:00:00.000Z',
      message: 'Arrives Wed, Mar 4 – Fri, Mar 6',
      expiresAt: '2026-03-02T10:00:00.000Z',
    });
    expect(h.calls()).toEqual({ deliveryOffers: 12 });
  });

  it('makes zero SP-API calls for a second request, and asks once per SKU and destination however often a request names them', async () => {
    const list = skus('100002', 6);
    await estimates(list);
    h.resetCalls();
    const again = await estimates([...list, ...list]);
    expect(again.errors).toBeUndefined();
    expect(again.data!._entities.every((v) => v.deliveryEstimate !== null)).toBe(true);
    expect(h.calls()).toEqual({});

    const elsewhere = await estimates([...list, ...list], { postalCode: 'sw1a 1aa', countryCode: 'gb' });
    expect(h.calls()).toEqual({ deliveryOffers: 6 });
    expect(elsewhere.data!._entities[0]!.deliveryEstimate!.earliest).toBe('2026-03-08T20:00:00.000Z');
  });

  it('keeps an estimate until its expiresAt and asks Amazon again afterwards', async () => {
    const list = skus('100003', 3);
    await estimates(list);
    await h.sim.advance('59m');
    h.resetCalls();
    await estimates(list);
    expect(h.calls()).toEqual({});
    await h.sim.advance('1m');
    const fresh = await estimates(list);
    expect(h.calls()).toEqual({ deliveryOffers: 3 });
    expect(fresh.data!._entities[0]!.deliveryEstimate!.expiresAt).toBe('2026-03-02T11:00:00.000Z');
  });

  it('is null without an error for a SKU Amazon has no stock of', async () => {
    const result = await estimates(['SKU-100004-01-OOS', 'SKU-100004-02']);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((v) => v.deliveryEstimate === null)).toEqual([true, false]);
  });

  it.each([
    [{ postalCode: '9810', countryCode: 'US' }, /postalCode "9810" is not valid for US: expected 5 digits/],
    [{ postalCode: '98109', countryCode: 'USA' }, /countryCode "USA" is not an ISO 3166-1 alpha-2 country code/],
    [{ postalCode: '1000-01', countryCode: 'JP' }, /not valid for JP: expected 7 digits/],
  ])('refuses the destination %j with BAD_USER_INPUT naming the rule, before any SP-API call', async (destination, message) => {
    h.resetCalls();
    const result = await estimates(['SKU-100005-01'], destination);
    expect(result.data!._entities[0]).toEqual({ sku: 'SKU-100005-01', deliveryEstimate: null });
    expect(result.errors?.[0]).toMatchObject({ path: ['_entities', 0, 'deliveryEstimate'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(h.calls()).toEqual({});
  });

  it('is null with UPSTREAM_UNAVAILABLE when SP-API is down, while the rest of the request answers', async () => {
    await createOrder(h, 'ord-est-1');
    h.sim.controls.outage = true;
    h.resetCalls();
    const list = skus('100006', 10);
    const result = await h.execute<{ _entities: (Variant | { id: string; fulfillment: { status: string } })[] }>(
      /* GraphQL */ `
        query ($representations: [_Any!]!, $destination: DestinationInput!) {
          _entities(representations: $representations) {
            ... on ProductVariant { sku deliveryEstimate(destination: $destination) { earliest } }
            ... on Order { id fulfillment { status } }
          }
        }
      `,
      { representations: [{ __typename: 'Order', id: 'ord-est-1' }, ...list.map((sku) => ({ __typename: 'ProductVariant', sku }))], destination: seattle },
      principals.customer('cust-1'),
    );
    expect(result.data!._entities[0]).toEqual({ id: 'ord-est-1', fulfillment: { status: 'NEW' } });
    expect(result.data!._entities.slice(1)).toEqual(list.map((sku) => ({ sku, deliveryEstimate: null })));
    expect(result.errors).toHaveLength(10);
    for (const error of result.errors!) {
      expect(error.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', service: 'Amazon fulfillment' });
      expect(error.message).not.toMatch(/Simulated|ServiceUnavailable|HTTP/);
    }
    // The first failures stop the batch: no call for each remaining SKU (4 workers × 2 attempts at most).
    expect(h.calls().deliveryOffers).toBeLessThanOrEqual(8);
    h.sim.controls.outage = false;
    expect((await estimates(list)).errors).toBeUndefined();
  });

  it('rides out a throttled (429) and a failed (500) answer by retrying', async () => {
    h.sim.controls.faults.push({ operation: 'deliveryOffers', status: 429, remaining: 1 }, { operation: 'getFulfillmentOrder', status: 500, remaining: 1 });
    const result = await estimates(['SKU-100007-01']);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0]!.deliveryEstimate).not.toBeNull();
    await createOrder(h, 'ord-est-2');
    expect((await fulfillmentOf(h, 'ord-est-2')).data!._entities[0]!.fulfillment!.status).toBe('NEW');
    expect(h.sim.controls.faults.every((f) => f.remaining === 0)).toBe(true);
  });
});
