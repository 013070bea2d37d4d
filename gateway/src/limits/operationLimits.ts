import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ErrorCode, badUserInput, operationLimitExceeded } from '@commerce/lib';
import { Kind, validate, type DocumentNode, type ParseOptions } from 'graphql';
import type { OperationLimits } from './config.js';
import { readCostDirectives, type CostDirectives } from './costDirectives.js';
import { operationCost } from './operationCost.js';
import { limitMessage, operationShapeRules } from './operationRules.js';

/** graphql-query-complexity's own cap on evaluated selections (fragment bombs); see its `maxQueryNodes`. */
const NODE_CAP_MESSAGE = 'maximum allowed number of nodes';
/** Bounds the memory one document's remembered verdicts can take (distinct variable sets). */
const MAX_VERDICTS_PER_DOCUMENT = 64;

/** Only the operation that will run (plus fragments): other operations in the document are never executed. */
function selectedOperation(document: DocumentNode, operation: unknown): DocumentNode {
  return { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation) };
}

/**
 * Checks one resolved operation against every limit; throws the first breach as a GraphQLError with
 * HTTP status 400. Runs in `didResolveOperation`, which Apollo Server calls after validation and
 * before the gateway plans or executes anything, with the request's variables at hand (cost needs
 * them: `first: $first`). Custom `validationRules` would not do: Apollo Server re-codes their errors
 * as GRAPHQL_VALIDATION_FAILED and they never see variables. `supergraph` is the supergraph SDL, or a
 * function returning the cost directives in force when they change (hot reload).
 */
export function createOperationChecker(supergraph: string | (() => CostDirectives), limits: OperationLimits) {
  let costs = supergraph as () => CostDirectives;
  if (typeof supergraph === 'string') {
    const directives = readCostDirectives(supergraph);
    costs = () => directives;
  }
  const rules = operationShapeRules(limits);
  return function check(context: Pick<GraphQLRequestContextDidResolveOperation<BaseContext>, 'schema' | 'document' | 'operation' | 'request'>): number {
    const document = selectedOperation(context.document, context.operation);
    const [shapeError] = validate(context.schema, document, rules);
    if (shapeError) throw shapeError;
    let cost: number;
    try {
      cost = operationCost(
        { schema: context.schema, document, variables: context.request.variables ?? {} },
        { directives: costs(), defaultListSize: limits.defaultListSize },
      );
    } catch (err) {
      if (err instanceof Error && err.message.includes(NODE_CAP_MESSAGE)) {
        throw operationLimitExceeded(
          ErrorCode.MAX_COST_EXCEEDED,
          `Operation expands to more selections than can be costed; its cost is over the limit of ${limits.maxCost}.`,
          limits.maxCost,
        );
      }
      // Variables that do not coerce: say so now rather than let an uncosted operation through.
      throw badUserInput(err instanceof Error ? err.message : String(err), { http: { status: 400 } });
    }
    if (cost > limits.maxCost) {
      throw operationLimitExceeded(ErrorCode.MAX_COST_EXCEEDED, limitMessage('cost', cost, limits.maxCost), limits.maxCost, cost);
    }
    return cost;
  };
}

export interface OperationLimitsSetup<TContext extends BaseContext> {
  /** Add to `ApolloServer({ plugins })`. */
  plugin: ApolloServerPlugin<TContext>;
  /** Pass as `ApolloServer({ parseOptions })`: caps tokens before parsing and validation do any work. */
  parseOptions: ParseOptions;
  /** Takes the cost directives of a new supergraph (hot reload): requests that follow are costed with them. */
  update(supergraphSdl: string): void;
}

/** Depth, aliases, directives, root fields and demand-control cost, read from the supergraph SDL (and its successors). */
export function operationLimits<TContext extends BaseContext = BaseContext>(
  supergraphSdl: string,
  limits: OperationLimits,
): OperationLimitsSetup<TContext> {
  let directives = readCostDirectives(supergraphSdl);
  const check = createOperationChecker(() => directives, limits);
  // Apollo Server reuses one parsed document per distinct query text, and storefronts send the same few
  // operations with the same few variables: remember each verdict instead of re-validating and re-costing.
  let verdicts = new WeakMap<DocumentNode, Map<string, number | Error>>();
  const checkRemembered: typeof check = (context) => {
    const key = `${context.request.operationName ?? ''}\n${JSON.stringify(context.request.variables ?? {})}`;
    const known = verdicts.get(context.document);
    const verdict = known?.get(key);
    if (verdict instanceof Error) throw verdict;
    if (verdict !== undefined) return verdict;
    let outcome: number | Error;
    try {
      outcome = check(context);
    } catch (err) {
      outcome = err instanceof Error ? err : new Error(String(err));
    }
    const forDocument = known ?? new Map<string, number | Error>();
    if (!known) verdicts.set(context.document, forDocument);
    if (forDocument.size < MAX_VERDICTS_PER_DOCUMENT) forDocument.set(key, outcome);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    update(next) {
      directives = readCostDirectives(next);
      verdicts = new WeakMap();
    },
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation(context) {
            checkRemembered(context);
          },
        };
      },
    },
  };
}
