import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_ROUTER_SECRET } from '@commerce/lib';
import { loadConfig } from './config.js';

describe('catalog config', () => {
  it('defaults to AWS DynamoDB in us-east-1 on port 4001', () => {
    expect(loadConfig({})).toEqual({
      port: 4001,
      dynamodb: { endpoint: undefined, region: 'us-east-1' },
      table: 'commerce-catalog',
      logLevel: 'info',
      routerSecret: DEVELOPMENT_ROUTER_SECRET,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '5001',
      DYNAMODB_ENDPOINT: 'http://localhost:8000',
      AWS_REGION: 'eu-west-1',
      CATALOG_TABLE: 't',
      LOG_LEVEL: 'silent',
      ROUTER_SECRET: 's'.repeat(32),
    });
    expect(config).toEqual({
      port: 5001,
      dynamodb: { endpoint: 'http://localhost:8000', region: 'eu-west-1' },
      table: 't',
      logLevel: 'silent',
      routerSecret: 's'.repeat(32),
    });
  });

  it.each([
    ['PORT', 'eighty', /Invalid PORT="eighty": expected an integer from 0 to 65535/],
    ['DYNAMODB_ENDPOINT', 'localhost:8000', /Invalid DYNAMODB_ENDPOINT="localhost:8000": expected an absolute http/],
    ['LOG_LEVEL', 'loud', /Invalid LOG_LEVEL="loud": expected one of trace, debug/],
    ['ROUTER_SECRET', 'short', /Invalid ROUTER_SECRET="\*\*\*\*\*": expected a shared secret of at least 32 characters/],
  ])('fails fast on a bad %s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
