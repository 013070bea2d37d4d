/**
 * The schema registry store (`@commerce/lib/registry`), shared by the gateway, which follows it and
 * records usage into it, and `npm run schema`, which checks and publishes into it.
 */
import { resolve } from 'node:path';
import { ConfigError, readAwsRegion, readOptionalString, readUrl, type Env } from '../config.js';
import { createDynamoClients, ensureTable } from '../dynamodb/index.js';
import { DynamoRegistryStore, registryTableDefinition } from './dynamoStore.js';
import { FileRegistryStore } from './fileStore.js';
import type { SchemaRegistryStore } from './types.js';

export * from './types.js';
export { fieldCoordinates } from './coordinates.js';
export { FileRegistryStore } from './fileStore.js';
export { DynamoRegistryStore, registryTableDefinition } from './dynamoStore.js';

export type RegistryStoreConfig =
  | { kind: 'file'; dir: string }
  | { kind: 'dynamodb'; table: string; endpoint?: string; region: string };

/**
 * `SUPERGRAPH_REGISTRY_DIR` (a directory) or `SUPERGRAPH_REGISTRY_TABLE` (DynamoDB, with
 * `DYNAMODB_ENDPOINT` and `AWS_REGION`); undefined when neither is set.
 */
export function readRegistryStoreConfig(env: Env): RegistryStoreConfig | undefined {
  const dir = readOptionalString(env, 'SUPERGRAPH_REGISTRY_DIR');
  const table = readOptionalString(env, 'SUPERGRAPH_REGISTRY_TABLE');
  if (dir && table) {
    throw new ConfigError('SUPERGRAPH_REGISTRY_TABLE', table, 'to be unset when SUPERGRAPH_REGISTRY_DIR is set: one registry, a directory or a table');
  }
  if (dir) return { kind: 'file', dir: resolve(dir) };
  if (!table) return undefined;
  const endpoint = readUrl(env, 'DYNAMODB_ENDPOINT');
  return { kind: 'dynamodb', table, region: readAwsRegion(env), ...(endpoint ? { endpoint } : {}) };
}

/** Opens the configured store; a DynamoDB table is created when missing. */
export async function openRegistryStore(config: RegistryStoreConfig): Promise<SchemaRegistryStore> {
  if (config.kind === 'file') return new FileRegistryStore(config.dir);
  const dynamo = createDynamoClients({ region: config.region, ...(config.endpoint ? { endpoint: config.endpoint } : {}) });
  await ensureTable(dynamo.client, registryTableDefinition(config.table));
  return new DynamoRegistryStore(dynamo.doc, config.table, () => dynamo.client.destroy());
}

export function describeRegistry(config: RegistryStoreConfig): string {
  return config.kind === 'file' ? `directory ${config.dir}` : `DynamoDB table ${config.table}${config.endpoint ? ` at ${config.endpoint}` : ''}`;
}
