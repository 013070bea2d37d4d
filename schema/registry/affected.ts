import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { SchemaChange } from './diff.js';
import type { KnownOperation } from './operations.js';

/** Named types an input type reaches through its fields, itself included. */
function inputTypesOf(type: GraphQLNamedType, into = new Set<string>()): Set<string> {
  if (into.has(type.name)) return into;
  into.add(type.name);
  if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) inputTypesOf(getNamedType(field.type), into);
  return into;
}

/**
 * Which operations a change can break, judged on the schema before it: a change on a field breaks the
 * operations that select that field; a change on a type (removed, enum value, input field, union
 * member) breaks those that select a field of it, returning it, or taking it as an argument.
 */
export class ChangeImpact {
  private readonly typesByCoordinate = new Map<string, Set<string>>();

  constructor(private readonly before: GraphQLSchema) {}

  affectedOperations(change: SchemaChange, operations: readonly KnownOperation[]): KnownOperation[] {
    if (!change.path) return [];
    const touches = this.touches(change.path);
    return operations.filter((operation) => operation.fields.some(touches));
  }

  private touches(path: string): (coordinate: string) => boolean {
    const [typeName, fieldName] = path.split('.') as [string, string | undefined];
    const type = this.before.getType(typeName);
    if (!type) return () => false;
    if (fieldName && (isObjectType(type) || isInterfaceType(type)) && type.getFields()[fieldName]) {
      const coordinate = `${typeName}.${fieldName}`;
      return (used) => used === coordinate;
    }
    return (used) => used.split('.')[0] === typeName || this.typesOf(used).has(typeName);
  }

  /** The field's return type and every input type its arguments reach. */
  private typesOf(coordinate: string): Set<string> {
    let types = this.typesByCoordinate.get(coordinate);
    if (types) return types;
    types = new Set<string>();
    const [typeName, fieldName] = coordinate.split('.') as [string, string];
    const parent = this.before.getType(typeName);
    const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[fieldName] : undefined;
    if (field) {
      types.add(getNamedType(field.type).name);
      for (const arg of field.args) inputTypesOf(getNamedType(arg.type), types);
    }
    this.typesByCoordinate.set(coordinate, types);
    return types;
  }
}
