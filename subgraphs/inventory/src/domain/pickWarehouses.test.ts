import { describe, expect, it } from 'vitest';
import type { StockLevel, WarehouseModel } from './models.js';
import { distance, planAllocations } from './pickWarehouses.js';

const warehouse = (id: string, priority: number, countryCode: string, postalCode: string): WarehouseModel => ({
  id,
  name: id,
  location: { city: id, region: null, countryCode, postalCode },
  type: 'DC',
  priority,
  erpPlant: null,
  ediLocation: null,
});
const east = warehouse('east', 1, 'US', '07114');
const west = warehouse('west', 2, 'US', '89502');
const seattle = warehouse('seattle', 3, 'US', '98101');
const toronto = warehouse('toronto', 4, 'CA', 'M5V 2T6');
const all = [east, west, seattle, toronto];

const level = (sku: string, stock: Record<string, number>): StockLevel => ({
  sku,
  warehouses: Object.entries(stock).map(([warehouseId, available]) => ({
    warehouseId,
    onHand: available,
    reserved: 0,
    available,
    source: 'test',
    syncedAt: '2026-01-01T00:00:00.000Z',
    changedAt: '2026-01-01T00:00:00.000Z',
  })),
});
const stockOf = (...levels: StockLevel[]) => new Map(levels.map((l) => [l.sku, l]));

describe('distance', () => {
  it('ranks same postal prefix, same first digit, same country, abroad', () => {
    expect(distance(seattle, { countryCode: 'US', postalCode: '98109' })).toBe(0);
    expect(distance(seattle, { countryCode: 'US', postalCode: '97201' })).toBe(1);
    expect(distance(east, { countryCode: 'US', postalCode: '98109' })).toBe(2);
    expect(distance(toronto, { countryCode: 'US', postalCode: '98109' })).toBe(3);
    expect(distance(toronto, null)).toBe(0);
  });
});

describe('planAllocations', () => {
  it('prefers one warehouse that holds every line over closer ones that would split the order', () => {
    const stock = stockOf(level('A', { east: 5, seattle: 5 }), level('B', { east: 5 }));
    const plan = planAllocations(new Map([['A', 2], ['B', 1]]), stock, all, { countryCode: 'US', postalCode: '98109' });
    expect(plan).toEqual({ kind: 'plan', allocations: [{ sku: 'A', warehouseId: 'east', quantity: 2 }, { sku: 'B', warehouseId: 'east', quantity: 1 }] });
  });

  it('among single warehouses takes the closest to the destination, then the higher priority', () => {
    const stock = stockOf(level('A', { east: 5, west: 5, seattle: 5 }));
    expect(planAllocations(new Map([['A', 1]]), stock, all, { countryCode: 'US', postalCode: '98109' })).toMatchObject({
      allocations: [{ warehouseId: 'seattle' }],
    });
    expect(planAllocations(new Map([['A', 1]]), stock, all, { countryCode: 'US', postalCode: '89501' })).toMatchObject({
      allocations: [{ warehouseId: 'west' }],
    });
    expect(planAllocations(new Map([['A', 1]]), stock, all, null)).toMatchObject({ allocations: [{ warehouseId: 'east' }] });
    expect(planAllocations(new Map([['A', 1]]), stock, all, { countryCode: 'DE', postalCode: '10115' })).toMatchObject({
      allocations: [{ warehouseId: 'east' }],
    });
  });

  it('splits a SKU only when no warehouse holds enough: the fewest, closest warehouses, nearest first', () => {
    const stock = stockOf(level('A', { east: 3, west: 2, seattle: 4 }));
    // Reno: west is closest; {west, seattle} holds 6, {west, east} does not; {seattle, east} would be farther.
    expect(planAllocations(new Map([['A', 6]]), stock, all, { countryCode: 'US', postalCode: '89501' })).toEqual({
      kind: 'plan',
      allocations: [
        { sku: 'A', warehouseId: 'west', quantity: 2 },
        { sku: 'A', warehouseId: 'seattle', quantity: 4 },
      ],
    });
    // Seattle: the store first, then Newark and Reno are equally far, and Newark's priority wins.
    expect(planAllocations(new Map([['A', 6]]), stock, all, { countryCode: 'US', postalCode: '98109' })).toEqual({
      kind: 'plan',
      allocations: [
        { sku: 'A', warehouseId: 'seattle', quantity: 4 },
        { sku: 'A', warehouseId: 'east', quantity: 2 },
      ],
    });
  });

  it('reports every short SKU with what is available across warehouses; negative figures count as none', () => {
    const stock = stockOf(level('A', { east: 1, west: -2 }), level('B', { east: 9 }));
    expect(planAllocations(new Map([['A', 2], ['B', 1], ['C', 1]]), stock, all, null)).toEqual({
      kind: 'shortage',
      shortages: [
        { sku: 'A', requested: 2, available: 1 },
        { sku: 'C', requested: 1, available: 0 },
      ],
    });
  });

  it('ignores stock in warehouses that are not configured', () => {
    const stock = stockOf(level('A', { gone: 10 }));
    expect(planAllocations(new Map([['A', 1]]), stock, all, null)).toEqual({ kind: 'shortage', shortages: [{ sku: 'A', requested: 1, available: 0 }] });
  });
});
