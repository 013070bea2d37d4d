import { createRequire } from 'node:module';
import {
  ERRORS,
  Variable,
  isCompositeType,
  isCustomScalarType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  isValidLeafValue,
  typenameFieldName,
  type CompositeType,
  type Directive,
  type FieldSelection,
  type EnumType,
  type Operation,
  type ScalarType,
  type Schema,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';

export interface ShapingInput {
  operation: Operation;
  variables?: Record<string, unknown>;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (selection: FieldSelection) => unknown;
}

export interface ShapingResult {
  data: unknown;
  errors: GraphQLError[];
}

/**
 * `@apollo/gateway`'s response shaping (`computeResponse` in `resultShaping.js`), with the operation
 * walked once and kept as plain steps. Apollo's walks the operation's selection objects for every value of
 * every response: it looks up `@skip`/`@include` on each selection, reads the package's exports through
 * getters and allocates a result object per value; on a 48-product category page that is the gateway's
 * largest own cost. Same inputs, same data, same errors, same assertions: `shapeResponse.test.ts` checks
 * this against Apollo's function on generated and damaged subgraph data.
 */
export function computeResponse({ operation, variables, input, introspectionHandling }: ShapingInput): ShapingResult {
  if (!input) return { data: input, errors: [] };
  const compiled = compiledOperation(operation);
  const run: Run = {
    schema: compiled.schema,
    variables: { __proto__: null, ...compiled.defaultedVariables, ...variables },
    errors: [],
    path: [],
    introspectionHandling,
  };
  const data = Object.create(null) as Record<string, unknown>;
  const bubbled = applySteps(run, input, compiled.steps, data, compiled.rootType);
  return { data: bubbled ? null : data, errors: run.errors };
}

/** Makes `@apollo/gateway` shape responses with `computeResponse` above; its executor reads the export on each call. */
export function compileResponseShaping(): void {
  if (shaping.compiled) return;
  shaping.computeResponse = computeResponse;
  shaping.compiled = true;
}

const require = createRequire(import.meta.url);
const shaping = require('@apollo/gateway/dist/resultShaping.js') as { computeResponse: (input: ShapingInput) => ShapingResult; compiled?: true };

// ---------------------------------------------------------------------------------------------------------
// The operation, compiled

/** An `if:` argument of `@skip`/`@include`: a literal, or a variable with what an assertion would print. */
type Condition = { literal: boolean } | { variable: string; printed: string; directive: string };

interface Conditions {
  skip?: Condition;
  include?: Condition;
}

interface FieldStep extends Conditions {
  kind: 'field';
  responseName: string;
  /** `__schema` / `__type`: answered by the gateway's own introspection. */
  introspection?: FieldSelection;
  typename: boolean;
  shape: Shape;
  steps?: Step[];
}

interface FragmentStep extends Conditions {
  kind: 'fragment';
  typeCondition?: CompositeType;
  steps: Step[];
  /** Whether the type condition applies, by runtime `__typename` (or `parent:` + the parent type without one). */
  applies: Map<string, boolean>;
}

type Step = FieldStep | FragmentStep;

/** A field's type, unwrapped once; `type` is what error messages print. */
type Shape =
  | { kind: 'nonNull'; type: Type; of: Shape }
  | { kind: 'list'; type: Type; of: Shape }
  | { kind: 'composite'; type: Type }
  | { kind: 'leaf'; type: Type; valid: (value: unknown) => boolean };

interface CompiledOperation {
  schema: Schema;
  rootType: CompositeType;
  defaultedVariables: Record<string, unknown>;
  steps: Step[];
}

const compiledOperations = new WeakMap<Operation, CompiledOperation>();

function compiledOperation(operation: Operation): CompiledOperation {
  let compiled = compiledOperations.get(operation);
  if (!compiled) {
    const schema = operation.schema();
    compiled = {
      schema,
      rootType: schema.schemaDefinition.rootType(operation.rootKind) as CompositeType,
      defaultedVariables: operation.collectDefaultedVariableValues(),
      steps: compileSteps(schema, operation.selectionSet),
    };
    compiledOperations.set(operation, compiled);
  }
  return compiled;
}

function compileSteps(schema: Schema, selectionSet: SelectionSet): Step[] {
  return selectionSet.selections().map((selection): Step => {
    const conditions = compileConditions(selection.element.appliedDirectives);
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      return {
        kind: 'field',
        ...conditions,
        responseName: field.responseName(),
        introspection: field.definition.isSchemaIntrospectionField() ? selection : undefined,
        typename: field.name === typenameFieldName,
        shape: compileShape(schema, field.definition.type!),
        steps: selection.selectionSet && compileSteps(schema, selection.selectionSet),
      };
    }
    return {
      kind: 'fragment',
      ...conditions,
      typeCondition: selection.element.typeCondition,
      steps: compileSteps(schema, selection.selectionSet),
      applies: new Map(),
    };
  });
}

