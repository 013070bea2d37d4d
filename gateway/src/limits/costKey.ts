import { Kind, type OperationDefinitionNode } from 'graphql';

/** Scalars whose value, once it is a string, cannot change a cost: only their presence can (argument weights). */
const OPAQUE_SCALARS = new Set(['String', 'ID']);

/**
 * The key under which an operation's cost is remembered for a request's variables. Cost depends on
 * list sizes, `@skip`/`@include` and which arguments are present, never on which cart, SKU or search
 * text a string names. Keying by the whole variables would make every cart mutation a new entry (each
 * carries its own cart id); so a String or ID variable that holds a string counts by its presence only.
 * Any other value keeps its place in the key, so a request whose variables do not coerce is costed on
 * its own and rejected as before.
 */
export function costKeyer(operation: OperationDefinitionNode | undefined): (variables: Record<string, unknown>) => string {
  const opaque = (operation?.variableDefinitions ?? [])
    .filter(({ type }) => {
      const nullable = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
      return nullable.kind === Kind.NAMED_TYPE && OPAQUE_SCALARS.has(nullable.name.value);
    })
    .map((definition) => definition.variable.name.value);
  if (opaque.length === 0) return (variables) => JSON.stringify(variables);
  return (variables) => {
    const rest = { ...variables };
    // Variable names cannot contain `{`, so the prefix never runs into the JSON that follows.
    let present = '';
    for (const name of opaque) {
      if (typeof rest[name] !== 'string') continue;
      delete rest[name];
      present += `${name},`;
    }
    return present + JSON.stringify(rest);
  };
}
