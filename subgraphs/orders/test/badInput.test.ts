import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_TO_CART, ADDRESS, cartWith, checkoutInput, CREATE_CART, PLACE_ORDER, placeOrder, startOrders, type OrdersHarness } from './harness.js';

let h: OrdersHarness;
beforeAll(async () => {
  h = await startOrders();
});
afterAll(() => h?.close());

/** Runs `request` and checks that the orders table is exactly as before. */
async function unchanged<T>(request: () => Promise<T>): Promise<T> {
  const before = await h.snapshot();
  const result = await request();
  expect(await h.snapshot()).toEqual(before);
  return result;
}

const errorOf = (result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) => result.errors?.[0];

describe('bad cart input', () => {
  it.each([0, -1, 100])('quantity %s is BAD_USER_INPUT naming the range, and nothing is written', async (quantity) => {
    const cartId = await cartWith(h, [['SKU-000001-01', 1]]);
    const result = await unchanged(() => h.execute(ADD_TO_CART, { cartId, sku: 'SKU-000001-01', quantity }));
    expect(errorOf(result)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/quantity must be a whole number from 1 to 99/) });
  });

  it.each([
    ['an unknown SKU', 'SKU-NOPE', 'UNKNOWN_SKU', /does not sell SKU "SKU-NOPE"/],
    ['a SKU priced in another currency', 'SKU-EUR-01', 'CURRENCY_MISMATCH', /priced in EUR; this cart is in USD/],
  ])('%s is a CartError, and nothing is written', async (_, sku, code, message) => {
    const cartId = await cartWith(h, []);
    const result = await unchanged(() => h.execute<{ addToCart: unknown }>(ADD_TO_CART, { cartId, sku, quantity: 1 }));
    expect(result.data!.addToCart).toMatchObject({ __typename: 'CartError', code, message: expect.stringMatching(message) });
  });

  it('a line over 99 units is LIMIT_EXCEEDED; a currency that is not ISO 4217 is BAD_USER_INPUT', async () => {
    const cartId = await cartWith(h, [['SKU-000001-01', 60]]);
    const over = await unchanged(() => h.execute<{ addToCart: unknown }>(ADD_TO_CART, { cartId, sku: 'SKU-000001-01', quantity: 40 }));
    expect(over.data!.addToCart).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    for (const currencyCode of ['usd', 'US', 'ABC']) {
      expect(errorOf(await unchanged(() => h.execute(CREATE_CART, { currencyCode })))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/ISO 4217/) });
    }
  });

  it('an unknown or expired cart is CART_NOT_FOUND, and cart() is null after 30 days', async () => {
    const missing = await unchanged(() => h.execute<{ addToCart: unknown }>(ADD_TO_CART, { cartId: 'cart_missing', sku: 'SKU-000001-01', quantity: 1 }));
    expect(missing.data!.addToCart).toMatchObject({ code: 'CART_NOT_FOUND' });
    const cartId = await cartWith(h, [['SKU-000001-01', 1]]);
    h.clock.advance(30 * 86_400_000);
    expect(await h.execute(`query ($id: ID!) { cart(id: $id) { id } }`, { id: cartId })).toEqual({ data: { cart: null } });
    expect(await unchanged(() => placeOrder(h, checkoutInput(cartId)))).toMatchObject({ __typename: 'CartNotFoundError', code: 'CART_NOT_FOUND' });
  });
});

describe('bad checkout input', () => {
  it.each([
    ['a malformed email', { email: 'ada@' }, 'InvalidEmailError', /not an email address/],
    ['an empty name', { shippingAddress: { ...ADDRESS, name: ' ' } }, 'InvalidAddressError', /name must not be empty/],
    ['a postal code of the wrong format', { shippingAddress: { ...ADDRESS, postalCode: 'ABC' } }, 'InvalidAddressError', /postalCode "ABC" is not valid for US/],
    ['an unknown country', { shippingAddress: { ...ADDRESS, countryCode: 'XX' } }, 'InvalidAddressError', /not an ISO 3166-1 alpha-2/],
    ['no city outside Japan', { shippingAddress: { ...ADDRESS, city: null } }, 'InvalidAddressError', /city is required/],
  ])('%s is a %s, and nothing is written', async (_, overrides, type, message) => {
    const cartId = await cartWith(h, [['SKU-000001-01', 1]]);
    const result = await unchanged(() => placeOrder(h, checkoutInput(cartId, overrides)));
    expect(result).toMatchObject({ __typename: type, message: expect.stringMatching(message) });
  });

  it('an empty cart is CartEmptyError; a bad idempotency key or token is BAD_USER_INPUT; nothing is written', async () => {
    const empty = await cartWith(h, []);
    expect(await unchanged(() => placeOrder(h, checkoutInput(empty)))).toMatchObject({ __typename: 'CartEmptyError', code: 'CART_EMPTY' });
    const cartId = await cartWith(h, [['SKU-000001-01', 1]]);
    for (const overrides of [{ idempotencyKey: '' }, { idempotencyKey: 'has space' }, { paymentToken: '' }]) {
      const result = await unchanged(() => h.execute(PLACE_ORDER, { input: checkoutInput(cartId, overrides) }));
      expect(errorOf(result)?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('a SKU the catalog stopped selling or now prices in another currency is refused at checkout, and nothing is written', async () => {
    h.catalog.set({ sku: 'SKU-TEMP', productId: 'prod-temp', price: { centAmount: 100, currencyCode: 'USD' } });
    const cartId = await cartWith(h, [['SKU-TEMP', 1], ['SKU-000001-01', 1]]);
    h.catalog.delete('SKU-TEMP');
    expect(await unchanged(() => placeOrder(h, checkoutInput(cartId)))).toMatchObject({ __typename: 'ItemUnavailableError', code: 'ITEM_UNAVAILABLE' });
    h.catalog.set({ sku: 'SKU-TEMP', productId: 'prod-temp', price: { centAmount: 90, currencyCode: 'EUR' } });
    expect(await unchanged(() => placeOrder(h, checkoutInput(cartId)))).toMatchObject({ __typename: 'CurrencyMismatchError', code: 'CURRENCY_MISMATCH' });
  });

  it('prices the order from the catalog at checkout, not from when the items were added', async () => {
    h.catalog.set({ sku: 'SKU-PRICE', productId: 'prod-price', price: { centAmount: 1000, currencyCode: 'USD' } });
    const cartId = await cartWith(h, [['SKU-PRICE', 2]]);
    h.catalog.set({ sku: 'SKU-PRICE', productId: 'prod-price', price: { centAmount: 1250, currencyCode: 'USD' } });
    expect(await placeOrder(h, checkoutInput(cartId))).toMatchObject({ __typename: 'Order', total: { centAmount: 2500, amount: '25.00' } });
  });
});
