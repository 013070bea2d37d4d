import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadLimitsConfig } from './config.js';
import { composeFixture, listen, postJson, type Running } from './fixtures.js';
import { operationLimits } from './operationLimits.js';

// Stands in for the subgraph: every fetch the query planner makes lands here.
const subgraphFetch = vi.fn(async () => ({ data: { product: { id: '1' } } }));
let running: Running;
let server: ApolloServer;

beforeAll(async () => {
  const { supergraphSdl } = composeFixture();
  const limits = operationLimits(supergraphSdl, loadLimitsConfig({}).operations);
  server = new ApolloServer({
    gateway: new ApolloGateway({ supergraphSdl, buildService: () => ({ process: subgraphFetch }) }),
    parseOptions: limits.parseOptions,
    plugins: [limits.plugin],
  });
  await server.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(server));
  running = await listen(app);
});
afterAll(async () => {
  await running.close();
  await server.stop();
});
beforeEach(() => subgraphFetch.mockClear());

describe('operation limits in front of ApolloGateway', () => {
  it('lets an ordinary operation reach the subgraph', async () => {
    const res = await postJson(running.url, { query: '{ product(id: "1") { id } }' });
    expect(res.body).toEqual({ data: { product: { id: '1' } } });
    expect(subgraphFetch).toHaveBeenCalledTimes(1);
  });

  it('rejects an over-cost operation without calling any subgraph', async () => {
    const res = await postJson(running.url, { query: '{ products(first: 2000) { edges { node { id price } } } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions).toEqual({ code: 'MAX_COST_EXCEEDED', limit: 5000, actual: 1 + 2000 * 4 });
    expect(subgraphFetch).not.toHaveBeenCalled();
  });
});
