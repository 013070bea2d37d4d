import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import type { Logger } from '../logger.js';
import type { Principal } from '../trust/principal.js';
import { summarizeResponse } from './outcome.js';
import { REQUEST_ID_HEADER } from './requestId.js';

/**
 * One structured line per GraphQL request: request id, operation, who it was for (kind and id only —
 * never scopes, tokens or signatures), duration, outcome with error codes, and the trace id so a log
 * line leads to its trace. Works for the gateway and for subgraphs: the principal and request id come
 * from `contextValue.principal` when the context has one.
 */
export function requestLogPlugin<TContext extends BaseContext>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart(start) {
      const startedAt = performance.now();
      // Captured now: the active span here is the request's own; later hooks may run elsewhere.
      const spanContext = trace.getSpan(context.active())?.spanContext();
      const traceId = spanContext && isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
      return {
        async willSendResponse(done) {
          const { outcome, errorCodes } = summarizeResponse(done.response);
          const principal = principalOf(done.contextValue);
          logger.info(
            {
              requestId: principal?.requestId ?? start.request.http?.headers.get(REQUEST_ID_HEADER) ?? undefined,
              operationName: done.operationName ?? done.request.operationName ?? null,
              operationType: done.operation?.operation,
              principal: principal ? { kind: principal.kind, ...(principal.id ? { id: principal.id } : {}) } : undefined,
              durationMs: Math.round((performance.now() - startedAt) * 100) / 100,
              outcome,
              ...(errorCodes.length > 0 ? { errorCodes } : {}),
              httpStatus: done.response.http.status ?? 200,
              traceId,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

function principalOf(contextValue: GraphQLRequestContext<BaseContext>['contextValue']): Principal | undefined {
  const principal = (contextValue as { principal?: unknown } | undefined)?.principal;
  if (typeof principal !== 'object' || principal === null || !('kind' in principal)) return undefined;
  return principal as Principal;
}
