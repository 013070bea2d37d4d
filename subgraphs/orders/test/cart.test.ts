import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_TO_CART, CREATE_CART, START, startOrders, type OrdersHarness } from './harness.js';

let h: OrdersHarness;
beforeAll(async () => {
  h = await startOrders();
});
afterAll(() => h?.close());

// The storefront's cart query (shared/operations/cart.graphql) minus the fields other subgraphs add.
const CART = /* GraphQL */ `
  query Cart($id: ID!) {
    cart(id: $id) {
      id
      totalQuantity
      subtotal { centAmount currencyCode amount }
      lines { id sku quantity unitPrice { centAmount } lineTotal { centAmount currencyCode amount } variant { sku } }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation ($cartId: ID!, $lineId: ID!, $quantity: Int!) {
    updateCartLine(cartId: $cartId, lineId: $lineId, quantity: $quantity) { __typename ... on Cart { totalQuantity lines { quantity } } ... on CartError { code } }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation ($cartId: ID!, $lineId: ID!) { removeCartLine(cartId: $cartId, lineId: $lineId) { __typename ... on Cart { totalQuantity lines { sku } } ... on CartError { code } } }
`;

describe('a cart', () => {
  it('is created empty in a currency and expires 30 days after its last change', async () => {
    const created = await h.execute<{ createCart: { id: string; currencyCode: string; expiresAt: string } }>(CREATE_CART, { currencyCode: 'USD' });
    expect(created.data!.createCart).toMatchObject({ currencyCode: 'USD', expiresAt: new Date(START + 30 * 86_400_000).toISOString() });
    expect(created.data!.createCart.id).toMatch(/^cart_[A-Za-z0-9_-]{22}$/);
  });

  it('merges units of one SKU into one line, prices lines from the catalog in one request, and follows price changes', async () => {
    const cartId = (await h.execute<{ createCart: { id: string } }>(CREATE_CART, { currencyCode: 'USD' })).data!.createCart.id;
    await h.execute(ADD_TO_CART, { cartId, sku: 'SKU-000001-01', quantity: 2 });
    await h.execute(ADD_TO_CART, { cartId, sku: 'SKU-000001-02', quantity: 1 });
    const added = await h.execute<{ addToCart: any }>(ADD_TO_CART, { cartId, sku: 'SKU-000001-01', quantity: 1 });
    expect(added.data!.addToCart).toMatchObject({ __typename: 'Cart', totalQuantity: 4, subtotal: { centAmount: 3 * 1999 + 2499, currencyCode: 'USD', amount: '84.96' } });

    h.catalog.requests.length = 0;
    const read = await h.execute<{ cart: any }>(CART, { id: cartId });
    expect(read.data!.cart.lines).toEqual([
      { id: expect.any(String), sku: 'SKU-000001-01', quantity: 3, unitPrice: { centAmount: 1999 }, lineTotal: { centAmount: 5997, currencyCode: 'USD', amount: '59.97' }, variant: { sku: 'SKU-000001-01' } },
      { id: expect.any(String), sku: 'SKU-000001-02', quantity: 1, unitPrice: { centAmount: 2499 }, lineTotal: { centAmount: 2499, currencyCode: 'USD', amount: '24.99' }, variant: { sku: 'SKU-000001-02' } },
    ]);
    expect(h.catalog.requests).toEqual([['SKU-000001-01', 'SKU-000001-02']]);

    h.catalog.set({ sku: 'SKU-000001-02', productId: 'prod-000001', price: { centAmount: 2000, currencyCode: 'USD' } });
    expect((await h.execute<{ cart: any }>(CART, { id: cartId })).data!.cart.subtotal.centAmount).toBe(5997 + 2000);
    h.catalog.set({ sku: 'SKU-000001-02', productId: 'prod-000001', price: { centAmount: 2499, currencyCode: 'USD' } });
  });

  it('keeps every one of many additions made to one cart at the same moment', async () => {
    const cartId = (await h.execute<{ createCart: { id: string } }>(CREATE_CART, { currencyCode: 'USD' })).data!.createCart.id;
    const skus = ['SKU-000001-01', 'SKU-000001-02', 'SKU-000002-01'];
    const results = await Promise.all(Array.from({ length: 24 }, (_, i) => h.execute<{ addToCart: any }>(ADD_TO_CART, { cartId, sku: skus[i % 3], quantity: 1 })));
    expect(results.filter((r) => r.errors || r.data?.addToCart.__typename !== 'Cart')).toEqual([]);
    const read = await h.execute<{ cart: any }>(CART, { id: cartId });
    expect(read.data!.cart.totalQuantity).toBe(24);
    expect(read.data!.cart.lines.map((l: { quantity: number }) => l.quantity)).toEqual([8, 8, 8]);
  });

  it('changes and removes lines by id; an unknown line is LINE_NOT_FOUND', async () => {
    const cartId = (await h.execute<{ createCart: { id: string } }>(CREATE_CART, { currencyCode: 'USD' })).data!.createCart.id;
    await h.execute(ADD_TO_CART, { cartId, sku: 'SKU-000001-01', quantity: 2 });
    const cart = await h.execute<{ addToCart: any }>(ADD_TO_CART, { cartId, sku: 'SKU-000002-01', quantity: 1 });
    const [first, second] = cart.data!.addToCart.lines;
    expect((await h.execute<{ updateCartLine: any }>(UPDATE, { cartId, lineId: first.id, quantity: 7 })).data!.updateCartLine).toEqual({ __typename: 'Cart', totalQuantity: 8, lines: [{ quantity: 7 }, { quantity: 1 }] });
    expect((await h.execute<{ removeCartLine: any }>(REMOVE, { cartId, lineId: second.id })).data!.removeCartLine).toEqual({ __typename: 'Cart', totalQuantity: 7, lines: [{ sku: 'SKU-000001-01' }] });
    expect((await h.execute<{ removeCartLine: any }>(REMOVE, { cartId, lineId: second.id })).data!.removeCartLine).toEqual({ __typename: 'CartError', code: 'LINE_NOT_FOUND' });
  });

  it('keeps every one of many concurrent additions (versioned writes)', async () => {
    const cartId = (await h.execute<{ createCart: { id: string } }>(CREATE_CART, { currencyCode: 'USD' })).data!.createCart.id;
    await Promise.all(Array.from({ length: 4 }, () => h.execute(ADD_TO_CART, { cartId, sku: 'SKU-000002-01', quantity: 3 })));
    expect((await h.execute<{ cart: any }>(CART, { id: cartId })).data!.cart.totalQuantity).toBe(12);
  });
});

