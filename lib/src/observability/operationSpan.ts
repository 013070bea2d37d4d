import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { context, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { TRACER_NAME } from './httpSpan.js';
import { summarizeResponse } from './outcome.js';
import { tracingActive } from './tracing.js';

export interface OperationSpanOptions {
  /**
   * Also record a span per operation execution (default true). The gateway sets `false`: Apollo
   * Gateway already records `gateway.request` with the operation name and type.
   */
  executionSpan?: boolean;
}

/**
 * Names the GraphQL operation on the request's HTTP span (`graphql.operation.name`/`.type`, error
 * codes) and, for subgraphs, adds a `query ProductById`-style span covering execution. Needs the
 * request to run inside `httpSpanMiddleware` (or any active span).
 */
export function operationSpanPlugin<TContext extends BaseContext>(options: OperationSpanOptions = {}): ApolloServerPlugin<TContext> {
  const executionSpan = options.executionSpan ?? true;
  return {
    async requestDidStart() {
      if (!tracingActive()) return;
      const requestSpan = trace.getSpan(context.active());
      let operationSpan: Span | undefined;
      return {
        async didResolveOperation({ operationName, operation }) {
          if (!operation) return;
          const attributes = {
            'graphql.operation.type': operation.operation,
            ...(operationName ? { 'graphql.operation.name': operationName } : {}),
          };
          requestSpan?.setAttributes(attributes);
          if (executionSpan) {
            const name = operationName ? `${operation.operation} ${operationName}` : operation.operation;
            operationSpan = trace.getTracer(TRACER_NAME).startSpan(name, { attributes }, context.active());
          }
        },
        async willSendResponse({ response }) {
          const { outcome, errorCodes } = summarizeResponse(response);
          for (const span of [requestSpan, operationSpan]) {
            if (!span) continue;
            span.setAttribute('graphql.outcome', outcome);
            if (errorCodes.length > 0) span.setAttribute('graphql.error.codes', errorCodes);
          }
          if (operationSpan) {
            if (outcome !== 'ok') operationSpan.setStatus({ code: SpanStatusCode.ERROR, message: errorCodes.join(',') });
            operationSpan.end();
          }
        },
      };
    },
  };
}
