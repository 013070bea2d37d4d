import { readFile } from 'node:fs/promises';
import type { Logger } from '@commerce/lib';
import { EdiDropFolderSource } from './adapters/edi-x12/EdiDropFolderSource.js';
import { createErpODataSource } from './adapters/erp-odata/index.js';
import type { InventoryConfig } from './config.js';
import { DEFAULT_WAREHOUSES, parseWarehouses, WarehouseRegistry } from './domain/warehouses.js';
import type { StockSource } from './ports/StockSource.js';

/** The warehouse network: the configured file, or the demo network. */
export async function loadWarehouses(config: Pick<InventoryConfig, 'warehousesFile'>): Promise<WarehouseRegistry> {
  if (!config.warehousesFile) return new WarehouseRegistry(DEFAULT_WAREHOUSES);
  return new WarehouseRegistry(parseWarehouses(JSON.parse(await readFile(config.warehousesFile, 'utf8'))));
}

/** The stock sources config asks for: the ERP first (it decides read health), then the EDI drop folder. */
export function createStockSources(config: Pick<InventoryConfig, 'erp' | 'ediDropDir'>, warehouses: WarehouseRegistry, logger: Logger): StockSource[] {
  const sources: StockSource[] = [createErpODataSource(config.erp, warehouses, logger)];
  if (config.ediDropDir) sources.push(new EdiDropFolderSource(config.ediDropDir, warehouses, logger));
  return sources;
}

export const PRIMARY_SOURCE_LABEL = 'ERP';
