import type { CypherParams } from '../ports/GraphStore.js';

const cache = new Map<string, Set<string>>();

/**
 * Only the parameters a query names: Kuzu rejects unknown ones, and callers pass one parameter set
 * (ids plus scoring tunables) to queries that use different subsets of it.
 */
export function usedParameters(cypher: string, params: CypherParams): CypherParams {
  let names = cache.get(cypher);
  if (!names) {
    names = new Set([...cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
    if (cache.size < 1_000) cache.set(cypher, names);
  }
  const used = names;
  return Object.fromEntries(Object.entries(params).filter(([name]) => used.has(name)));
}
