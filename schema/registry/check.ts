import { Supergraph } from '@apollo/federation-internals';
import { prepareSupergraph } from '@commerce/gateway/supergraph';
import type { RegistryVersion, SchemaRegistryStore, SubgraphSchema } from '@commerce/lib/registry';
import type { GraphQLSchema } from 'graphql';
import { ChangeImpact } from './affected.js';
import { composeSubgraphs, type Composition } from './compose.js';
import { diffApiSchemas, type SchemaChange } from './diff.js';
import { loadKnownOperations, type KnownOperation, type OperationSources } from './operations.js';

export interface CandidateSubgraph {
  name: string;
  sdl: string;
  /** Routing URL; defaults to the one the registry has for the subgraph. */
  url?: string;
  /** Routing URL for a subgraph new to the registry when none is given (schema/subgraphs.ts). */
  defaultUrl?: string;
}

export interface UsageSources extends Omit<OperationSources, 'usage' | 'usageSince'> {
  /** Recorded usage older than this many days does not count (default 30). */
  usageDays?: number;
}

export interface CheckedChange extends SchemaChange {
  /** Known operations the change affects. */
  operations: KnownOperation[];
}

export interface Assessment {
  changes: CheckedChange[];
  /** Breaking changes that known operations use: a publish refuses them unless forced. */
  blocking: CheckedChange[];
}

export interface CheckResult extends Assessment {
  subgraph: string;
  /** The registry version checked against; 0 for an empty registry. */
  baseVersion: number;
  composition: Composition;
  /** The candidate is what the registry already serves: nothing to publish. */
  unchanged: boolean;
  /** The subgraphs the candidate supergraph composes. */
  subgraphs: SubgraphSchema[];
  /** Composes, and breaks nothing in use. */
  ok: boolean;
}

/** A mistake in what the command was asked to do (not a refused schema). */
export class CheckInputError extends Error {
  override name = 'CheckInputError';
}

/** The client view of a supergraph. Which linked features a gateway supports is the gateway's concern. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl, { supportedFeatures: null }).apiSchema().toGraphQLJSSchema();
}

/** The next version number of a subgraph's SDL: one above any it ever had, rollbacks included. */
export async function nextSubgraphVersion(store: SchemaRegistryStore, name: string): Promise<number> {
  const history = await store.history(Number.MAX_SAFE_INTEGER);
  return Math.max(0, ...history.map((v) => v.subgraphVersions[name] ?? 0)) + 1;
}

/** Classifies what changes from the version in service to `after`, and which known operations each change breaks. */
export async function assessChange(
  store: SchemaRegistryStore,
  current: RegistryVersion | undefined,
  after: GraphQLSchema,
  sources: UsageSources,
): Promise<Assessment> {
  if (!current) return { changes: [], blocking: [] };
  const before = apiSchemaOf(current.supergraphSdl);
  const changes = await diffApiSchemas(before, after);
  if (!changes.some((c) => c.level === 'breaking')) return { changes: changes.map((c) => ({ ...c, operations: [] })), blocking: [] };
  const usageSince = new Date(Date.now() - (sources.usageDays ?? 30) * 86_400_000);
  const operations = await loadKnownOperations(before, { ...sources, usage: await store.usage(), usageSince });
  const impact = new ChangeImpact(before);
  const checked = changes.map((c) => ({ ...c, operations: c.level === 'breaking' ? impact.affectedOperations(c, operations) : [] }));
  return { changes: checked, blocking: checked.filter((c) => c.level === 'breaking' && c.operations.length > 0) };
}

/**
 * A supergraph that composes but that the gateway would refuse (a linked security feature it does not
 * enforce, such as `@policy`) fails here rather than in every gateway that polls it.
 */
export function gatewayCanLoad(composition: Composition): Composition {
  if (!composition.ok) return composition;
  try {
    prepareSupergraph(composition.supergraphSdl, {});
    return composition;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [{ code: 'GATEWAY_CANNOT_LOAD', message: `The gateway would refuse this supergraph: ${message}`, subgraphs: [], coordinates: [], locations: [] }] };
  }
}

/**
 * Composes the candidate SDL with every other subgraph's SDL in service, then diffs the resulting API
 * schema against the one in service. Breaking changes refuse only when a known operation uses them.
 */
export async function checkSubgraph(store: SchemaRegistryStore, candidate: CandidateSubgraph, sources: UsageSources = {}): Promise<CheckResult> {
  const baseVersion = await store.latestVersion();
  const current = baseVersion > 0 ? await store.get(baseVersion) : undefined;
  const existing = current?.subgraphs.find((s) => s.name === candidate.name);
  const url = candidate.url ?? existing?.url ?? candidate.defaultUrl;
  if (!url) throw new CheckInputError(`Subgraph ${candidate.name} is new to the registry: give its routing URL with --url.`);
  const unchanged = existing !== undefined && existing.sdl === candidate.sdl && existing.url === url;
  const version = unchanged ? existing.version : await nextSubgraphVersion(store, candidate.name);
  const proposed: SubgraphSchema = { name: candidate.name, url, sdl: candidate.sdl, version };
  // In place, or last when new: composition follows this order, as `npm run compose` follows schema/subgraphs.ts.
  const inService = current?.subgraphs ?? [];
  const subgraphs = existing ? inService.map((s) => (s.name === candidate.name ? proposed : s)) : [...inService, proposed];

  const composition = gatewayCanLoad(composeSubgraphs(subgraphs));
  const base = { subgraph: candidate.name, baseVersion, composition, unchanged, subgraphs };
  if (!composition.ok) return { ...base, changes: [], blocking: [], ok: false };
  const assessment = await assessChange(store, current, composition.apiSchema, sources);
  return { ...base, ...assessment, ok: assessment.blocking.length === 0 };
}
