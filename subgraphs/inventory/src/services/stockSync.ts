import { randomUUID } from 'node:crypto';
import type { Logger } from '@commerce/lib';
import type { Clock } from '../ports/Clock.js';
import { StockSourceUnavailable, type StockSource } from '../ports/StockSource.js';
import type { ApplyOutcome, StockStore } from '../ports/StockStore.js';
import type { SyncLog, SyncRun } from '../ports/SyncLog.js';
import type { StockEvents } from './stockEvents.js';

export interface SyncSettings {
  /** Identifies this process as lease owner. */
  instanceId: string;
  /** A sync holds its source's lease this long, renewed after every batch. */
  leaseMs: number;
  /** A delta starts this far before the watermark, for source changes committed late; re-applying is a no-op. */
  overlapMs: number;
}

export interface SyncProgress {
  source: string;
  mode: SyncRun['mode'];
  fetched: number;
  applied: number;
  quarantined: number;
  done?: number;
  total?: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Pulls a source's changes since its watermark into the projection. Figures are applied idempotently
 * (older or identical ones are skipped), `reserved` is never written (open reservations survive any
 * sync), malformed records are quarantined with their reason, and every run is recorded.
 */
export class StockSync {
  /** Sources this process is syncing now; the lease covers other processes. */
  private readonly running = new Set<string>();

  constructor(
    private readonly stock: StockStore,
    private readonly log: SyncLog,
    private readonly events: StockEvents,
    private readonly clock: Clock,
    private readonly settings: SyncSettings,
    private readonly logger: Logger,
  ) {}

  /** The run's record, or null when another instance is syncing this source right now. */
  async run(source: StockSource, options: { full?: boolean; onProgress?: (progress: SyncProgress) => void; signal?: AbortSignal } = {}): Promise<SyncRun | null> {
    if (this.running.has(source.name)) return null;
    this.running.add(source.name);
    try {
      return await this.runLeased(source, options);
    } finally {
      this.running.delete(source.name);
    }
  }

  private async runLeased(source: StockSource, options: Parameters<StockSync['run']>[1] = {}): Promise<SyncRun | null> {
    const started = this.clock.now();
    const { instanceId, leaseMs } = this.settings;
    if (!(await this.log.acquireLease(source.name, instanceId, iso(started), iso(started + leaseMs)))) return null;
    const state = await this.log.state(source.name);
    const mode = options.full || state.watermark === null ? 'full' : 'delta';
    const since = mode === 'full' ? null : iso(Date.parse(state.watermark!) - this.settings.overlapMs);
    const run: SyncRun = {
      runId: randomUUID(),
      source: source.name,
      mode,
      startedAt: iso(started),
      finishedAt: iso(started),
      status: 'SUCCEEDED',
      since,
      watermark: state.watermark,
      fetched: 0,
      applied: 0,
      unchanged: 0,
      stale: 0,
      quarantined: 0,
      rejectedFiles: 0,
      stockChangedEvents: 0,
      durationMs: 0,
    };
    const timer = performance.now();
    try {
      for await (const batch of source.changes(since, options.signal)) {
        run.fetched += batch.records.length + batch.malformed.length;
        if (batch.rejected) run.rejectedFiles++;
        if (batch.malformed.length > 0) {
          await this.log.quarantine(run.runId, batch.malformed, iso(this.clock.now()));
          run.quarantined += batch.malformed.length;
        }
        const outcomes = batch.records.length > 0 ? await this.stock.applySourceStock(batch.records, iso(this.clock.now())) : [];
        this.count(run, outcomes);
        run.stockChangedEvents += await this.events.publishCrossings(
          outcomes.flatMap((o) => (o.result === 'applied' && o.before !== null ? [{ sku: o.sku, warehouseId: o.warehouseId, before: o.before, after: o.after }] : [])),
        );
        if (batch.watermark && (run.watermark === null || batch.watermark > run.watermark)) run.watermark = batch.watermark;
        await batch.acknowledge?.();
        const now = this.clock.now();
        await this.log.acquireLease(source.name, instanceId, iso(now), iso(now + leaseMs));
        options.onProgress?.({ source: source.name, mode, fetched: run.fetched, applied: run.applied, quarantined: run.quarantined, ...batch.progress });
      }
    } catch (err) {
      run.status = 'FAILED';
      run.error = err instanceof StockSourceUnavailable ? err.message : `sync failed: ${(err as Error).message}`;
      run.watermark = state.watermark;
      if (!(err instanceof StockSourceUnavailable)) this.logger.error({ err, source: source.name }, 'stock sync failed');
    } finally {
      run.finishedAt = iso(this.clock.now());
      run.durationMs = Math.round(performance.now() - timer);
      await this.log.recordRun(run);
      await this.log.releaseLease(source.name, instanceId);
    }
    return run;
  }

  private count(run: SyncRun, outcomes: readonly ApplyOutcome[]): void {
    for (const outcome of outcomes) run[outcome.result]++;
  }
}
