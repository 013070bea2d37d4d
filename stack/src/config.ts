import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { readBoolean, readInt, readOptionalString, readPort, readString, type Env } from '@commerce/lib';

export interface StackConfig {
  /** Where the embedded stores and logs live. */
  dataDir: string;
  /** Start from empty stores. */
  fresh: boolean;
  ports: {
    gateway: number;
    catalog: number;
    recommendations: number;
    inventory: number;
    orders: number;
    fulfillment: number;
    dynamodb: number;
    issuer: number;
    spApiSimulator: number;
    erpSimulator: number;
  };
  seedProducts: number;
  /** Shared by the gateway and the subgraphs to sign and check principals; random per run unless set. */
  routerSecret: string;
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
      recommendations: readPort(env, 'RECOMMENDATIONS_PORT', 4002),
      inventory: readPort(env, 'INVENTORY_PORT', 4003),
      orders: readPort(env, 'ORDERS_PORT', 4004),
      fulfillment: readPort(env, 'FULFILLMENT_PORT', 4005),
      dynamodb: readPort(env, 'DYNAMODB_PORT', 8000),
      issuer: readPort(env, 'ISSUER_PORT', 4010),
      spApiSimulator: readPort(env, 'SP_API_SIMULATOR_PORT', 4015),
      erpSimulator: readPort(env, 'ERP_SIMULATOR_PORT', 4016),
    },
    seedProducts: readInt(env, 'SEED_PRODUCTS', 2000, { min: 1, max: 1_000_000 }),
    routerSecret: readOptionalString(env, 'ROUTER_SECRET') ?? randomBytes(32).toString('base64url'),
  };
}
