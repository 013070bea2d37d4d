import { describe, expect, it } from 'vitest';
import { addLine, CART_TTL_SECONDS, isExpired, newCart, parseQuantity, removeLine, setLineQuantity } from './cart.js';
import { InvalidInputError } from './errors.js';

const NOW = Date.parse('2026-03-02T09:00:00.000Z');
const variant = (sku: string, centAmount = 100, currencyCode = 'USD') => ({ sku, productId: `prod-${sku}`, price: { centAmount, currencyCode } });
let n = 0;
const nextId = () => `line_${++n}`;

describe('cart rules', () => {
  it('accepts quantities 1 to 99 only', () => {
    expect(parseQuantity(1)).toBe(1);
    expect(parseQuantity(99)).toBe(99);
    for (const q of [0, -3, 100, 1.5]) expect(() => parseQuantity(q)).toThrow(InvalidInputError);
  });

  it('merges a SKU into its line, and moves the expiry with every change', () => {
    const cart = newCart('cart_1', null, 'USD', NOW);
    const once = addLine(cart, variant('A'), 'A', 2, NOW + 1000, nextId);
    if (once.kind !== 'changed') throw new Error(once.message);
    const twice = addLine(once.cart, variant('A'), 'A', 3, NOW + 2000, nextId);
    if (twice.kind !== 'changed') throw new Error(twice.message);
    expect(twice.cart.lines).toEqual([{ id: once.cart.lines[0]!.id, sku: 'A', productId: 'prod-A', quantity: 5 }]);
    expect(twice.cart.expiresAt).toBe(Math.floor((NOW + 2000) / 1000) + CART_TTL_SECONDS);
    expect(isExpired(twice.cart, (twice.cart.expiresAt - 1) * 1000)).toBe(false);
    expect(isExpired(twice.cart, twice.cart.expiresAt * 1000)).toBe(true);
  });

  it('refuses unknown SKUs, other currencies, lines over 99, more than 250 units, and any change to an ordered cart', () => {
    const cart = newCart('cart_1', null, 'USD', NOW);
    expect(addLine(cart, null, 'X', 1, NOW, nextId)).toMatchObject({ code: 'UNKNOWN_SKU' });
    expect(addLine(cart, variant('E', 100, 'EUR'), 'E', 1, NOW, nextId)).toMatchObject({ code: 'CURRENCY_MISMATCH' });
    const full = { ...cart, lines: [{ id: 'l1', sku: 'A', productId: 'p', quantity: 99 }] };
    expect(addLine(full, variant('A'), 'A', 1, NOW, nextId)).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    const heavy = { ...cart, lines: [1, 2].map((i) => ({ id: `l${i}`, sku: `S${i}`, productId: 'p', quantity: 99 })) };
    expect(addLine(heavy, variant('B'), 'B', 60, NOW, nextId)).toMatchObject({ code: 'LIMIT_EXCEEDED', message: expect.stringMatching(/250 units/) });
    const ordered = { ...full, orderId: 'ord_1' };
    expect(addLine(ordered, variant('B'), 'B', 1, NOW, nextId)).toMatchObject({ code: 'CART_ALREADY_ORDERED' });
    expect(setLineQuantity(ordered, 'l1', 2, NOW)).toMatchObject({ code: 'CART_ALREADY_ORDERED' });
    expect(removeLine(full, 'nope', NOW)).toMatchObject({ code: 'LINE_NOT_FOUND' });
  });
});
