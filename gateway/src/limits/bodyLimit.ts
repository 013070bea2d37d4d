import { badRequest, requestTooLarge } from '@commerce/lib';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { sendGraphQLError } from './httpError.js';

/** `express.json` capped at `maxBytes`; the body is never buffered past the cap. */
export function jsonBody(maxBytes: number): RequestHandler {
  return express.json({ limit: maxBytes });
}

interface BodyParserError extends Error {
  type?: string;
  length?: number;
}

/**
 * Turns body-parser failures into GraphQL-shaped errors: 413 REQUEST_TOO_LARGE naming the limit and
 * the declared size, 400 BAD_REQUEST for JSON that does not parse. Anything else goes on to express.
 */
export function bodyErrors(maxBytes: number): ErrorRequestHandler {
  return (err: BodyParserError, _req, res, next) => {
    if (err?.type === 'entity.too.large') {
      const seen = typeof err.length === 'number' && Number.isFinite(err.length) ? ` of ${err.length} bytes` : '';
      sendGraphQLError(res, 413, requestTooLarge(`Request body${seen} is over the limit of ${maxBytes} bytes.`, maxBytes));
      return;
    }
    if (err?.type === 'entity.parse.failed') {
      sendGraphQLError(res, 400, badRequest('Request body is not valid JSON.'));
      return;
    }
    next(err);
  };
}
