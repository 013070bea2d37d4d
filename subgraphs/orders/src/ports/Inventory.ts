import type { ShortageModel } from '../domain/models.js';

export type ReservationStatus = 'HELD' | 'COMMITTED' | 'RELEASED' | 'EXPIRED';

export type ReserveOutcome = { kind: 'reserved'; status: ReservationStatus } | { kind: 'shortage'; message: string; shortages: ShortageModel[] };

/**
 * Stock holds, idempotent by order id (the inventory service's contract): reserving the same order
 * again returns the same reservation, whatever its status; release and commit are idempotent.
 * Failures to reach inventory throw; the saga retries them.
 */
export interface Inventory {
  reserve(request: {
    orderId: string;
    lines: { sku: string; quantity: number }[];
    destination: { countryCode: string; postalCode: string };
    holdSeconds: number;
  }): Promise<ReserveOutcome>;
  /** Null when inventory has no reservation for the order. */
  release(orderId: string): Promise<ReservationStatus | null>;
  commit(orderId: string): Promise<ReservationStatus | null>;
}
