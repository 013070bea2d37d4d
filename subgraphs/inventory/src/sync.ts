import { randomUUID } from 'node:crypto';
import { createLogger, InMemoryEventBus, type Logger } from '@commerce/lib';
import { formatProgress } from './cli/format.js';
import type { InventoryConfig } from './config.js';
import { systemClock } from './ports/Clock.js';
import type { SyncRun } from './ports/SyncLog.js';
import { createInventoryServices } from './services/index.js';
import { createStockSources, loadWarehouses, PRIMARY_SOURCE_LABEL } from './sources.js';
import { openInventoryStores } from './stores.js';

export { formatRun } from './cli/format.js';
export type { SyncRun } from './ports/SyncLog.js';

export interface SyncOnceOptions {
  /** Ignore the watermark and read everything. */
  full?: boolean;
  /** Only this source (`erp-odata`, `edi-x12`). */
  source?: string;
  /** Progress lines a person can read, e.g. `Syncing erp-odata (full): 12000/21381 ERP rows, …`. */
  onProgress?: (line: string) => void;
  logger?: Logger;
}

/**
 * One sync run per configured source against the configured table, as `npm run inventory:sync` does; for
 * a stack that wants the stock in place before the subgraph serves (the subgraph also syncs by itself).
 * Returns each source's run record (null for a source another instance was syncing); throws when no
 * configured source matches `source`.
 */
export async function syncInventoryOnce(config: InventoryConfig, options: SyncOnceOptions = {}): Promise<(SyncRun | null)[]> {
  const logger = options.logger ?? createLogger('inventory-sync', 'warn');
  const warehouses = await loadWarehouses(config);
  const stores = await openInventoryStores(config);
  try {
    const sources = createStockSources(config, warehouses, logger).filter((s) => !options.source || s.name === options.source);
    if (sources.length === 0) throw new Error(`No source ${options.source}: erp-odata, or edi-x12 when EDI_DROP_DIR is set.`);
    // Caches and heads listen to the running service's bus; a one-off sync has no subscribers of its own.
    const services = createInventoryServices(
      { ...stores, sources, warehouses, events: new InMemoryEventBus(), clock: systemClock },
      {
        reservations: { maxAttempts: config.reserveMaxAttempts, backoffBaseMs: 20 },
        reads: { healthTtlMs: 5000, primarySourceLabel: PRIMARY_SOURCE_LABEL },
        sync: { instanceId: `sync-${randomUUID().slice(0, 8)}`, leaseMs: config.syncLeaseMs, overlapMs: config.syncOverlapMs },
        expiryBatch: 100,
      },
      logger,
    );
    const onProgress = options.onProgress;
    const runs: (SyncRun | null)[] = [];
    for (const source of sources) {
      runs.push(await services.sync.run(source, { full: options.full ?? false, ...(onProgress ? { onProgress: (p) => onProgress(formatProgress(p)) } : {}) }));
    }
    return runs;
  } finally {
    stores.dynamo.client.destroy();
  }
}
