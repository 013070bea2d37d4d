import type { MalformedRecord } from '../domain/models.js';

export interface SyncRun {
  runId: string;
  source: string;
  mode: 'full' | 'delta';
  startedAt: string;
  finishedAt: string;
  status: 'SUCCEEDED' | 'FAILED';
  /** The watermark the run started from (null for a full sync). */
  since: string | null;
  /** The watermark after the run. */
  watermark: string | null;
  fetched: number;
  applied: number;
  unchanged: number;
  stale: number;
  quarantined: number;
  rejectedFiles: number;
  stockChangedEvents: number;
  durationMs: number;
  error?: string;
}

export interface SyncState {
  source: string;
  watermark: string | null;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastError: string | null;
}

/** What syncs did: per-source state (watermark, health), run records and quarantined records. */
export interface SyncLog {
  state(source: string): Promise<SyncState>;
  /** Records the run and moves the source's state on (watermark only on success, only forward). */
  recordRun(run: SyncRun): Promise<void>;
  runs(source: string, limit: number): Promise<SyncRun[]>;
  quarantine(runId: string, records: readonly MalformedRecord[], at: string): Promise<void>;
  quarantined(source: string, limit: number): Promise<(MalformedRecord & { runId: string; at: string })[]>;
  /** One sync per source at a time across instances; true when `owner` holds the lease until `until`. */
  acquireLease(source: string, owner: string, now: string, until: string): Promise<boolean>;
  releaseLease(source: string, owner: string): Promise<void>;
}
