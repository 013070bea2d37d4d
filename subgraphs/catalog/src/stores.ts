import { createDynamoClients, ensureTable, type DynamoClients } from '@commerce/lib';
import { DynamoProductStore } from './adapters/dynamodb/DynamoProductStore.js';
import { catalogTableDefinition } from './adapters/dynamodb/table.js';
import type { CatalogConfig } from './config.js';

/** Connects to the catalog table (creating it when missing) and returns the store over it. */
export async function openProductStore(config: Pick<CatalogConfig, 'dynamodb' | 'table'>): Promise<{
  store: DynamoProductStore;
  dynamo: DynamoClients;
}> {
  const dynamo = createDynamoClients(config.dynamodb);
  await ensureTable(dynamo.client, catalogTableDefinition(config.table));
  return { store: new DynamoProductStore(dynamo.doc, config.table), dynamo };
}
