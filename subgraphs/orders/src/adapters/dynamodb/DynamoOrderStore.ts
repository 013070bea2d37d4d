import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetAll } from '@commerce/lib';
import type { OrderModel } from '../../domain/models.js';
import { orderCursor, parseOrderCursor } from '../../domain/paging.js';
import type { IdempotencyRecord, OrderPage, OrderStore, PlaceResult } from '../../ports/OrderStore.js';
import { outboxItem, sagaItem } from './items.js';
import { cancellationCodes, cartKey, customerIndexKey, idempotencyKey, orderKey, strip } from './keys.js';

export function orderItem(order: OrderModel): Record<string, unknown> {
  return { ...orderKey(order.id), ...(order.customerId ? customerIndexKey(order.customerId, order.createdAt, order.id) : {}), ...order };
}


export class DynamoOrderStore implements OrderStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async order(id: string): Promise<OrderModel | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: orderKey(id), ConsistentRead: true }));
    return out.Item ? strip<OrderModel>(out.Item) : null;
  }

  async ordersByIds(ids: readonly string[]): Promise<Map<string, OrderModel>> {
    const items = await batchGetAll(this.doc, this.table, [...new Set(ids)].map(orderKey));
    return new Map(items.map((item) => [item.id as string, strip<OrderModel>(item)]));
  }

  async ordersOfCustomer(customerId: string, first: number, after: string | null): Promise<OrderPage> {
    const start = after === null ? null : parseOrderCursor(after);
    const out = await this.doc.send(
      new QueryCommand({
        ...this.customerOrders(customerId),
        ScanIndexForward: false,
        Limit: first + 1,
        ...(start
          ? { ExclusiveStartKey: { ...orderKey(start.orderId), ...customerIndexKey(customerId, start.createdAt, start.orderId) } }
          : {}),
      }),
    );
    const items = out.Items ?? [];
    const orders = items.slice(0, first).map((item) => strip<OrderModel>(item));
    const last = orders.at(-1);
    return { orders, hasNextPage: items.length > first, endCursor: last ? orderCursor(last) : null };
  }

  async countOrdersOfCustomer(customerId: string): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({
          ...this.customerOrders(customerId),
          Select: 'COUNT',
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      count += out.Count ?? 0;
      start = out.LastEvaluatedKey;
    } while (start);
    return count;
  }

  /** A customer's orders on GSI1, newest last in index order. */
  private customerOrders(customerId: string) {
    return { TableName: this.table, IndexName: 'GSI1', KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': `CUSTOMER#${customerId}` } };
  }

  async idempotency(scope: string, key: string): Promise<IdempotencyRecord | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: idempotencyKey(scope, key), ConsistentRead: true }));
    return out.Item ? { orderId: out.Item.orderId as string, fingerprint: out.Item.fingerprint as string } : null;
  }

  async placeOrder({ order, cartVersion, idempotency, saga, event }: Parameters<OrderStore['placeOrder']>[0]): Promise<PlaceResult> {
    const notExists = 'attribute_not_exists(PK)';
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: { ...idempotencyKey(idempotency.scope, idempotency.key), orderId: order.id, fingerprint: idempotency.fingerprint, expiresAt: idempotency.expiresAt },
                ConditionExpression: notExists,
              },
            },
            {
              Update: {
                TableName: this.table,
                Key: cartKey(order.cartId),
                UpdateExpression: 'SET orderId = :orderId, version = :next',
                ConditionExpression: 'version = :v AND attribute_type(orderId, :null)',
                ExpressionAttributeValues: { ':orderId': order.id, ':v': cartVersion, ':next': cartVersion + 1, ':null': 'NULL' },
              },
            },
            { Put: { TableName: this.table, Item: orderItem(order), ConditionExpression: notExists } },
            { Put: { TableName: this.table, Item: sagaItem(saga), ConditionExpression: notExists } },
            { Put: { TableName: this.table, Item: outboxItem({ orderId: order.id, event, notify: null, published: false, notified: false, attempts: 0, lastError: null, version: 0, dueAt: Date.parse(event.time) }), ConditionExpression: notExists } },
          ],
        }),
      );
      return { kind: 'placed' };
    } catch (err) {
      const codes = cancellationCodes(err);
      if (!codes) throw err;
      if (codes[0] === 'ConditionalCheckFailed') return { kind: 'conflict', on: 'idempotency' };
      if (codes[1] === 'ConditionalCheckFailed') return { kind: 'conflict', on: 'cart' };
      return { kind: 'conflict', on: 'unknown' };
    }
  }
}
