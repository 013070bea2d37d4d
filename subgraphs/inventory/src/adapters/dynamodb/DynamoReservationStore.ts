import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Allocation, ReservationModel } from '../../domain/models.js';
import type { CreateOutcome, ReservationStore, Settlement, SettleOutcome } from '../../ports/ReservationStore.js';
import { HELD_INDEX, keys, reservationFromItem, reservationToItem } from './table.js';

type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

/**
 * Reservations on DynamoDB. Each state change is ONE TransactWriteItems: the reservation record with
 * its condition, and one Update per SKU item whose warehouse entries change. DynamoDB refuses two
 * operations on one item in a transaction, so the allocations of a SKU are folded into one Update.
 */
export class DynamoReservationStore implements ReservationStore {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async reservation(orderId: string): Promise<ReservationModel | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: keys.reservation(orderId), ConsistentRead: true }));
    return out.Item ? reservationFromItem(out.Item) : null;
  }

  async create(reservation: ReservationModel): Promise<CreateOutcome> {
    const record: TransactItem = {
      Put: { TableName: this.table, Item: reservationToItem(reservation), ConditionExpression: 'attribute_not_exists(PK)' },
    };
    // No oversell: each warehouse entry is decremented only while it still has the units.
    const stock = this.stockUpdates(reservation.allocations, (w, q) => ({
      sets: [`${w}.available = ${w}.available - ${q}`, `${w}.reserved = ${w}.reserved + ${q}`],
      condition: `${w}.available >= ${q}`,
    }));
    const failure = await this.transact([record, ...stock]);
    if (failure === null) return { kind: 'created' };
    if (failure.reasons[0] === 'ConditionalCheckFailed') return { kind: 'exists' };
    if (failure.reasons.includes('ConditionalCheckFailed')) return { kind: 'stock_changed' };
    return { kind: 'conflict' };
  }

  async settle(reservation: ReservationModel, to: Settlement, now: string): Promise<SettleOutcome> {
    const expiry = to === 'EXPIRED' ? ' AND expiresAt <= :now' : to === 'COMMITTED' ? ' AND expiresAt > :now' : '';
    const record: TransactItem = {
      Update: {
        TableName: this.table,
        Key: keys.reservation(reservation.orderId),
        UpdateExpression: 'SET #status = :to, settledAt = :now REMOVE GSI1PK, GSI1SK',
        ConditionExpression: `#status = :held${expiry}`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':to': to, ':now': now, ':held': 'HELD' },
      },
    };
    const stock = this.stockUpdates(reservation.allocations, (w, q) => ({
      sets:
        to === 'COMMITTED'
          ? [`${w}.reserved = ${w}.reserved - ${q}`, `${w}.onHand = ${w}.onHand - ${q}`]
          : [`${w}.available = ${w}.available + ${q}`, `${w}.reserved = ${w}.reserved - ${q}`],
      condition: `attribute_exists(${w})`,
    }));
    const failure = await this.transact([record, ...stock]);
    if (failure === null) return { kind: 'settled' };
    if (failure.reasons[0] === 'ConditionalCheckFailed') return { kind: 'not_held' };
    return { kind: 'conflict' };
  }

  async dueExpiries(now: string, limit: number): Promise<string[]> {
    const out = await this.doc.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: HELD_INDEX.name,
        KeyConditionExpression: 'GSI1PK = :held AND GSI1SK <= :now',
        // `~` sorts after `#`, so every hold expiring at exactly `now` is included.
        ExpressionAttributeValues: { ':held': HELD_INDEX.partition, ':now': `${now}~` },
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((item) => (item.PK as string).slice('RES#'.length));
  }

  /** One Update per SKU, with a SET and a condition per warehouse entry of that SKU. */
  private stockUpdates(allocations: readonly Allocation[], change: (entry: string, quantity: string) => { sets: string[]; condition: string }): TransactItem[] {
    const bySku = new Map<string, Allocation[]>();
    for (const allocation of allocations) bySku.set(allocation.sku, [...(bySku.get(allocation.sku) ?? []), allocation]);
    return [...bySku].map(([sku, forSku]) => {
      const names: Record<string, string> = {};
      const values: Record<string, number> = {};
      const sets: string[] = [];
      const conditions: string[] = [];
      forSku.forEach(({ warehouseId, quantity }, i) => {
        names[`#w${i}`] = warehouseId;
        values[`:q${i}`] = quantity;
        const part = change(`warehouses.#w${i}`, `:q${i}`);
        sets.push(...part.sets);
        conditions.push(part.condition);
      });
      return {
        Update: {
          TableName: this.table,
          Key: keys.stock(sku),
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        },
      };
    });
  }

  /** Null when applied; else the cancellation reason codes, one per item in request order. */
  private async transact(items: TransactItem[]): Promise<{ reasons: string[] } | null> {
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: items }));
      return null;
    } catch (err) {
      if (err instanceof TransactionCanceledException) return { reasons: (err.CancellationReasons ?? []).map((r) => r.Code ?? 'None') };
      if ((err as { name?: string }).name === 'TransactionConflictException') return { reasons: ['TransactionConflict'] };
      throw err;
    }
  }
}
