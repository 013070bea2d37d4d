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
  /** What besides listening the subgraph waits for (an index being built); ready once listening without it. */
  readiness?: () => Readiness;
}

export interface Readiness {
  ready: boolean;
  /** Why not yet and how far along, for whoever polls `/readyz`. */
  detail?: Record<string, unknown>;
}

/**
 * The HTTP face of a subgraph: `/graphql`, `/healthz` (the process answers) and `/readyz` (it can serve
 * every field: 503 with its progress until then). Only requests that carry a principal signed
 * with the router secret reach GraphQL; anything else is 401 UNAUTHENTICATED. The server must already
 * be started. Builds the app only; the service's index.ts decides where it listens.
 */
export function subgraphApp<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  { routerSecret, context, readiness = () => ({ ready: true }) }: SubgraphAppOptions<TContext>,
): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestIdMiddleware());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    const { ready, detail } = readiness();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'starting', ...detail });
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
