import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postJson, startLimitedGateway, type Running } from './fixtures.js';

const executor = vi.fn(async () => ({ data: { product: null } }));
let gateway: Running;
const query = { query: '{ product(id: "1") { id } }' };

beforeAll(async () => {
  gateway = await startLimitedGateway({
    executor,
    env: { RATE_LIMIT_ANONYMOUS: '1', RATE_LIMIT_ANONYMOUS_BURST: '2', RATE_LIMIT_AUTHENTICATED: '5', RATE_LIMIT_AUTHENTICATED_BURST: '0' },
  });
});
afterAll(() => gateway.close());

describe('per-principal rate limits', () => {
  it('answers 429 with Retry-After once an anonymous client has used its rate and burst', async () => {
    // Concurrent, so that all of them land inside one one-second window even on a busy machine.
    const statuses = await Promise.all([1, 2, 3].map(async () => (await postJson(gateway.url, query)).status));
    expect(statuses).toEqual([200, 200, 200]);
    executor.mockClear();

    const throttled = await postJson(gateway.url, query);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('1');
    expect(throttled.headers.get('content-type')).toMatch(/^application\/json/);
    expect(throttled.body.errors![0]).toEqual({
      message: 'Rate limit of 1 requests per second with a burst of 2 per 10 s for anonymous clients exceeded; retry after 1 s.',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 },
    });
    expect(executor).not.toHaveBeenCalled();
  });

  it('keeps a bucket per customer, with the authenticated capacity', async () => {
    const alice = { 'x-test-customer': 'alice' };
    const statuses = await Promise.all([1, 2, 3, 4, 5, 6].map(async () => (await postJson(gateway.url, query, alice)).status));
    expect(statuses.sort()).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await postJson(gateway.url, query, { 'x-test-customer': 'bob' })).status).toBe(200);
  });
});
