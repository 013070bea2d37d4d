import { createDynamoClients, ensureTable, type DynamoClients } from '@commerce/lib';
import { DynamoFulfillmentStore } from './adapters/dynamodb/DynamoFulfillmentStore.js';
import { fulfillmentTableDefinition } from './adapters/dynamodb/table.js';
import type { FulfillmentConfig } from './config.js';

export { DynamoFulfillmentStore } from './adapters/dynamodb/DynamoFulfillmentStore.js';

/**
 * Connects to the fulfillment table (creating it when missing) and returns the store over it. On AWS,
 * enable TTL on the `ttl` attribute (infrastructure, not start-up, owns that): dynalite has no TTL, and
 * the store treats expired notification markers as absent either way.
 */
export async function openFulfillmentStore(config: Pick<FulfillmentConfig, 'dynamodb' | 'table'>): Promise<{
  store: DynamoFulfillmentStore;
  dynamo: DynamoClients;
}> {
  const dynamo = createDynamoClients(config.dynamodb);
  await ensureTable(dynamo.client, fulfillmentTableDefinition(config.table));
  return { store: new DynamoFulfillmentStore(dynamo.doc, config.table), dynamo };
}
