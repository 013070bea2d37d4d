import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from '../logger.js';
import { operationSpanPlugin } from './operationSpan.js';
import { requestLogPlugin } from './requestLog.js';

/** What every subgraph's Apollo Server adds: one log line per request and an operation span. */
export function subgraphObservabilityPlugins<TContext extends BaseContext>(logger: Logger): ApolloServerPlugin<TContext>[] {
  return [requestLogPlugin<TContext>(logger), operationSpanPlugin<TContext>()];
}
