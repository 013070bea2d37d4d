import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { principalHeaders } from '@commerce/lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAgent, createSubgraphFetcher, type ResilienceConfig } from './subgraphFetcher.js';

/** A subgraph whose next answers the test scripts: a status, or a delay before answering. */
let script: { status?: number; delayMs?: number }[] = [];
let received: string[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(body);
      const { status = 200, delayMs = 0 } = script.shift() ?? {};
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'max-age=30' });
        res.end(JSON.stringify(status === 200 ? { data: { n: received.length } } : { errors: [{ message: 'down' }] }));
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  script = [];
  received = [];
});

const config: ResilienceConfig = { timeoutMs: 300, retries: 2, breakerErrorPercentage: 50, breakerVolumeThreshold: 100, breakerResetMs: 1000 };
const agent = createAgent();
const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const asCustomer = (id: string) => principalHeaders({ kind: 'customer', id, scopes: [], requestId: Math.random().toString() }, 'secret');

describe('the subgraph fetcher', () => {
  it('answers with the status, headers and body Apollo Gateway reads', async () => {
    const fetcher = createSubgraphFetcher('catalog', config, agent);
    const response = await fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body('query { a }') });
    expect(response.ok).toBe(true);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('max-age=30');
    expect(await response.clone().json()).toEqual({ data: { n: 1 } });
    expect(await response.text()).toBe('{"data":{"n":1}}');
  });

  it('retries a query after 503 and a timeout, and never retries a mutation', async () => {
    const fetcher = createSubgraphFetcher('catalog', config, agent);
    script = [{ status: 503 }, { delayMs: 600 }, {}];
    const query = await fetcher(url, { method: 'POST', body: body('query Q { a }') });
    expect(query.status).toBe(200);
    expect(received).toHaveLength(3);

    received = [];
    script = [{ status: 503 }];
    const mutation = await fetcher(url, { method: 'POST', body: body('mutation M { b }') });
    expect(mutation.status).toBe(503);
    expect(received).toHaveLength(1);
  });

  it('reports a subgraph that keeps timing out as UPSTREAM_TIMEOUT naming it', async () => {
    const fetcher = createSubgraphFetcher('catalog', { ...config, retries: 0 }, agent);
    script = [{ delayMs: 600 }];
    await expect(fetcher(url, { method: 'POST', body: body('query { a }') })).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_TIMEOUT', service: 'catalog' } });
  });

  it('shares one fetch among identical queries in flight for the same principal, not across principals', async () => {
    const fetcher = createSubgraphFetcher('catalog', config, agent);
    script = [{ delayMs: 50 }, { delayMs: 50 }];
    const query = body('query Q($id: ID!) { p(id: $id) { n } }', { id: '1' });
    const [a, b, c] = await Promise.all([
      fetcher(url, { method: 'POST', headers: asCustomer('cust-1'), body: query }),
      fetcher(url, { method: 'POST', headers: asCustomer('cust-1'), body: query }),
      fetcher(url, { method: 'POST', headers: asCustomer('cust-2'), body: query }),
    ]);
    expect(received).toHaveLength(2);
    expect(await a!.json()).toEqual(await b!.json());
    expect(c!.status).toBe(200);
  });

  it('recognises a mutation however the operation text starts', async () => {
    const fetcher = createSubgraphFetcher('orders', config, agent);
    script = [{ status: 503 }, { status: 503 }];
    await fetcher(url, { method: 'POST', body: body('\n  mutation PlaceOrder { b }') });
    await fetcher(url, { method: 'POST', body: JSON.stringify({ variables: {}, query: 'mutation { b }' }) });
    expect(received).toHaveLength(2);
  });
});
