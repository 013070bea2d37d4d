import { createDynamoClients, ensureTable, type DynamoClients } from '@commerce/lib';
import { DynamoCartStore } from './adapters/dynamodb/DynamoCartStore.js';
import { DynamoOrderStore } from './adapters/dynamodb/DynamoOrderStore.js';
import { DynamoWorkStore } from './adapters/dynamodb/DynamoWorkStore.js';
import { ordersTableDefinition } from './adapters/dynamodb/table.js';
import { SandboxPaymentProvider } from './adapters/payments/SandboxPaymentProvider.js';
import type { OrdersConfig } from './config.js';

/**
 * Connects to the orders table (creating it when missing) and returns the stores over it and the
 * sandbox payment provider, whose state lives there too. On AWS, enable TTL on `expiresAt`
 * (infrastructure owns that): carts, idempotency keys and seen event ids expire by it.
 */
export async function openOrdersStores(config: Pick<OrdersConfig, 'dynamodb' | 'table'>) {
  const dynamo: DynamoClients = createDynamoClients(config.dynamodb);
  await ensureTable(dynamo.client, ordersTableDefinition(config.table));
  return {
    dynamo,
    carts: new DynamoCartStore(dynamo.doc, config.table),
    orders: new DynamoOrderStore(dynamo.doc, config.table),
    work: new DynamoWorkStore(dynamo.doc, config.table),
    sandboxPayments: new SandboxPaymentProvider(dynamo.doc, config.table),
  };
}