function compileConditions(directives: readonly Directive<any, any>[]): Conditions {
  const condition = (name: string): Condition | undefined => {
    const directive = directives.find((d) => d.name === name);
    if (!directive) return undefined;
    const value: unknown = directive.arguments().if;
    return value instanceof Variable ? { variable: value.name, printed: value.toString(), directive: directive.toString() } : { literal: value as boolean };
  };
  return { skip: condition('skip'), include: condition('include') };
}

function compileShape(schema: Schema, type: Type): Shape {
  if (isNonNullType(type)) return { kind: 'nonNull', type, of: compileShape(schema, type.ofType) };
  if (isListType(type)) return { kind: 'list', type, of: compileShape(schema, type.ofType) };
  if (isCompositeType(type)) return { kind: 'composite', type };
  return { kind: 'leaf', type, valid: leafValidator(schema, type as ScalarType | EnumType) };
}

function leafValidator(schema: Schema, type: ScalarType | EnumType): (value: unknown) => boolean {
  if (isCustomScalarType(type)) return () => true;
  if (type === schema.stringType()) return (value) => typeof value === 'string';
  return (value) => isValidLeafValue(schema, value, type);
}

// ---------------------------------------------------------------------------------------------------------
// Shaping one response

interface Run {
  schema: Schema;
  variables: Record<string, unknown>;
  errors: GraphQLError[];
  path: (string | number)[];
  introspectionHandling: (selection: FieldSelection) => unknown;
}

// What the last `update` call found, read by its caller straight after it returns (Apollo's returns an
// object per value for this).
let invalid = false;
let hasErrors = false;

/** Apollo's `applySelectionSet`; true where it answers NULL_BUBBLE_UP. */
function applySteps(run: Run, input: Record<string, any>, steps: Step[], output: Record<string, unknown>, parentType: CompositeType): boolean {
  for (const step of steps) {
    if (skipped(step, run.variables)) continue;
    if (step.kind === 'field') {
      const name = step.responseName;
      const outputValue = output[name];
      if (step.introspection) {
        if (outputValue === undefined) output[name] = run.introspectionHandling(step.introspection);
        continue;
      }
      let inputValue = (Object.hasOwn(input, name) ? input[name] : undefined) ?? null;
      if (step.typename) {
        if (outputValue === undefined) {
          if (inputValue === null && name !== typenameFieldName) inputValue = input[typenameFieldName] ?? null;
          const type = inputValue !== null && typeof inputValue === 'string' ? (run.schema.type(inputValue) ?? parentType) : parentType;
          if (!isObjectType(type)) return true;
          output[name] = type.name;
        }
        continue;
      }
      run.path.push(name);
      output[name] = update(run, outputValue, step.shape, inputValue, step.steps, parentType);
      run.path.pop();
      if (invalid) return true;
    } else {
      const typename: unknown = input[typenameFieldName];
      if (typename && typeof typename !== 'string') throw new Error(`Got unexpected value for __typename: ${typename}`);
      if (applies(run.schema, step, typename as string | undefined, parentType)) {
        if (applySteps(run, input, step.steps, output, step.typeCondition ?? parentType)) return true;
      }
    }
  }
  return false;
}

