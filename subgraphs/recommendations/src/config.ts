import { ConfigError, readBoolean, readEnum, readInt, readOptionalString, readPort, readRouterSecret, readString, readUrl, type Env } from '@commerce/lib';

export type GraphStoreConfig =
  | { kind: 'kuzu'; path: string }
  | { kind: 'bolt'; uri: string; auth: 'none' | 'basic' | 'neptune-iam'; user?: string; password?: string; database?: string; region: string }
  | { kind: 'neptune-https'; endpoint: string; iamAuth: boolean; region: string };

export interface RecommendationsConfig {
  port: number;
  graph: GraphStoreConfig;
  queryTimeoutMs: number;
  logLevel: string;
  routerSecret: string;
}

const BOLT_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

function readBoltUri(env: Env): string {
  const raw = readOptionalString(env, 'NEO4J_URI');
  if (raw === undefined) throw new ConfigError('NEO4J_URI', '', 'a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI (required when GRAPH_STORE=bolt)');
  let scheme = '';
  try {
    scheme = new URL(raw).protocol;
  } catch {
    // reported below
  }
  if (!BOLT_SCHEMES.includes(scheme)) throw new ConfigError('NEO4J_URI', raw, 'a bolt://, bolt+s://, neo4j:// or neo4j+s:// URI');
  return raw;
}

function readGraph(env: Env): GraphStoreConfig {
  const kind = readEnum(env, 'GRAPH_STORE', ['kuzu', 'bolt', 'neptune-https'], 'kuzu');
  const region = readString(env, 'AWS_REGION', readOptionalString(env, 'AWS_DEFAULT_REGION') ?? 'us-east-1');
  switch (kind) {
    case 'kuzu':
      return { kind, path: readString(env, 'RECOMMENDATIONS_GRAPH_PATH', ':memory:') };
    case 'bolt': {
      const user = readOptionalString(env, 'NEO4J_USER');
      const auth = readEnum(env, 'NEO4J_AUTH', ['none', 'basic', 'neptune-iam'], user === undefined ? 'none' : 'basic');
      if (auth === 'basic' && user === undefined) throw new ConfigError('NEO4J_USER', '', 'a user name when NEO4J_AUTH=basic');
      const database = readOptionalString(env, 'NEO4J_DATABASE');
      const password = readOptionalString(env, 'NEO4J_PASSWORD');
      return { kind, uri: readBoltUri(env), auth, region, ...(user !== undefined ? { user } : {}), ...(password !== undefined ? { password } : {}), ...(database ? { database } : {}) };
    }
    case 'neptune-https': {
      const endpoint = readUrl(env, 'NEPTUNE_ENDPOINT');
      if (endpoint === undefined) throw new ConfigError('NEPTUNE_ENDPOINT', '', 'https://<cluster endpoint>:8182 (required when GRAPH_STORE=neptune-https)');
      return { kind, endpoint, iamAuth: readBoolean(env, 'NEPTUNE_IAM_AUTH', true), region };
    }
  }
}

/** Parses and validates the recommendations subgraph's environment once; a bad value fails start-up naming the variable. */
export function loadConfig(env: Env): RecommendationsConfig {
  return {
    port: readPort(env, 'PORT', 4002),
    graph: readGraph(env),
    queryTimeoutMs: readInt(env, 'GRAPH_QUERY_TIMEOUT_MS', 5_000, { min: 100, max: 120_000 }),
    logLevel: readEnum(env, 'LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
    routerSecret: readRouterSecret(env),
  };
}
