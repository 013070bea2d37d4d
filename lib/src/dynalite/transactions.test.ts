import { QueryCommand, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, GetCommand, PutCommand, TransactGetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClients, type DynamoClients } from '../dynamodb/client.js';
import { ensureTable } from '../dynamodb/tables.js';
import { startDynalite, type LocalDynamo } from './index.js';

const TableName = 'transactions-test';
let dynamo: LocalDynamo;
let clients: DynamoClients;

beforeAll(async () => {
  dynamo = await startDynalite();
  clients = createDynamoClients({ endpoint: dynamo.endpoint, region: 'us-east-1' });
  await ensureTable(clients.client, {
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }, { AttributeName: 'SK', KeyType: 'RANGE' }],
    AttributeDefinitions: [
      { AttributeName: 'PK', AttributeType: 'S' },
      { AttributeName: 'SK', AttributeType: 'S' },
      { AttributeName: 'GSI1PK', AttributeType: 'S' },
    ],
    GlobalSecondaryIndexes: [{ IndexName: 'GSI1', KeySchema: [{ AttributeName: 'GSI1PK', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
  });
});
afterAll(async () => dynamo.close());

const get = async (PK: string, SK = 'A') => (await clients.doc.send(new GetCommand({ TableName, Key: { PK, SK } }))).Item;
const decrement = (PK: string, quantity: number) => ({
  Update: {
    TableName,
    Key: { PK, SK: 'A' },
    UpdateExpression: 'SET available = available - :q',
    ConditionExpression: 'available >= :q',
    ExpressionAttributeValues: { ':q': quantity },
  },
});

describe('TransactWriteItems on the embedded dynalite', () => {
  it('applies every write, including index entries, when all conditions hold', async () => {
    await clients.doc.send(new PutCommand({ TableName, Item: { PK: 'sku-1', SK: 'A', available: 5 } }));
    await clients.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          decrement('sku-1', 2),
          { Put: { TableName, Item: { PK: 'res-1', SK: 'A', GSI1PK: 'HELD', quantity: 2 }, ConditionExpression: 'attribute_not_exists(PK)' } },
        ],
      }),
    );
    expect((await get('sku-1'))?.available).toBe(3);
    const held = await clients.client.send(new QueryCommand({ TableName, IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :s', ExpressionAttributeValues: { ':s': { S: 'HELD' } } }));
    expect(held.Items?.map((i) => i.PK?.S)).toEqual(['res-1']);
  });

  it('applies nothing and names the failed item when one condition fails', async () => {
    await clients.doc.send(new PutCommand({ TableName, Item: { PK: 'sku-2', SK: 'A', available: 1 } }));
    const attempt = clients.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName, Item: { PK: 'res-2', SK: 'A', quantity: 3 } } },
          { ...decrement('sku-2', 3), Update: { ...decrement('sku-2', 3).Update, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
        ],
      }),
    );
    const error = await attempt.catch((err: unknown) => err);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    const reasons = (error as TransactionCanceledException).CancellationReasons!;
    expect(reasons.map((r) => r.Code)).toEqual(['None', 'ConditionalCheckFailed']);
    expect(reasons[1]!.Item?.available).toEqual({ N: '1' });
    expect(await get('res-2')).toBeUndefined();
    expect((await get('sku-2'))?.available).toBe(1);
  });

  it('checks a ConditionCheck item without writing it', async () => {
    await clients.doc.send(new PutCommand({ TableName, Item: { PK: 'guard', SK: 'A', open: false } }));
    const attempt = clients.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { ConditionCheck: { TableName, Key: { PK: 'guard', SK: 'A' }, ConditionExpression: '#open = :t', ExpressionAttributeNames: { '#open': 'open' }, ExpressionAttributeValues: { ':t': true } } },
          { Put: { TableName, Item: { PK: 'guarded', SK: 'A' } } },
        ],
      }),
    );
    await expect(attempt).rejects.toBeInstanceOf(TransactionCanceledException);
    expect(await get('guarded')).toBeUndefined();
  });

  it('refuses two operations on one item, as DynamoDB does', async () => {
    const attempt = clients.doc.send(new TransactWriteCommand({ TransactItems: [decrement('sku-1', 1), decrement('sku-1', 1)] }));
    await expect(attempt).rejects.toThrow(/multiple operations on one item/);
  });

  it('never lets concurrent transactions and single writes take stock below zero', async () => {
    await clients.doc.send(new PutCommand({ TableName, Item: { PK: 'sku-hot', SK: 'A', available: 50, touched: 0 } }));
    const reservations = Array.from({ length: 200 }, (_, i) =>
      clients.doc.send(
        new TransactWriteCommand({
          TransactItems: [decrement('sku-hot', 1), { Put: { TableName, Item: { PK: `hot-res-${i}`, SK: 'A' }, ConditionExpression: 'attribute_not_exists(PK)' } }],
        }),
      ),
    );
    // Unrelated single-item writes on the same item interleave with the transactions.
    const touches = Array.from({ length: 50 }, () =>
      clients.doc.send(new UpdateCommand({ TableName, Key: { PK: 'sku-hot', SK: 'A' }, UpdateExpression: 'ADD touched :one', ExpressionAttributeValues: { ':one': 1 } })),
    );
    const outcomes = await Promise.allSettled([...reservations, ...touches]);
    const reserved = outcomes.slice(0, 200).filter((o) => o.status === 'fulfilled').length;
    const cancelled = outcomes.slice(0, 200).filter((o) => o.status === 'rejected' && o.reason instanceof TransactionCanceledException).length;
    expect({ reserved, cancelled }).toEqual({ reserved: 50, cancelled: 150 });
    expect(await get('sku-hot')).toMatchObject({ available: 0, touched: 50 });
  });
});

describe('item reads beside transactions', () => {
  it('never see a transaction half-applied', async () => {
    const put = (PK: string, version: number) => ({ Put: { TableName, Item: { PK, SK: 'A', version } } });
    await clients.doc.send(new TransactWriteCommand({ TransactItems: [put('pair-a', 0), put('pair-b', 0)] }));
    let writing = true;
    const writes = (async () => {
      for (let version = 1; version <= 60; version++) await clients.doc.send(new TransactWriteCommand({ TransactItems: [put('pair-a', version), put('pair-b', version)] }));
      writing = false;
    })();
    const torn: number[][] = [];
    let reads = 0;
    while (writing) {
      const out = await clients.doc.send(new BatchGetCommand({ RequestItems: { [TableName]: { Keys: [{ PK: 'pair-a', SK: 'A' }, { PK: 'pair-b', SK: 'A' }] } } }));
      const versions = out.Responses![TableName]!.map((item) => item.version as number);
      if (versions[0] !== versions[1]) torn.push(versions);
      reads++;
    }
    await writes;
    expect(reads).toBeGreaterThan(5);
    expect(torn).toEqual([]);
  });
});

describe('TransactGetItems on the embedded dynalite', () => {
  it('returns the items in request order, with an empty entry for a missing one', async () => {
    const out = await clients.doc.send(
      new TransactGetCommand({ TransactItems: [{ Get: { TableName, Key: { PK: 'sku-2', SK: 'A' } } }, { Get: { TableName, Key: { PK: 'nope', SK: 'A' } } }] }),
    );
    expect(out.Responses?.map((r) => r.Item?.PK ?? null)).toEqual(['sku-2', null]);
  });
});
