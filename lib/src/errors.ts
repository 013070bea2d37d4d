import { GraphQLError } from 'graphql';

/**
 * The one registry of `extensions.code` values that clients can see. Subgraphs and the gateway
 * raise failures only through these constructors, so a client can switch on a closed set of codes.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // Raised by Apollo Server itself; listed so that masking lets them through.
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  BAD_REQUEST: 'BAD_REQUEST',
  // Abuse limits at the gateway edge; each message names the limit and the value seen.
  MAX_DEPTH_EXCEEDED: 'MAX_DEPTH_EXCEEDED',
  MAX_ALIASES_EXCEEDED: 'MAX_ALIASES_EXCEEDED',
  MAX_ROOT_FIELDS_EXCEEDED: 'MAX_ROOT_FIELDS_EXCEEDED',
  MAX_DIRECTIVES_EXCEEDED: 'MAX_DIRECTIVES_EXCEEDED',
  MAX_COST_EXCEEDED: 'MAX_COST_EXCEEDED',
  REQUEST_TOO_LARGE: 'REQUEST_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  PERSISTED_QUERY_NOT_ALLOWED: 'PERSISTED_QUERY_NOT_ALLOWED',
  /** Others kept changing the same thing at the same moment; sending the request again is safe. */
  CONFLICT: 'CONFLICT',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const publicCodes = new Set<string>(Object.values(ErrorCode));

export function isPublicCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && publicCodes.has(code);
}

function error(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** The client sent something we cannot accept; `message` names what was wrong and what is allowed. */
export const badUserInput = (message: string, extensions?: Record<string, unknown>) =>
  error(ErrorCode.BAD_USER_INPUT, message, extensions);

export const unauthenticated = (message = 'Authentication is required for this field.') =>
  error(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'You are not allowed to access this resource.') =>
  error(ErrorCode.FORBIDDEN, message);

export const upstreamUnavailable = (service: string, message?: string) =>
  error(ErrorCode.UPSTREAM_UNAVAILABLE, message ?? `${service} is unavailable; try again shortly.`, { service });

export const upstreamTimeout = (service: string, timeoutMs: number) =>
  error(ErrorCode.UPSTREAM_TIMEOUT, `${service} did not answer within ${timeoutMs} ms.`, { service });

export type OperationLimitCode =
  | typeof ErrorCode.MAX_DEPTH_EXCEEDED
  | typeof ErrorCode.MAX_ALIASES_EXCEEDED
  | typeof ErrorCode.MAX_ROOT_FIELDS_EXCEEDED
  | typeof ErrorCode.MAX_DIRECTIVES_EXCEEDED
  | typeof ErrorCode.MAX_COST_EXCEEDED;

/** An operation is over one of the gateway's limits; rejected with HTTP 400 before anything executes. */
export const operationLimitExceeded = (code: OperationLimitCode, message: string, limit: number, actual?: number) =>
  error(code, message, { limit, ...(actual === undefined ? {} : { actual }), http: { status: 400 } });

export const requestTooLarge = (message: string, limit: number) => error(ErrorCode.REQUEST_TOO_LARGE, message, { limit });

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  error(ErrorCode.RATE_LIMITED, message, { retryAfterSeconds });

export const conflict = (message: string) => error(ErrorCode.CONFLICT, message);

export const persistedQueryNotAllowed = (message: string) => error(ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, message);

/** The HTTP request itself is malformed (not the operation's arguments: that is BAD_USER_INPUT). */
export const badRequest = (message: string) => error(ErrorCode.BAD_REQUEST, message);

export const persistedQueryNotFound = (message: string) => error(ErrorCode.PERSISTED_QUERY_NOT_FOUND, message);