/** Apollo's `updateOutputValue`: the merged value, with `invalid` and `hasErrors` set for the caller. */
function update(run: Run, outputValue: any, shape: Shape, inputValue: any, steps: Step[] | undefined, parentType: CompositeType): unknown {
  if (inputValue === undefined) throw new Error('Should not pass undefined for `inputValue` to this method');
  invalid = false;
  hasErrors = false;
  if (outputValue === null || (outputValue !== undefined && !steps)) return outputValue;
  if (shape.kind === 'nonNull') {
    const updated = update(run, outputValue, shape.of, inputValue, steps, parentType);
    if (updated === null) {
      if (!hasErrors) {
        run.errors.push(ERRORS.INVALID_GRAPHQL.err(`Cannot return null for non-nullable ${describe(run.path, shape.of.type, parentType)}.`, { path: Array.from(run.path) }));
      }
      invalid = true;
      hasErrors = true;
      return null;
    }
    invalid = false;
    hasErrors = false;
    return updated;
  }
  if (inputValue === null) return null;
  if (shape.kind === 'list') {
    if (!Array.isArray(inputValue)) throw new Error(`Invalid non-list value ${inputValue} returned by subgraph for list type ${shape.type}`);
    if (outputValue !== undefined && !Array.isArray(outputValue)) throw new Error(`Invalid non-list value ${outputValue} returned by subgraph for list type ${shape.type}`);
    const outputs: unknown[] = outputValue ?? new Array(inputValue.length).fill(undefined);
    if (inputValue.length !== outputs.length) {
      throw new Error(`[${inputValue}].length (${inputValue.length}) !== [${outputs}].length (${outputs.length})`);
    }
    let nullify = false;
    let anyErrors = false;
    const updated = new Array(outputs.length);
    for (let i = 0; i < outputs.length; i++) {
      run.path.push(i);
      updated[i] = update(run, outputs[i], shape.of, inputValue[i], steps, parentType);
      run.path.pop();
      nullify ||= invalid;
      anyErrors ||= hasErrors;
    }
    invalid = false;
    hasErrors = anyErrors;
    return nullify ? null : updated;
  }
  if (shape.kind === 'composite') {
    if (!steps) throw new Error(`Invalid empty selection set for composite type ${shape.type}`);
    if (typeof inputValue !== 'object') throw new Error(`Invalid non-object value ${inputValue} returned by subgraph for composite type ${shape.type}`);
    if (outputValue !== undefined && typeof outputValue !== 'object') {
      throw new Error(`Invalid non-object value ${inputValue} returned by subgraph for composite type ${shape.type}`);
    }
    const inputTypename: unknown = inputValue[typenameFieldName];
    if (inputTypename !== undefined && typeof inputTypename !== 'string') {
      throw new Error(`Invalid non-string value ${inputTypename} for __typename at ${run.path}`);
    }
    let objectType = shape.type as CompositeType;
    if (inputTypename) {
      const named = run.schema.type(inputTypename);
      if (!named || !isCompositeType(named)) {
        run.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid __typename found for object at ${describe(run.path, shape.type, parentType)}.`, { path: Array.from(run.path) }));
        invalid = false;
        hasErrors = true;
        return null;
      }
      objectType = named;
    }
    const object = outputValue ?? Object.create(null);
    const bubbled = applySteps(run, inputValue, steps, object, objectType);
    invalid = false;
    hasErrors = bubbled;
    return bubbled ? null : object;
  }
  if (outputValue !== undefined) throw new Error(`Excepted output to be undefined but got ${shape.type} for type ${shape.type}`);
  if (shape.valid(inputValue)) return inputValue;
  run.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${describe(run.path, shape.type, parentType)}.`, { path: Array.from(run.path) }));
  hasErrors = true;
  return null;
}

function skipped({ skip, include }: Conditions, variables: Record<string, unknown>): boolean {
  return (skip !== undefined && conditionValue(skip, variables)) || (include !== undefined && !conditionValue(include, variables));
}

function conditionValue(condition: Condition, variables: Record<string, unknown>): boolean {
  if ('literal' in condition) return condition.literal;
  const value = variables[condition.variable];
  if (typeof value !== 'boolean') throw new Error(`Unexpected value ${value} for variable ${condition.printed} of ${condition.directive}`);
  return value;
}

function applies(schema: Schema, step: FragmentStep, typename: string | undefined, parentType: CompositeType): boolean {
  const condition = step.typeCondition;
  if (!condition) return true;
  const key = typename || `parent:${parentType.name}`;
  let answer = step.applies.get(key);
  if (answer === undefined) {
    const type = typename ? schema.type(typename) : parentType;
    answer = !!type && isSubtype(condition, type);
    step.applies.set(key, answer);
  }
  return answer;
}

function describe(path: readonly (string | number)[], currentType: Type, parentType: CompositeType): string {
  const element = path[path.length - 1];
  if (element === undefined) throw new Error('Should not have been called on an empty path');
  return typeof element === 'string' ? `field ${parentType}.${element}` : `array element of type ${currentType} at index ${element}`;
}
