import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Ids from the outside land in every log line and in signed principals, so only short, plain ones are
 * kept; anything else (too long, spaces, quotes, control characters) is replaced by a fresh UUID.
 */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/** The caller's request id when it is acceptable, otherwise a new UUID. */
export function requestIdFrom(value: string | string[] | undefined): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  return candidate !== undefined && ACCEPTED_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}

/**
 * Gives every request an id: the incoming `x-request-id` when acceptable, otherwise a generated one.
 * The id is echoed in the `x-request-id` response header, kept in `res.locals.requestId`, and written
 * back to the request headers so code that reads `req.get('x-request-id')` sees the same, validated id.
 * Mount first, before anything that can answer the request.
 */
export function requestIdMiddleware(): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.locals.requestId = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    next();
  };
}
