import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../http/listen.js';
import { requestIdFrom, requestIdMiddleware } from './requestId.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let http: Listening;

beforeAll(async () => {
  const app = express();
  app.use(requestIdMiddleware());
  // Echoes what later handlers see, to check they get the same id as the response header.
  app.get('/echo', (req, res) => {
    res.json({ header: req.get('x-request-id'), local: res.locals.requestId });
  });
  http = await listen(app, 0, '127.0.0.1');
});

afterAll(async () => {
  await http?.close();
});

async function echo(headers: Record<string, string> = {}) {
  const response = await fetch(`${http.url}/echo`, { headers });
  return { returned: response.headers.get('x-request-id'), seen: (await response.json()) as { header: string; local: string } };
}

describe('request ids', () => {
  it('keeps an acceptable incoming x-request-id and returns it', async () => {
    const { returned, seen } = await echo({ 'x-request-id': 'checkout-42.a_b:c' });
    expect(returned).toBe('checkout-42.a_b:c');
    expect(seen).toEqual({ header: 'checkout-42.a_b:c', local: 'checkout-42.a_b:c' });
  });

  it('generates an id when none is sent, and handlers see the same one', async () => {
    const { returned, seen } = await echo();
    expect(returned).toMatch(UUID);
    expect(seen).toEqual({ header: returned, local: returned });
  });

  it('replaces ids that could pollute logs', async () => {
    const { returned } = await echo({ 'x-request-id': 'x'.repeat(129) });
    expect(returned).toMatch(UUID);
    expect(requestIdFrom('a b')).toMatch(UUID);
    expect(requestIdFrom('"},{"admin":true')).toMatch(UUID);
    expect(requestIdFrom(['first', 'second'])).toBe('first');
  });
});
