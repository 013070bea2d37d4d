import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { createEventBus, createLogger, listen } from '@commerce/lib';
import { readTracingConfig, startTracing } from '@commerce/lib/observability';
import { loadConfig } from './config.js';
import { systemClock } from './ports/Clock.js';
import { createServer } from './server.js';
import { createInventoryServices } from './services/index.js';
import { createStockSources, loadWarehouses, PRIMARY_SOURCE_LABEL } from './sources.js';
import { openInventoryStores } from './stores.js';

const config = loadConfig(process.env);
const logger = createLogger('inventory', config.logLevel);
const stopTracing = startTracing({ ...readTracingConfig(process.env, 'inventory'), logger });

const warehouses = await loadWarehouses(config);
const { stock, reservations, syncLog } = await openInventoryStores(config);
const events = createEventBus(config.eventBus, { name: 'inventory', routerSecret: config.routerSecret, logger });
const services = createInventoryServices(
  { stock, reservations, syncLog, sources: createStockSources(config, warehouses, logger), warehouses, events: events.bus, clock: systemClock },
  {
    reservations: { maxAttempts: config.reserveMaxAttempts, backoffBaseMs: 20 },
    reads: { healthTtlMs: 5000, primarySourceLabel: PRIMARY_SOURCE_LABEL },
    sync: { instanceId: `${hostname()}-${randomUUID().slice(0, 8)}`, leaseMs: config.syncLeaseMs, overlapMs: config.syncOverlapMs },
    expiryBatch: 100,
  },
  logger,
);

const { server, app } = await createServer({ services, logger, routerSecret: config.routerSecret });
const http = await listen(app, config.port);
logger.info({ url: `${http.url}/graphql`, erp: config.erp.serviceUrl, edi: config.ediDropDir }, 'inventory subgraph ready');

/** Runs `task` now and every `ms`, never overlapping itself; 0 disables it. */
function every(ms: number, name: string, task: () => Promise<unknown>) {
  if (ms <= 0) return undefined;
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    task()
      .catch((err: unknown) => logger.warn({ err }, `${name} failed; the next run retries`))
      .finally(() => (running = false));
  };
  setImmediate(tick);
  return setInterval(tick, ms);
}

const syncTimer = every(config.syncIntervalMs, 'stock sync', async () => {
  for (const run of await services.syncAll()) {
    if (run && (run.status === 'FAILED' || run.applied + run.quarantined + run.rejectedFiles > 0)) logger.info(run, 'stock sync');
  }
});
const sweepTimer = every(config.expirySweepIntervalMs, 'expiry sweep', async () => {
  const report = await services.expirySweep.run();
  if (report.expired > 0) logger.info(report, 'expired stock holds returned');
});

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'shutting down');
  if (syncTimer) clearInterval(syncTimer);
  if (sweepTimer) clearInterval(sweepTimer);
  await http.close();
  await server.stop();
  await events.stop();
  await stopTracing();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
