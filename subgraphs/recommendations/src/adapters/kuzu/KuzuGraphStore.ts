import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import kuzu from 'kuzu';
import {
  GraphQueryError,
  GraphStoreTimeoutError,
  GraphStoreUnavailableError,
  type CypherParams,
  type GraphStore,
  type RelationshipBatch,
  type RunOptions,
} from '../../ports/GraphStore.js';
import { usedParameters } from '../parameters.js';
import { KUZU_COPY, KUZU_SCHEMA } from './schema.js';

type Connection = InstanceType<typeof kuzu.Connection>;
type PreparedStatement = Awaited<ReturnType<Connection['prepare']>>;

export interface KuzuOptions {
  /** A database path on disk, or `:memory:`. */
  path: string;
  /** Reads taking longer are interrupted; writes (seed loads included) are not. */
  queryTimeoutMs?: number;
}

const MEMORY = ':memory:';

/** Kuzu returns INT64 aggregates (sum, count) as bigint; the port promises plain numbers. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * Embedded Kuzu. One process may open a database directory at a time (single writer), and within
 * the process Kuzu allows one write transaction at a time, so writes queue on their own connection
 * while reads run on another.
 */
export class KuzuGraphStore implements GraphStore {
  private closed = false;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly statements = new Map<Connection, Map<string, PreparedStatement>>();

  private constructor(
    private readonly db: InstanceType<typeof kuzu.Database>,
    private readonly reader: Connection,
    private readonly writer: Connection,
    private readonly timeoutMs: number,
  ) {}

  /** Opens (creating when missing) the database and its schema. */
  static async open({ path, queryTimeoutMs = 0 }: KuzuOptions): Promise<KuzuGraphStore> {
    if (path !== MEMORY) await mkdir(dirname(path), { recursive: true });
    let db: InstanceType<typeof kuzu.Database>;
    try {
      db = new kuzu.Database(path);
      await db.init();
    } catch (err) {
      throw new GraphStoreUnavailableError(
        `Cannot open the Kuzu database at ${path}: ${(err as Error).message}. Kuzu allows one process per database; is another one running?`,
        { cause: err },
      );
    }
    const reader = new kuzu.Connection(db);
    const writer = new kuzu.Connection(db);
    if (queryTimeoutMs > 0) reader.setQueryTimeout(queryTimeoutMs);
    const store = new KuzuGraphStore(db, reader, writer, queryTimeoutMs);
    for (const ddl of KUZU_SCHEMA) await store.run(ddl, {}, { mode: 'write' });
    return store;
  }

  run<T extends Record<string, unknown>>(cypher: string, params: CypherParams = {}, options: RunOptions = {}): Promise<T[]> {
    if (options.mode === 'write') return this.serialised(() => this.execute<T>(this.writer, cypher, params));
    return this.execute<T>(this.reader, cypher, params);
  }

  async createRelationships(batch: RelationshipBatch): Promise<void> {
    if (batch.rows.length === 0) return;
    await this.serialised(() => this.execute(this.writer, KUZU_COPY[batch.type], { rows: batch.rows }));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.writes.catch(() => undefined);
    this.closed = true;
    await this.reader.close();
    await this.writer.close();
    // Closing the database checkpoints it, so the next process to open the directory starts clean.
    await this.db.close();
  }

  private serialised<R>(work: () => Promise<R>): Promise<R> {
    const next = this.writes.then(work, work);
    this.writes = next.catch(() => undefined);
    return next;
  }

  private async execute<T>(conn: Connection, cypher: string, params: CypherParams): Promise<T[]> {
    // A closed Kuzu connection must not be touched again (the native side does not guard it).
    if (this.closed) throw new GraphStoreUnavailableError('the Kuzu database is closed');
    try {
      const prepared = await this.prepare(conn, cypher);
      const result = await conn.execute(prepared, usedParameters(cypher, params) as Parameters<Connection['execute']>[1]);
      const results = Array.isArray(result) ? result : [result];
      // getAllSync converts rows in one native call; the async getAll makes one hop per row, ~10x slower.
      return results.flatMap((r) => {
        const rows = r.getAllSync();
        r.close();
        return rows.map((row) => plain(row) as T);
      });
    } catch (err) {
      throw this.translate(err);
    }
  }

  private async prepare(conn: Connection, cypher: string) {
    let cache = this.statements.get(conn);
    if (!cache) this.statements.set(conn, (cache = new Map()));
    const cached = cache.get(cypher);
    if (cached) return cached;
    const prepared = await conn.prepare(cypher);
    if (!prepared.isSuccess()) throw new GraphQueryError(prepared.getErrorMessage());
    cache.set(cypher, prepared);
    return prepared;
  }

  private translate(err: unknown): Error {
    if (err instanceof GraphQueryError || err instanceof GraphStoreUnavailableError) return err;
    const message = (err as Error)?.message ?? String(err);
    if (/^(Parser|Binder|Catalog) exception/.test(message)) return new GraphQueryError(message, { cause: err });
    if (/interrupt/i.test(message)) return new GraphStoreTimeoutError(this.timeoutMs, { cause: err });
    return new GraphStoreUnavailableError(`Kuzu failed: ${message}`, { cause: err });
  }
}
