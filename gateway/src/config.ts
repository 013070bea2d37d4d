import { fileURLToPath } from 'node:url';
import { ConfigError, readBoolean, readEnum, readInt, readPort, readString, type Env } from '@commerce/lib';

export interface GatewayConfig {
  port: number;
  supergraphPath: string;
  /** Routing URL overrides by subgraph name (from `SUBGRAPH_<NAME>_URL`). */
  subgraphUrls: Record<string, string>;
  playground: boolean;
  introspection: boolean;
  /** `.graphql` files whose operations the playground preloads; missing means none. */
  playgroundExamplesDir: string;
  readinessTimeoutMs: number;
  logLevel: string;
}

const repoFile = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Parses and validates the gateway's environment once; a bad value fails start-up naming the variable. */
export function loadConfig(env: Env): GatewayConfig {
  return {
    port: readPort(env, 'PORT', 4000),
    supergraphPath: readString(env, 'SUPERGRAPH_PATH', repoFile('schema/supergraph.graphql')),
    subgraphUrls: readSubgraphUrls(env),
    playground: readBoolean(env, 'PLAYGROUND', true),
    introspection: readBoolean(env, 'INTROSPECTION', true),
    playgroundExamplesDir: readString(env, 'PLAYGROUND_EXAMPLES_DIR', repoFile('test/operations')),
    readinessTimeoutMs: readInt(env, 'READINESS_TIMEOUT_MS', 2000, { min: 100, max: 60_000 }),
    logLevel: readEnum(env, 'LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
  };
}

function readSubgraphUrls(env: Env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(name);
    if (!match || !value) continue;
    try {
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
    } catch {
      throw new ConfigError(name, value, 'an absolute http:// or https:// URL of the subgraph endpoint');
    }
    urls[match[1]!.toLowerCase()] = value;
  }
  return urls;
}
