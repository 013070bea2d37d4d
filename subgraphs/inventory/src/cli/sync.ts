/**
 * `npm run inventory:sync [-- --full] [--source erp-odata|edi-x12]`: one sync run per source against the
 * configured table (same environment as the service: DYNAMODB_ENDPOINT, INVENTORY_TABLE, ERP_ODATA_URL,
 * EDI_DROP_DIR, ...). `--full` ignores the watermark. Shows progress, then what each run did and how long
 * it took; exits 1 when a run failed.
 */
import { parseArgs } from 'node:util';
import { createLogger } from '@commerce/lib';
import { loadConfig } from '../config.js';
import { formatRun, syncInventoryOnce } from '../sync.js';

const { values } = parseArgs({ options: { full: { type: 'boolean', default: false }, source: { type: 'string' } } });
const config = loadConfig(process.env);
const tty = process.stderr.isTTY;
const runs = await syncInventoryOnce(config, {
  full: values.full,
  ...(values.source ? { source: values.source } : {}),
  logger: createLogger('inventory-sync', process.env.LOG_LEVEL ?? 'warn'),
  onProgress: (line) => process.stderr.write(tty ? `\r${line}\u001b[K` : `${line}\n`),
}).catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(2);
});
if (tty) process.stderr.write('\n');
for (const run of runs) console.log(run ? formatRun(run) : 'Another instance is syncing this source right now; nothing done.');
process.exit(runs.some((run) => run?.status === 'FAILED') ? 1 : 0);
