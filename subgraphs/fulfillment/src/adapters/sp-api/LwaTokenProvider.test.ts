import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/support/FakeClock.js';
import { LwaError, LwaTokenProvider } from './LwaTokenProvider.js';

const settings = {
  tokenUrl: 'https://lwa.test/auth/o2/token',
  clientId: 'amzn1.application-oa2-client.test',
  clientSecret: 'secret',
  refreshToken: 'Atzr|refresh',
  renewBeforeMs: 5 * 60_000,
};

/** A token endpoint that hands out token-1, token-2, … and records each request body. */
function tokenEndpoint(options: { fail?: () => boolean } = {}) {
  const requests: URLSearchParams[] = [];
  let issued = 0;
  const fetchImpl = (async (url: string, init: RequestInit) => {
    expect(url).toBe(settings.tokenUrl);
    expect(init.method).toBe('POST');
    requests.push(new URLSearchParams(String(init.body)));
    if (options.fail?.()) return new Response(JSON.stringify({ error: 'server_error' }), { status: 500 });
    issued += 1;
    return Response.json({ access_token: `token-${issued}`, token_type: 'bearer', expires_in: 3600 });
  }) as unknown as typeof fetch;
  return { fetchImpl, requests };
}

describe('LwaTokenProvider', () => {
  it('asks with the refresh_token grant and caches the token', async () => {
    const clock = new FakeClock();
    const endpoint = tokenEndpoint();
    const lwa = new LwaTokenProvider(settings, clock, endpoint.fetchImpl);
    expect(await lwa.accessToken()).toBe('token-1');
    expect(await lwa.accessToken()).toBe('token-1');
    expect(endpoint.requests).toHaveLength(1);
    expect(Object.fromEntries(endpoint.requests[0]!)).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'Atzr|refresh',
      client_id: settings.clientId,
      client_secret: 'secret',
    });
  });

  it('renews five minutes before the hour is up, not after', async () => {
    const clock = new FakeClock();
    const endpoint = tokenEndpoint();
    const lwa = new LwaTokenProvider(settings, clock, endpoint.fetchImpl);
    await lwa.accessToken();
    await clock.advance(54 * 60_000 + 59_000);
    expect(await lwa.accessToken()).toBe('token-1');
    await clock.advance(1000);
    expect(await lwa.accessToken()).toBe('token-2');
    expect(endpoint.requests).toHaveLength(2);
  });

  it('makes one refresh for many concurrent callers', async () => {
    const endpoint = tokenEndpoint();
    const lwa = new LwaTokenProvider(settings, new FakeClock(), endpoint.fetchImpl);
    const tokens = await Promise.all(Array.from({ length: 10 }, () => lwa.accessToken()));
    expect(new Set(tokens)).toEqual(new Set(['token-1']));
    expect(endpoint.requests).toHaveLength(1);
  });

  it('keeps using a still-valid token when early renewal fails, and fails once it has expired', async () => {
    const clock = new FakeClock();
    let failing = false;
    const endpoint = tokenEndpoint({ fail: () => failing });
    const lwa = new LwaTokenProvider(settings, clock, endpoint.fetchImpl);
    await lwa.accessToken();
    failing = true;
    await clock.advance(58 * 60_000);
    expect(await lwa.accessToken()).toBe('token-1');
    await clock.advance(2 * 60_000);
    await expect(lwa.accessToken()).rejects.toThrow(LwaError);
    await expect(lwa.accessToken()).rejects.toThrow(/HTTP 500 server_error/);
  });

  it('fetches a new token after Amazon refused the cached one', async () => {
    const endpoint = tokenEndpoint();
    const lwa = new LwaTokenProvider(settings, new FakeClock(), endpoint.fetchImpl);
    const first = await lwa.accessToken();
    lwa.invalidate('some-other-token');
    expect(await lwa.accessToken()).toBe(first);
    lwa.invalidate(first);
    expect(await lwa.accessToken()).toBe('token-2');
  });
});