describe('a catalog outage', () => {
  it('is UPSTREAM_UNAVAILABLE (or UPSTREAM_TIMEOUT) for cart prices, adding and checkout, and nothing is written', async () => {
    const cartId = (await h.execute<{ createCart: { id: string } }>(CREATE_CART, { currencyCode: 'USD' })).data!.createCart.id;
    await h.execute(ADD_TO_CART, { cartId, sku: 'SKU-000001-01', quantity: 1 });
    const before = await h.snapshot();
    h.catalog.outage = 'down';
    try {
      const read = await h.execute<{ cart: any }>(CART, { id: cartId });
      expect(read.errors?.map((e) => e.extensions?.code)).toContain('UPSTREAM_UNAVAILABLE');
      expect(read.errors?.[0]?.message).toBe('catalog is unavailable; try again shortly.');
      const added = await h.execute(ADD_TO_CART, { cartId, sku: 'SKU-000001-01', quantity: 1 });
      expect(added.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      h.catalog.outage = 'timeout';
      const placed = await h.execute(`mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename } }`, {
        input: { cartId, email: 'ada@example.com', shippingAddress: { name: 'Ada', line1: '1 Main St', city: 'Seattle', postalCode: '98109', countryCode: 'US' }, shippingSpeed: 'STANDARD', paymentToken: 'tok_approve', idempotencyKey: 'outage-1' },
      });
      expect(placed.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    } finally {
      h.catalog.outage = null;
    }
    expect(await h.snapshot()).toEqual(before);
  });
});
