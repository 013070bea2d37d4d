import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_ROUTER_SECRET } from '@commerce/lib';
import { loadConfig } from './config.js';

describe('recommendations config', () => {
  it('defaults to an in-memory Kuzu graph on port 4002', () => {
    expect(loadConfig({})).toEqual({
      port: 4002,
      graph: { kind: 'kuzu', path: ':memory:' },
      queryTimeoutMs: 5000,
      logLevel: 'info',
      routerSecret: DEVELOPMENT_ROUTER_SECRET,
    });
  });

  it('reads Kuzu, Bolt and Neptune HTTPS settings', () => {
    expect(loadConfig({ PORT: '5002', RECOMMENDATIONS_GRAPH_PATH: '/data/graph.kuzu', GRAPH_QUERY_TIMEOUT_MS: '800', LOG_LEVEL: 'silent' })).toMatchObject({
      port: 5002,
      graph: { kind: 'kuzu', path: '/data/graph.kuzu' },
      queryTimeoutMs: 800,
      logLevel: 'silent',
    });
    expect(loadConfig({ GRAPH_STORE: 'bolt', NEO4J_URI: 'neo4j://db:7687', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'recs' }).graph).toEqual({
      kind: 'bolt',
      uri: 'neo4j://db:7687',
      auth: 'basic',
      user: 'neo4j',
      password: 'pw',
      database: 'recs',
      region: 'us-east-1',
    });
    expect(loadConfig({ GRAPH_STORE: 'bolt', NEO4J_URI: 'bolt+s://cluster:8182', NEO4J_AUTH: 'neptune-iam', AWS_REGION: 'eu-west-1' }).graph).toEqual({
      kind: 'bolt',
      uri: 'bolt+s://cluster:8182',
      auth: 'neptune-iam',
      region: 'eu-west-1',
    });
    expect(loadConfig({ GRAPH_STORE: 'neptune-https', NEPTUNE_ENDPOINT: 'https://cluster:8182', NEPTUNE_IAM_AUTH: 'false' }).graph).toEqual({
      kind: 'neptune-https',
      endpoint: 'https://cluster:8182',
      iamAuth: false,
      region: 'us-east-1',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /Invalid PORT="eighty": expected an integer from 0 to 65535/],
    [{ GRAPH_STORE: 'neo4j' }, /Invalid GRAPH_STORE="neo4j": expected one of kuzu, bolt, neptune-https/],
    [{ GRAPH_STORE: 'bolt' }, /Invalid NEO4J_URI="": expected a bolt:\/\//],
    [{ GRAPH_STORE: 'bolt', NEO4J_URI: 'http://db:7474' }, /Invalid NEO4J_URI="http:\/\/db:7474": expected a bolt:\/\//],
    [{ GRAPH_STORE: 'bolt', NEO4J_URI: 'bolt://db', NEO4J_AUTH: 'basic' }, /Invalid NEO4J_USER="": expected a user name when NEO4J_AUTH=basic/],
    [{ GRAPH_STORE: 'neptune-https' }, /Invalid NEPTUNE_ENDPOINT="": expected https:\/\/<cluster endpoint>:8182/],
    [{ GRAPH_QUERY_TIMEOUT_MS: '5' }, /Invalid GRAPH_QUERY_TIMEOUT_MS="5": expected an integer from 100 to 120000/],
    [{ ROUTER_SECRET: 'short' }, /Invalid ROUTER_SECRET="\*\*\*\*\*": expected a shared secret of at least 32 characters/],
  ])('fails fast on %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
