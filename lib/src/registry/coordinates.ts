import {
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

function selectOperation(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((op) => op.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/** The operation and only the fragments it spreads, transitively. */
function operationDocument(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || used.has(fragment.name.value)) return;
        used.set(fragment.name.value, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
}

/**
 * The `Type.field` schema coordinates an operation selects, sorted: the parent type is the one the
 * selection is made on (an interface when selected through it). Fields the schema does not know are
 * skipped, so a document written against another schema version yields what still resolves.
 */
export function fieldCoordinates(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): string[] {
  const operation = selectOperation(document, operationName);
  if (!operation) return [];
  const coordinates = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    operationDocument(document, operation),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent || node.name.value.startsWith('__') || !typeInfo.getFieldDef()) return;
        coordinates.add(`${parent.name}.${node.name.value}`);
      },
    }),
  );
  return [...coordinates].sort();
}
