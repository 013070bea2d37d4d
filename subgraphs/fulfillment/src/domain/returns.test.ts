import { describe, expect, it } from 'vitest';
import { parseReturnItems, planReturn } from './returns.js';
import { record } from '../../test/support/records.js';

describe('planReturn', () => {
  it('asks Amazon for one unit per returned item, from the shipment that carried it', () => {
    expect(planReturn(record(), [{ sku: 'A', quantity: 2, reasonCode: 'R1' }, { sku: 'B', quantity: 1, reasonCode: 'R2' }], 'RET-1')).toEqual([
      { returnItemId: 'RET-1-1', sku: 'A', amazonShipmentId: 'SHIP-1', reasonCode: 'R1' },
      { returnItemId: 'RET-1-2', sku: 'A', amazonShipmentId: 'SHIP-1', reasonCode: 'R1' },
      { returnItemId: 'RET-1-3', sku: 'B', amazonShipmentId: 'SHIP-1', reasonCode: 'R2' },
    ]);
  });

  it('counts units already being returned', () => {
    const earlier = { id: 'RET-0', status: 'AUTHORIZED' as const, items: [{ sku: 'A', quantity: 1, reasonCode: 'R1' }], rmaId: null, rmaPageUrl: null, requestedAt: '' };
    const plan = planReturn(record({ returns: [earlier] }), [{ sku: 'A', quantity: 2, reasonCode: 'R1' }], 'RET-1');
    expect(plan).toMatchObject({ code: 'INVALID_ITEMS', message: 'A: 1 shipped unit(s) of order ord-1 can still be returned, 2 asked for.' });
  });

  it('refuses orders that have not shipped, and units of shipments that have not left', () => {
    expect(planReturn(record({ status: 'Processing' }), [{ sku: 'A', quantity: 1, reasonCode: 'R' }], 'R')).toMatchObject({ code: 'NOT_SHIPPED' });
    const pending = record({ shipments: [{ ...record().shipments[0]!, status: 'PENDING' }] });
    expect(planReturn(pending, [{ sku: 'A', quantity: 1, reasonCode: 'R' }], 'R')).toMatchObject({ code: 'INVALID_ITEMS' });
  });
});

describe('parseReturnItems', () => {
  it('merges repeated SKU and reason pairs and checks quantities', () => {
    expect(parseReturnItems([{ sku: 'A', quantity: 1, reasonCode: 'R' }, { sku: 'A', quantity: 2, reasonCode: 'R' }, { sku: 'A', quantity: 1, reasonCode: 'S' }])).toEqual([
      { sku: 'A', quantity: 3, reasonCode: 'R' },
      { sku: 'A', quantity: 1, reasonCode: 'S' },
    ]);
    expect(() => parseReturnItems([])).toThrow(/at least one item/);
    expect(() => parseReturnItems([{ sku: 'A', quantity: 101, reasonCode: 'R' }])).toThrow(/from 1 to 100/);
    expect(() => parseReturnItems([{ sku: 'A', quantity: 1, reasonCode: ' ' }])).toThrow(/must not be empty/);
  });
});
