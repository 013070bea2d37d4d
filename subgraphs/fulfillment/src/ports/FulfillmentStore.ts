import type { FulfillmentModel } from '../domain/models.js';

/**
 * This subgraph's own records. Writes are conditional single-item writes, so that concurrent
 * notification handlers, sweeps and commands never overwrite each other's changes.
 */
export interface FulfillmentStore {
  /** One batch read; missing orders are absent from the map. */
  fulfillmentsByOrderIds(orderIds: readonly string[]): Promise<Map<string, FulfillmentModel>>;
  /** A strongly consistent read, for read-modify-write. */
  fulfillment(orderId: string): Promise<FulfillmentModel | null>;
  /**
   * Writes `record` (with `version` already incremented) when the stored version is still
   * `expectedVersion` (null: when no record exists). False when someone else wrote first.
   */
  saveFulfillment(record: FulfillmentModel, expectedVersion: number | null): Promise<boolean>;
  /** Order ids whose `dueAt` is at or before `now`, oldest first. */
  dueOrderIds(now: Date, limit: number): Promise<string[]>;
  /** True the first time a notification id is seen (remembered until `keepUntil`), false for a repeat. */
  recordNotification(notificationId: string, now: Date, keepUntil: Date): Promise<boolean>;
  /** Lets a notification whose handling failed be handled again when it is redelivered. */
  forgetNotification(notificationId: string): Promise<void>;
  /** Where the last sweep of listAllFulfillmentOrders got to (Amazon's statusUpdatedDate). */
  sweepWatermark(): Promise<string | null>;
  saveSweepWatermark(watermark: string): Promise<void>;
  /** One sweep at a time across replicas: true when `owner` holds the lease until `until`. */
  acquireSweepLease(owner: string, now: Date, until: Date): Promise<boolean>;
}
