import type { StockLevel, VariantInventoryModel, WarehouseModel } from './models.js';
import type { WarehouseRegistry } from './warehouses.js';

/**
 * What heads see of a SKU's stock: warehouses we know, most preferred first, never a negative count.
 * A SKU whose entries all belong to warehouses no longer configured reads as unknown (null).
 */
export function toVariantInventory(level: StockLevel, warehouses: WarehouseRegistry): VariantInventoryModel | null {
  const entries = level.warehouses
    .map((entry) => ({ entry, warehouse: warehouses.get(entry.warehouseId) }))
    .filter((x): x is { entry: (typeof x)['entry']; warehouse: WarehouseModel } => x.warehouse !== undefined)
    .sort((a, b) => a.warehouse.priority - b.warehouse.priority || a.warehouse.id.localeCompare(b.warehouse.id));
  if (entries.length === 0) return null;
  const byWarehouse = entries.map(({ entry, warehouse }) => ({ warehouse, available: Math.max(0, entry.available), syncedAt: entry.syncedAt }));
  const available = byWarehouse.reduce((sum, w) => sum + w.available, 0);
  return {
    sku: level.sku,
    available,
    inStock: available > 0,
    backorderable: available === 0 && entries.some(({ warehouse }) => warehouse.type === 'DC'),
    syncedAt: entries.map(({ entry }) => entry.syncedAt).reduce((a, b) => (a > b ? a : b)),
    byWarehouse,
  };
}

/** A warehouse's availability of a SKU went from none to some, or from some to none. */
export function crossedZero(before: number, after: number): boolean {
  return (before > 0) !== (after > 0);
}
