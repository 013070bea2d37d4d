import type { ApolloServer, BaseContext } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { processStoreCalls } from '../dynamodb/client.js';
import express, { type Express, type RequestHandler } from 'express';
import { ErrorCode } from '../errors.js';
import { httpSpanMiddleware } from '../observability/httpSpan.js';
import { requestIdMiddleware } from '../observability/requestId.js';
import { UntrustedPrincipalError, verifyPrincipal, type Principal } from '../trust/principal.js';

export interface SubgraphAppOptions<TContext> {
  /** Shared secret the gateway (and calling services) sign the principal with. */
  routerSecret: string;
  context: (principal: Principal) => TContext | Promise<TContext>;
}

/**
 * The HTTP face of a subgraph: `/graphql` and `/healthz`. Only requests that carry a principal signed
 * with the router secret reach GraphQL; anything else is 401 UNAUTHENTICATED. The server must already
 * be started. Builds the app only; the service's index.ts decides where it listens.
 */
export function subgraphApp<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  { routerSecret, context }: SubgraphAppOptions<TContext>,
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestIdMiddleware());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Subgraphs are reachable only from the gateway's network; the counts say nothing about any request.
  app.get('/store-calls', (_req, res) => {
    res.json(processStoreCalls.snapshot());
  });
  app.use(
    '/graphql',
    httpSpanMiddleware(),
    requireSignedPrincipal(routerSecret),
    express.json({ limit: '1mb' }),
    expressMiddleware(server, { context: async ({ res }) => context(res.locals.principal as Principal) }),
  );
  return app;
}

export function requireSignedPrincipal(routerSecret: string): RequestHandler {
  return (req, res, next) => {
    try {
      res.locals.principal = verifyPrincipal(req.headers, routerSecret);
      next();
    } catch (err) {
      if (!(err instanceof UntrustedPrincipalError)) throw err;
      res.status(401).json({
        errors: [
          {
            message: `Request rejected: ${err.message}. Subgraphs accept only requests signed by the gateway or a trusted service.`,
            extensions: { code: ErrorCode.UNAUTHENTICATED },
          },
        ],
      });
    }
  };
}
