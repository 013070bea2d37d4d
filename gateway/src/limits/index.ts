export { loadLimitsConfig, trustedDocumentModes, type LimitsConfig, type OperationLimits, type RateLimits, type TrustedDocumentsMode } from './config.js';
export { operationLimits, createOperationChecker, type OperationLimitsSetup } from './operationLimits.js';
export { readCostDirectives, type CostDirectives } from './costDirectives.js';
export { jsonBody, bodyErrors } from './bodyLimit.js';
export { rateLimit, defaultPrincipalKey, type PrincipalKey, type RateLimitOptions, type LimiterFactory } from './rateLimit.js';
export { trustedDocuments, type TrustedDocumentsOptions } from './trustedDocuments.js';
export { loadTrustedDocuments, manifestEntries, hashDocument, type TrustedDocuments } from './manifest.js';
