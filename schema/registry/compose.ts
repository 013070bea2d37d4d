import { composeServices } from '@apollo/composition';
import type { SubgraphSchema } from '@commerce/lib/registry';
import { GraphQLError, Source, parse, type DocumentNode, type GraphQLSchema } from 'graphql';

/** One composition error, with what a subgraph owner needs to find it. */
export interface CompositionProblem {
  code: string;
  message: string;
  /** Subgraphs the error involves. */
  subgraphs: string[];
  /** Types and `Type.field` coordinates the error names. */
  coordinates: string[];
  /** `subgraph:line` of the definitions involved, when known. */
  locations: string[];
}

export type Composition =
  | { ok: true; supergraphSdl: string; apiSchema: GraphQLSchema; hints: string[] }
  | { ok: false; errors: CompositionProblem[] };

const QUOTED_COORDINATE = /"([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)(?:\([^)"]*\))?"/g;
const SUBGRAPH_IN_MESSAGE = /subgraphs? "([^"]+)"|^\[([^\]]+)\]/g;
const BUILT_IN_SCALARS = new Set(['Int', 'Float', 'String', 'Boolean', 'ID']);

function problemOf(error: GraphQLError, names: ReadonlySet<string>): CompositionProblem {
  const subgraphs = new Set<string>();
  const locations = new Set<string>();
  for (const node of error.nodes ?? []) {
    const subgraph = (node as { subgraph?: string }).subgraph ?? node.loc?.source.name;
    if (subgraph && names.has(subgraph)) {
      subgraphs.add(subgraph);
      if (node.loc) locations.add(`${subgraph}:${node.loc.startToken.line}`);
    }
  }
  for (const match of error.message.matchAll(SUBGRAPH_IN_MESSAGE)) {
    for (const quoted of (match[1] ?? match[2] ?? '').split(/"?\s*(?:,|and)\s*"?/)) if (names.has(quoted)) subgraphs.add(quoted);
  }
  const coordinates = new Set<string>();
  for (const match of error.message.matchAll(QUOTED_COORDINATE)) {
    const candidate = match[1]!;
    // Subgraph names and directive arguments are quoted too; type names start upper case.
    if (!names.has(candidate) && !BUILT_IN_SCALARS.has(candidate) && /^[A-Z_]/.test(candidate)) coordinates.add(candidate);
  }
  return {
    code: String(error.extensions?.code ?? 'INVALID_GRAPHQL'),
    message: error.message,
    subgraphs: [...subgraphs].sort(),
    coordinates: [...coordinates],
    locations: [...locations],
  };
}

/**
 * Composes subgraphs the way `npm run compose` does (`composeServices` from `@apollo/composition`); the
 * supergraph SDL is what a gateway loads, the API schema what clients see.
 */
export function composeSubgraphs(subgraphs: readonly SubgraphSchema[]): Composition {
  const names = new Set(subgraphs.map((s) => s.name));
  const services: { name: string; url: string; typeDefs: DocumentNode }[] = [];
  const parseErrors: CompositionProblem[] = [];
  for (const { name, url, sdl } of subgraphs) {
    try {
      // Named sources let errors point at `subgraph:line`.
      services.push({ name, url, typeDefs: parse(new Source(sdl, name)) });
    } catch (err) {
      if (!(err instanceof GraphQLError)) throw err;
      parseErrors.push({
        code: 'GRAPHQL_PARSE_FAILED',
        message: `[${name}] ${err.message}`,
        subgraphs: [name],
        coordinates: [],
        locations: (err.locations ?? []).map((l) => `${name}:${l.line}`),
      });
    }
  }
  if (parseErrors.length > 0) return { ok: false, errors: parseErrors };
  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors.map((e) => problemOf(e, names)) };
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    apiSchema: result.schema.toAPISchema().toGraphQLJSSchema(),
    hints: result.hints.map((h) => h.toString()),
  };
}
