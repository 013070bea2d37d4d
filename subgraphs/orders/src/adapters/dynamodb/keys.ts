import { createHash } from 'node:crypto';

export const DUE_SHARDS = 4;

export const cartKey = (id: string) => ({ PK: `CART#${id}`, SK: 'CART' });
export const orderKey = (id: string) => ({ PK: `ORDER#${id}`, SK: 'ORDER' });
export const sagaKey = (orderId: string) => ({ PK: `ORDER#${orderId}`, SK: 'SAGA' });
export const outboxKey = (orderId: string, type: string) => ({ PK: `ORDER#${orderId}`, SK: `OUTBOX#${type}` });
export const idempotencyKey = (scope: string, key: string) => ({ PK: `IDEMPOTENCY#${scope}#${key}`, SK: 'IDEMPOTENCY' });
export const eventKey = (eventId: string) => ({ PK: `EVENT#${eventId}`, SK: 'EVENT' });
export const DEAD_LETTER_PK = 'DEADLETTER';

export const customerIndexKey = (customerId: string, createdAt: string, orderId: string) => ({
  GSI1PK: `CUSTOMER#${customerId}`,
  GSI1SK: `${createdAt}#${orderId}`,
});

const padTime = (ms: number) => String(Math.max(0, Math.floor(ms))).padStart(15, '0');

export const dueShardKey = (shard: number) => `DUE#${shard}`;
export const dueUpTo = (now: number) => `${padTime(now)}#~`;

/** GSI2 attributes that put an item in the due index at `dueAt`, or none (it leaves the index). */
export function dueIndex(key: { PK: string; SK: string }, dueAt: number | null): { GSI2PK?: string; GSI2SK?: string } {
  if (dueAt === null) return {};
  const shard = createHash('sha1').update(key.PK).digest().readUInt32BE(0) % DUE_SHARDS;
  return { GSI2PK: dueShardKey(shard), GSI2SK: `${padTime(dueAt)}#${key.PK}#${key.SK}` };
}

type Item = Record<string, unknown>;

/** The model fields of an item: keys and index attributes removed. */
export function strip<T>(item: Item): T {
  const { PK, SK, GSI1PK, GSI1SK, GSI2PK, GSI2SK, ...rest } = item;
  return rest as T;
}

export function isConditionFailure(err: unknown): boolean {
  return (err as { name?: string }).name === 'ConditionalCheckFailedException';
}

/** Per-item reasons of a cancelled transaction, or null when `err` is something else. */
export function cancellationCodes(err: unknown): string[] | null {
  const e = err as { name?: string; CancellationReasons?: { Code?: string }[] };
  if (e.name !== 'TransactionCanceledException') return null;
  return (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
}
