import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { ErrorCode, operationLimitExceeded, type OperationLimitCode } from '@commerce/lib';
import { Kind, type GraphQLError, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { OperationLimits } from './config.js';

/** The one wording of every operation limit: names the measure, the value seen and the limit. */
export function limitMessage(measure: string, actual: number | undefined, limit: number): string {
  return actual === undefined
    ? `Operation ${measure} is over the limit of ${limit}.`
    : `Operation ${measure} is ${actual}, over the limit of ${limit}.`;
}

/** graphql-armor reports "Syntax Error: <limit> of N exceeded, found M."; re-raised with our code. */
function reject(code: OperationLimitCode, measure: string, limit: number) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const found = /found (\d+)/.exec(error.message)?.[1];
    const actual = found === undefined ? undefined : Number(found);
    context?.reportError(operationLimitExceeded(code, limitMessage(measure, actual, limit), limit, actual));
  };
}

/** Root fields, counting aliases of the same field separately and looking through fragments. */
function countRootFields(context: ValidationContext, selectionSet: SelectionSetNode, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(context, selection.selectionSet, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(context, fragment.selectionSet, seen);
    }
  }
  return count;
}

export function maxRootFieldsRule(limit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const actual = countRootFields(context, operation.selectionSet);
      if (actual > limit) {
        context.reportError(
          operationLimitExceeded(ErrorCode.MAX_ROOT_FIELDS_EXCEEDED, limitMessage('root field count', actual, limit), limit, actual),
        );
      }
    },
  });
}

/**
 * Shape limits as validation rules. graphql-armor's rules count through fragments; depth counts field
 * nesting only (fragments are flattened) and skips `__schema`, since the standard introspection query
 * is 15 deep and graphql-js' MaxIntrospectionDepthRule already bounds introspection.
 */
export function operationShapeRules(limits: OperationLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: [reject(ErrorCode.MAX_DEPTH_EXCEEDED, 'depth', limits.maxDepth)],
    }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      onReject: [reject(ErrorCode.MAX_ALIASES_EXCEEDED, 'alias count', limits.maxAliases)],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [reject(ErrorCode.MAX_DIRECTIVES_EXCEEDED, 'directive count', limits.maxDirectives)],
    }),
    maxRootFieldsRule(limits.maxRootFields),
  ];
}
