import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLimitedGateway, type GraphQLBody, type Running } from './fixtures.js';

const executor = vi.fn(async () => ({ data: { product: null } }));
let gateway: Running;

beforeAll(async () => {
  gateway = await startLimitedGateway({ executor, env: { MAX_BODY_BYTES: '2048' } });
});
afterAll(() => gateway.close());

async function post(body: string) {
  const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, body: (await res.json()) as GraphQLBody };
}

describe('request body limit', () => {
  it('answers 413 REQUEST_TOO_LARGE naming the limit and the size seen', async () => {
    const body = JSON.stringify({ query: '{ product(id: "1") { id } }', variables: { padding: 'x'.repeat(3000) } });
    const res = await post(body);
    expect(res.status).toBe(413);
    expect(res.body.errors![0]).toEqual({
      message: `Request body of ${Buffer.byteLength(body)} bytes is over the limit of 2048 bytes.`,
      extensions: { code: 'REQUEST_TOO_LARGE', limit: 2048 },
    });
    expect(executor).not.toHaveBeenCalled();
  });

  it('answers 400 BAD_REQUEST for a body that is not JSON', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('accepts a body under the limit', async () => {
    expect((await post(JSON.stringify({ query: '{ product(id: "1") { id } }' }))).status).toBe(200);
  });
});
