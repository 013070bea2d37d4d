import { upstreamUnavailable } from '@commerce/lib';
import { toVariantInventory } from '../domain/inventoryView.js';
import type { VariantInventoryModel } from '../domain/models.js';
import type { WarehouseRegistry } from '../domain/warehouses.js';
import type { Clock } from '../ports/Clock.js';
import type { StockStore } from '../ports/StockStore.js';
import type { SyncLog } from '../ports/SyncLog.js';

export interface StockReadSettings {
  /**
   * The source whose reachability decides what a SKU missing from the projection means: unknown
   * (null) while its syncs succeed, unanswerable (an error) while they fail. Null: always unknown.
   */
  primarySource: { name: string; label: string } | null;
  /** How long a health verdict is reused (only SKUs missing from the projection ask for it). */
  healthTtlMs: number;
}

/**
 * Storefront reads come from the projection only, never from the ERP: an ERP outage leaves the last
 * synced figures (with their sync time) in place.
 */
export class StockReads {
  private health: { at: number; error: Error | null } | null = null;

  constructor(
    private readonly stock: StockStore,
    private readonly syncLog: SyncLog,
    private readonly warehouses: WarehouseRegistry,
    private readonly clock: Clock,
    private readonly settings: StockReadSettings,
  ) {}

  /** In key order: the SKU's inventory, null when unknown, or an Error when it cannot be known now. */
  async inventoryBySkus(skus: readonly string[]): Promise<(VariantInventoryModel | null | Error)[]> {
    const levels = await this.stock.stockBySkus(skus);
    const missing = skus.some((sku) => !levels.has(sku));
    const unavailable = missing ? await this.sourceUnavailable() : null;
    return skus.map((sku) => {
      const level = levels.get(sku);
      return level ? toVariantInventory(level, this.warehouses) : unavailable;
    });
  }

  private async sourceUnavailable(): Promise<Error | null> {
    const primary = this.settings.primarySource;
    if (!primary) return null;
    const now = this.clock.now();
    if (this.health && now - this.health.at < this.settings.healthTtlMs) return this.health.error;
    const state = await this.syncLog.state(primary.name);
    const failing = state.lastSuccessAt === null || (state.lastFailureAt !== null && state.lastFailureAt > state.lastSuccessAt);
    const error = failing
      ? upstreamUnavailable(
          primary.label,
          state.lastSuccessAt === null
            ? `Stock has not been synced from the ${primary.label} yet; try again shortly.`
            : `The ${primary.label} cannot be reached (last sync failed at ${state.lastFailureAt}) and this SKU was never synced; try again shortly.`,
        )
      : null;
    this.health = { at: now, error };
    return error;
  }
}
