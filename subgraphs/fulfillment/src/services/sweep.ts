import type { Logger } from '@commerce/lib';
import type { Clock } from '../ports/Clock.js';
import type { FulfillmentApi } from '../ports/FulfillmentApi.js';
import type { FulfillmentStore } from '../ports/FulfillmentStore.js';
import type { FulfillmentSync } from './fulfillmentSync.js';

export interface SweepSettings {
  /** Replica id for the sweep lease. */
  instanceId: string;
  /** Held this long; renewed by the holder at each sweep, taken over by another replica after. */
  leaseMs: number;
  /** listAllFulfillmentOrders starts this much before the watermark, for clock skew at Amazon. */
  overlapMs: number;
  /** Without a watermark (first run), look back this far. */
  initialLookbackMs: number;
  /** Due orders (open tracking, unpublished events) handled per sweep. */
  dueBatch: number;
}

export interface SweepReport {
  /** Another replica holds the lease. */
  skipped: boolean;
  listed: number;
  refreshed: number;
  due: number;
  failed: number;
  watermark: string | null;
}

/**
 * Catches what notifications missed: lists the orders Amazon changed since the watermark and refreshes
 * those whose status differs from ours, then revisits orders that are due (tracking still moving,
 * events not yet published). One replica at a time, by lease.
 */
export class Sweep {
  constructor(
    private readonly api: FulfillmentApi,
    private readonly store: FulfillmentStore,
    private readonly sync: FulfillmentSync,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly settings: SweepSettings,
    private readonly logger: Logger,
  ) {}

  async run(): Promise<SweepReport> {
    const now = this.clock.now();
    const report: SweepReport = { skipped: false, listed: 0, refreshed: 0, due: 0, failed: 0, watermark: null };
    if (!(await this.store.acquireSweepLease(this.settings.instanceId, new Date(now), new Date(now + this.settings.leaseMs)))) {
      return { ...report, skipped: true };
    }
    const watermark = await this.store.sweepWatermark();
    const since = watermark ? Date.parse(watermark) - this.settings.overlapMs : now - this.settings.initialLookbackMs;
    const listed = await this.api.listFulfillmentOrders(new Date(since));
    report.listed = listed.length;
    const ours = await this.store.fulfillmentsByOrderIds(listed.map((o) => o.orderId));
    let next = watermark;
    let firstFailure: string | null = null;
    for (const summary of listed) {
      if (!next || summary.statusUpdatedAt > next) next = summary.statusUpdatedAt;
      const record = ours.get(summary.orderId);
      // Orders placed outside this system (e.g. in Seller Central) are not ours to track.
      if (!record || (record.status === summary.status && record.statusUpdatedAt === summary.statusUpdatedAt)) continue;
      if (await this.refresh(summary.orderId, report)) report.refreshed += 1;
      else if (!firstFailure || summary.statusUpdatedAt < firstFailure) firstFailure = summary.statusUpdatedAt;
    }
    // A failed order must come up again: the watermark stops at it.
    if (firstFailure && next && firstFailure < next) next = firstFailure;
    if (next && next !== watermark) await this.store.saveSweepWatermark(next);
    report.watermark = next;

    const due = await this.store.dueOrderIds(new Date(now), this.settings.dueBatch);
    report.due = due.length;
    for (const orderId of due) await this.refresh(orderId, report);
    return report;
  }

  private async refresh(orderId: string, report: SweepReport): Promise<boolean> {
    try {
      await this.sync.refresh(orderId);
      return true;
    } catch (err) {
      report.failed += 1;
      this.logger.warn({ err, orderId }, 'sweep: refreshing the order failed; it will come up again');
      return false;
    }
  }
}
