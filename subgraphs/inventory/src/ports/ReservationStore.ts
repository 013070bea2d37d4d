import type { Allocation, ReservationModel } from '../domain/models.js';

export type CreateOutcome =
  /** Written together with every conditional decrement. */
  | { kind: 'created' }
  /** A reservation for the order exists already (nothing was written). */
  | { kind: 'exists' }
  /** A warehouse no longer has the units the plan counted on (nothing was written). */
  | { kind: 'stock_changed' }
  /** Another transaction touched the same items at the same time (nothing was written). */
  | { kind: 'conflict' };

export type Settlement = 'RELEASED' | 'COMMITTED' | 'EXPIRED';

export type SettleOutcome = { kind: 'settled' } | { kind: 'not_held' } | { kind: 'conflict' };

/**
 * Reservations and their stock effects, each one all-or-nothing (TransactWriteItems): the record and
 * the stock of every allocation change together or not at all.
 */
export interface ReservationStore {
  reservation(orderId: string): Promise<ReservationModel | null>;
  /** The record (HELD) plus, per allocation, `available -= q, reserved += q` on condition `available >= q`. */
  create(reservation: ReservationModel): Promise<CreateOutcome>;
  /**
   * HELD → `to`, on condition that it is still HELD (and, for EXPIRED, past `expiresAt`; for COMMITTED,
   * not past it). RELEASED / EXPIRED return the units (`available += q, reserved -= q`); COMMITTED takes
   * them out of stock (`reserved -= q, onHand -= q`).
   */
  settle(reservation: ReservationModel, to: Settlement, now: string): Promise<SettleOutcome>;
  /** Order ids of HELD reservations whose expiry is at or before `now`, oldest first. */
  dueExpiries(now: string, limit: number): Promise<string[]>;
}

export type { Allocation };
