import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { CostDirectives, ListSize } from './costDirectives.js';

export interface CostOptions {
  directives: CostDirectives;
  defaultListSize: number;
}

/** `total = fixed + size × perItem`, kept apart so a parent's `@listSize(sizedFields)` can re-size it. */
interface Computed {
  total: number;
  perItem: number;
  fixed: number;
}

function numberAt(args: Record<string, unknown>, path: string): number | undefined {
  let value: unknown = args;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : undefined;
}

/** Demand-control list size: the largest slicing argument given, else `assumedSize`, else the default. */
export function listSizeFor(listSize: ListSize | undefined, args: Record<string, unknown>, defaultListSize: number): number {
  const sliced = (listSize?.slicingArguments ?? []).map((path) => numberAt(args, path)).filter((n): n is number => n !== undefined);
  if (sliced.length > 0) return Math.max(...sliced);
  return listSize?.assumedSize ?? defaultListSize;
}

/** Field nodes named in `names` directly under a selection set, looking through fragments. */
function sizedChildren(selectionSet: SelectionSetNode | undefined, names: string[], fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (names.includes(selection.name.value)) found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...sizedChildren(selection.selectionSet, names, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      found.push(...sizedChildren(fragments.get(selection.name.value)?.selectionSet, names, fragments, seen));
    }
  }
  return found;
}

/**
 * IBM/Apollo demand-control cost for graphql-query-complexity: a field costs its `@cost` weight (else
 * its type's `@cost`, else 1 for objects, interfaces and unions and 0 for scalars and enums) plus its
 * arguments' weights plus its selections; a list multiplies that by its size. `@listSize(sizedFields)`
 * sizes the named child lists (connection `edges`) from the parent's slicing argument instead.
 * Introspection is free here: graphql-js' MaxIntrospectionDepthRule already bounds it.
 */
export function demandControlEstimator(document: DocumentNode, { directives, defaultListSize }: CostOptions): ComplexityEstimator {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  // Estimators run children first, so a parent finds its children's figures here.
  const computed = new WeakMap<FieldNode, Computed>();
  return ({ type: parent, field, node, args, childComplexity }) => {
    if (parent.name.startsWith('__') || field.name.startsWith('__')) {
      computed.set(node, { total: 0, perItem: 0, fixed: 0 });
      return 0;
    }
    const named = getNamedType(field.type);
    const cost = directives.fields.get(`${parent.name}.${field.name}`);
    const weight = cost?.weight ?? directives.types.get(named.name) ?? (isCompositeType(named) ? 1 : 0);
    const fixed = Object.entries(cost?.argumentWeights ?? {}).reduce(
      (sum, [name, argWeight]) => (args[name] === undefined ? sum : sum + argWeight),
      0,
    );
    const size = listSizeFor(cost?.listSize, args, defaultListSize);
    const sizedFields = cost?.listSize?.sizedFields ?? [];
    let result: Computed;
    if (sizedFields.length > 0) {
      let children = childComplexity;
      for (const child of sizedChildren(node.selectionSet, sizedFields, fragments)) {
        const figures = computed.get(child);
        if (figures) children += figures.fixed + size * figures.perItem - figures.total;
      }
      result = { total: fixed + weight + children, perItem: weight + children, fixed };
    } else {
      const perItem = weight + childComplexity;
      const multiplier = isListType(getNullableType(field.type)) ? size : 1;
      result = { total: fixed + multiplier * perItem, perItem, fixed };
    }
    computed.set(node, result);
    return result.total;
  };
}

export interface CostRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string;
}

/** Cost of the selected operation; throws graphql-query-complexity's errors (bad variables, node cap). */
export function operationCost({ schema, document, variables, operationName }: CostRequest, options: CostOptions): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    ...(operationName ? { operationName } : {}),
    estimators: [demandControlEstimator(document, options)],
  });
}
