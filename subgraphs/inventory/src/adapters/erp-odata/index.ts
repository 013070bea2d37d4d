import type { Logger } from '@commerce/lib';
import type { WarehouseRegistry } from '../../domain/warehouses.js';
import { ODataClient, type ODataClientOptions } from './client.js';
import { ErpODataStockSource } from './ErpODataStockSource.js';

export { ODataClient, parsePage, type ODataClientOptions } from './client.js';
export { ErpODataStockSource } from './ErpODataStockSource.js';
export { SOURCE_NAME as ERP_ODATA_SOURCE } from './errors.js';

export function createErpODataSource(options: ODataClientOptions, warehouses: WarehouseRegistry, logger: Logger): ErpODataStockSource {
  return new ErpODataStockSource(new ODataClient(options, logger), warehouses);
}
