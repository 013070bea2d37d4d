import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetAll } from '@commerce/lib';
import type { FulfillmentModel } from '../../domain/models.js';
import type { FulfillmentStore } from '../../ports/FulfillmentStore.js';
import { DUE, TTL_ATTRIBUTE, fromItem, keys, toItem } from './table.js';

/**
 * FulfillmentStore on DynamoDB. Every write that must not be lost or doubled is a conditional
 * single-item write (no TransactWriteItems: one item per invariant is enough, and dynalite lacks it).
 */
export class DynamoFulfillmentStore implements FulfillmentStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async fulfillmentsByOrderIds(orderIds: readonly string[]): Promise<Map<string, FulfillmentModel>> {
    const items = await batchGetAll(this.doc, this.table, [...new Set(orderIds)].map(keys.fulfillment));
    return new Map(items.map((item) => [item.orderId as string, fromItem(item)]));
  }

  async fulfillment(orderId: string): Promise<FulfillmentModel | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: keys.fulfillment(orderId), ConsistentRead: true }));
    return out.Item ? fromItem(out.Item) : null;
  }

  async saveFulfillment(record: FulfillmentModel, expectedVersion: number | null): Promise<boolean> {
    return this.conditional(
      new PutCommand({
        TableName: this.table,
        Item: toItem(record),
        ...(expectedVersion === null
          ? { ConditionExpression: 'attribute_not_exists(PK)' }
          : { ConditionExpression: '#version = :expected', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
      }),
    );
  }

  async dueOrderIds(now: Date, limit: number): Promise<string[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :due AND GSI1SK <= :now',
        // `~` sorts after `#`, so every entry due at exactly `now` is included.
        ExpressionAttributeValues: { ':due': DUE, ':now': `${now.toISOString()}~` },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((item) => (item.PK as string).slice('ORDER#'.length));
  }

  async recordNotification(notificationId: string, now: Date, keepUntil: Date): Promise<boolean> {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    return this.conditional(
      new PutCommand({
        TableName: this.table,
        Item: { ...keys.notification(notificationId), type: 'Notification', [TTL_ATTRIBUTE]: Math.floor(keepUntil.getTime() / 1000) },
        // DynamoDB deletes expired items only eventually: an expired marker counts as absent.
        ConditionExpression: 'attribute_not_exists(PK) OR #ttl < :now',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':now': nowSeconds },
      }),
    );
  }

  async forgetNotification(notificationId: string): Promise<void> {
    await this.doc.send(new DeleteCommand({ TableName: this.table, Key: keys.notification(notificationId) }));
  }

  async sweepWatermark(): Promise<string | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: keys.watermark(), ConsistentRead: true }));
    return (out.Item?.watermark as string | undefined) ?? null;
  }

  async saveSweepWatermark(watermark: string): Promise<void> {
    // Only ever forward: a slow sweep finishing late must not move it back.
    await this.conditional(
      new PutCommand({
        TableName: this.table,
        Item: { ...keys.watermark(), type: 'Watermark', watermark },
        ConditionExpression: 'attribute_not_exists(PK) OR watermark < :watermark',
        ExpressionAttributeValues: { ':watermark': watermark },
      }),
    );
  }

  async acquireSweepLease(owner: string, now: Date, until: Date): Promise<boolean> {
    return this.conditional(
      new PutCommand({
        TableName: this.table,
        Item: { ...keys.lease(), type: 'Lease', owner, until: until.toISOString() },
        ConditionExpression: 'attribute_not_exists(PK) OR #until < :now OR #owner = :owner',
        ExpressionAttributeNames: { '#until': 'until', '#owner': 'owner' },
        ExpressionAttributeValues: { ':now': now.toISOString(), ':owner': owner },
      }),
    );
  }

  private async conditional(command: PutCommand): Promise<boolean> {
    try {
      await this.doc.send(command);
      return true;
    } catch (err) {
      if (err instanceof ConditionalCheckFailedException) return false;
      throw err;
    }
  }
}
