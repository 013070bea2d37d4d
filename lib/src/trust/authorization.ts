import { mapSchema, MapperKind, getDirective } from '@graphql-tools/utils';
import { defaultFieldResolver, getNamedType, type GraphQLSchema } from 'graphql';
import { forbidden, unauthenticated } from '../errors.js';
import type { Principal } from './principal.js';

/** What a schema element asks of the principal, from `@authenticated` and `@requiresScopes`. */
export interface Requirement {
  authenticated: boolean;
  /** Any one inner list, all of whose scopes the principal holds, satisfies it; null when not required. */
  scopes: string[][] | null;
}

/** Why the principal may not see an element, or null when it may. */
export function denial(
  requirement: Requirement | undefined,
  principal: Pick<Principal, 'kind' | 'scopes'>,
): 'UNAUTHENTICATED' | 'FORBIDDEN' | null {
  if (!requirement) return null;
  if ((requirement.authenticated || requirement.scopes) && principal.kind === 'anonymous') return 'UNAUTHENTICATED';
  if (requirement.scopes && !requirement.scopes.some((all) => all.every((scope) => principal.scopes.includes(scope)))) {
    return 'FORBIDDEN';
  }
  return null;
}

function requirementOn(schema: GraphQLSchema, node: Parameters<typeof getDirective>[1]): Requirement | undefined {
  const authenticated = (getDirective(schema, node, 'authenticated') ?? []).length > 0;
  const scopes = getDirective(schema, node, 'requiresScopes')?.[0]?.scopes as string[][] | undefined;
  return authenticated || scopes ? { authenticated, scopes: scopes ?? null } : undefined;
}

/**
 * Defence in depth for a subgraph: enforces its own `@authenticated` / `@requiresScopes` against the
 * principal the gateway signed, in case a request reaches the subgraph some other way. The context
 * must carry `principal`.
 */
export function enforceAuthDirectives(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      const named = getNamedType(field.type);
      const requirement = requirementOn(schema, field) ?? requirementOn(schema, schema.getType(named.name)!);
      if (!requirement) return field;
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve(source, args, context: { principal: Principal }, info) {
          const code = denial(requirement, context.principal);
          if (code === 'UNAUTHENTICATED') throw unauthenticated(`\`${info.parentType.name}.${info.fieldName}\` requires an authenticated customer or partner.`);
          if (code === 'FORBIDDEN') throw forbidden(`\`${info.parentType.name}.${info.fieldName}\` requires a scope this principal does not hold.`);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}

/** Service calls (`@inaccessible` fields other services use) are refused to anyone but a signed service. */
export function requireService(principal: Pick<Principal, 'kind'>, field: string): void {
  if (principal.kind !== 'service') throw forbidden(`${field} is a service call; it needs a principal of kind service.`);
}
