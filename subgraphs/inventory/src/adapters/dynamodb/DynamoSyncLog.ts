import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchPutAll } from '@commerce/lib';
import type { MalformedRecord } from '../../domain/models.js';
import type { SyncLog, SyncRun, SyncState } from '../../ports/SyncLog.js';
import { keys } from './table.js';

/** Quarantined payloads are kept for a person to read, not replayed; this bounds the item size. */
const RAW_LIMIT = 4000;

export class DynamoSyncLog implements SyncLog {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async state(source: string): Promise<SyncState> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: keys.syncState(source), ConsistentRead: true }));
    const item = out.Item ?? {};
    const text = (name: string) => (typeof item[name] === 'string' ? (item[name] as string) : null);
    return { source, watermark: text('watermark'), lastSuccessAt: text('lastSuccessAt'), lastFailureAt: text('lastFailureAt'), lastError: text('lastError') };
  }

  async recordRun(run: SyncRun): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { ...keys.syncRun(run.source, run.startedAt, run.runId), type: 'SyncRun', ...run } }));
    const names = { '#watermark': 'watermark' };
    if (run.status === 'FAILED') {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.syncState(run.source),
          UpdateExpression: 'SET #type = :type, lastFailureAt = :at, lastError = :error',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: { ':type': 'SyncState', ':at': run.finishedAt, ':error': run.error ?? 'failed' },
        }),
      );
      return;
    }
    // The watermark only moves forward: a slow run finishing after a faster one must not move it back.
    const setWatermark = run.watermark !== null;
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.syncState(run.source),
          UpdateExpression: setWatermark
            ? 'SET #type = :type, lastSuccessAt = :at, #watermark = :watermark REMOVE lastError'
            : 'SET #type = :type, lastSuccessAt = :at REMOVE lastError',
          ...(setWatermark ? { ConditionExpression: 'attribute_not_exists(#watermark) OR #watermark <= :watermark' } : {}),
          ExpressionAttributeNames: { '#type': 'type', ...(setWatermark ? names : {}) },
          ExpressionAttributeValues: { ':type': 'SyncState', ':at': run.finishedAt, ...(setWatermark ? { ':watermark': run.watermark } : {}) },
        }),
      );
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.syncState(run.source),
          UpdateExpression: 'SET lastSuccessAt = :at REMOVE lastError',
          ExpressionAttributeValues: { ':at': run.finishedAt },
        }),
      );
    }
  }

  async runs(source: string, limit: number): Promise<SyncRun[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :run)',
        ExpressionAttributeValues: { ':pk': keys.syncState(source).PK, ':run': 'RUN#' },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map(({ PK, SK, type, ...run }) => run as SyncRun);
  }

  async quarantine(runId: string, records: readonly MalformedRecord[], at: string): Promise<void> {
    const raw = (value: unknown) => {
      const text = JSON.stringify(value) ?? 'undefined';
      return text.length > RAW_LIMIT ? `${text.slice(0, RAW_LIMIT)}…` : text;
    };
    // One item per record key and run time (a key repeated within a run keeps its last reason).
    const unique = [...new Map(records.map((r) => [r.key, r])).values()];
    await batchPutAll(
      this.doc,
      this.table,
      unique.map((r) => ({ ...keys.quarantine(r.source, at, r.key), type: 'Quarantine', runId, at, source: r.source, key: r.key, reason: r.reason, raw: raw(r.raw) })),
    );
  }

  async quarantined(source: string, limit: number) {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': `QUARANTINE#${source}` },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((item) => ({
      source,
      key: item.key as string,
      reason: item.reason as string,
      /** The record as JSON text, cut after 4000 characters. */
      raw: item.raw as string,
      runId: item.runId as string,
      at: item.at as string,
    }));
  }

  async acquireLease(source: string, owner: string, now: string, until: string): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...keys.syncLease(source), type: 'SyncLease', owner, until },
          ConditionExpression: 'attribute_not_exists(PK) OR #until < :now OR #owner = :owner',
          ExpressionAttributeNames: { '#until': 'until', '#owner': 'owner' },
          ExpressionAttributeValues: { ':now': now, ':owner': owner },
        }),
      );
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }

  async releaseLease(source: string, owner: string): Promise<void> {
    try {
      await this.doc.send(
        new DeleteCommand({
          TableName: this.table,
          Key: keys.syncLease(source),
          ConditionExpression: '#owner = :owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':owner': owner },
        }),
      );
    } catch (err) {
      if (!(err instanceof ConditionalCheckFailedException)) throw err;
    }
  }
}
