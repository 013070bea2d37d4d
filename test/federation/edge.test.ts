import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, listen, principalHeaders, type Listening } from '@commerce/lib';
import { loadConfig } from '@commerce/gateway/config';
import { createGateway, type Gateway } from '@commerce/gateway/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuerApp, LOCAL_AUDIENCE, LOCAL_ISSUER, loadOrCreateIssuerKey, mintToken } from '../../stack/src/issuer.js';
import { startCatalog, TEST_ROUTER_SECRET, type CatalogHarness } from '../../subgraphs/catalog/test/harness.js';
import { accountsTypeDefs, createAccountsSubgraph } from '../support/accountsSubgraph.js';
import { post } from '../support/http.js';
import { composeToFile } from '../support/supergraph.js';
import { typeDefs as catalogTypeDefs } from '../../subgraphs/catalog/src/server.js';

let dir: string;
let catalog: CatalogHarness;
let catalogHttp: Listening;
let accounts: Awaited<ReturnType<typeof createAccountsSubgraph>>;
let accountsHttp: Listening;
let issuerHttp: Listening;
let gateway: Gateway;
let gatewayHttp: Listening;
let url: string;
let key: Awaited<ReturnType<typeof loadOrCreateIssuerKey>>;
const fetches: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'edge-'));
  catalog = await startCatalog({ products: 10 });
  catalogHttp = await listen(catalog.app, 0, '127.0.0.1');
  accounts = await createAccountsSubgraph(TEST_ROUTER_SECRET);
  accountsHttp = await listen(accounts.app, 0, '127.0.0.1');
  key = await loadOrCreateIssuerKey(dir);
  issuerHttp = await listen(issuerApp(key), 0, '127.0.0.1');
  const supergraph = await composeToFile(dir, [
    { name: 'catalog', url: `${catalogHttp.url}/graphql`, typeDefs: catalogTypeDefs },
    { name: 'accounts', url: `${accountsHttp.url}/graphql`, typeDefs: accountsTypeDefs },
  ]);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    ROUTER_SECRET: TEST_ROUTER_SECRET,
    SUPERGRAPH_PATH: supergraph,
    AUTH_JWKS_URL: `${issuerHttp.url}/.well-known/jwks.json`,
    AUTH_ISSUER: LOCAL_ISSUER,
    AUTH_AUDIENCE: LOCAL_AUDIENCE,
    // sha256("partner-key-1")
    API_KEYS: 'acme|d1cf9c5cffcb718f754b7ecb1ed23efdb5a654b4b20c2fc42759db5903209f76|audit:read',
    SUBGRAPH_TIMEOUT_MS: '1000',
    SUBGRAPH_RETRIES: '1',
    BREAKER_VOLUME_THRESHOLD: '3',
    BREAKER_RESET_MS: '1500',
  });
  gateway = await createGateway(config, createLogger('gateway', 'silent'), {
    fetches: { fetched: (name, _ms, outcome) => fetches.push(`${name}:${outcome}`) },
  });
  gatewayHttp = await listen(gateway.app, 0, '127.0.0.1');
  url = `${gatewayHttp.url}/graphql`;
});

afterAll(async () => {
  await gatewayHttp?.close();
  await gateway?.stop();
  await issuerHttp?.close();
  await accountsHttp?.close();
  await catalogHttp?.close();
  await catalog?.close();
  await rm(dir, { recursive: true, force: true });
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('identity', () => {
  it('verifies a bearer token against the JWKS and forwards the customer', async () => {
    const token = await mintToken(key, { customerId: 'cust-00042' });
    const { status, body } = await post(url, '{ whoami }', {}, bearer(token));
    expect(status).toBe(200);
    expect(body).toEqual({ data: { whoami: 'customer:cust-00042' } });
  });

  it.each([
    ['garbage', 'Bearer not-a-jwt', /not valid/],
    ['a token from another issuer key', '', /not valid/],
    ['an expired token', '', /expired/],
  ])('answers %s with 401 UNAUTHENTICATED, never as anonymous', async (name, header, message) => {
    let authorization = header;
    if (name === 'a token from another issuer key') {
      const other = await loadOrCreateIssuerKey(join(dir, 'other'));
      authorization = `Bearer ${await mintToken(other, { customerId: 'cust-1' })}`;
    }
    if (name === 'an expired token') authorization = `Bearer ${await mintToken(key, { customerId: 'cust-1', expiresIn: '-2m' })}`;
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: '{"query":"{ whoami }"}' });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]!.message).toMatch(message);
  });

  it('identifies a partner head by API key', async () => {
    const { body } = await post(url, '{ whoami auditLog }', {}, { 'x-api-key': 'partner-key-1' });
    expect(body).toEqual({ data: { whoami: 'partner:acme', auditLog: ['login'] } });
    const wrong = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'nope' }, body: '{"query":"{ whoami }"}' });
    expect(wrong.status).toBe(401);
  });
});

