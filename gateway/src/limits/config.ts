import { fileURLToPath } from 'node:url';
import { readEnum, readInt, readString, type Env } from '@commerce/lib';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  maxCost: number;
  /** Parser token cap: bounds the work of parsing and validating before any other limit runs. */
  maxTokens: number;
  /** List size assumed for a list field with neither a slicing argument nor `@listSize(assumedSize)`. */
  defaultListSize: number;
}

export interface RateLimitClass {
  /** Sustained requests per second; 0 disables limiting for the class. */
  perSecond: number;
  /** Extra requests allowed above the sustained rate, refilled every `RATE_LIMIT_BURST_WINDOW_SECONDS`. */
  burst: number;
}

export interface RateLimits {
  anonymous: RateLimitClass;
  authenticated: RateLimitClass;
  burstWindowSeconds: number;
}

export const trustedDocumentModes = ['off', 'allow', 'require'] as const;
export type TrustedDocumentsMode = (typeof trustedDocumentModes)[number];

export interface LimitsConfig {
  operations: OperationLimits;
  maxBodyBytes: number;
  rateLimits: RateLimits;
  trustedDocuments: TrustedDocumentsMode;
  trustedDocumentsPath: string;
}

const repoFile = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Reads the gateway's abuse limits; a bad value fails start-up naming the variable. */
export function loadLimitsConfig(env: Env): LimitsConfig {
  return {
    operations: {
      // 12 leaves room for real storefront pages (deepest today: 6); `__schema` introspection is exempt.
      maxDepth: readInt(env, 'MAX_DEPTH', 12, { min: 1, max: 100 }),
      maxAliases: readInt(env, 'MAX_ALIASES', 30, { min: 0, max: 1000 }),
      maxRootFields: readInt(env, 'MAX_ROOT_FIELDS', 10, { min: 1, max: 1000 }),
      maxDirectives: readInt(env, 'MAX_DIRECTIVES', 50, { min: 0, max: 1000 }),
      maxCost: readInt(env, 'MAX_COST', 5000, { min: 1, max: 10_000_000 }),
      maxTokens: readInt(env, 'MAX_TOKENS', 5000, { min: 100, max: 1_000_000 }),
      defaultListSize: readInt(env, 'COST_DEFAULT_LIST_SIZE', 10, { min: 1, max: 10_000 }),
    },
    maxBodyBytes: readInt(env, 'MAX_BODY_BYTES', 100 * 1024, { min: 1024, max: 50 * 1024 * 1024 }),
    rateLimits: {
      anonymous: {
        perSecond: readInt(env, 'RATE_LIMIT_ANONYMOUS', 20, { min: 0, max: 1_000_000 }),
        burst: readInt(env, 'RATE_LIMIT_ANONYMOUS_BURST', 40, { min: 0, max: 1_000_000 }),
      },
      authenticated: {
        perSecond: readInt(env, 'RATE_LIMIT_AUTHENTICATED', 100, { min: 0, max: 1_000_000 }),
        burst: readInt(env, 'RATE_LIMIT_AUTHENTICATED_BURST', 200, { min: 0, max: 1_000_000 }),
      },
      burstWindowSeconds: readInt(env, 'RATE_LIMIT_BURST_WINDOW_SECONDS', 10, { min: 1, max: 3600 }),
    },
    trustedDocuments: readEnum(env, 'TRUSTED_DOCUMENTS', trustedDocumentModes, 'allow'),
    trustedDocumentsPath: readString(env, 'TRUSTED_DOCUMENTS_PATH', repoFile('schema/trusted-documents.json')),
  };
}
