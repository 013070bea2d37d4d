import type { Requirement } from '@commerce/lib';
import { Kind, parse, valueFromASTUntyped, type ConstDirectiveNode } from 'graphql';

export interface AuthRequirements {
  /** By `Type.field`. */
  fields: Map<string, Requirement>;
  /** By type name: applies to every field whose type it is. */
  types: Map<string, Requirement>;
}

function requirementOf(directives: readonly ConstDirectiveNode[] | undefined): Requirement | undefined {
  let authenticated = false;
  let scopes: string[][] | null = null;
  for (const directive of directives ?? []) {
    if (directive.name.value === 'authenticated') authenticated = true;
    if (directive.name.value === 'requiresScopes') {
      const arg = directive.arguments?.find((a) => a.name.value === 'scopes');
      scopes = arg ? (valueFromASTUntyped(arg.value) as string[][]) : [];
    }
  }
  return authenticated || scopes ? { authenticated, scopes } : undefined;
}

/**
 * Reads the authorization directives that composition carries into the supergraph (the API schema the
 * gateway executes against no longer has them).
 */
export function readAuthRequirements(supergraphSdl: string): AuthRequirements {
  const fields = new Map<string, Requirement>();
  const types = new Map<string, Requirement>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.SCALAR_TYPE_DEFINITION &&
      definition.kind !== Kind.ENUM_TYPE_DEFINITION
    ) {
      continue;
    }
    const typeName = definition.name.value;
    const onType = requirementOf(definition.directives);
    if (onType) types.set(typeName, onType);
    if (!('fields' in definition)) continue;
    for (const field of definition.fields ?? []) {
      const onField = requirementOf(field.directives);
      if (onField) fields.set(`${typeName}.${field.name.value}`, onField);
    }
  }
  return { fields, types };
}
