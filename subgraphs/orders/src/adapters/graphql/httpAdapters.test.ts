import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyPrincipal } from '@commerce/lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpCatalog } from './HttpCatalog.js';
import { HttpFulfillment } from './HttpFulfillment.js';
import { HttpInventory } from './HttpInventory.js';
import { serviceClient, ServiceRejectedError, ServiceUnavailableError } from './serviceClient.js';

const SECRET = 'test-router-secret-of-at-least-32-characters';

/** A stand-in subgraph: answers with `reply(body)` and remembers who asked. */
let reply: (body: { query: string; variables: Record<string, any> }) => { status?: number; json?: unknown; delayMs?: number };
const seen: { principal: ReturnType<typeof verifyPrincipal>; body: { query: string; variables: Record<string, any> } }[] = [];
let server: Server;
let url: string;

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req));
    seen.push({ principal: verifyPrincipal(req.headers, SECRET), body });
    const { status = 200, json, delayMs = 0 } = reply(body);
    setTimeout(() => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json)), delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const call = (timeoutMs = 2000) => serviceClient({ service: 'catalog', url, routerSecret: SECRET, timeoutMs });

describe('service calls to other subgraphs', () => {
  it('sign as the orders service and read catalog prices through _entities in one request', async () => {
    reply = () => ({
      json: { data: { _entities: [{ sku: 'A', price: { centAmount: 100, currencyCode: 'USD' }, product: { id: 'p1' } }, null] } },
    });
    const variants = await new HttpCatalog(call()).variants(['A', 'GONE', 'A']);
    expect([...variants.values()]).toEqual([{ sku: 'A', productId: 'p1', price: { centAmount: 100, currencyCode: 'USD' } }]);
    const last = seen.at(-1)!;
    expect(last.principal).toMatchObject({ kind: 'service', id: 'orders' });
    expect(last.body.variables).toEqual({ representations: [{ __typename: 'ProductVariant', sku: 'A' }, { __typename: 'ProductVariant', sku: 'GONE' }] });
    expect(last.body.query).toContain('price { centAmount currencyCode } product { id }');
  });

  it('map inventory results: a reservation, a shortage, release and commit', async () => {
    const inventory = new HttpInventory(call());
    reply = () => ({ json: { data: { reserveStock: { __typename: 'StockShortage', code: 'INSUFFICIENT_STOCK', message: 'short', shortages: [{ sku: 'A', requested: 2, available: 1 }] } } } });
    const request = { orderId: 'ord_1', lines: [{ sku: 'A', quantity: 2 }], destination: { countryCode: 'US', postalCode: '98109' }, holdSeconds: 900 };
    expect(await inventory.reserve(request)).toEqual({ kind: 'shortage', message: 'short', shortages: [{ sku: 'A', requested: 2, available: 1 }] });
    expect(seen.at(-1)!.body.variables).toEqual({ input: request });
    reply = () => ({ json: { data: { reserveStock: { __typename: 'StockReservation', orderId: 'ord_1', status: 'HELD' } } } });
    expect(await inventory.reserve(request)).toEqual({ kind: 'reserved', status: 'HELD' });
    reply = () => ({ json: { data: { commitStock: { status: 'COMMITTED' } } } });
    expect(await inventory.commit('ord_1')).toBe('COMMITTED');
    reply = () => ({ json: { data: { releaseStock: null } } });
    expect(await inventory.release('ord_1')).toBeNull();
  });

  it('map fulfillment results; a BAD_USER_INPUT refusal is a rejection, not an outage', async () => {
    const fulfillment = new HttpFulfillment(call());
    const request = {
      orderId: 'ord_1',
      customerId: null,
      placedAt: '2026-03-02T09:00:00.000Z',
      items: [{ sku: 'A', quantity: 1 }],
      destination: { name: 'Ada', line1: '1 Main St', line2: null, city: 'Seattle', stateOrRegion: 'WA', postalCode: '98109', countryCode: 'US', phone: null },
      shippingSpeed: 'STANDARD' as const,
    };
    reply = () => ({ json: { data: { createFulfillmentOrder: { __typename: 'Fulfillment', status: 'NEW' } } } });
    expect(await fulfillment.create(request)).toEqual({ kind: 'accepted', status: 'NEW' });
    expect(seen.at(-1)!.body.variables).toEqual({ order: request });
    reply = () => ({ json: { errors: [{ message: 'postalCode is not valid', extensions: { code: 'BAD_USER_INPUT' } }], data: null } });
    expect(await fulfillment.create(request)).toMatchObject({ kind: 'rejected', reason: expect.stringMatching(/postalCode/) });
    reply = () => ({ json: { data: { cancelFulfillmentOrder: { __typename: 'FulfillmentCommandError', code: 'NOT_CANCELLABLE', message: 'Processing' } } } });
    expect(await fulfillment.cancel('ord_1')).toEqual({ kind: 'not_cancellable', reason: 'Processing' });
  });

  it('turn timeouts, HTTP errors and unexplained errors into retryable failures, and BAD_USER_INPUT into a refusal', async () => {
    reply = () => ({ delayMs: 500, json: { data: {} } });
    await expect(call(100)('query { x }', {})).rejects.toThrow(/did not answer within 100 ms/);
    reply = () => ({ status: 502, json: 'bad gateway' });
    await expect(call()('query { x }', {})).rejects.toBeInstanceOf(ServiceUnavailableError);
    reply = () => ({ json: { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } });
    await expect(call()('query { x }', {})).rejects.toBeInstanceOf(ServiceUnavailableError);
    reply = () => ({ json: { errors: [{ message: 'no', extensions: { code: 'BAD_USER_INPUT' } }] } });
    await expect(call()('query { x }', {})).rejects.toBeInstanceOf(ServiceRejectedError);
    await expect(serviceClient({ service: 'x', url: 'http://127.0.0.1:1/graphql', routerSecret: SECRET, timeoutMs: 1000 })('query { x }', {})).rejects.toThrow(/unreachable/);
  });
});
