import { randomUUID } from 'node:crypto';
import { ErrorCode, type Logger } from '@commerce/lib';
import type { RequestHandler } from 'express';
import { AuthenticationError, type Authenticate } from './authenticate.js';

/**
 * Resolves who the request is for before GraphQL sees it: a verified customer (bearer JWT), a partner
 * (API key) or anonymous. Bad credentials are 401 — never a silent fall-back to anonymous.
 */
export function principalMiddleware(authenticate: Authenticate, logger: Logger): RequestHandler {
  return async (req, res, next) => {
    const requestId = req.get('x-request-id') ?? randomUUID();
    try {
      res.locals.principal = await authenticate({
        authorization: req.get('authorization'),
        apiKey: req.get('x-api-key'),
        requestId,
      });
      next();
    } catch (err) {
      if (err instanceof AuthenticationError) {
        res
          .status(401)
          .set('WWW-Authenticate', 'Bearer error="invalid_token"')
          .json({ errors: [{ message: err.message, extensions: { code: ErrorCode.UNAUTHENTICATED, requestId } }] });
        return;
      }
      logger.error({ err, requestId }, 'identity provider unreachable');
      res.status(503).json({
        errors: [
          {
            message: 'The identity provider could not be reached to verify the token; try again shortly.',
            extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE, requestId },
          },
        ],
      });
    }
  };
}
