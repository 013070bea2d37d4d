import type { EventBus, Logger } from '@commerce/lib';
import type { WarehouseRegistry } from '../domain/warehouses.js';
import type { Clock } from '../ports/Clock.js';
import type { ReservationStore } from '../ports/ReservationStore.js';
import type { StockSource } from '../ports/StockSource.js';
import type { StockStore } from '../ports/StockStore.js';
import type { SyncLog } from '../ports/SyncLog.js';
import { ExpirySweep } from './expirySweep.js';
import { Reservations, type ReservationSettings } from './reservations.js';
import { StockEvents } from './stockEvents.js';
import { StockReads, type StockReadSettings } from './stockReads.js';
import { StockSync, type SyncSettings } from './stockSync.js';

/** Everything the subgraph needs from the outside world. */
export interface InventoryPorts {
  stock: StockStore;
  reservations: ReservationStore;
  syncLog: SyncLog;
  /** Synced in this order; the first is the primary one (see StockReadSettings). */
  sources: readonly StockSource[];
  warehouses: WarehouseRegistry;
  events: EventBus;
  clock: Clock;
}

export interface InventorySettings {
  reservations: ReservationSettings;
  reads: Pick<StockReadSettings, 'healthTtlMs'> & { primarySourceLabel: string };
  sync: SyncSettings;
  expiryBatch: number;
}

export type InventoryServices = ReturnType<typeof createInventoryServices>;

/** The subgraph's use cases over its ports, built once per process. */
export function createInventoryServices(ports: InventoryPorts, settings: InventorySettings, logger: Logger) {
  const { stock, reservations: reservationStore, syncLog, sources, warehouses, events, clock } = ports;
  const stockEvents = new StockEvents(events, clock, logger);
  const reservations = new Reservations(stock, reservationStore, warehouses, stockEvents, clock, settings.reservations, logger);
  const primary = sources[0];
  const sync = new StockSync(stock, syncLog, stockEvents, clock, settings.sync, logger);
  return {
    warehouses,
    clock,
    syncLog,
    sources,
    reads: new StockReads(stock, syncLog, warehouses, clock, {
      primarySource: primary ? { name: primary.name, label: settings.reads.primarySourceLabel } : null,
      healthTtlMs: settings.reads.healthTtlMs,
    }),
    reservations,
    expirySweep: new ExpirySweep(reservationStore, reservations, clock, settings.expiryBatch),
    sync,
    /** One run per source, in order; a source another instance is syncing is skipped. */
    async syncAll(options: Parameters<StockSync['run']>[1] = {}) {
      const runs = [];
      for (const source of sources) runs.push(await sync.run(source, options));
      return runs;
    },
  };
}
