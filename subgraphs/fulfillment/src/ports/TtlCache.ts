/**
 * A shared cache with per-entry expiry. The in-process adapter is the default; a deployment with many
 * replicas can put Redis/ElastiCache behind the same port (MGET for `getMany`, SET PX for `setMany`).
 */
export interface TtlCache<V> {
  /** Entries that exist and have not expired; missing keys are absent from the map. */
  getMany(keys: readonly string[]): Promise<Map<string, V>>;
  setMany(entries: readonly { key: string; value: V; expiresAt: number }[]): Promise<void>;
}
