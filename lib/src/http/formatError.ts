import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, isPublicCode } from '../errors.js';
import type { Logger } from '../logger.js';

/**
 * Error masking for every server: errors raised with a registry code pass through (without stack
 * traces); anything else is logged in full and replaced by a generic INTERNAL_SERVER_ERROR, so vendor
 * messages and internals never reach a client.
 */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isPublicCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: (error as { originalError?: unknown })?.originalError ?? error, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
