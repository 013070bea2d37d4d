import { GetCommand, PutCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ShortageModel } from '../../src/domain/models.js';
import type { Inventory, ReservationStatus, ReserveOutcome } from '../../src/ports/Inventory.js';
import { CallLog } from './CallLog.js';

interface Reservation {
  orderId: string;
  status: ReservationStatus;
  lines: { sku: string; quantity: number }[];
}

const stockKey = (sku: string) => ({ PK: `STOCK#${sku}`, SK: 'STOCK' });
const reservationKey = (orderId: string) => ({ PK: `RESERVATION#${orderId}`, SK: 'RESERVATION' });

/**
 * The inventory contract enforced the way the inventory service must: DynamoDB conditional writes in
 * one transaction (`available >= quantity` per SKU, reservation created once per order), so stock
 * cannot go below zero however many checkouts race. Idempotent by order id. Counts calls per order.
 */
export class DynamoInventory implements Inventory {
  readonly calls = new CallLog();
  /** Reservations that moved stock (at most one per order). */
  readonly effects = new CallLog();

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async setStock(sku: string, available: number): Promise<void> {
    await this.doc.send(new PutCommand({ TableName: this.table, Item: { ...stockKey(sku), available } }));
  }

  async available(sku: string): Promise<number> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: stockKey(sku), ConsistentRead: true }));
    return (out.Item?.available as number | undefined) ?? 0;
  }

  async reservation(orderId: string): Promise<Reservation | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: reservationKey(orderId), ConsistentRead: true }));
    return (out.Item as Reservation | undefined) ?? null;
  }

  async reserve({ orderId, lines }: Parameters<Inventory['reserve']>[0]): Promise<ReserveOutcome> {
    this.calls.record('reserve', orderId);
    const existing = await this.reservation(orderId);
    if (existing) return { kind: 'reserved', status: existing.status };
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.table, Item: { ...reservationKey(orderId), orderId, status: 'HELD', lines }, ConditionExpression: 'attribute_not_exists(PK)' } },
            ...lines.map((line) => ({
              Update: {
                TableName: this.table,
                Key: stockKey(line.sku),
                UpdateExpression: 'SET available = available - :q',
                ConditionExpression: 'available >= :q',
                ExpressionAttributeValues: { ':q': line.quantity },
              },
            })),
          ],
        }),
      );
      this.effects.record('reserve', orderId);
      return { kind: 'reserved', status: 'HELD' };
    } catch (err) {
      const reasons = (err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
      if (!reasons) throw err;
      const raced = await this.reservation(orderId);
      if (raced) return { kind: 'reserved', status: raced.status };
      const shortages: ShortageModel[] = [];
      for (const line of lines) {
        const available = await this.available(line.sku);
        if (available < line.quantity) shortages.push({ sku: line.sku, requested: line.quantity, available });
      }
      // No shortage now: the transaction lost to a concurrent writer; the caller retries.
      if (shortages.length === 0) throw new Error(`reservation for ${orderId} conflicted; retry`);
      return { kind: 'shortage', message: 'Insufficient stock', shortages };
    }
  }

  async release(orderId: string): Promise<ReservationStatus | null> {
    this.calls.record('release', orderId);
    return this.settle(orderId, 'RELEASED', true);
  }

  async commit(orderId: string): Promise<ReservationStatus | null> {
    this.calls.record('commit', orderId);
    return this.settle(orderId, 'COMMITTED', false);
  }

  /** HELD → `to` once, returning the stock when releasing; any other status is returned unchanged. */
  private async settle(orderId: string, to: ReservationStatus, restock: boolean): Promise<ReservationStatus | null> {
    const reservation = await this.reservation(orderId);
    if (!reservation || reservation.status !== 'HELD') return reservation?.status ?? null;
    try {
      await this.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.table,
                Key: reservationKey(orderId),
                UpdateExpression: 'SET #s = :to',
                ConditionExpression: '#s = :held',
                ExpressionAttributeNames: { '#s': 'status' },
                ExpressionAttributeValues: { ':to': to, ':held': 'HELD' },
              },
            },
            ...(restock
              ? reservation.lines.map((line) => ({
                  Update: { TableName: this.table, Key: stockKey(line.sku), UpdateExpression: 'SET available = available + :q', ExpressionAttributeValues: { ':q': line.quantity } },
                }))
              : []),
          ],
        }),
      );
      this.effects.record(to === 'RELEASED' ? 'release' : 'commit', orderId);
      return to;
    } catch (err) {
      if (!(err as { CancellationReasons?: unknown }).CancellationReasons) throw err;
      return (await this.reservation(orderId))?.status ?? null;
    }
  }
}
