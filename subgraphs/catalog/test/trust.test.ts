import { listen, principalHeaders, PRINCIPAL_HEADER, type Listening } from '@commerce/lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalog, TEST_ROUTER_SECRET, type CatalogHarness } from './harness.js';

let catalog: CatalogHarness;
let http: Listening;
beforeAll(async () => {
  catalog = await startCatalog({ products: 5 });
  http = await listen(catalog.app, 0, '127.0.0.1');
});
afterAll(async () => {
  await http?.close();
  await catalog?.close();
});

const query = JSON.stringify({ query: '{ categories { id } }' });
const send = (headers: Record<string, string>) =>
  fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: query });

describe('catalog subgraph reached directly', () => {
  const customer = { kind: 'customer' as const, id: 'cust-1', scopes: [], requestId: 'r' };

  it('answers requests signed with the router secret', async () => {
    const res = await send(principalHeaders(customer, TEST_ROUTER_SECRET));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { categories: unknown[] } }).data.categories.length).toBeGreaterThan(0);
  });

  it.each([
    ['no principal', {}],
    ['a principal signed with another secret', principalHeaders(customer, 'x'.repeat(40))],
    [
      'a forged principal under a genuine signature',
      {
        ...principalHeaders({ kind: 'anonymous', scopes: [], requestId: 'r' }, TEST_ROUTER_SECRET),
        [PRINCIPAL_HEADER]: principalHeaders(customer, TEST_ROUTER_SECRET)[PRINCIPAL_HEADER]!.replace(/.$/, 'A'),
      },
    ],
  ])('rejects %s with 401 UNAUTHENTICATED', async (_, headers) => {
    const res = await send(headers as Record<string, string>);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});
