import type { ApolloServerPlugin, BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ErrorCode, badUserInput, operationLimitExceeded } from '@commerce/lib';
import { Kind, validate, type DocumentNode, type ParseOptions } from 'graphql';
import type { OperationLimits } from './config.js';
import { costKeyer } from './costKey.js';
import { readCostDirectives, type CostDirectives } from './costDirectives.js';
import { operationCost } from './operationCost.js';
import { limitMessage, operationShapeRules } from './operationRules.js';

/** graphql-query-complexity's own cap on evaluated selections (fragment bombs); see its `maxQueryNodes`. */
const NODE_CAP_MESSAGE = 'maximum allowed number of nodes';
/** Bounds the memory one document's remembered costs can take (distinct cost keys: see costKey.ts). */
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
  type Context = Pick<GraphQLRequestContextDidResolveOperation<BaseContext>, 'schema' | 'document' | 'operation' | 'request'>;
  /** Depth, aliases, directives, root fields: the document alone decides. */
  const shape = (context: Context): Error | undefined => validate(context.schema, selectedOperation(context.document, context.operation), rules)[0];
  /** Demand-control cost, which depends on the variables too. */
  const cost = (context: Context): number => {
    let cost: number;
    try {
      cost = operationCost(
        { schema: context.schema, document: selectedOperation(context.document, context.operation), variables: context.request.variables ?? {} },
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
  return Object.assign(
    function check(context: Context): number {
      const shapeError = shape(context);
      if (shapeError) throw shapeError;
      return cost(context);
    },
    { shape, cost },
  );
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
  // operations: each operation's shape verdict is remembered for good, its cost for the first cost keys
  // seen (costKey.ts). Keyed by the operation node, which belongs to the document and names the operation that runs.
  interface Verdicts {
    shape: Error | undefined;
    costKey: (variables: Record<string, unknown>) => string;
    costs: Map<string, number | Error>;
  }
  let verdicts = new WeakMap<object, Verdicts>();
  const checkRemembered = (context: Parameters<typeof check>[0]): number => {
    const operation = context.operation ?? context.document;
    let known = verdicts.get(operation);
    if (!known) {
      known = { shape: check.shape(context), costKey: costKeyer(context.operation ?? undefined), costs: new Map() };
      verdicts.set(operation, known);
    }
    if (known.shape) throw known.shape;
    const key = known.costKey(context.request.variables ?? {});
    let verdict = known.costs.get(key);
    if (verdict === undefined) {
      try {
        verdict = check.cost(context);
      } catch (err) {
        verdict = err instanceof Error ? err : new Error(String(err));
      }
      if (known.costs.size < MAX_VERDICTS_PER_DOCUMENT) known.costs.set(key, verdict);
    }
    if (verdict instanceof Error) throw verdict;
    return verdict;
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
