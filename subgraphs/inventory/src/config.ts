import {
  ConfigError,
  readDynamoConfig,
  readEnum,
  readEventBusConfig,
  readInt,
  readOptionalString,
  readPort,
  readRouterSecret,
  readString,
  readUrl,
  type Env,
  type EventBusConfig,
} from '@commerce/lib';
import { ERP_SIMULATOR_DEFAULT_PORT, ODATA_PATHS } from './adapters/erp-simulator/defaults.js';

export interface InventoryConfig {
  port: number;
  dynamodb: { endpoint?: string; region: string };
  table: string;
  logLevel: string;
  routerSecret: string;
  /** JSON file replacing the demo warehouse network; null for the default. */
  warehousesFile: string | null;
  erp: {
    serviceUrl: string;
    version: 2 | 4;
    pageSize: number;
    timeoutMs: number;
    maxAttempts: number;
    basicAuth?: { user: string; password: string };
    sapClient?: string;
  };
  /** The folder partners drop X12 846 files into; null: no EDI import. */
  ediDropDir: string | null;
  /** 0 disables the periodic sync (run `npm run inventory:sync` instead). */
  syncIntervalMs: number;
  syncOverlapMs: number;
  syncLeaseMs: number;
  /** 0 disables the expiry sweep. */
  expirySweepIntervalMs: number;
  reserveMaxAttempts: number;
  eventBus: EventBusConfig;
}

const SIMULATOR_SERVICE_URL = `http://127.0.0.1:${ERP_SIMULATOR_DEFAULT_PORT}${ODATA_PATHS.v2}`;

/**
 * Parses and validates the inventory subgraph's environment once; a bad value fails start-up naming
 * the variable. Without ERP_ODATA_URL it reads the ERP simulator on its default port (not allowed when
 * NODE_ENV=production).
 */
export function loadConfig(env: Env): InventoryConfig {
  const erpUrl = readUrl(env, 'ERP_ODATA_URL');
  if (!erpUrl && env.NODE_ENV === 'production') {
    throw new ConfigError('ERP_ODATA_URL', '', 'the OData service root of the ERP’s material stock API (required when NODE_ENV=production)');
  }
  const user = readOptionalString(env, 'ERP_ODATA_USER');
  const password = readOptionalString(env, 'ERP_ODATA_PASSWORD');
  if ((user === undefined) !== (password === undefined)) {
    throw new ConfigError(user === undefined ? 'ERP_ODATA_USER' : 'ERP_ODATA_PASSWORD', '', 'a value (ERP_ODATA_USER and ERP_ODATA_PASSWORD go together)');
  }
  const sapClient = readOptionalString(env, 'ERP_ODATA_SAP_CLIENT');
  if (sapClient !== undefined && !/^\d{3}$/.test(sapClient)) throw new ConfigError('ERP_ODATA_SAP_CLIENT', sapClient, 'a three-digit SAP client such as 100');
  const syncSeconds = readInt(env, 'INVENTORY_SYNC_SECONDS', 60, { min: 0, max: 86_400 });
  return {
    port: readPort(env, 'PORT', 4003),
    dynamodb: readDynamoConfig(env),
    table: readString(env, 'INVENTORY_TABLE', 'commerce-inventory'),
    logLevel: readEnum(env, 'LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
    routerSecret: readRouterSecret(env),
    warehousesFile: readOptionalString(env, 'INVENTORY_WAREHOUSES_FILE') ?? null,
    erp: {
      serviceUrl: erpUrl ?? SIMULATOR_SERVICE_URL,
      version: Number(readEnum(env, 'ERP_ODATA_VERSION', ['2', '4'], '2')) as 2 | 4,
      pageSize: readInt(env, 'ERP_ODATA_PAGE_SIZE', 1000, { min: 1, max: 5000 }),
      timeoutMs: readInt(env, 'ERP_ODATA_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
      maxAttempts: readInt(env, 'ERP_ODATA_MAX_ATTEMPTS', 3, { min: 1, max: 10 }),
      ...(user !== undefined && password !== undefined ? { basicAuth: { user, password } } : {}),
      ...(sapClient !== undefined ? { sapClient } : {}),
    },
    ediDropDir: readOptionalString(env, 'EDI_DROP_DIR') ?? null,
    syncIntervalMs: syncSeconds * 1000,
    syncOverlapMs: readInt(env, 'INVENTORY_SYNC_OVERLAP_SECONDS', 120, { min: 0, max: 86_400 }) * 1000,
    syncLeaseMs: Math.max(10 * 60_000, 2 * syncSeconds * 1000),
    expirySweepIntervalMs: readInt(env, 'INVENTORY_EXPIRY_SWEEP_SECONDS', 30, { min: 0, max: 3600 }) * 1000,
    reserveMaxAttempts: readInt(env, 'INVENTORY_RESERVE_MAX_ATTEMPTS', 8, { min: 1, max: 50 }),
    eventBus: readEventBusConfig(env),
  };
}
