import { persistedQueryNotAllowed, persistedQueryNotFound } from '@commerce/lib';
import type { Request, RequestHandler } from 'express';
import type { GraphQLError } from 'graphql';
import type { TrustedDocumentsMode } from './config.js';
import { sendGraphQLError } from './httpError.js';
import type { TrustedDocuments } from './manifest.js';

export interface TrustedDocumentsOptions {
  mode: TrustedDocumentsMode;
  documents: TrustedDocuments;
}

interface GraphQLRequestFields {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

type Outcome = { query: string } | { error: GraphQLError } | undefined;

function requestedHash(request: GraphQLRequestFields): { hash: string; via: 'documentId' | 'persistedQuery' } | undefined {
  if (typeof request.documentId === 'string') return { hash: request.documentId.replace(/^sha256:/, ''), via: 'documentId' };
  const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? { hash: persisted.sha256Hash, via: 'persistedQuery' } : undefined;
}

/**
 * What to do with one GraphQL request: a known hash becomes its manifest text in `query` (Apollo
 * Server then checks the hash and serves it like any APQ hit), `require` turns away everything else,
 * `allow` leaves APQ and free text to Apollo Server.
 */
function resolve(request: GraphQLRequestFields, { mode, documents }: TrustedDocumentsOptions): Outcome {
  const requested = requestedHash(request);
  const known = requested && documents.get(requested.hash);
  if (known) return { query: known };
  if (mode === 'require') {
    return {
      error: persistedQueryNotAllowed(
        requested
          ? `Document ${requested.hash} is not a trusted document; this endpoint runs only operations from its manifest.`
          : 'This endpoint runs only trusted documents: send extensions.persistedQuery.sha256Hash or documentId of an operation in its manifest, not query text.',
      ),
    };
  }
  if (requested?.via === 'documentId') {
    return { error: persistedQueryNotFound(`documentId ${requested.hash} is not a trusted document.`) };
  }
  return undefined;
}

function rewriteGet(req: Request, options: TrustedDocumentsOptions): GraphQLError | undefined {
  const url = new URL(req.url, 'http://gateway.invalid');
  const params = url.searchParams;
  let extensions: unknown;
  try {
    extensions = params.has('extensions') ? JSON.parse(params.get('extensions')!) : undefined;
  } catch {
    extensions = undefined; // Apollo Server reports malformed `extensions` itself.
  }
  const outcome = resolve({ query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined, extensions }, options);
  if (!outcome) return undefined;
  if ('error' in outcome) return outcome.error;
  params.set('query', outcome.query);
  req.url = `${url.pathname}?${params.toString()}`;
  return undefined;
}

/**
 * Express middleware for trusted documents (TRUSTED_DOCUMENTS=off|allow|require). Mount after the
 * JSON body parser and right before Apollo Server's middleware: it only fills in `query`, so Apollo
 * Server's APQ, document cache, CSRF prevention and limits apply unchanged.
 */
export function trustedDocuments(options: TrustedDocumentsOptions): RequestHandler {
  return (req, res, next) => {
    if (options.mode === 'off') return next();
    let error: GraphQLError | undefined;
    if (req.method === 'GET' || req.method === 'HEAD') {
      error = rewriteGet(req, options);
    } else if (req.body && typeof req.body === 'object') {
      // Batched requests (an array) pass only if every operation does.
      for (const request of (Array.isArray(req.body) ? req.body : [req.body]) as GraphQLRequestFields[]) {
        const outcome = request && typeof request === 'object' ? resolve(request, options) : undefined;
        if (outcome && 'error' in outcome) {
          error = outcome.error;
          break;
        }
        if (outcome) request.query = outcome.query;
      }
    }
    if (error) return sendGraphQLError(res, 400, error);
    next();
  };
}
