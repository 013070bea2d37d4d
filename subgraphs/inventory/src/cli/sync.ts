/**
 * `npm run inventory:sync [-- --full] [--source erp-odata|edi-x12]`: one sync run per source against the
 * configured table (same environment as the service: DYNAMODB_ENDPOINT, INVENTORY_TABLE, ERP_ODATA_URL,
 * EDI_DROP_DIR, ...). `--full` ignores the watermark. Shows progress, then what the run did and how long
 * it took; exits 1 when a run failed.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createLogger, InMemoryEventBus } from '@commerce/lib';
import { loadConfig } from '../config.js';
import { systemClock } from '../ports/Clock.js';
import { createInventoryServices } from '../services/index.js';
import type { SyncProgress } from '../services/stockSync.js';
import { createStockSources, loadWarehouses, PRIMARY_SOURCE_LABEL } from '../sources.js';
import { openInventoryStores } from '../stores.js';
import { formatProgress, formatRun } from './format.js';

const { values } = parseArgs({ options: { full: { type: 'boolean', default: false }, source: { type: 'string' } } });
const config = loadConfig(process.env);
const logger = createLogger('inventory-sync', process.env.LOG_LEVEL ?? 'warn');
const warehouses = await loadWarehouses(config);
const stores = await openInventoryStores(config);
const sources = createStockSources(config, warehouses, logger).filter((s) => !values.source || s.name === values.source);
if (sources.length === 0) {
  console.error(`No source ${values.source}: erp-odata, or edi-x12 when EDI_DROP_DIR is set.`);
  process.exit(2);
}
// Caches and heads listen to the running service's bus; a one-off sync has no subscribers of its own.
const services = createInventoryServices(
  { ...stores, sources, warehouses, events: new InMemoryEventBus(), clock: systemClock },
  {
    reservations: { maxAttempts: config.reserveMaxAttempts, backoffBaseMs: 20 },
    reads: { healthTtlMs: 5000, primarySourceLabel: PRIMARY_SOURCE_LABEL },
    sync: { instanceId: `cli-${randomUUID().slice(0, 8)}`, leaseMs: config.syncLeaseMs, overlapMs: config.syncOverlapMs },
    expiryBatch: 100,
  },
  logger,
);

const tty = process.stderr.isTTY;
const onProgress = (progress: SyncProgress) => {
  const line = formatProgress(progress);
  if (tty) process.stderr.write(`\r${line}\u001b[K`);
  else process.stderr.write(`${line}\n`);
};
let failed = false;
for (const source of sources) {
  const run = await services.sync.run(source, { full: values.full, onProgress });
  if (tty) process.stderr.write('\n');
  if (!run) {
    console.log(`${source.name}: another instance is syncing it right now; nothing done.`);
    continue;
  }
  console.log(formatRun(run));
  failed ||= run.status === 'FAILED';
}
stores.dynamo.client.destroy();
process.exit(failed ? 1 : 0);
