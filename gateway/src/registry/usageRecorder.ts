import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from '@commerce/lib';
import { fieldCoordinates, mergeUsage, usageKey, type OperationUsage, type SchemaRegistryStore } from '@commerce/lib/registry';
import type { DocumentNode, GraphQLSchema } from 'graphql';

export interface UsageConfig {
  /** Share of requests recorded, 0 to 1. */
  sampleRate: number;
  /** Distinct operations held between two flushes; more are not recorded until the next flush. */
  maxOperations: number;
  flushMs: number;
}

export interface UsageRecorderOptions extends UsageConfig {
  store: Pick<SchemaRegistryStore, 'recordUsage'>;
  logger: Logger;
  random?: () => number;
}

/**
 * Which operations use which fields, for the registry's breaking-change check: per operation (document
 * hash and name) the `Type.field` coordinates it selects, a count and when it was last seen, sampled,
 * and flushed into the registry store periodically. Memory is bounded twice: at most `maxOperations`
 * pending entries, and as many cached coordinate lists (least recently used go first).
 */
export class UsageRecorder {
  private pending = new Map<string, OperationUsage>();
  private readonly coordinates = new Map<string, string[]>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<number> = Promise.resolve(0);
  /** Operations not recorded because `maxOperations` were pending (since start). */
  dropped = 0;

  constructor(private readonly options: UsageRecorderOptions) {}

  record(schema: GraphQLSchema, document: DocumentNode, hash: string, operationName: string | null | undefined): void {
    const random = this.options.random ?? Math.random;
    if (this.options.sampleRate <= 0 || random() >= this.options.sampleRate) return;
    const name = operationName ?? '';
    const key = usageKey({ hash, name });
    const weight = 1 / this.options.sampleRate;
    const now = new Date().toISOString();
    const entry = this.pending.get(key);
    if (entry) {
      entry.count += weight;
      entry.lastSeen = now;
      return;
    }
    if (this.pending.size >= this.options.maxOperations) {
      this.dropped += 1;
      return;
    }
    this.pending.set(key, { hash, name, fields: this.fieldsOf(key, schema, document, name), count: weight, lastSeen: now });
  }

  /** Records every executed operation (validated, within limits) into the sample. */
  plugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => ({
        executionDidStart: async ({ schema, document, queryHash, operationName }) => {
          this.record(schema, document, queryHash, operationName);
        },
      }),
    };
  }

  /** A new supergraph: coordinates are computed again against it. */
  schemaChanged(): void {
    this.coordinates.clear();
  }

  start(): void {
    this.timer = setInterval(() => void this.flush(), this.options.flushMs);
    this.timer.unref();
  }

  /** Writes what is pending into the store; on failure it is kept (within the cap) for the next flush. */
  flush(): Promise<number> {
    this.flushing = this.flushing.then(async () => {
      const batch = [...this.pending.values()];
      this.pending = new Map();
      if (batch.length === 0) return 0;
      try {
        await this.options.store.recordUsage(batch);
        return batch.length;
      } catch (err) {
        this.options.logger.warn({ err, operations: batch.length }, 'could not record operation usage in the schema registry; retrying later');
        for (const entry of batch) if (this.pending.size < this.options.maxOperations || this.pending.has(usageKey(entry))) mergeUsage(this.pending, entry);
        return 0;
      }
    });
    return this.flushing;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private fieldsOf(key: string, schema: GraphQLSchema, document: DocumentNode, name: string): string[] {
    let fields = this.coordinates.get(key);
    if (fields) {
      this.coordinates.delete(key);
    } else {
      fields = fieldCoordinates(schema, document, name || undefined);
      if (this.coordinates.size >= this.options.maxOperations) this.coordinates.delete(this.coordinates.keys().next().value!);
    }
    this.coordinates.set(key, fields);
    return fields;
  }
}
