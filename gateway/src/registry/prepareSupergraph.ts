import { createHash } from 'node:crypto';
import { Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { readAuthRequirements } from '../auth/requirements.js';
import { markEnforcedSecurityFeatures } from '../auth/securityFeatures.js';
import { readCostDirectives } from '../limits/costDirectives.js';

export interface PreparedSupergraph {
  /** The SDL as the gateway loads it (enforced security features marked). */
  sdl: string;
  /** sha256 hex of the SDL as published. */
  hash: string;
  /** Names of the subgraphs it routes to. */
  subgraphs: string[];
}

/** Federation reports several problems as one error whose `causes` say what each is; one line each. */
function reasonOf(err: unknown): string {
  const causes = (err as { causes?: unknown }).causes;
  if (Array.isArray(causes) && causes.length > 0) return causes.map(reasonOf).join('; ');
  const message = err instanceof Error ? err.message : String(err);
  // GraphQL errors append the source excerpt after a blank line.
  return message.split('\n\n')[0]!.replace(/\s*\n\s*/g, ' ');
}

/**
 * Everything the gateway does with a supergraph, done once beforehand so that a supergraph the gateway
 * cannot serve is refused before it replaces the one in service: Apollo Gateway's own load (linked
 * features it supports, schema validity), the API schema and the query planner it builds from it (it
 * builds them after committing to the new version, so a failure there would leave it half updated),
 * a URL for every subgraph, and the authorization and cost directives the edge reads. Throws why not.
 */
export function prepareSupergraph(supergraphSdl: string, subgraphUrls: Readonly<Record<string, string>>): PreparedSupergraph {
  const sdl = markEnforcedSecurityFeatures(supergraphSdl);
  let supergraph: Supergraph;
  try {
    supergraph = Supergraph.build(sdl, { validateSupergraph: true });
    supergraph.apiSchema();
    new QueryPlanner(supergraph);
  } catch (err) {
    throw new Error(reasonOf(err));
  }
  const subgraphs = supergraph.subgraphsMetadata();
  for (const { name, url } of subgraphs) {
    if (!url && !subgraphUrls[name.toLowerCase()]) throw new Error(`Subgraph ${name} has no routing URL; set SUBGRAPH_${name.toUpperCase()}_URL.`);
  }
  readAuthRequirements(sdl);
  readCostDirectives(sdl);
  return { sdl, hash: createHash('sha256').update(supergraphSdl).digest('hex'), subgraphs: subgraphs.map((s) => s.name) };
}