describe('authorization at the gateway', () => {
  const query = '{ product(id: "prod-000001") { id name internalNotes } whoami }';

  it('nulls @authenticated fields for anonymous requests with UNAUTHENTICATED and serves the rest', async () => {
    const before = { ...accounts.calls };
    const { body } = await post(url, query);
    expect(body.data).toMatchObject({ product: { id: 'prod-000001', internalNotes: null }, whoami: null });
    expect(body.data!.product.name).toEqual(expect.any(String));
    expect(body.errors!.map((e) => [e.path, e.extensions!.code])).toEqual(
      expect.arrayContaining([
        [['product', 'internalNotes'], 'UNAUTHENTICATED'],
        [['whoami'], 'UNAUTHENTICATED'],
      ]),
    );
    // The subgraph was never asked for what the principal may not see.
    expect(accounts.calls).toEqual(before);
  });

  it('answers an operation whose every field is denied with nulls only, nothing the client did not ask for', async () => {
    const { body } = await post(url, '{ whoami }');
    expect(body.data).toEqual({ whoami: null });
    expect(body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('nulls a @requiresScopes field with FORBIDDEN for a customer without the scope, and serves it with the scope', async () => {
    const without = await post(url, query, {}, bearer(await mintToken(key, { customerId: 'c1', scopes: ['orders:read'] })));
    expect(without.body.data!.product.internalNotes).toBeNull();
    expect(without.body.data!.whoami).toBe('customer:c1');
    expect(without.body.errors).toEqual([
      expect.objectContaining({ path: ['product', 'internalNotes'], extensions: { code: 'FORBIDDEN' } }),
    ]);
    const withScope = await post(url, query, {}, bearer(await mintToken(key, { customerId: 'c1', scopes: ['catalog:notes'] })));
    expect(withScope.body.errors).toBeUndefined();
    expect(withScope.body.data!.product.internalNotes).toBe('notes for prod-000001');
  });

  it('is enforced again by the owning subgraph when reached without the gateway', async () => {
    const headers = principalHeaders({ kind: 'customer', id: 'c1', scopes: [], requestId: 'r' }, TEST_ROUTER_SECRET);
    const { body } = await post(`${accountsHttp.url}/graphql`, '{ auditLog }', {}, headers);
    expect(body.data).toEqual({ auditLog: null });
    expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('resilience to a failing subgraph', () => {
  const query = '{ product(id: "prod-000002") { id name internalNotes } }';
  const admin = async () => bearer(await mintToken(key, { customerId: 'ops', scopes: ['admin'] }));

  it('serves partial data with UPSTREAM_UNAVAILABLE, fails fast while the circuit is open, and recovers', async () => {
    const headers = await admin();
    expect((await post(url, query, {}, headers)).body.data!.product.internalNotes).toBe('notes for prod-000002');

    const port = accountsHttp.port;
    await accountsHttp.close();

    const partial = await post(url, query, {}, headers);
    expect(partial.status).toBe(200);
    expect(partial.body.data!.product).toMatchObject({ id: 'prod-000002', name: expect.any(String), internalNotes: null });
    const error = partial.body.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', service: 'accounts' });
    expect(error.path).toEqual(['product', 'internalNotes']);

    // Enough failures open the circuit: further requests fail fast without calling the subgraph.
    for (let i = 0; i < 4; i++) await post(url, query, {}, headers);
    fetches.length = 0;
    const started = performance.now();
    const fast = await post(url, query, {}, headers);
    expect(performance.now() - started).toBeLessThan(200);
    expect(fast.body.errors![0]!.message).toMatch(/circuit open/);
    expect(fetches.filter((f) => f.startsWith('accounts:'))).toEqual(['accounts:rejected']);

    accountsHttp = await listen(accounts.app, port, '127.0.0.1');
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const recovered = await post(url, query, {}, headers);
    expect(recovered.body.errors).toBeUndefined();
    expect(recovered.body.data!.product.internalNotes).toBe('notes for prod-000002');
  });
});
