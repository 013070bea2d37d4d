import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException, type CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { singleTableDefinition } from '../dynamodb/tables.js';
import {
  RegistryConflictError,
  subgraphVersionsOf,
  usageKey,
  type NewRegistryVersion,
  type OperationUsage,
  type RegistryVersion,
  type RegistryVersionInfo,
  type SchemaRegistryStore,
  type SubgraphSchema,
} from './types.js';

/**
 * | item    | PK      | SK                  | attributes                                                  |
 * |---------|---------|---------------------|-------------------------------------------------------------|
 * | version | VERSION | 10-digit version    | version, info (map), payload (gzip JSON: supergraph + SDLs) |
 * | usage   | USAGE   | `<hash>:<name>`     | opHash, opName, fields (string set), hits, lastSeen          |
 *
 * Versions share one partition: few, small, always read newest first. Each version item carries every
 * subgraph's SDL, so a version (and a rollback to it) is one item written with one conditional put.
 */
export function registryTableDefinition(tableName: string): CreateTableCommandInput {
  return singleTableDefinition(tableName);
}

const VERSION_PK = 'VERSION';
const USAGE_PK = 'USAGE';
/** DynamoDB items are at most 400 KB; the compressed SDL must leave room for the rest. */
const MAX_PAYLOAD_BYTES = 350_000;
const sortKey = (version: number) => String(version).padStart(10, '0');

interface Payload {
  supergraphSdl: string;
  subgraphs: SubgraphSchema[];
}

export class DynamoRegistryStore implements SchemaRegistryStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly onClose: () => void = () => {},
  ) {}

  async latestVersion(): Promise<number> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': VERSION_PK },
        ExpressionAttributeNames: { '#v': 'version' },
        ProjectionExpression: '#v',
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    return (out.Items?.[0]?.version as number | undefined) ?? 0;
  }

  async get(version: number): Promise<RegistryVersion | undefined> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: { PK: VERSION_PK, SK: sortKey(version) } }));
    if (!out.Item) return undefined;
    const payload = JSON.parse(gunzipSync(out.Item.payload as Uint8Array).toString('utf8')) as Payload;
    return { ...(out.Item.info as RegistryVersionInfo), ...payload };
  }

  async history(limit = 20): Promise<RegistryVersionInfo[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': VERSION_PK },
        ExpressionAttributeNames: { '#i': 'info' },
        ProjectionExpression: '#i',
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((item) => item.info as RegistryVersionInfo);
  }

  async append(next: NewRegistryVersion, expected: number): Promise<RegistryVersion> {
    const latest = await this.latestVersion();
    if (latest !== expected) throw new RegistryConflictError(expected, latest);
    const { supergraphSdl, subgraphs, ...rest } = next;
    const info: RegistryVersionInfo = {
      ...rest,
      version: expected + 1,
      createdAt: new Date().toISOString(),
      subgraphVersions: subgraphVersionsOf(subgraphs),
    };
    const payload = gzipSync(JSON.stringify({ supergraphSdl, subgraphs } satisfies Payload));
    if (payload.byteLength > MAX_PAYLOAD_BYTES) {
      throw new Error(`Registry version ${info.version} is ${payload.byteLength} bytes compressed, over the ${MAX_PAYLOAD_BYTES}-byte item budget.`);
    }
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { PK: VERSION_PK, SK: sortKey(info.version), version: info.version, info, payload },
          // Version numbers are keys: the put fails when another publisher already took this one.
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) throw new RegistryConflictError(expected, await this.latestVersion());
      throw err;
    }
    return { ...info, supergraphSdl, subgraphs };
  }

  async recordUsage(batch: readonly OperationUsage[]): Promise<void> {
    const CONCURRENCY = 8;
    for (let i = 0; i < batch.length; i += CONCURRENCY) {
      await Promise.all(batch.slice(i, i + CONCURRENCY).map((entry) => this.addUsage(entry)));
    }
  }

  async usage(): Promise<OperationUsage[]> {
    const usage: OperationUsage[] = [];
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': USAGE_PK },
          ExclusiveStartKey,
        }),
      );
      for (const item of out.Items ?? []) {
        usage.push({
          hash: item.opHash as string,
          name: item.opName as string,
          fields: [...((item.fields as Set<string> | undefined) ?? [])].sort(),
          count: item.hits as number,
          lastSeen: item.lastSeen as string,
        });
      }
      ExclusiveStartKey = out.LastEvaluatedKey;
    } while (ExclusiveStartKey);
    return usage;
  }

  async close(): Promise<void> {
    this.onClose();
  }

  private async addUsage(entry: OperationUsage): Promise<void> {
    // Counters add atomically, so every gateway of a fleet can flush into the same item.
    const fields = entry.fields.length > 0;
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { PK: USAGE_PK, SK: usageKey(entry) },
        UpdateExpression: `SET opHash = :hash, opName = :name, lastSeen = :seen ADD hits :count${fields ? ', #f :fields' : ''}`,
        ExpressionAttributeValues: {
          ':hash': entry.hash,
          ':name': entry.name,
          ':seen': entry.lastSeen,
          ':count': entry.count,
          ...(fields ? { ':fields': new Set(entry.fields) } : {}),
        },
        ...(fields ? { ExpressionAttributeNames: { '#f': 'fields' } } : {}),
      }),
    );
  }
}
