import type { FetchNode, PlanNode, QueryPlan, SubscriptionNode } from '@apollo/query-planner';
import { GraphQLError, Kind, parse, type SelectionSetNode } from 'graphql';

const UPSTREAM_CODES = new Set(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT']);
const MAX_PATHS_PER_FETCH = 5;

interface PlacedFetch {
  fetch: FetchNode;
  /** Flatten path from the root, `@` standing for every list item. */
  at: (string | number)[];
}

function collectFetches(node: PlanNode | SubscriptionNode | undefined, at: (string | number)[], out: PlacedFetch[]): void {
  if (!node) return;
  switch (node.kind) {
    case 'Fetch':
      out.push({ fetch: node, at });
      return;
    case 'Flatten':
      collectFetches(node.node, [...at, ...node.path], out);
      return;
    case 'Sequence':
    case 'Parallel':
      for (const child of node.nodes) collectFetches(child, at, out);
      return;
    case 'Condition':
      collectFetches(node.ifClause, at, out);
      collectFetches(node.elseClause, at, out);
      return;
    case 'Defer':
      collectFetches(node.primary.node, at, out);
      for (const deferred of node.deferred) collectFetches(deferred.node, at, out);
      return;
    case 'Subscription':
      collectFetches(node.primary, at, out);
      collectFetches(node.rest, at, out);
  }
}

/** Response keys a fetch fills in at its place: root fields, or the fields asked of `_entities`. */
function fieldsOf(fetch: FetchNode): string[] {
  const operation = (fetch.operationDocumentNode ?? parse(fetch.operation)).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const keys = (set: SelectionSetNode): string[] =>
    set.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.alias?.value ?? s.name.value] : s.kind === Kind.INLINE_FRAGMENT ? keys(s.selectionSet) : []));
  const entities = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
  const keysHere = entities && entities.kind === Kind.FIELD && entities.selectionSet ? keys(entities.selectionSet) : keys(operation.selectionSet);
  return keysHere.filter((k) => k !== '__typename');
}

function concretePaths(data: unknown, at: readonly (string | number)[], prefix: (string | number)[] = []): (string | number)[][] {
  if (data === null || data === undefined) return [];
  if (at.length === 0) return typeof data === 'object' && !Array.isArray(data) ? [prefix] : [];
  const [head, ...rest] = at;
  if (head === '@') {
    return Array.isArray(data) ? data.flatMap((item, i) => concretePaths(item, rest, [...prefix, i])) : [];
  }
  return concretePaths((data as Record<string, unknown>)[head as string], rest, [...prefix, head!]);
}

/**
 * Apollo Gateway reports a failed subgraph fetch as one error without a path. Using the query plan,
 * put that error on the paths the failed fetch would have filled (which are null in `data`), so a
 * client sees exactly which fields are missing and why, next to the partial data.
 */
export function attributeUpstreamErrors(
  data: Record<string, unknown> | null | undefined,
  errors: readonly GraphQLError[],
  plan: QueryPlan | undefined,
): GraphQLError[] {
  if (!plan || !data) return [...errors];
  const fetches: PlacedFetch[] = [];
  collectFetches(plan.node, [], fetches);
  return errors.flatMap((error) => {
    const service = error.extensions?.service;
    if (error.path || !UPSTREAM_CODES.has(String(error.extensions?.code)) || typeof service !== 'string') return [error];
    const placed = fetches
      .filter(({ fetch }) => fetch.serviceName === service)
      .flatMap(({ fetch, at }) => {
        const parents = concretePaths(data, at);
        return fieldsOf(fetch)
          .flatMap((key) =>
            parents.filter((parent) => walk(data, parent)?.[key] == null).map((parent) => [...parent, key]),
          )
          .slice(0, MAX_PATHS_PER_FETCH);
      });
    if (placed.length === 0) return [error];
    return placed.map((path) => new GraphQLError(error.message, { path, extensions: error.extensions }));
  });
}

function walk(data: unknown, path: readonly (string | number)[]): Record<string, unknown> | undefined {
  let value: unknown = data;
  for (const key of path) value = (value as Record<string | number, unknown> | null | undefined)?.[key];
  return value as Record<string, unknown> | undefined;
}
