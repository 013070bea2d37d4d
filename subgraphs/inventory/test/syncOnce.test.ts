import { createLogger } from '@commerce/lib';
import { startDynalite, type LocalDynamo } from '@commerce/lib/dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startErpSimulator, type ErpSimulator } from '../src/adapters/erp-simulator/index.js';
import { loadConfig } from '../src/config.js';
import { formatRun, syncInventoryOnce } from '../src/sync.js';
import { TEST_SKUS } from './harness.js';

let dynamo: LocalDynamo;
let erp: ErpSimulator;
beforeAll(async () => {
  dynamo = await startDynalite();
  erp = await startErpSimulator({ port: 0, skus: TEST_SKUS, logger: createLogger('erp-simulator', 'silent') });
});
afterAll(async () => {
  await erp?.close();
  await dynamo?.close();
});

describe('syncInventoryOnce (npm run inventory:sync)', () => {
  it('syncs from the configured ERP into the configured table, with progress lines and a readable summary', async () => {
    const config = loadConfig({ DYNAMODB_ENDPOINT: dynamo.endpoint, ERP_ODATA_URL: erp.serviceUrls.v4, ERP_ODATA_VERSION: '4', ERP_ODATA_PAGE_SIZE: '100', INVENTORY_TABLE: 'inventory-once' });
    const lines: string[] = [];
    const [run] = await syncInventoryOnce(config, { onProgress: (line) => lines.push(line) });
    expect(run).toMatchObject({ source: 'erp-odata', mode: 'full', status: 'SUCCEEDED', quarantined: 0 });
    expect(run!.applied).toBeGreaterThan(TEST_SKUS.length);
    const rows = erp.stock.all().filter((r) => r.InventoryStockType === '01').length;
    expect(lines.at(-1)).toMatch(new RegExp(`^Syncing erp-odata \\(full\\): ${rows}/${rows} ERP rows, ${run!.applied} figures applied, 0 quarantined$`));
    expect(lines.length).toBe(Math.ceil(rows / 100) + 1);
    expect(formatRun(run!)).toMatch(/^erp-odata full sync done in \d+\.\d\d s — \d+ records: \d+ applied, 0 unchanged, 0 older than stored, 0 quarantined; watermark \S+; run \S+$/);

    const [again] = await syncInventoryOnce(config, {});
    expect(again).toMatchObject({ mode: 'delta', applied: 0 });
    await expect(syncInventoryOnce(config, { source: 'edi-x12' })).rejects.toThrow('No source edi-x12: erp-odata, or edi-x12 when EDI_DROP_DIR is set.');
  });
});
