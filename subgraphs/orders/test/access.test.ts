import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_TO_CART, cartWith, checkoutInput, ORDER, PLACE_ORDER, placeOrder, principals, startOrders, type OrdersHarness } from './harness.js';

let h: OrdersHarness;
beforeAll(async () => {
  h = await startOrders();
});
afterAll(() => h?.close());

const ada = principals.customer('cust-ada');
const bob = principals.customer('cust-bob');
const CART = /* GraphQL */ `query ($id: ID!) { cart(id: $id) { id totalQuantity } }`;
const UPDATE = /* GraphQL */ `mutation ($cartId: ID!, $lineId: ID!) { updateCartLine(cartId: $cartId, lineId: $lineId, quantity: 5) { __typename } }`;
const REMOVE = /* GraphQL */ `mutation ($cartId: ID!, $lineId: ID!) { removeCartLine(cartId: $cartId, lineId: $lineId) { __typename } }`;
const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Order { id status }
      ... on Customer { id orders(first: 10) { totalCount edges { node { id } } } }
    }
  }
`;
const ME = /* GraphQL */ `
  query ($first: Int!, $after: String) {
    me { id orders(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status createdAt total { amount } } } } }
  }
`;

const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

describe("a customer's cart and orders", () => {
  it('are FORBIDDEN to another customer and to guests, for reading and changing, and nothing changes', async () => {
    const cartId = await cartWith(h, [['SKU-000001-01', 1]], ada);
    const lineId = (await h.execute<{ cart: unknown }>(`query ($id: ID!) { cart(id: $id) { lines { id } } }`, { id: cartId }, ada)).data!.cart as { lines: { id: string }[] };
    const before = await h.snapshot();
    for (const intruder of [bob, principals.anonymous]) {
      expect(codeOf(await h.execute(CART, { id: cartId }, intruder))).toBe('FORBIDDEN');
      expect(codeOf(await h.execute(ADD_TO_CART, { cartId, sku: 'SKU-000001-01', quantity: 1 }, intruder))).toBe('FORBIDDEN');
      expect(codeOf(await h.execute(UPDATE, { cartId, lineId: lineId.lines[0]!.id }, intruder))).toBe('FORBIDDEN');
      expect(codeOf(await h.execute(REMOVE, { cartId, lineId: lineId.lines[0]!.id }, intruder))).toBe('FORBIDDEN');
      expect(codeOf(await h.execute(PLACE_ORDER, { input: checkoutInput(cartId) }, intruder))).toBe('FORBIDDEN');
    }
    expect(await h.snapshot()).toEqual(before);

    const order = await placeOrder(h, checkoutInput(cartId), ada);
    for (const intruder of [bob, principals.anonymous]) {
      const read = await h.execute(ORDER, { id: order.id }, intruder);
      expect(codeOf(read)).toBe('FORBIDDEN');
      expect(read.data?.order).toBeNull();
      expect(codeOf(await h.execute(ENTITIES, { representations: [{ __typename: 'Order', id: order.id }] }, intruder))).toBe('FORBIDDEN');
    }
    expect(codeOf(await h.execute(ENTITIES, { representations: [{ __typename: 'Customer', id: 'cust-ada' }] }, bob))).toBe('FORBIDDEN');
    expect((await h.execute(ORDER, { id: order.id }, ada)).data?.order).toMatchObject({ id: order.id });
  });

  it('a guest cart and order are open to whoever holds the id; an unknown id is null', async () => {
    const cartId = await cartWith(h, [['SKU-000002-01', 1]]);
    expect((await h.execute(CART, { id: cartId }, bob)).data?.cart).toMatchObject({ id: cartId, totalQuantity: 1 });
    const order = await placeOrder(h, checkoutInput(cartId));
    expect((await h.execute(ORDER, { id: order.id }, principals.anonymous)).data?.order).toMatchObject({ id: order.id, status: 'PENDING' });
    expect(await h.execute(ORDER, { id: 'ord_nope' })).toEqual({ data: { order: null } });
    expect(await h.execute(CART, { id: 'cart_nope' })).toEqual({ data: { cart: null } });
  });

  it('me.orders lists the customer’s own orders, newest first, with totalCount and cursors', async () => {
    const carol = principals.customer('cust-carol');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const cartId = await cartWith(h, [['SKU-000002-01', i + 1]], carol);
      ids.push((await placeOrder(h, checkoutInput(cartId), carol)).id);
      h.clock.advance(1_000);
    }
    const first = await h.execute<{ me: any }>(ME, { first: 2 }, carol);
    expect(first.errors).toBeUndefined();
    expect(first.data!.me.orders.totalCount).toBe(3);
    expect(first.data!.me.orders.edges.map((e: any) => e.node.id)).toEqual([ids[2], ids[1]]);
    expect(first.data!.me.orders.pageInfo.hasNextPage).toBe(true);
    const second = await h.execute<{ me: any }>(ME, { first: 2, after: first.data!.me.orders.pageInfo.endCursor }, carol);
    expect(second.data!.me.orders.edges.map((e: any) => e.node.id)).toEqual([ids[0]]);
    expect(second.data!.me.orders.pageInfo).toEqual({ hasNextPage: false, endCursor: second.data!.me.orders.edges[0].cursor });
    expect(codeOf(await h.execute(ME, { first: 2 }, principals.anonymous))).toBe('UNAUTHENTICATED');
    expect(codeOf(await h.execute(ME, { first: 0 }, carol))).toBe('BAD_USER_INPUT');
    expect(codeOf(await h.execute(ME, { first: 2, after: 'bogus' }, carol))).toBe('BAD_USER_INPUT');
  });
});
