import { DeleteCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DeadLetter, OutboxRecord, SagaRecord, SagaWrite, WorkItem, WorkStore } from '../../ports/OrderStore.js';
import { orderItem } from './DynamoOrderStore.js';
import { outboxItem, sagaItem } from './items.js';
import { cancellationCodes, DEAD_LETTER_PK, DUE_SHARDS, dueIndex, dueShardKey, dueUpTo, eventKey, isConditionFailure, outboxKey, sagaKey, strip } from './keys.js';

type Item = Record<string, unknown>;
type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

/** Processed inbound event ids are kept this long: far longer than any sender retries. */
const EVENT_MEMORY_SECONDS = 30 * 86_400;

function toWorkItem(item: Item): WorkItem {
  if (item.kind === 'saga') return { kind: 'saga', saga: strip<SagaRecord & { kind: string }>(item) };
  return { kind: 'outbox', record: strip<OutboxRecord & { kind: string }>(item) };
}

const deadLetterKey = (letter: DeadLetter) => ({ PK: DEAD_LETTER_PK, SK: `${letter.at}#${letter.orderId}#${letter.kind}#${letter.what}` });

function deadLetterItem(letter: DeadLetter): Item {
  return { ...deadLetterKey(letter), ...letter };
}

export class DynamoWorkStore implements WorkStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async saga(orderId: string): Promise<SagaRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: sagaKey(orderId), ConsistentRead: true }));
    return out.Item ? strip<SagaRecord>(out.Item) : null;
  }

  async claimDue(now: number, limit: number, leaseMs: number): Promise<WorkItem[]> {
    const perShard = await Promise.all(
      Array.from({ length: DUE_SHARDS }, (_, shard) =>
        this.doc.send(
          new QueryCommand({
            TableName: this.table,
            IndexName: 'GSI2',
            KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK <= :upTo',
            ExpressionAttributeValues: { ':pk': dueShardKey(shard), ':upTo': dueUpTo(now) },
            Limit: limit,
          }),
        ),
      ),
    );
    // Oldest first across shards, so that nothing starves behind a busy shard.
    const keys = perShard
      .flatMap((out) => out.Items ?? [])
      .sort((a, b) => String(a.GSI2SK).localeCompare(String(b.GSI2SK)))
      .slice(0, limit)
      .map((item) => ({ PK: item.PK as string, SK: item.SK as string }));
    const claimed = await Promise.all(keys.map((key) => this.claim(key, now, now + leaseMs)));
    return claimed.filter((item): item is WorkItem => item !== null);
  }

  /** Takes the item if it is still due (nobody claimed it in between): its due time becomes the lease's end. */
  private async claim(key: { PK: string; SK: string }, now: number, leaseEnd: number): Promise<WorkItem | null> {
    const index = dueIndex(key, leaseEnd);
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: 'SET dueAt = :leaseEnd, GSI2PK = :pk, GSI2SK = :sk, version = version + :one',
          ConditionExpression: 'attribute_exists(GSI2PK) AND dueAt <= :now',
          ExpressionAttributeValues: { ':leaseEnd': leaseEnd, ':pk': index.GSI2PK, ':sk': index.GSI2SK, ':one': 1, ':now': now },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toWorkItem(out.Attributes!);
    } catch (err) {
      if (isConditionFailure(err)) return null;
      throw err;
    }
  }

  async writeSaga(write: SagaWrite): Promise<boolean> {
    const items: TransactItem[] = [
      {
        Put: {
          TableName: this.table,
          Item: sagaItem(write.saga),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': write.expectedVersion },
        },
      },
    ];
    if (write.order) {
      items.push({
        Put: {
          TableName: this.table,
          Item: orderItem(write.order.next),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': write.order.expectedVersion },
        },
      });
    }
    for (const { event, notify } of write.events ?? []) {
      const record: OutboxRecord = { orderId: write.saga.orderId, event, notify, published: false, notified: false, attempts: 0, lastError: null, version: 0, dueAt: Date.parse(event.time) };
      items.push({ Put: { TableName: this.table, Item: outboxItem(record), ConditionExpression: 'attribute_not_exists(PK)' } });
    }
    if (write.deadLetter) items.push({ Put: { TableName: this.table, Item: deadLetterItem(write.deadLetter) } });
    if (write.processedEventId) {
      const expiresAt = Math.floor(Date.now() / 1000) + EVENT_MEMORY_SECONDS;
      items.push({ Put: { TableName: this.table, Item: { ...eventKey(write.processedEventId), expiresAt }, ConditionExpression: 'attribute_not_exists(PK)' } });
    }
    try {
      // Most steps change the saga alone: a conditional put is enough (and cheaper than a transaction).
      if (items.length === 1) await this.doc.send(new PutCommand(items[0]!.Put!));
      else await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (err) {
      if (isConditionFailure(err) || cancellationCodes(err)) return false;
      throw err;
    }
  }

  async writeOutbox(record: OutboxRecord, expectedVersion: number, deadLetter?: DeadLetter): Promise<boolean> {
    const put = { TableName: this.table, Item: outboxItem(record), ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } };
    try {
      if (deadLetter) {
        await this.doc.send(new TransactWriteCommand({ TransactItems: [{ Put: put }, { Put: { TableName: this.table, Item: deadLetterItem(deadLetter) } }] }));
      } else {
        await this.doc.send(new PutCommand(put));
      }
      return true;
    } catch (err) {
      if (isConditionFailure(err) || cancellationCodes(err)) return false;
      throw err;
    }
  }

  async isEventProcessed(eventId: string): Promise<boolean> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: eventKey(eventId), ConsistentRead: true }));
    return out.Item !== undefined;
  }

  async deadLetters(): Promise<DeadLetter[]> {
    const letters: DeadLetter[] = [];
    let start: Item | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': DEAD_LETTER_PK },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      letters.push(...(out.Items ?? []).map((item) => strip<DeadLetter>(item)));
      start = out.LastEvaluatedKey;
    } while (start);
    return letters;
  }

  async redrive(letter: DeadLetter, now: number): Promise<'redriven' | 'nothing-to-do'> {
    const key = letter.kind === 'saga' ? sagaKey(letter.orderId) : outboxKey(letter.orderId, letter.what);
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
    const item = out.Item ? strip<(SagaRecord | OutboxRecord) & { version: number }>(out.Item) : null;
    let next: Item | null = null;
    if (item && letter.kind === 'saga' && (item as SagaRecord).phase === 'parked') {
      next = sagaItem({ ...(item as SagaRecord), phase: 'compensating', attempts: 0, lastError: null, dueAt: now, version: item.version + 1 });
    }
    if (item && letter.kind === 'outbox') {
      const record = item as OutboxRecord;
      const undelivered = !record.published || (record.notify !== null && !record.notified);
      if (undelivered && record.dueAt === null) next = outboxItem({ ...record, attempts: 0, lastError: null, dueAt: now, version: record.version + 1 });
    }
    const remove = { Delete: { TableName: this.table, Key: deadLetterKey(letter) } };
    if (!next) {
      await this.doc.send(new DeleteCommand(remove.Delete));
      return 'nothing-to-do';
    }
    const put = { Put: { TableName: this.table, Item: next, ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': item!.version } } };
    await this.doc.send(new TransactWriteCommand({ TransactItems: [put, remove] }));
    return 'redriven';
  }
}
