import { Writable } from 'node:stream';
import { ApolloServer } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Principal } from '../trust/principal.js';
import { requestLogPlugin } from './requestLog.js';
import { InMemorySpanExporter, startTracing } from './index.js';

interface Context {
  principal: Principal;
}

const lines: Record<string, unknown>[] = [];
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as Record<string, unknown>);
      done();
    },
  }),
);

const server = new ApolloServer<Context>({
  typeDefs: 'type Query { hello: String, boom: String }',
  resolvers: {
    Query: {
      hello: () => 'world',
      boom: () => {
        throw new GraphQLError('Nope.', { extensions: { code: 'FORBIDDEN' } });
      },
    },
  },
  plugins: [requestLogPlugin<Context>(logger)],
});
const customer: Principal = { kind: 'customer', id: 'cust-7', scopes: ['orders:read'], requestId: 'req-123' };
let stopTracing: () => Promise<void>;

beforeAll(async () => {
  stopTracing = startTracing({ serviceName: 'test', exporter: new InMemorySpanExporter() });
  await server.start();
});

afterAll(async () => {
  await server.stop();
  await stopTracing?.();
});

beforeEach(() => {
  lines.length = 0;
});

describe('requestLogPlugin', () => {
  it('logs one line with request id, operation, principal kind and id, duration, outcome and trace id', async () => {
    const traceId = await trace.getTracer('test').startActiveSpan('request', async (active) => {
      await server.executeOperation({ query: 'query Greeting { hello }' }, { contextValue: { principal: customer } });
      active.end();
      return active.spanContext().traceId;
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      msg: 'graphql request',
      requestId: 'req-123',
      operationName: 'Greeting',
      operationType: 'query',
      principal: { kind: 'customer', id: 'cust-7' },
      outcome: 'ok',
      httpStatus: 200,
      traceId,
    });
    expect(typeof lines[0]!.durationMs).toBe('number');
    // Scopes and anything else in the principal stay out of the logs.
    expect(JSON.stringify(lines[0])).not.toContain('orders:read');
    expect(lines[0]).not.toHaveProperty('errorCodes');
  });

  it('reports partial results and failed requests with their error codes', async () => {
    await server.executeOperation({ query: '{ hello boom }' }, { contextValue: { principal: customer } });
    await server.executeOperation({ query: '{ nope }' }, { contextValue: { principal: { ...customer, kind: 'anonymous', id: undefined } } });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ operationName: null, outcome: 'partial', errorCodes: ['FORBIDDEN'] });
    expect(lines[1]).toMatchObject({ outcome: 'error', errorCodes: ['GRAPHQL_VALIDATION_FAILED'], principal: { kind: 'anonymous' } });
    expect(lines[1]!.principal).not.toHaveProperty('id');
  });
});
