import { describe, expect, it } from 'vitest';
import { parseReserveInput } from './reservationInput.js';

describe('parseReserveInput', () => {
  it('adds up lines of the same SKU and applies the default hold', () => {
    const command = parseReserveInput({ orderId: ' ord-1 ', lines: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 2 }, { sku: 'A', quantity: 3 }] });
    expect(command).toEqual({ orderId: 'ord-1', lines: new Map([['A', 4], ['B', 2]]), destination: null, holdSeconds: 900 });
  });

  it('normalises the destination country', () => {
    expect(parseReserveInput({ orderId: 'o', lines: [{ sku: 'A', quantity: 1 }], destination: { countryCode: 'us', postalCode: '98109' } }).destination).toEqual({
      countryCode: 'US',
      postalCode: '98109',
    });
  });

  it.each([
    [{ orderId: 'o', lines: [{ sku: 'A', quantity: 0 }] }, /lines\[0\]\.quantity: 0 is not allowed; a whole number from 1 to 10000/],
    [{ orderId: 'o', lines: [{ sku: 'A', quantity: -3 }] }, /lines\[0\]\.quantity: -3 is not allowed/],
    [{ orderId: 'o', lines: [{ sku: 'A', quantity: 1.5 }] }, /quantity: 1.5 is not allowed/],
    [{ orderId: 'o', lines: [] }, /lines: 1 to 50 lines/],
    [{ orderId: '', lines: [{ sku: 'A', quantity: 1 }] }, /orderId: 1 to 128 characters/],
    [{ orderId: 'o', lines: [{ sku: 'A', quantity: 1 }], holdSeconds: 30 }, /holdSeconds: 30 is not allowed; 60 to 86400/],
    [{ orderId: 'o', lines: [{ sku: 'A', quantity: 1 }], destination: { countryCode: 'USA', postalCode: '1' } }, /destination.countryCode/],
    [{ orderId: 'o', lines: [{ sku: 'A', quantity: 6000 }, { sku: 'A', quantity: 6000 }] }, /12000 units of A in total; at most 10000/],
  ])('refuses %j', (input, message) => {
    expect(() => parseReserveInput(input)).toThrow(message);
  });
});
