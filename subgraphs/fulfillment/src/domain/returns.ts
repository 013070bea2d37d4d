import { InvalidInputError } from './errors.js';
import type { FulfillmentModel, ReturnErrorModel, ReturnItemModel } from './models.js';
import { SHIPPED_STATUSES } from './status.js';

export interface ReturnUnit {
  /** Ours, one per unit: Amazon takes returns unit by unit. */
  returnItemId: string;
  sku: string;
  amazonShipmentId: string;
  reasonCode: string;
}

const MAX_UNITS = 100;

/** Checks the shape of a return request; one entry per SKU and reason. */
export function parseReturnItems(items: readonly ReturnItemModel[]): ReturnItemModel[] {
  if (items.length === 0) throw new InvalidInputError('items: name at least one item to return.');
  const merged = new Map<string, ReturnItemModel>();
  for (const { sku, quantity, reasonCode } of items) {
    if (!sku.trim() || !reasonCode.trim()) throw new InvalidInputError('items: sku and reasonCode must not be empty.');
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_UNITS) {
      throw new InvalidInputError(`items: quantity of ${sku} must be a whole number from 1 to ${MAX_UNITS} (got ${quantity}).`);
    }
    const key = `${sku}\u0000${reasonCode}`;
    const known = merged.get(key);
    merged.set(key, { sku, reasonCode, quantity: (known?.quantity ?? 0) + quantity });
  }
  return [...merged.values()];
}

/**
 * Turns a customer's return request into the units Amazon is asked to take back, or says why not:
 * only shipped units can be returned, each at most once across all of the order's returns.
 */
export function planReturn(record: FulfillmentModel, items: readonly ReturnItemModel[], returnId: string): ReturnUnit[] | ReturnErrorModel {
  if (!SHIPPED_STATUSES.has(record.status)) {
    return { kind: 'error', code: 'NOT_SHIPPED', message: `Order ${record.orderId} has not shipped yet (status ${record.status}); only shipped items can be returned.` };
  }
  const available = new Map<string, { shipmentId: string; units: number }>();
  for (const shipment of record.shipments.filter((s) => s.status === 'SHIPPED')) {
    for (const { sku, quantity } of shipment.items) {
      const known = available.get(sku);
      available.set(sku, { shipmentId: known?.shipmentId ?? shipment.id, units: (known?.units ?? 0) + quantity });
    }
  }
  for (const item of record.returns.flatMap((r) => r.items)) {
    const known = available.get(item.sku);
    if (known) known.units -= item.quantity;
  }
  const units: ReturnUnit[] = [];
  for (const { sku, quantity, reasonCode } of items) {
    const left = available.get(sku);
    if (!left || left.units < quantity) {
      return {
        kind: 'error',
        code: 'INVALID_ITEMS',
        message: `${sku}: ${left?.units ?? 0} shipped unit(s) of order ${record.orderId} can still be returned, ${quantity} asked for.`,
      };
    }
    left.units -= quantity;
    for (let i = 0; i < quantity; i++) {
      units.push({ returnItemId: `${returnId}-${units.length + 1}`, sku, amazonShipmentId: left.shipmentId, reasonCode });
    }
  }
  return units;
}
