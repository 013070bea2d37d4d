import { readFile } from 'node:fs/promises';
import type { SupergraphManager, SupergraphSdlUpdateFunction } from '@apollo/gateway';
import type { Logger } from '@commerce/lib';
import type { RegistryVersion, SchemaRegistryStore } from '@commerce/lib/registry';
import type { PreparedSupergraph } from './prepareSupergraph.js';

/** The supergraph in service, for `/readyz` and `/metrics`. */
export interface SupergraphState {
  /** Registry version; null for a supergraph file. */
  version: number | null;
  hash: string;
  loadedAt: Date;
  source: 'file' | 'registry';
  subgraphs: string[];
}

/** Apollo Gateway's supergraph manager, plus what the edge needs before the gateway starts. */
export interface SupergraphSource extends SupergraphManager {
  /** Loads the first supergraph; throws when there is none the gateway can serve. */
  load(): Promise<PreparedSupergraph>;
  readonly state: SupergraphState;
}

type Prepare = (sdl: string) => PreparedSupergraph;

const stateOf = (prepared: PreparedSupergraph, version: number | null, source: SupergraphState['source']): SupergraphState => ({
  version,
  hash: prepared.hash,
  loadedAt: new Date(),
  source,
  subgraphs: prepared.subgraphs,
});

/** `SUPERGRAPH_PATH`: one supergraph file, read at start-up. */
export class FileSupergraph implements SupergraphSource {
  private prepared: PreparedSupergraph | undefined;
  state!: SupergraphState;

  constructor(
    private readonly path: string,
    private readonly prepare: Prepare,
  ) {}

  async load(): Promise<PreparedSupergraph> {
    this.prepared = this.prepare(await readFile(this.path, 'utf8'));
    this.state = stateOf(this.prepared, null, 'file');
    return this.prepared;
  }

  async initialize() {
    return { supergraphSdl: (this.prepared ?? (await this.load())).sdl };
  }
}

export interface RegistrySupergraphOptions {
  pollMs: number;
  prepare: Prepare;
  logger: Logger;
  /** A newer version replaced the one in service. */
  loaded?(state: SupergraphState): void;
  /** A version was refused; the one in service stays. */
  refused?(version: number, reason: string): void;
}

export type PollOutcome = 'unchanged' | 'loaded' | 'refused' | 'unreachable';

/** Versions looked at, newest first, for one the gateway can serve when it starts. */
const START_CANDIDATES = 20;

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Follows the schema registry: polls for a newer version and hands it to Apollo Gateway's `update`,
 * which swaps schema, query planner and plan cache between two requests (requests already executing
 * finish on the plan they have). A version that fails to prepare or that the gateway rejects is logged
 * and skipped; the version in service stays until a newer one loads.
 */
export class RegistrySupergraph implements SupergraphSource {
  state!: SupergraphState;
  private prepared: PreparedSupergraph | undefined;
  private update: SupergraphSdlUpdateFunction | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<PollOutcome> | undefined;
  private readonly refusedVersions = new Set<number>();

  constructor(
    private readonly store: SchemaRegistryStore,
    private readonly options: RegistrySupergraphOptions,
  ) {}

  async load(): Promise<PreparedSupergraph> {
    const latest = await this.store.latestVersion();
    if (latest === 0) throw new Error('The schema registry has no supergraph yet: publish one first (`npm run schema -- init`).');
    for (let version = latest; version > Math.max(0, latest - START_CANDIDATES); version--) {
      const candidate = await this.store.get(version);
      if (!candidate) continue;
      try {
        this.prepared = this.options.prepare(candidate.supergraphSdl);
        this.state = stateOf(this.prepared, version, 'registry');
        return this.prepared;
      } catch (err) {
        this.refuse(version, reasonOf(err));
      }
    }
    throw new Error(`None of the newest ${START_CANDIDATES} registry versions up to ${latest} can be served; see the refusals logged above.`);
  }

  async initialize({ update }: { update: SupergraphSdlUpdateFunction }) {
    const prepared = this.prepared ?? (await this.load());
    this.update = update;
    this.timer = setInterval(() => void this.poll(), this.options.pollMs);
    this.timer.unref();
    return {
      supergraphSdl: prepared.sdl,
      cleanup: async () => {
        clearInterval(this.timer);
        await this.polling;
      },
    };
  }

  /** One look at the registry (the timer calls it; tests may too). Never two at once. */
  poll(): Promise<PollOutcome> {
    this.polling ??= this.pollOnce().finally(() => (this.polling = undefined));
    return this.polling;
  }

  private async pollOnce(): Promise<PollOutcome> {
    const started = performance.now();
    let latest: number;
    let candidate: RegistryVersion | undefined;
    try {
      latest = await this.store.latestVersion();
      // Only the newest version matters; any number other than the one in service is a change (a
      // registry reset to fewer versions included).
      if (latest === 0 || latest === this.state.version || this.refusedVersions.has(latest)) return 'unchanged';
      candidate = await this.store.get(latest);
      if (!candidate) return 'unchanged';
    } catch (err) {
      this.options.logger.warn({ err, version: this.state.version }, 'schema registry unreachable; keeping the supergraph in service');
      return 'unreachable';
    }
    try {
      const prepared = this.options.prepare(candidate.supergraphSdl);
      // Synchronous: Apollo Gateway and every schema listener (the edge's auth and cost rules, Apollo
      // Server's schema) switch before the next request is handled. It throws before changing anything
      // when it cannot build the supergraph; what could fail after that, prepare() has already done.
      this.update!(prepared.sdl);
      const previous = this.state.version;
      this.prepared = prepared;
      this.state = stateOf(prepared, latest, 'registry');
      this.options.loaded?.(this.state);
      this.options.logger.info({ version: latest, previous, ms: Math.round(performance.now() - started) }, 'supergraph updated from the registry');
      return 'loaded';
    } catch (err) {
      this.refuse(latest, reasonOf(err));
      return 'refused';
    }
  }

  private refuse(version: number, reason: string) {
    this.refusedVersions.add(version);
    this.options.refused?.(version, reason);
    this.options.logger.error({ version, inService: this.state?.version ?? null, reason }, 'supergraph refused; keeping the one in service');
  }
}
