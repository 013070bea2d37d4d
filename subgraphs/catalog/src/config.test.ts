import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('catalog config', () => {
  it('defaults to AWS DynamoDB in us-east-1 on port 4001', () => {
    expect(loadConfig({})).toEqual({
      port: 4001,
      dynamodb: { endpoint: undefined, region: 'us-east-1' },
      table: 'commerce-catalog',
      logLevel: 'info',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '5001',
      DYNAMODB_ENDPOINT: 'http://localhost:8000',
      AWS_REGION: 'eu-west-1',
      CATALOG_TABLE: 't',
      LOG_LEVEL: 'silent',
    });
    expect(config).toEqual({
      port: 5001,
      dynamodb: { endpoint: 'http://localhost:8000', region: 'eu-west-1' },
      table: 't',
      logLevel: 'silent',
    });
  });

  it.each([
    ['PORT', 'eighty', /Invalid PORT="eighty": expected an integer from 0 to 65535/],
    ['DYNAMODB_ENDPOINT', 'localhost:8000', /Invalid DYNAMODB_ENDPOINT="localhost:8000": expected an absolute http/],
    ['LOG_LEVEL', 'loud', /Invalid LOG_LEVEL="loud": expected one of trace, debug/],
  ])('fails fast on a bad %s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
