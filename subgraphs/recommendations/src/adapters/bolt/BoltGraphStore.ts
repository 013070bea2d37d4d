import neo4j, { type AuthToken, type Config, type Driver } from 'neo4j-driver';
import {
  GraphQueryError,
  GraphStoreTimeoutError,
  GraphStoreUnavailableError,
  type CypherParams,
  type GraphStore,
  type RunOptions,
} from '../../ports/GraphStore.js';
import type { BoltAuthTokenManager } from './authTokens.js';

export interface BoltOptions {
  /** `bolt://`, `bolt+s://` (Neptune requires TLS), `neo4j://` or `neo4j+s://`. */
  uri: string;
  auth: BoltAuthTokenManager;
  /** Neo4j database name; Neptune and Memgraph have one graph and ignore it. */
  database?: string;
  queryTimeoutMs: number;
  now?: () => number;
  createDriver?: (uri: string, token: AuthToken, config: Config) => Driver;
}

interface Lease {
  driver: Driver;
  expiresAt: number;
  active: number;
  retired: boolean;
}

/** JS numbers travel as Bolt floats; integers (epoch ms, counts, quantities) must go as Bolt integers. */
function toBolt(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toBolt);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toBolt(v)]));
  return value;
}

/**
 * Neo4j, Memgraph and Neptune over Bolt, with neo4j-driver pinned to 4.4.11: the 4.4 line offers
 * Bolt 4.4-4.2, 4.1, 4.0 and 3 in its handshake; 5.0 dropped 4.0 (5.0-5.27 offer 5.x, 4.4-4.2, 4.1, 3)
 * and 5.28/6.x dropped 4.1 too. AWS documents Bolt 4.0 for Neptune. Credentials that expire (Neptune
 * IAM) are handled by replacing the driver when its token is due; the old one closes once idle.
 */
export class BoltGraphStore implements GraphStore {
  private lease?: Lease;
  private renewing?: Promise<Lease>;
  private readonly now: () => number;
  private readonly createDriver: NonNullable<BoltOptions['createDriver']>;

  constructor(private readonly options: BoltOptions) {
    this.now = options.now ?? Date.now;
    this.createDriver = options.createDriver ?? ((uri, token, config) => neo4j.driver(uri, token, config));
  }

  async run<T extends Record<string, unknown>>(cypher: string, params: CypherParams = {}, options: RunOptions = {}): Promise<T[]> {
    const lease = await this.acquire();
    lease.active++;
    const write = options.mode === 'write';
    const session = lease.driver.session({
      defaultAccessMode: write ? neo4j.session.WRITE : neo4j.session.READ,
      ...(this.options.database ? { database: this.options.database } : {}),
    });
    try {
      const work = (tx: Parameters<Parameters<typeof session.readTransaction>[0]>[0]) => tx.run(cypher, toBolt(params) as Record<string, unknown>);
      const config = { timeout: this.options.queryTimeoutMs };
      const result = write ? await session.writeTransaction(work, config) : await session.readTransaction(work, config);
      return result.records.map((record) => record.toObject() as T);
    } catch (err) {
      throw this.translate(err);
    } finally {
      await session.close().catch(() => undefined);
      lease.active--;
      if (lease.retired && lease.active === 0) void lease.driver.close();
    }
  }

  async close(): Promise<void> {
    const lease = this.lease;
    this.lease = undefined;
    await lease?.driver.close();
  }

  private async acquire(): Promise<Lease> {
    if (this.lease && this.now() < this.lease.expiresAt) return this.lease;
    this.renewing ??= this.renew().finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  private async renew(): Promise<Lease> {
    let token: { token: AuthToken; expiresAt: number };
    try {
      token = await this.options.auth.getToken();
    } catch (err) {
      throw new GraphStoreUnavailableError(`cannot obtain graph credentials: ${(err as Error).message}`, { cause: err });
    }
    const timeout = this.options.queryTimeoutMs;
    const driver = this.createDriver(this.options.uri, token.token, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionTimeout: Math.min(timeout, 10_000),
      connectionAcquisitionTimeout: timeout,
      // The driver retries transient failures this long; beyond the query budget a client is better served by null.
      maxTransactionRetryTime: timeout,
      userAgent: 'commerce-recommendations',
    });
    const previous = this.lease;
    this.lease = { driver, expiresAt: token.expiresAt, active: 0, retired: false };
    if (previous) {
      previous.retired = true;
      if (previous.active === 0) void previous.driver.close();
    }
    return this.lease;
  }

  private translate(err: unknown): Error {
    const code = String((err as { code?: unknown })?.code ?? '');
    const message = `${code ? `${code}: ` : ''}${(err as Error)?.message ?? String(err)}`;
    if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code.endsWith('TransactionTimedOutClientConfiguration')) {
      return new GraphStoreTimeoutError(this.options.queryTimeoutMs, { cause: err });
    }
    if (code.startsWith('Neo.ClientError.Statement.')) return new GraphQueryError(message, { cause: err });
    // ServiceUnavailable, SessionExpired, transient and security errors, and anything unknown.
    return new GraphStoreUnavailableError(`graph store over Bolt failed: ${message}`, { cause: err });
  }
}
