import { createDynamoClients, ensureTable, type DynamoClients } from '@commerce/lib';
import { DynamoReservationStore } from './adapters/dynamodb/DynamoReservationStore.js';
import { DynamoStockStore } from './adapters/dynamodb/DynamoStockStore.js';
import { DynamoSyncLog } from './adapters/dynamodb/DynamoSyncLog.js';
import { inventoryTableDefinition } from './adapters/dynamodb/table.js';
import type { InventoryConfig } from './config.js';

export { inventoryTableDefinition } from './adapters/dynamodb/table.js';

export interface InventoryStores {
  stock: DynamoStockStore;
  reservations: DynamoReservationStore;
  syncLog: DynamoSyncLog;
  dynamo: DynamoClients;
}

/** Connects to the inventory table (creating it when missing) and returns the stores over it. */
export async function openInventoryStores(config: Pick<InventoryConfig, 'dynamodb' | 'table'>): Promise<InventoryStores> {
  const dynamo = createDynamoClients(config.dynamodb);
  await ensureTable(dynamo.client, inventoryTableDefinition(config.table));
  return {
    stock: new DynamoStockStore(dynamo.doc, config.table),
    reservations: new DynamoReservationStore(dynamo.doc, config.table),
    syncLog: new DynamoSyncLog(dynamo.doc, config.table),
    dynamo,
  };
}
