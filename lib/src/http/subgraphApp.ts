import type { ApolloServer, BaseContext, ContextFunction } from '@apollo/server';
import { expressMiddleware, type ExpressContextFunctionArgument } from '@as-integrations/express5';
import express, { type Express } from 'express';

/**
 * The HTTP face of a subgraph: `/graphql` and `/healthz`. The server must already be started.
 * Builds the app only; the service's index.ts decides where it listens.
 */
export function subgraphApp<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: ContextFunction<[ExpressContextFunctionArgument], TContext>,
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(server, { context }));
  return app;
}
