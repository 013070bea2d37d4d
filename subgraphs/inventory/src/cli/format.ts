import type { SyncProgress } from '../services/stockSync.js';
import type { SyncRun } from '../ports/SyncLog.js';

export function formatProgress(p: SyncProgress): string {
  const of = p.total !== undefined ? `${p.done ?? 0}/${p.total}` : `${p.done ?? p.fetched}`;
  const unit = p.source === 'edi-x12' ? 'files' : p.mode === 'full' ? 'ERP rows' : 'changed materials';
  return `Syncing ${p.source} (${p.mode}): ${of} ${unit}, ${p.applied} figures applied, ${p.quarantined} quarantined`;
}

/** One line a person can read, with the time the run took. */
export function formatRun(run: SyncRun): string {
  const counts = `${run.fetched} records: ${run.applied} applied, ${run.unchanged} unchanged, ${run.stale} older than stored, ${run.quarantined} quarantined`;
  const files = run.source === 'edi-x12' ? `, ${run.rejectedFiles} files rejected` : '';
  const status = run.status === 'SUCCEEDED' ? 'done' : `FAILED (${run.error})`;
  return `${run.source} ${run.mode} sync ${status} in ${(run.durationMs / 1000).toFixed(2)} s — ${counts}${files}; watermark ${run.watermark ?? 'none'}; run ${run.runId}`;
}
