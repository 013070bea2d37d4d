import {
  RegistryConflictError,
  type ForcedOverride,
  type RegistryVersion,
  type SchemaRegistryStore,
  type SubgraphSchema,
} from '@commerce/lib/registry';
import { apiSchemaOf, assessChange, CheckInputError, checkSubgraph, gatewayCanLoad, type Assessment, type CandidateSubgraph, type CheckResult, type UsageSources } from './check.js';
import { composeSubgraphs, type Composition } from './compose.js';

export interface Attribution {
  author: string;
  message?: string;
  /** Publish breaking changes that known operations use; needs a message saying why. */
  force?: boolean;
}

export type PublishOutcome =
  | { status: 'published'; version: RegistryVersion }
  | { status: 'unchanged'; version: number }
  | { status: 'refused' };

/** Concurrent publishers: the loser checks again against the winner's version, a few times. */
const ATTEMPTS = 3;

function overrideOf(assessment: Assessment, attribution: Attribution): ForcedOverride | undefined {
  if (assessment.blocking.length === 0) return undefined;
  if (!attribution.message?.trim()) throw new CheckInputError('--force publishes breaking changes that operations use: say why with --message.');
  return {
    breakingChanges: assessment.blocking.map((c) => c.message),
    operations: [...new Set(assessment.blocking.flatMap((c) => c.operations.map((o) => o.name)))].sort(),
  };
}

async function appendWithRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof RegistryConflictError) || i >= ATTEMPTS) throw err;
    }
  }
}

/** Runs the check, then stores the candidate SDL and the supergraph it composes as a new version. */
export async function publishSubgraph(
  store: SchemaRegistryStore,
  candidate: CandidateSubgraph,
  attribution: Attribution,
  sources: UsageSources = {},
): Promise<{ check: CheckResult; outcome: PublishOutcome }> {
  return appendWithRetry(async () => {
    const check = await checkSubgraph(store, candidate, sources);
    if (!check.composition.ok || (!check.ok && !attribution.force)) return { check, outcome: { status: 'refused' } };
    if (check.unchanged) return { check, outcome: { status: 'unchanged', version: check.baseVersion } };
    const forced = overrideOf(check, attribution);
    const version = await store.append(
      {
        action: 'publish',
        subgraph: candidate.name,
        author: attribution.author,
        ...(attribution.message ? { message: attribution.message } : {}),
        ...(forced ? { forced } : {}),
        supergraphSdl: check.composition.supergraphSdl,
        subgraphs: check.subgraphs,
      },
      check.baseVersion,
    );
    return { check, outcome: { status: 'published', version } };
  });
}

/** Publishes every subgraph at once into an empty registry; a registry that has versions is left alone. */
export async function initRegistry(
  store: SchemaRegistryStore,
  subgraphs: readonly Omit<SubgraphSchema, 'version'>[],
  attribution: Attribution,
): Promise<{ composition?: Composition; outcome: PublishOutcome }> {
  const latest = await store.latestVersion();
  if (latest > 0) return { outcome: { status: 'unchanged', version: latest } };
  const versioned = subgraphs.map((s) => ({ ...s, version: 1 }));
  const composition = gatewayCanLoad(composeSubgraphs(versioned));
  if (!composition.ok) return { composition, outcome: { status: 'refused' } };
  const version = await store.append(
    {
      action: 'init',
      author: attribution.author,
      message: attribution.message ?? `initial publish of ${subgraphs.map((s) => s.name).join(', ')}`,
      supergraphSdl: composition.supergraphSdl,
      subgraphs: versioned,
    },
    0,
  );
  return { composition, outcome: { status: 'published', version } };
}

/**
 * A new version with the content of an earlier one, so history stays append-only. What it removes
 * compared with the version in service is checked like a publish.
 */
export async function rollback(
  store: SchemaRegistryStore,
  to: number,
  attribution: Attribution,
  sources: UsageSources = {},
): Promise<{ assessment?: Assessment; outcome: PublishOutcome }> {
  return appendWithRetry(async () => {
    const target = await store.get(to);
    if (!target) throw new CheckInputError(`Version ${to} is not in the registry; see \`npm run schema -- history\`.`);
    const baseVersion = await store.latestVersion();
    const current = await store.get(baseVersion);
    if (current?.supergraphSdl === target.supergraphSdl) return { outcome: { status: 'unchanged', version: baseVersion } };
    const assessment = await assessChange(store, current, apiSchemaOf(target.supergraphSdl), sources);
    if (assessment.blocking.length > 0 && !attribution.force) return { assessment, outcome: { status: 'refused' } };
    const forced = overrideOf(assessment, attribution);
    const version = await store.append(
      {
        action: 'rollback',
        rollbackTo: to,
        author: attribution.author,
        message: attribution.message ?? `roll back to version ${to}`,
        ...(forced ? { forced } : {}),
        supergraphSdl: target.supergraphSdl,
        subgraphs: target.subgraphs,
      },
      baseVersion,
    );
    return { assessment, outcome: { status: 'published', version } };
  });
}
