/**
 * The graph the recommendations are computed from, reached through openCypher text with parameters.
 * Every adapter runs the same query texts (src/queries.ts); adapters differ only in transport.
 */
/** Strings, numbers (integers for counts and epoch-ms times), booleans, null, and lists/maps of them. */
export type CypherParams = Record<string, unknown>;

export interface RunOptions {
  /** Routes the query: a write goes to the writer (Neptune/Neo4j clusters) and is serialised (Kuzu). */
  mode?: 'read' | 'write';
}

/** New relationships between existing nodes, many at a time. Used by the seed only; not idempotent. */
export type RelationshipBatch =
  | { type: 'PURCHASED'; rows: { customerId: string; productId: string; at: number; quantity: number; orderId: string }[] }
  | { type: 'VIEWED'; rows: { sessionId: string; productId: string; at: number }[] };

export interface GraphStore {
  /** Runs one query; rows are plain objects keyed by the RETURN aliases, integers as JS numbers. */
  run<T extends Record<string, unknown>>(cypher: string, params?: CypherParams, options?: RunOptions): Promise<T[]>;
  /**
   * A faster path than UNWIND ... CREATE for loading history in bulk, where the engine has one
   * (Kuzu's COPY). Callers fall back to the portable queries when it is absent.
   */
  createRelationships?(batch: RelationshipBatch): Promise<void>;
  close(): Promise<void>;
}

/** The store cannot be reached or refused to work (connection, throttling, closed). Worth retrying later. */
export class GraphStoreUnavailableError extends Error {
  override name = 'GraphStoreUnavailableError';
}

/** The store did not answer in time. */
export class GraphStoreTimeoutError extends Error {
  override name = 'GraphStoreTimeoutError';
  constructor(readonly timeoutMs: number, options?: { cause?: unknown }) {
    super(`graph query did not finish within ${timeoutMs} ms`, options);
  }
}

/** The store rejected the query text itself: a defect in our queries, never the client's fault. */
export class GraphQueryError extends Error {
  override name = 'GraphQueryError';
}
