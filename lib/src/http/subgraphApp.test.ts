import { ApolloServer } from '@apollo/server';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynalite, type LocalDynamo } from '../dynalite/index.js';
import { createDynamoClients } from '../dynamodb/client.js';
import { listen, type Listening } from './listen.js';
import { subgraphApp } from './subgraphApp.js';

let dynamo: LocalDynamo;
let http: Listening;
let server: ApolloServer;

beforeAll(async () => {
  dynamo = await startDynalite();
  server = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }' });
  await server.start();
  http = await listen(subgraphApp(server, { routerSecret: 'a-router-secret-of-at-least-32-chars', context: async () => ({}) }), 0, '127.0.0.1');
});
afterAll(async () => {
  await http.close();
  await server.stop();
  await dynamo.close();
});

describe('a subgraph app', () => {
  it('answers health, refuses unsigned GraphQL, and counts the store calls of its process', async () => {
    expect((await fetch(`${http.url}/healthz`)).status).toBe(200);
    const unsigned = await fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' });
    expect(unsigned.status).toBe(401);

    const count = async () => ((await (await fetch(`${http.url}/store-calls`)).json()) as Record<string, number>).ListTables ?? 0;
    const before = await count();
    const { client } = createDynamoClients({ endpoint: dynamo.endpoint, region: 'us-east-1' });
    await client.send(new ListTablesCommand({}));
    await client.send(new ListTablesCommand({}));
    expect((await count()) - before).toBe(2);
  });

  it('is ready once listening, unless it waits for something: then 503 with its progress until it is done', async () => {
    expect(await (await fetch(`${http.url}/readyz`)).json()).toEqual({ status: 'ready' });

    let indexed: number | undefined = 10;
    const warming = await listen(
      subgraphApp(server, {
        routerSecret: 'a-router-secret-of-at-least-32-chars',
        context: async () => ({}),
        readiness: () => (indexed === undefined ? { ready: true } : { ready: false, detail: { indexed } }),
      }),
      0,
      '127.0.0.1',
    );
    try {
      expect((await fetch(`${warming.url}/healthz`)).status).toBe(200);
      const starting = await fetch(`${warming.url}/readyz`);
      expect([starting.status, await starting.json()]).toEqual([503, { status: 'starting', indexed: 10 }]);
      indexed = undefined;
      expect((await fetch(`${warming.url}/readyz`)).status).toBe(200);
    } finally {
      await warming.close();
    }
  });
});
