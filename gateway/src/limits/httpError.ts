import type { Response } from 'express';
import type { GraphQLError } from 'graphql';

/**
 * Answers from express middleware in the shape Apollo Server uses for request errors, so a client
 * reads `errors[0].extensions.code` whether Apollo Server or an edge limit turned the request away.
 */
export function sendGraphQLError(res: Response, status: number, error: GraphQLError, headers: Record<string, string> = {}): void {
  const { http: _http, ...extensions } = error.extensions ?? {};
  res.status(status).set(headers).type('application/json').send(JSON.stringify({ errors: [{ message: error.message, extensions }] }));
}
