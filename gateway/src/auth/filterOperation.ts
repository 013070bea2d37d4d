import { createHash } from 'node:crypto';
import {
  getNamedType,
  isCompositeType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { denial, type Principal } from '@commerce/lib';
import type { AuthRequirements } from './requirements.js';

interface PathEntry {
  key: string;
  nullable: boolean;
  node: FieldNode;
}

export interface Denial {
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  /** `Type.field` that was denied, for the message. */
  coordinate: string;
  scopes: string[][] | null;
  /** Response keys from the root to the field that becomes null (the nearest nullable one). */
  nullPath: string[];
}

/** Response key of the `__typename` that keeps an emptied selection valid; stripped from the response. */
export const PLACEHOLDER = '__authorizationPlaceholder';

export interface FilteredOperation {
  document: DocumentNode;
  denials: Denial[];
  /** A denied field has no nullable ancestor: the whole `data` is null. */
  dataIsNull: boolean;
}

/**
 * Removes the fields the principal may not see from an operation, so the subgraphs are never asked
 * for them, and says where the response must carry null and an error. A denied non-null field
 * nulls its nearest nullable ancestor, as GraphQL's own null propagation would.
 */
export function filterOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  requirements: AuthRequirements,
  principal: Pick<Principal, 'kind' | 'scopes'>,
): FilteredOperation | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const found: { code: Denial['code']; coordinate: string; scopes: string[][] | null; path: PathEntry[] }[] = [];

  // Returns how many fields were selected here and how many of them were denied.
  const walk = (set: SelectionSetNode, parent: GraphQLCompositeType, path: PathEntry[]): { fields: number; denied: number } => {
    let fields = 0;
    let denied = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
        if (!condition || !isCompositeType(condition)) continue;
        const inner = walk(fragment.selectionSet, condition, path);
        fields += inner.fields;
        denied += inner.denied;
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const field = parent.getFields()[name];
      if (!field) continue;
      fields += 1;
      const named = getNamedType(field.type);
      const coordinate = `${parent.name}.${name}`;
      const entry: PathEntry = { key: selection.alias?.value ?? name, nullable: !isNonNullType(field.type), node: selection };
      const requirement = requirements.fields.get(coordinate) ?? requirements.types.get(named.name);
      const code = denial(requirement, principal);
      if (code) {
        found.push({ code, coordinate, scopes: requirement?.scopes ?? null, path: [...path, entry] });
        denied += 1;
        continue;
      }
      if (selection.selectionSet && isCompositeType(named)) {
        const before = found.length;
        const inner = walk(selection.selectionSet, named, [...path, entry]);
        // Nothing left to select below: deny the field itself rather than send an empty selection.
        if (inner.fields > 0 && inner.denied === inner.fields) {
          const first = found[before]!;
          found.splice(before, found.length - before, { ...first, path: [...path, entry] });
          denied += 1;
        }
      }
    }
    return { fields, denied };
  };

  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  walk(operation.selectionSet, root, []);
  if (found.length === 0) return null;

  const remove = new Set<FieldNode>();
  let dataIsNull = false;
  const denials = found.map(({ code, coordinate, scopes, path }) => {
    let target = path.length - 1;
    while (target >= 0 && !path[target]!.nullable) target--;
    if (target < 0) dataIsNull = true;
    else remove.add(path[target]!.node);
    return { code, coordinate, scopes, nullPath: path.slice(0, target + 1).map((e) => e.key) };
  });

  const filtered = visit(document, {
    Field: { enter: (node) => (remove.has(node) ? null : undefined) },
    SelectionSet: {
      // A selection emptied by removals stays valid with __typename.
      leave: (node) =>
        node.selections.length === 0
          ? {
              ...node,
              selections: [
                { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: PLACEHOLDER }, name: { kind: Kind.NAME, value: '__typename' } },
              ],
            }
          : undefined,
    },
  });
  return { document: filtered, denials, dataIsNull };
}

export interface PreparedOperation extends FilteredOperation {
  /** The filtered document printed, and its hash: Apollo Gateway keys its plan cache by the hash. */
  source: string;
  queryHash: string;
}

/** How many principal classes (kind and scope set) one document's verdicts are kept for. */
const MAX_CLASSES_PER_DOCUMENT = 32;

/**
 * `filterOperation` remembered per document and principal class. Apollo Server hands the same parsed
 * document to every request with the same query text, and the verdict depends only on the principal's
 * kind and scopes, so each pair is walked, printed and hashed once, not on every request.
 */
export function createOperationFilter(schema: GraphQLSchema, requirements: AuthRequirements) {
  const verdicts = new WeakMap<DocumentNode, Map<string, PreparedOperation | null>>();
  return (document: DocumentNode, principal: Pick<Principal, 'kind' | 'scopes'>): PreparedOperation | null => {
    const key = `${principal.kind} ${[...principal.scopes].sort().join(' ')}`;
    let known = verdicts.get(document);
    if (known?.has(key)) return known.get(key)!;
    const filtered = filterOperation(schema, document, requirements, principal);
    let prepared: PreparedOperation | null = null;
    if (filtered) {
      const source = print(filtered.document);
      prepared = { ...filtered, source, queryHash: createHash('sha256').update(source).digest('hex') };
    }
    if (!known) verdicts.set(document, (known = new Map()));
    if (known.size < MAX_CLASSES_PER_DOCUMENT) known.set(key, prepared);
    return prepared;
  };
}
