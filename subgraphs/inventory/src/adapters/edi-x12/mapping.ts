import type { SourceStock } from '../../domain/models.js';
import type { InventoryAdvice } from './parse846.js';

export const SOURCE_NAME = 'edi-x12';

/**
 * 846 advices as stock figures: the N1*WH location names the warehouse, each LIN/QTY a SKU's units
 * there as of the advice's BIA date and time. An unknown location rejects the file (its figures would
 * have nowhere to go), listing the locations we know.
 */
export function advicesToStock(
  advices: readonly InventoryAdvice[],
  warehouseForLocation: (location: string) => string | undefined,
  knownLocations: readonly string[],
): { records: SourceStock[] } | { reasons: string[] } {
  const reasons: string[] = [];
  const records: SourceStock[] = [];
  for (const advice of advices) {
    const warehouseId = warehouseForLocation(advice.location);
    if (!warehouseId) {
      reasons.push(`transaction ${advice.control.transaction}: location "${advice.location}" is no warehouse of ours (known: ${knownLocations.join(', ') || 'none'})`);
      continue;
    }
    for (const line of advice.lines) records.push({ sku: line.sku, warehouseId, onHand: line.quantity, source: SOURCE_NAME, changedAt: advice.asOf });
  }
  return reasons.length > 0 ? { reasons } : { records };
}
