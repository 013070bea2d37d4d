import type { SourceStock, StockLevel } from '../domain/models.js';

/** How one source record fared against the projection. */
export type ApplyOutcome =
  | { sku: string; warehouseId: string; result: 'applied'; before: number | null; after: number }
  | { sku: string; warehouseId: string; result: 'unchanged' | 'stale' };

/** The stock projection: per SKU, every warehouse's onHand / reserved / available. */
export interface StockStore {
  /** One BatchGetItem per 100 SKUs. `consistent` for decisions (reservations), not for display. */
  stockBySkus(skus: readonly string[], options?: { consistent?: boolean }): Promise<Map<string, StockLevel>>;
  /**
   * Writes source figures: `onHand` from the source, `available = onHand - reserved` with `reserved`
   * as it is at write time (a sync never touches reservations). A figure older than the one stored is
   * skipped, the same one again is unchanged: applying is idempotent.
   */
  applySourceStock(records: readonly SourceStock[], syncedAt: string): Promise<ApplyOutcome[]>;
}
