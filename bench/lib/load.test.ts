import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drive, type FlowStep } from './load.js';

/**
 * A stand-in for a cart service: `create` opens a cart, `add` and `order` name one. It records what each
 * request named, so a test can see whether later steps carried the id that their own connection got.
 */
const seen: { op: string; cart: string | undefined; socket: number }[] = [];
let server: Server;
let url: string;
let nextCart = 0;
const cartSocket = new Map<string, number>();

beforeAll(async () => {
  let sockets = 0;
  server = createServer((req, res) => {
    const socket = ((req.socket as { benchId?: number }).benchId ??= sockets++);
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const { op, cart } = JSON.parse(text) as { op: string; cart?: string };
      seen.push({ op, cart, socket });
      const reply = (data: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      if (op === 'create') {
        const id = `cart-${nextCart++}`;
        cartSocket.set(id, socket);
        return reply({ createCart: { id } });
      }
      if (op === 'order' && cart?.endsWith('3')) return reply({ placeOrder: { __typename: 'CheckoutError', code: 'CART_NOT_FOUND' } });
      return reply({ [op]: { __typename: 'Cart', id: cart } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('drive with a flow', () => {
  const flow: FlowStep[] = [
    { body: () => JSON.stringify({ op: 'create' }), keep: (data, context) => (context.cartId = (data.createCart as { id: string }).id) },
    { body: (context) => JSON.stringify({ op: 'add', cart: context.cartId }) },
    { body: (context) => JSON.stringify({ op: 'order', cart: context.cartId }) },
  ];

  it('sends each connection through the steps with the ids its own answers gave, and counts error results as failures', async () => {
    const result = await drive({ url, requests: { flow }, connections: 4, seconds: 1 });

    const creates = seen.filter((r) => r.op === 'create');
    const later = seen.filter((r) => r.op !== 'create');
    expect(creates.length).toBeGreaterThan(8);
    expect(later.length).toBeGreaterThan(16);
    // Every add and order named a cart that was created on the same connection.
    for (const request of later) expect(cartSocket.get(request.cart!)).toBe(request.socket);
    // Steps run in order on a connection: create, add, order, create, …
    for (const socket of new Set(seen.map((r) => r.socket))) {
      const ops = seen.filter((r) => r.socket === socket).map((r) => r.op);
      ops.forEach((op, i) => expect(op).toBe(['create', 'add', 'order'][i % 3]));
    }
    // Orders of carts whose id ends in 3 answered CheckoutError: failures, though HTTP 200 without `errors`.
    const refused = seen.filter((r) => r.op === 'order' && r.cart!.endsWith('3')).length;
    expect(refused).toBeGreaterThan(4);
    expect(result.graphqlErrors).toBeGreaterThanOrEqual(refused - 4);
    expect(result.graphqlErrors).toBeLessThanOrEqual(refused);
    // Requests still in flight when the drive stopped reached the server but are not counted.
    expect(result.requests).toBeGreaterThanOrEqual(seen.length - 4);
  });
});
