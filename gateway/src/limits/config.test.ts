import { describe, expect, it } from 'vitest';
import { loadLimitsConfig } from './config.js';

describe('loadLimitsConfig', () => {
  it('has the documented defaults', () => {
    const config = loadLimitsConfig({});
    expect(config.operations).toEqual({ maxDepth: 12, maxAliases: 30, maxRootFields: 10, maxDirectives: 50, maxCost: 5000, maxTokens: 5000, defaultListSize: 10 });
    expect(config.maxBodyBytes).toBe(102_400);
    expect(config.rateLimits).toEqual({ anonymous: { perSecond: 20, burst: 40 }, authenticated: { perSecond: 100, burst: 200 }, burstWindowSeconds: 10 });
    expect(config.trustedDocuments).toBe('allow');
    expect(config.trustedDocumentsPath).toMatch(/schema\/trusted-documents\.json$/);
  });

  it('reads every variable', () => {
    const config = loadLimitsConfig({
      MAX_DEPTH: '8', MAX_ALIASES: '5', MAX_ROOT_FIELDS: '3', MAX_DIRECTIVES: '4', MAX_COST: '900', MAX_TOKENS: '800', COST_DEFAULT_LIST_SIZE: '20',
      MAX_BODY_BYTES: '4096', RATE_LIMIT_ANONYMOUS: '0', RATE_LIMIT_ANONYMOUS_BURST: '1', RATE_LIMIT_AUTHENTICATED: '7', RATE_LIMIT_AUTHENTICATED_BURST: '9',
      RATE_LIMIT_BURST_WINDOW_SECONDS: '60', TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_PATH: '/tmp/m.json',
    });
    expect(config).toEqual({
      operations: { maxDepth: 8, maxAliases: 5, maxRootFields: 3, maxDirectives: 4, maxCost: 900, maxTokens: 800, defaultListSize: 20 },
      maxBodyBytes: 4096,
      rateLimits: { anonymous: { perSecond: 0, burst: 1 }, authenticated: { perSecond: 7, burst: 9 }, burstWindowSeconds: 60 },
      trustedDocuments: 'require',
      trustedDocumentsPath: '/tmp/m.json',
    });
  });

  it('fails fast naming the variable and the value', () => {
    expect(() => loadLimitsConfig({ MAX_DEPTH: 'deep' })).toThrow('Invalid MAX_DEPTH="deep"');
    expect(() => loadLimitsConfig({ MAX_COST: '0' })).toThrow('Invalid MAX_COST="0"');
    expect(() => loadLimitsConfig({ TRUSTED_DOCUMENTS: 'strict' })).toThrow('Invalid TRUSTED_DOCUMENTS="strict": expected one of off, allow, require.');
  });
});
