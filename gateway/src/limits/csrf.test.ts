import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLimitedGateway, type Running } from './fixtures.js';

const executor = vi.fn(async () => ({ data: { product: null } }));
let gateway: Running;

beforeAll(async () => {
  gateway = await startLimitedGateway({ executor, env: { TRUSTED_DOCUMENTS: 'allow' } });
});
afterAll(() => gateway.close());

describe("Apollo Server's CSRF prevention behind the limits", () => {
  const search = `?${new URLSearchParams({ query: '{ product(id: "1") { id } }' })}`;

  it('rejects a simple GET (no preflight header, no JSON content type)', async () => {
    const res = await fetch(gateway.url + search);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
    expect(executor).not.toHaveBeenCalled();
  });

  it('rejects a simple text/plain POST', async () => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(res.status).toBe(400);
    expect(executor).not.toHaveBeenCalled();
  });

  it('serves the same GET with apollo-require-preflight', async () => {
    const res = await fetch(gateway.url + search, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(executor).toHaveBeenCalledTimes(1);
  });
});
