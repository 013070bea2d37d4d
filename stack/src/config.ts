import { fileURLToPath } from 'node:url';
import { readBoolean, readInt, readPort, readString, type Env } from '@commerce/lib';

export interface StackConfig {
  /** Where the embedded stores and logs live. */
  dataDir: string;
  /** Start from empty stores. */
  fresh: boolean;
  ports: { gateway: number; catalog: number; dynamodb: number };
  seedProducts: number;
}

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** `npm start` settings: environment variables, plus `--fresh` on the command line. A port of 0 picks a free one. */
export function loadConfig(env: Env, argv: readonly string[]): StackConfig {
  return {
    dataDir: readString(env, 'DATA_DIR', `${repoRoot}.data`),
    fresh: argv.includes('--fresh') || readBoolean(env, 'FRESH', false),
    ports: {
      gateway: readPort(env, 'PORT', 4000),
      catalog: readPort(env, 'CATALOG_PORT', 4001),
      dynamodb: readPort(env, 'DYNAMODB_PORT', 8000),
    },
    seedProducts: readInt(env, 'SEED_PRODUCTS', 2000, { min: 1, max: 1_000_000 }),
  };
}
