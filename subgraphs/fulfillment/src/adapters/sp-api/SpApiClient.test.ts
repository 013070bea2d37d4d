import { describe, expect, it } from 'vitest';
import type { Clock } from '../../ports/Clock.js';
import { LwaTokenProvider } from './LwaTokenProvider.js';
import { OPERATIONS } from './operations.js';
import { RateLimiter } from './RateLimiter.js';
import { SpApiClient, SpApiRequestError, SpApiTimeoutError, SpApiUnavailableError } from './SpApiClient.js';

interface Sent {
  method: string;
  url: string;
  token: string | null;
  body: unknown;
}

type Reply = Response | Error | 'hang';

/** A fake SP-API + LWA: answers SP-API requests from `replies` in order and records them. */
function setup(replies: Reply[], settings: { timeoutMs?: number; maxAttempts?: number } = {}) {
  const slept: number[] = [];
  let now = Date.parse('2026-03-02T09:00:00Z');
  const clock: Clock = { now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
  const sent: Sent[] = [];
  let tokens = 0;
  const fetchImpl = (async (url: string, init: RequestInit) => {
    if (url.endsWith('/auth/o2/token')) return Response.json({ access_token: `token-${++tokens}`, expires_in: 3600 });
    sent.push({ method: String(init.method), url, token: new Headers(init.headers).get('x-amz-access-token'), body: init.body ? JSON.parse(String(init.body)) : undefined });
    const reply = replies.shift() ?? new Response('{}', { status: 200 });
    if (reply === 'hang') {
      return new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    }
    if (reply instanceof Error) throw reply;
    return reply;
  }) as unknown as typeof fetch;
  const lwa = new LwaTokenProvider({ tokenUrl: 'http://sp.test/auth/o2/token', clientId: 'c', clientSecret: 's', refreshToken: 'r' }, clock, fetchImpl);
  const limiter = new RateLimiter(OPERATIONS, clock);
  const client = new SpApiClient(
    { endpoint: 'http://sp.test/', timeoutMs: settings.timeoutMs ?? 1000, maxAttempts: settings.maxAttempts ?? 3, backoffBaseMs: 100 },
    lwa,
    limiter,
    clock,
    fetchImpl,
    () => 0.5,
  );
  return { client, sent, slept, limiter };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('SpApiClient', () => {
  it('sends the access token, the JSON body and encoded path and query parameters', async () => {
    const { client, sent } = setup([json(200, { payload: {} }), json(200, { payload: {} })]);
    await client.call('cancelFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'ord 1/2' } });
    await client.call('listAllFulfillmentOrders', { query: { queryStartDate: '2026-03-01T00:00:00.000Z' } });
    expect(sent[0]).toEqual({ method: 'PUT', url: 'http://sp.test/fba/outbound/2020-07-01/fulfillmentOrders/ord%201%2F2/cancel', token: 'token-1', body: undefined });
    expect(sent[1]!.url).toBe('http://sp.test/fba/outbound/2020-07-01/fulfillmentOrders?queryStartDate=2026-03-01T00%3A00%3A00.000Z');
    expect(sent[1]!.token).toBe('token-1');
  });

  it('retries 5xx with jittered exponential backoff and returns the eventual answer', async () => {
    const { client, sent, slept } = setup([json(503, {}), json(500, {}), json(200, { payload: { reasonCodeDetails: [] } })]);
    const out = await client.call('listReturnReasonCodes', { query: { sellerSku: 'SKU-1' } });
    expect(out).toEqual({ payload: { reasonCodeDetails: [] } });
    expect(sent).toHaveLength(3);
    expect(slept).toEqual([50, 100]);
  });

  it('retries 429, starting the operation bucket from empty', async () => {
    const { client, sent, limiter } = setup([json(429, { errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota' }] }), json(200, {})]);
    await client.call('getPackageTrackingDetails', { query: { packageNumber: 1 } });
    expect(sent).toHaveLength(2);
    expect(limiter.plan('getPackageTrackingDetails').tokens).toBeLessThan(1);
  });

  it('gives up after maxAttempts with SpApiUnavailableError', async () => {
    const { client, sent } = setup([json(503, {}), json(503, {}), json(503, {})]);
    await expect(client.call('getFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'o' } })).rejects.toThrow(SpApiUnavailableError);
    expect(sent).toHaveLength(3);
  });

  it('never retries a 4xx and hands Amazon’s errors to the adapter', async () => {
    const { client, sent } = setup([json(400, { errors: [{ code: 'InvalidInput', message: 'bad sku' }] })]);
    const error = await client.call('getFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'o' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpApiRequestError);
    expect((error as SpApiRequestError).errors).toEqual([{ code: 'InvalidInput', message: 'bad sku' }]);
    expect(sent).toHaveLength(1);
  });

  it('renews a refused access token once and repeats the request', async () => {
    const { client, sent } = setup([json(403, { errors: [{ code: 'Unauthorized', message: 'expired' }] }), json(200, {})]);
    await client.call('getFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'o' } });
    expect(sent.map((s) => s.token)).toEqual(['token-1', 'token-2']);
  });

  it('treats a second refusal with a fresh token as unavailable', async () => {
    const { client, sent } = setup([json(403, {}), json(403, {})]);
    await expect(client.call('getFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'o' } })).rejects.toThrow(/access denied/);
    expect(sent).toHaveLength(2);
  });

  it('retries network errors and reports timeouts as SpApiTimeoutError', async () => {
    const flaky = setup([new TypeError('fetch failed'), json(200, {})]);
    await flaky.client.call('getFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'o' } });
    expect(flaky.sent).toHaveLength(2);

    const slow = setup(['hang', 'hang'], { timeoutMs: 20, maxAttempts: 2 });
    await expect(slow.client.call('getFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'o' } })).rejects.toBeInstanceOf(SpApiTimeoutError);
    expect(slow.sent).toHaveLength(2);
  });

  it('follows x-amzn-RateLimit-Limit', async () => {
    const { client, limiter } = setup([json(200, {}, { 'x-amzn-RateLimit-Limit': '0.5' })]);
    await client.call('getFulfillmentOrder', { path: { sellerFulfillmentOrderId: 'o' } });
    expect(limiter.plan('getFulfillmentOrder').rate).toBe(0.5);
  });
});
