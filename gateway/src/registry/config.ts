import { ConfigError, readInt, type Env } from '@commerce/lib';
import { readRegistryStoreConfig, type RegistryStoreConfig } from '@commerce/lib/registry';
import type { UsageConfig } from './usageRecorder.js';

export interface RegistryFollowConfig {
  store: RegistryStoreConfig;
  /** How often the registry is asked for a newer version. */
  pollMs: number;
  usage: UsageConfig;
}

function readRate(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\s*(0|1|0?\.\d+|1\.0*)\s*$/.test(raw) || value < 0 || value > 1) throw new ConfigError(name, raw, 'a number from 0 to 1');
  return value;
}

/**
 * Registry mode (`SUPERGRAPH_REGISTRY_DIR` or `SUPERGRAPH_REGISTRY_TABLE`): the gateway follows the
 * registry and records operation usage into it. Undefined means the static `SUPERGRAPH_PATH` file.
 */
export function loadRegistryConfig(env: Env): RegistryFollowConfig | undefined {
  const store = readRegistryStoreConfig(env);
  if (!store) return undefined;
  return {
    store,
    pollMs: readInt(env, 'SUPERGRAPH_POLL_SECONDS', 10, { min: 1, max: 3600 }) * 1000,
    usage: {
      // Every request in development; a sample in production, where volume makes one in ten plenty.
      sampleRate: readRate(env, 'USAGE_SAMPLE_RATE', env.NODE_ENV === 'production' ? 0.1 : 1),
      maxOperations: readInt(env, 'USAGE_MAX_OPERATIONS', 1000, { min: 1, max: 100_000 }),
      flushMs: readInt(env, 'USAGE_FLUSH_SECONDS', 30, { min: 1, max: 3600 }) * 1000,
    },
  };
}
