import { readFileSync } from 'node:fs';
import {
  Supergraph,
  isCompositeType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isSubtype,
  isUnionType,
  operationFromDocument,
  possibleRuntimeTypes,
  type CompositeType,
  type Operation,
  type Schema,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { markEnforcedSecurityFeatures } from '../auth/securityFeatures.js';

const root = new URL('../../../', import.meta.url);

/** The API schema of the repository's supergraph, as the gateway shapes responses against it. */
export function apiSchema(): Schema {
  return Supergraph.build(markEnforcedSecurityFeatures(readFileSync(new URL('schema/supergraph.graphql', root), 'utf8'))).apiSchema();
}

/** Every operation of the given `.graphql` files (paths from the repository root), by name. */
export function operationsOf(schema: Schema, files: readonly string[]): Map<string, Operation> {
  const operations = new Map<string, Operation>();
  for (const file of files) {
    const document = parse(readFileSync(new URL(file, root), 'utf8'));
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const name = (definition as OperationDefinitionNode).name?.value ?? file;
      operations.set(name, operationFromDocument(schema, document, { operationName: name, validate: false }));
    }
  }
  return operations;
}

/** Deterministic randomness, so that a failure names a case that can be run again. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What subgraphs could hand the shaper for `operation`: well-formed, then damaged at rate `damage` in the
 * ways subgraphs and merges go wrong (missing fields, nulls where the schema forbids them, leaves of the
 * wrong type, unknown or non-string __typename, a list where an object belongs and the other way round).
 */
export function generate(schema: Schema, operation: Operation, next: () => number, damage = 0): Record<string, unknown> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

  function leaf(type: Type): unknown {
    const name = (type as { name: string }).name;
    if (isEnumType(type)) return pick(type.values).name;
    if (name === 'Int') return Math.floor(next() * 1000) - 10;
    if (name === 'Float') return next() * 100;
    if (name === 'Boolean') return next() < 0.5;
    if (name === 'ID') return next() < 0.8 ? `id-${Math.floor(next() * 100)}` : Math.floor(next() * 100);
    if (name === 'String') return `text ${Math.floor(next() * 100)}`;
    return pick(['2026-11-21T00:00:00Z', 42, { any: 'json' }]);
  }

  function damaged(type: Type): unknown {
    return pick<() => unknown>([
      () => null,
      () => undefined,
      () => (next() < 0.5 ? 'not a number' : 12.5),
      () => true,
      () => ({ __typename: 'NoSuchType' }),
      () => ({ __typename: 7 }),
      () => (isListType(type) ? { not: 'a list' } : [1, 2]),
      () => 'NOT_AN_ENUM_VALUE',
    ])();
  }

  function value(type: Type, selectionSet: SelectionSet | undefined, nullable = true): unknown {
    if (next() < damage) return damaged(type);
    if (isNonNullType(type)) return value(type.ofType, selectionSet, false);
    if (nullable && next() < 0.05) return null;
    if (isListType(type)) return Array.from({ length: Math.floor(next() * 4) }, () => value(type.ofType, selectionSet));
    if (isCompositeType(type)) return object(type, selectionSet!);
    return leaf(type);
  }

  function object(type: CompositeType, selectionSet: SelectionSet): Record<string, unknown> {
    const runtime = isUnionType(type) || isInterfaceType(type) ? pick(possibleRuntimeTypes(type)) : type;
    const result: Record<string, unknown> = {};
    if (runtime !== type || next() < 0.5) result.__typename = runtime.name;
    fill(runtime, selectionSet, result);
    return result;
  }

  function fill(runtime: CompositeType, selectionSet: SelectionSet, result: Record<string, unknown>): void {
    for (const selection of selectionSet.selections()) {
      if (selection.kind === 'FieldSelection') {
        const field = selection.element;
        if (field.name === '__typename' || field.definition.isSchemaIntrospectionField()) continue;
        const generated = value(field.definition.type!, selection.selectionSet);
        const name = field.responseName();
        if (generated !== undefined) result[name] = name in result ? merged(result[name], generated) : generated;
      } else {
        const condition = selection.element.typeCondition;
        if (!condition || isSubtype(condition, runtime)) fill(runtime, selection.selectionSet, result);
      }
    }
  }

  // A field selected twice (here and in a fragment) comes from subgraphs once, with both selections in it.
  function merged(existing: unknown, generated: unknown): unknown {
    if (Array.isArray(existing) && Array.isArray(generated) && existing.length === generated.length) {
      return existing.map((item, i) => merged(item, generated[i]));
    }
    if (existing && generated && typeof existing === 'object' && typeof generated === 'object' && !Array.isArray(existing) && !Array.isArray(generated)) {
      const into = existing as Record<string, unknown>;
      for (const [key, item] of Object.entries(generated)) into[key] = key in into ? merged(into[key], item) : item;
    }
    return existing;
  }

  const rootType = schema.schemaDefinition.rootType(operation.rootKind)!;
  const data: Record<string, unknown> = {};
  fill(rootType, operation.selectionSet, data);
  return data;
}
