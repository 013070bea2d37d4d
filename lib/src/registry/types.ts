/**
 * The schema registry: every published subgraph SDL, the supergraph each publish composed, who published
 * it and why, and which operations use which fields. The gateway follows it; `npm run schema` writes it.
 */

/** One subgraph's SDL as composed into a registry version. */
export interface SubgraphSchema {
  name: string;
  /** Routing URL written into the supergraph; a gateway may override it with `SUBGRAPH_<NAME>_URL`. */
  url: string;
  sdl: string;
  /** Per subgraph: 1 for its first SDL, one more each time its SDL changes. */
  version: number;
}

export type RegistryAction = 'init' | 'publish' | 'rollback';

/** Breaking changes that known operations use, published anyway (`--force`); the message says why. */
export interface ForcedOverride {
  breakingChanges: string[];
  operations: string[];
}

/** What history shows of a version: everything but the SDL. */
export interface RegistryVersionInfo {
  /** 1, 2, 3… with no gaps: a version is never rewritten, a rollback is a new version. */
  version: number;
  /** ISO-8601. */
  createdAt: string;
  author: string;
  action: RegistryAction;
  /** The subgraph a publish changed. */
  subgraph?: string;
  message?: string;
  forced?: ForcedOverride;
  /** A rollback's source: the version whose content it restores. */
  rollbackTo?: number;
  /** Subgraph name → the subgraph SDL version composed into this supergraph. */
  subgraphVersions: Record<string, number>;
}

export interface RegistryVersion extends RegistryVersionInfo {
  supergraphSdl: string;
  subgraphs: SubgraphSchema[];
}

export type NewRegistryVersion = Omit<RegistryVersion, 'version' | 'createdAt' | 'subgraphVersions'>;

/** Field usage of one operation, as the gateway records it. */
export interface OperationUsage {
  /** sha256 hex of the document text: the trusted-document and APQ hash. */
  hash: string;
  /** Operation name; empty for an anonymous operation. */
  name: string;
  /** `Type.field` schema coordinates the operation selects. */
  fields: string[];
  /** Requests seen, estimated from the sample (sampled requests ÷ sample rate). */
  count: number;
  /** ISO-8601. */
  lastSeen: string;
}

export interface SchemaRegistryStore {
  /** The newest version number, 0 when nothing was published. Cheap: gateways poll it. */
  latestVersion(): Promise<number>;
  get(version: number): Promise<RegistryVersion | undefined>;
  /** Newest first. */
  history(limit?: number): Promise<RegistryVersionInfo[]>;
  /**
   * Stores version `expected + 1`. Fails with RegistryConflictError when the newest version is no longer
   * `expected` (someone published in between): the caller checks again against the new state.
   */
  append(next: NewRegistryVersion, expected: number): Promise<RegistryVersion>;
  /** Adds counts to what is recorded per operation (by hash and name). */
  recordUsage(batch: readonly OperationUsage[]): Promise<void>;
  usage(): Promise<OperationUsage[]>;
  close(): Promise<void>;
}

export class RegistryConflictError extends Error {
  constructor(expected: number, actual: number) {
    super(
      `The registry moved on while this was being checked: expected version ${expected} to be the newest, found ${actual}. ` +
        'Run the command again to check against the new version.',
    );
    this.name = 'RegistryConflictError';
  }
}

export function usageKey(usage: Pick<OperationUsage, 'hash' | 'name'>): string {
  return `${usage.hash}:${usage.name}`;
}

/** Adds `entry` into `into`: counts add up, fields unite, the later `lastSeen` wins. */
export function mergeUsage(into: Map<string, OperationUsage>, entry: OperationUsage): void {
  const key = usageKey(entry);
  const known = into.get(key);
  if (!known) {
    into.set(key, { ...entry, fields: [...entry.fields] });
    return;
  }
  known.count += entry.count;
  if (entry.lastSeen > known.lastSeen) known.lastSeen = entry.lastSeen;
  const fields = new Set(known.fields);
  for (const field of entry.fields) fields.add(field);
  known.fields = [...fields].sort();
}

export function subgraphVersionsOf(subgraphs: readonly SubgraphSchema[]): Record<string, number> {
  return Object.fromEntries(subgraphs.map((s) => [s.name, s.version]));
}

export function infoOf(version: RegistryVersion): RegistryVersionInfo {
  const { supergraphSdl: _sdl, subgraphs: _subgraphs, ...info } = version;
  return info;
}
