import { describe, expect, it } from 'vitest';
import { aggregateRows, groupKey, mapRow, parseODataDateTime } from './mapping.js';

const v2Row = (overrides: Record<string, unknown> = {}) => ({
  __metadata: { type: 'API_MATERIAL_STOCK_SRV.A_MatlStkInAcctModType' },
  Material: 'SKU-1',
  Plant: '1010',
  StorageLocation: '0001',
  Batch: '',
  InventoryStockType: '01',
  InventorySpecialStockType: '',
  MaterialBaseUnit: 'EA',
  MatlWrhsStkQtyInMatlBaseUnit: '12.000',
  LastChangeDateTime: '/Date(1772442000000+0000)/',
  ...overrides,
});
const plants: Record<string, string> = { '1010': 'wh-a', '1020': 'wh-b' };
const forPlant = (plant: string) => plants[plant];

describe('OData date-times', () => {
  it('reads V2 /Date(ms)/ (with or without offset) and V4 ISO-8601', () => {
    expect(parseODataDateTime('/Date(1772442000000+0000)/', 2)).toBe('2026-03-02T09:00:00.000Z');
    expect(parseODataDateTime('/Date(1772442000000)/', 2)).toBe('2026-03-02T09:00:00.000Z');
    expect(parseODataDateTime('2026-03-02T10:00:00+01:00', 4)).toBe('2026-03-02T09:00:00.000Z');
    expect(parseODataDateTime('/Date(1772442000000)/', 4)).toBeNull();
    expect(parseODataDateTime('yesterday', 2)).toBeNull();
    expect(parseODataDateTime(1772442000000, 4)).toBeNull();
  });
});

describe('mapping A_MatlStkInAcctMod rows', () => {
  it('maps V2 (decimal strings) and V4 (numbers) rows alike', () => {
    const expected = { material: 'SKU-1', plant: '1010', storageLocation: '0001', quantity: 12, changedAt: '2026-03-02T09:00:00.000Z' };
    expect(mapRow(v2Row(), 2)).toEqual(expected);
    expect(mapRow({ ...v2Row(), MatlWrhsStkQtyInMatlBaseUnit: 12, LastChangeDateTime: '2026-03-02T09:00:00Z' }, 4)).toEqual(expected);
  });

  it.each([
    [{ Material: '' }, 'Material is missing or longer than 64 characters'],
    [{ Plant: null }, 'Plant is missing'],
    [{ MatlWrhsStkQtyInMatlBaseUnit: 'abc' }, 'MatlWrhsStkQtyInMatlBaseUnit "abc" is not a number'],
    [{ MatlWrhsStkQtyInMatlBaseUnit: '-3.000' }, 'MatlWrhsStkQtyInMatlBaseUnit -3 is negative'],
    [{ MatlWrhsStkQtyInMatlBaseUnit: '2.500' }, 'MatlWrhsStkQtyInMatlBaseUnit 2.5 is not a whole number of pieces'],
    [{ MaterialBaseUnit: 'KG' }, 'MaterialBaseUnit "KG" is not a piece unit (EA, PC, ST)'],
    [{ LastChangeDateTime: 'soon' }, 'LastChangeDateTime "soon" is not a date-time'],
  ])('gives the reason a row cannot be used: %j', (overrides, reason) => {
    expect(mapRow(v2Row(overrides), 2)).toEqual({ reason });
  });

  it('sums storage locations per plant into one warehouse figure with the latest change time, skipping unmapped plants', () => {
    const rows = [
      v2Row({ StorageLocation: '0001', MatlWrhsStkQtyInMatlBaseUnit: '5.000' }),
      v2Row({ StorageLocation: '0002', MatlWrhsStkQtyInMatlBaseUnit: '7.000', LastChangeDateTime: '/Date(1772445600000)/' }),
      v2Row({ Plant: '1020', MatlWrhsStkQtyInMatlBaseUnit: '0.000' }),
      v2Row({ Plant: '9999', MatlWrhsStkQtyInMatlBaseUnit: '100.000' }),
    ];
    expect(aggregateRows(rows, 2, forPlant)).toEqual({
      records: [
        { sku: 'SKU-1', warehouseId: 'wh-a', onHand: 12, source: 'erp-odata', changedAt: '2026-03-02T10:00:00.000Z' },
        { sku: 'SKU-1', warehouseId: 'wh-b', onHand: 0, source: 'erp-odata', changedAt: '2026-03-02T09:00:00.000Z' },
      ],
      malformed: [],
    });
  });

  it('quarantines a whole material/plant group when one of its rows is bad, and keyless rows on their own', () => {
    const rows = [v2Row(), v2Row({ StorageLocation: '0002', MatlWrhsStkQtyInMatlBaseUnit: 'n/a' }), v2Row({ Material: '  ' }), v2Row({ Plant: '1020' })];
    const { records, malformed } = aggregateRows(rows, 2, forPlant);
    expect(records).toEqual([{ sku: 'SKU-1', warehouseId: 'wh-b', onHand: 12, source: 'erp-odata', changedAt: '2026-03-02T09:00:00.000Z' }]);
    expect(malformed.map(({ key, reason }) => ({ key, reason }))).toEqual([
      { key: '1010/0001', reason: 'Material is missing or longer than 64 characters' },
      { key: 'SKU-1/1010/0002', reason: 'MatlWrhsStkQtyInMatlBaseUnit "n/a" is not a number; stock of SKU-1 in plant 1010 not applied' },
    ]);
  });

  it('reads a changed material/plant with no rows left as 0 (delta)', () => {
    const touched = new Map([[groupKey('SKU-2', '1020'), '2026-03-02T11:00:00.000Z']]);
    expect(aggregateRows([], 2, forPlant, touched).records).toEqual([
      { sku: 'SKU-2', warehouseId: 'wh-b', onHand: 0, source: 'erp-odata', changedAt: '2026-03-02T11:00:00.000Z' },
    ]);
  });
});
