import type { GraphQLResponse } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

/** `ok`: no errors; `partial`: data with errors; `error`: errors and no data (rejected or failed whole). */
export type RequestOutcome = 'ok' | 'partial' | 'error';

export interface ResponseSummary {
  outcome: RequestOutcome;
  /** Distinct `extensions.code` values of the errors the client received, in first-seen order. */
  errorCodes: string[];
}

/** Classifies the response a client is about to receive (errors as formatted, i.e. after masking). */
export function summarizeResponse(response: GraphQLResponse): ResponseSummary {
  const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
  const errors: readonly GraphQLFormattedError[] = result.errors ?? [];
  if (errors.length === 0) return { outcome: 'ok', errorCodes: [] };
  const codes = new Set<string>();
  for (const error of errors) {
    const code = error.extensions?.code;
    codes.add(typeof code === 'string' ? code : 'UNKNOWN');
  }
  const hasData = result.data !== undefined && result.data !== null;
  return { outcome: hasData ? 'partial' : 'error', errorCodes: [...codes] };
}
