import type { EventBus, Logger } from '@commerce/lib';
import { differs, dueAt, nextRecord, type Tracking } from '../domain/fulfillmentRecord.js';
import type { FulfillmentModel } from '../domain/models.js';
import { isTrackingOpen } from '../domain/status.js';
import type { Clock } from '../ports/Clock.js';
import type { FulfillmentApi, FulfillmentSnapshot } from '../ports/FulfillmentApi.js';
import type { FulfillmentStore } from '../ports/FulfillmentStore.js';

export interface SyncSettings {
  /** How often tracking of packages still on their way is re-read. */
  trackingRefreshMs: number;
}

const WRITE_ATTEMPTS = 5;

/**
 * Keeps our records in step with Amazon. Whatever triggers it (a command, a notification, the sweep),
 * it re-reads getFulfillmentOrder as the truth, reads tracking of packages still moving, writes the
 * record with a version check, and publishes FulfillmentStatusChanged through the record's outbox.
 */
export class FulfillmentSync {
  constructor(
    private readonly api: FulfillmentApi,
    private readonly store: FulfillmentStore,
    private readonly events: EventBus,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly settings: SyncSettings,
    private readonly logger: Logger,
  ) {}

  /**
   * Refreshes one order from Amazon. Null when the order is not ours (no record and no `seed`) or
   * Amazon does not know it. `seed` creates the record: the create command's customer.
   */
  async refresh(orderId: string, seed?: { customerId: string | null }): Promise<FulfillmentModel | null> {
    const snapshot = await this.api.getFulfillmentOrder(orderId);
    if (!snapshot) return seed ? null : this.store.fulfillment(orderId);
    let tracking: Map<number, Tracking> | undefined;
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const current = await this.store.fulfillment(orderId);
      if (!current && !seed) return null;
      tracking ??= await this.readTracking(snapshot, current);
      const now = this.clock.now();
      const next = nextRecord(current, seed, snapshot, tracking, now, this.settings.trackingRefreshMs);
      if (current && !differs(current, next)) return current;
      if (await this.store.saveFulfillment(next, current?.version ?? null)) {
        return next.outbox.length > 0 ? this.publishOutbox(next) : next;
      }
    }
    throw new Error(`Fulfillment ${orderId} kept changing under ${WRITE_ATTEMPTS} write attempts`);
  }

  /** Applies `change` to the stored record with a version check, retrying on conflicts. */
  async update(orderId: string, change: (record: FulfillmentModel) => FulfillmentModel): Promise<FulfillmentModel> {
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const current = await this.store.fulfillment(orderId);
      if (!current) throw new Error(`No fulfillment record for order ${orderId}`);
      const next = { ...change(current), version: current.version + 1 };
      if (await this.store.saveFulfillment(next, current.version)) return next;
    }
    throw new Error(`Fulfillment ${orderId} kept changing under ${WRITE_ATTEMPTS} write attempts`);
  }

  /**
   * Publishes the record's pending events, then removes them from the outbox. When publishing fails the
   * events stay, the record stays due, and the sweep publishes them later (at least once; ids are stable).
   */
  private async publishOutbox(record: FulfillmentModel): Promise<FulfillmentModel> {
    try {
      await this.events.publish(record.outbox);
    } catch (err) {
      this.logger.warn({ err, orderId: record.orderId }, 'publishing FulfillmentStatusChanged failed; the sweep will retry');
      return record;
    }
    const published = new Set(record.outbox.map((e) => e.id));
    const now = this.clock.now();
    return this.update(record.orderId, (current) => {
      const outbox = current.outbox.filter((e) => !published.has(e.id));
      return { ...current, outbox, dueAt: dueAt({ outbox, shipments: current.shipments }, now, this.settings.trackingRefreshMs) };
    });
  }

  /**
   * Tracking for shipped packages whose tracking may still change; settled ones are not asked again.
   * A failed read keeps what was known: the order's status still gets stored, and the record stays due.
   */
  private async readTracking(snapshot: FulfillmentSnapshot, current: FulfillmentModel | null): Promise<Map<number, Tracking>> {
    const known = new Map((current?.shipments ?? []).flatMap((s) => s.packages.map((p) => [p.packageNumber, p] as const)));
    const tracking = new Map<number, Tracking>();
    for (const shipment of snapshot.shipments.filter((s) => s.status === 'SHIPPED')) {
      for (const pkg of shipment.packages) {
        const previous = known.get(pkg.packageNumber);
        if (previous && !isTrackingOpen(previous)) continue;
        try {
          const read = await this.api.packageTracking(pkg.packageNumber);
          if (read) tracking.set(pkg.packageNumber, read);
        } catch (err) {
          this.logger.warn({ err, orderId: snapshot.orderId, packageNumber: pkg.packageNumber }, 'package tracking unavailable; keeping what was known');
        }
      }
    }
    return tracking;
  }
}
