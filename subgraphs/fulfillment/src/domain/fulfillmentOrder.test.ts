import { describe, expect, it } from 'vitest';
import { InvalidInputError } from './errors.js';
import { parseFulfillmentOrder, type FulfillmentOrderInputShape } from './fulfillmentOrder.js';

const now = new Date('2026-03-02T09:00:00.000Z');
const input = (overrides: Partial<FulfillmentOrderInputShape> = {}): FulfillmentOrderInputShape => ({
  orderId: 'ord-1',
  customerId: 'cust-1',
  items: [{ sku: 'A', quantity: 1 }],
  destination: { name: 'Ada', line1: '1 Main St', city: 'Seattle', postalCode: '98109', countryCode: 'us' },
  shippingSpeed: 'EXPEDITED',
  ...overrides,
});

describe('parseFulfillmentOrder', () => {
  it('normalizes the order for Amazon: one line per SKU, speed in Amazon’s words, placedAt defaulting to now', () => {
    const order = parseFulfillmentOrder(input({ items: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 2 }, { sku: 'A', quantity: 3 }] }), now);
    expect(order).toEqual({
      orderId: 'ord-1',
      customerId: 'cust-1',
      placedAt: '2026-03-02T09:00:00.000Z',
      items: [{ sku: 'A', quantity: 4 }, { sku: 'B', quantity: 2 }],
      destination: { name: 'Ada', line1: '1 Main St', line2: null, city: 'Seattle', stateOrRegion: null, postalCode: '98109', countryCode: 'US', phone: null },
      shippingSpeed: 'Expedited',
    });
  });

  it('leaves the city out in Japan, where Amazon must not get one, and requires it elsewhere', () => {
    const jp = parseFulfillmentOrder(input({ destination: { name: 'A', line1: '1-1', city: 'Tokyo', postalCode: '100-0001', countryCode: 'JP' } }), now);
    expect(jp.destination.city).toBeNull();
    expect(() => parseFulfillmentOrder(input({ destination: { name: 'A', line1: '1', city: ' ', postalCode: '98109', countryCode: 'US' } }), now)).toThrow(/city is required outside Japan/);
  });

  it.each([
    [{ orderId: 'x'.repeat(41) }, /orderId .* must be 1 to 40 letters/],
    [{ orderId: 'has space' }, /orderId/],
    [{ items: [] }, /1 to 100 SKUs and at most 250 units/],
    [{ items: [{ sku: 'A', quantity: 251 }] }, /at most 250 units/],
    [{ items: [{ sku: 'A', quantity: 1.5 }] }, /quantity of A must be a whole number/],
    [{ items: [{ sku: 'S'.repeat(51), quantity: 1 }] }, /must be 1 to 50 characters/],
    [{ placedAt: 'yesterday' }, /placedAt "yesterday" is not an ISO-8601 date-time/],
    [{ destination: { name: 'A', line1: '1', city: 'X', postalCode: '123', countryCode: 'DE' } }, /postalCode "123" is not valid for DE/],
  ])('refuses %j', (overrides, message) => {
    expect(() => parseFulfillmentOrder(input(overrides as Partial<FulfillmentOrderInputShape>), now)).toThrow(InvalidInputError);
    expect(() => parseFulfillmentOrder(input(overrides as Partial<FulfillmentOrderInputShape>), now)).toThrow(message);
  });
});
