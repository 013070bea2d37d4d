import type { EventEnvelope } from '@commerce/lib';
import type { NotificationKind } from '../domain/events.js';
import type { CartModel, OrderModel } from '../domain/models.js';
import type { SagaState } from '../domain/saga.js';

/** Every write of a work item is conditional on `version`; claiming one bumps it, which fences out the previous holder. */
export interface Versioned {
  version: number;
  /** Epoch ms when the item is due for a worker; null when it waits for nothing (out of the due index). */
  dueAt: number | null;
}

export type SagaRecord = SagaState & Versioned;

export interface OutboxRecord extends Versioned {
  orderId: string;
  event: EventEnvelope;
  /** The email the event sends, if any. */
  notify: NotificationKind | null;
  published: boolean;
  notified: boolean;
  attempts: number;
  lastError: string | null;
}

export interface DeadLetter {
  orderId: string;
  kind: 'saga' | 'outbox';
  /** The saga step, or the outbox event type. */
  what: string;
  error: string;
  attempts: number;
  at: string;
}

export type WorkItem = { kind: 'saga'; saga: SagaRecord } | { kind: 'outbox'; record: OutboxRecord };

/** A saga's next state, written atomically with what goes with it. */
export interface SagaWrite {
  saga: SagaRecord;
  expectedVersion: number;
  order?: { next: OrderModel; expectedVersion: number };
  /** Outbox records created due now. */
  events?: { event: EventEnvelope; notify: NotificationKind | null }[];
  deadLetter?: DeadLetter;
  /** An inbound event id, recorded so that its redelivery is recognised. */
  processedEventId?: string;
}

export interface IdempotencyRecord {
  orderId: string;
  fingerprint: string;
}

export type PlaceResult = { kind: 'placed' } | { kind: 'conflict'; on: 'idempotency' | 'cart' | 'unknown' };

export interface OrderPage {
  orders: OrderModel[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface CartStore {
  cart(id: string): Promise<CartModel | null>;
  /** Writes `cart` if the stored one still has `expectedVersion` (null: must not exist). False otherwise. */
  saveCart(cart: CartModel, expectedVersion: number | null): Promise<boolean>;
}

export interface OrderStore {
  order(id: string): Promise<OrderModel | null>;
  ordersByIds(ids: readonly string[]): Promise<Map<string, OrderModel>>;
  ordersOfCustomer(customerId: string, first: number, after: string | null): Promise<OrderPage>;
  countOrdersOfCustomer(customerId: string): Promise<number>;
  idempotency(scope: string, key: string): Promise<IdempotencyRecord | null>;
  /**
   * In one transaction: the idempotency key (must be new), the order and its saga, the OrderPlaced
   * outbox record, and the cart marked ordered (must still have `cartVersion`).
   */
  placeOrder(placement: {
    order: OrderModel;
    cartVersion: number;
    idempotency: { scope: string; key: string; fingerprint: string; expiresAt: number };
    saga: SagaRecord;
    event: EventEnvelope;
  }): Promise<PlaceResult>;
}

export interface WorkStore {
  saga(orderId: string): Promise<SagaRecord | null>;
  /**
   * Claims up to `limit` items due at `now` for `leaseMs`: each claimed item's `dueAt` moves to the
   * lease's end (so it is due again only if its holder dies) and its version is bumped.
   */
  claimDue(now: number, limit: number, leaseMs: number): Promise<WorkItem[]>;
  /** False when the saga changed since `expectedVersion` (another holder, an event) or the order did. */
  writeSaga(write: SagaWrite): Promise<boolean>;
  writeOutbox(record: OutboxRecord, expectedVersion: number, deadLetter?: DeadLetter): Promise<boolean>;
  isEventProcessed(eventId: string): Promise<boolean>;
  deadLetters(): Promise<DeadLetter[]>;
  /**
   * Puts what a dead letter stopped back to work, due at `now` with its attempts reset, and removes the
   * letter: a parked saga resumes its compensation, an undelivered outbox record is delivered again.
   * 'nothing-to-do' (the letter is removed) when the saga or record has moved on since.
   */
  redrive(letter: DeadLetter, now: number): Promise<'redriven' | 'nothing-to-do'>;
}
