import { readDynamoConfig, readEnum, readPort, readRouterSecret, readString, type Env } from '@commerce/lib';

export interface CatalogConfig {
  port: number;
  dynamodb: { endpoint?: string; region: string };
  table: string;
  logLevel: string;
  routerSecret: string;
}

/** Parses and validates the catalog's environment once; a bad value fails start-up naming the variable. */
export function loadConfig(env: Env): CatalogConfig {
  return {
    port: readPort(env, 'PORT', 4001),
    dynamodb: readDynamoConfig(env),
    table: readString(env, 'CATALOG_TABLE', 'commerce-catalog'),
    logLevel: readEnum(env, 'LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
    routerSecret: readRouterSecret(env),
  };
}
