import {
  Kind,
  parse,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
} from 'graphql';

export interface ListSize {
  assumedSize?: number;
  slicingArguments?: string[];
  sizedFields?: string[];
}

export interface FieldCost {
  weight?: number;
  listSize?: ListSize;
  /** `@cost` on arguments, charged when the argument is given. */
  argumentWeights?: Record<string, number>;
}

/**
 * The demand-control directives of a supergraph: `Type.field` → field cost, and type name → type
 * weight. The API schema the gateway executes against drops these directives, so they are read from
 * the supergraph SDL once at start-up.
 */
export interface CostDirectives {
  fields: Map<string, FieldCost>;
  types: Map<string, number>;
}

const COST_SPEC = /^https:\/\/specs\.apollo\.dev\/cost\/v0\.\d+$/;

/**
 * Composition records the cost spec as `@link(url: ".../cost/v0.1", import: [...])`, keeping any
 * rename a subgraph chose (`{ name: "@cost", as: "@weight" }`), so directive names come from that link.
 */
function costDirectiveNames(definitions: readonly DefinitionNode[]): { cost: string; listSize: string } | undefined {
  for (const definition of definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'link') continue;
      const args = argumentsOf(directive);
      if (typeof args.url !== 'string' || !COST_SPEC.test(args.url)) continue;
      const prefix = typeof args.as === 'string' ? args.as : 'cost';
      const names = { cost: prefix, listSize: `${prefix}__listSize` };
      for (const entry of Array.isArray(args.import) ? args.import : []) {
        const { name, as } = typeof entry === 'string' ? { name: entry, as: entry } : (entry as { name?: string; as?: string });
        if (name === '@cost') names.cost = (as ?? name).slice(1);
        if (name === '@listSize') names.listSize = (as ?? name).slice(1);
      }
      return names;
    }
  }
  return undefined;
}

function argumentsOf(directive: ConstDirectiveNode): Record<string, unknown> {
  return Object.fromEntries((directive.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]));
}

function weightOf(directives: readonly ConstDirectiveNode[] | undefined, name: string): number | undefined {
  const directive = directives?.find((d) => d.name.value === name);
  const weight = directive ? argumentsOf(directive).weight : undefined;
  return typeof weight === 'number' ? weight : undefined;
}

function listSizeOf(directives: readonly ConstDirectiveNode[] | undefined, name: string): ListSize | undefined {
  const directive = directives?.find((d) => d.name.value === name);
  if (!directive) return undefined;
  const args = argumentsOf(directive);
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined);
  return {
    ...(typeof args.assumedSize === 'number' ? { assumedSize: args.assumedSize } : {}),
    ...(strings(args.slicingArguments) ? { slicingArguments: strings(args.slicingArguments)! } : {}),
    ...(strings(args.sizedFields) ? { sizedFields: strings(args.sizedFields)! } : {}),
  };
}

function fieldCost(field: FieldDefinitionNode, names: { cost: string; listSize: string }): FieldCost | undefined {
  const weight = weightOf(field.directives, names.cost);
  const listSize = listSizeOf(field.directives, names.listSize);
  const argumentWeights: Record<string, number> = {};
  for (const arg of field.arguments ?? ([] as InputValueDefinitionNode[])) {
    const argWeight = weightOf(arg.directives, names.cost);
    if (argWeight !== undefined) argumentWeights[arg.name.value] = argWeight;
  }
  const hasArgs = Object.keys(argumentWeights).length > 0;
  if (weight === undefined && !listSize && !hasArgs) return undefined;
  return {
    ...(weight === undefined ? {} : { weight }),
    ...(listSize ? { listSize } : {}),
    ...(hasArgs ? { argumentWeights } : {}),
  };
}

export function readCostDirectives(supergraphSdl: string): CostDirectives {
  const { definitions } = parse(supergraphSdl, { noLocation: true });
  const result: CostDirectives = { fields: new Map(), types: new Map() };
  const names = costDirectiveNames(definitions);
  if (!names) return result;
  for (const definition of definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION:
        for (const field of definition.fields ?? []) {
          const cost = fieldCost(field, names);
          if (cost) result.fields.set(`${definition.name.value}.${field.name.value}`, cost);
        }
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_DEFINITION:
        break;
      default:
        continue;
    }
    const typeWeight = weightOf(definition.directives, names.cost);
    if (typeWeight !== undefined) result.types.set(definition.name.value, typeWeight);
  }
  return result;
}
