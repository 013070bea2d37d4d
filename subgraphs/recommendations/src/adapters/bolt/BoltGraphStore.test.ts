import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { GraphQueryError, GraphStoreUnavailableError } from '../../ports/GraphStore.js';
import { neptuneSigner } from '../aws/sigv4.js';
import { neptuneIamAuth, type BoltAuthTokenManager } from './authTokens.js';
import { BoltGraphStore } from './BoltGraphStore.js';

/** A driver that records what it was given; `fail` makes its queries throw a driver error. */
function fakeDrivers(fail?: { code: string }) {
  const drivers: { token: AuthToken; closed: boolean; runs: { cypher: string; params: Record<string, unknown>; mode: string }[] }[] = [];
  const createDriver = (_uri: string, token: AuthToken) => {
    const record = { token, closed: false, runs: [] as (typeof drivers)[number]['runs'] };
    drivers.push(record);
    const session = (config: { defaultAccessMode?: string }) => {
      const tx = {
        run: async (cypher: string, params: Record<string, unknown>) => {
          record.runs.push({ cypher, params, mode: config.defaultAccessMode ?? '' });
          if (fail) throw Object.assign(new Error('boom'), fail);
          return { records: [{ toObject: () => ({ one: 1 }) }] };
        },
      };
      return {
        readTransaction: (work: (t: typeof tx) => unknown) => work(tx),
        writeTransaction: (work: (t: typeof tx) => unknown) => work(tx),
        close: async () => undefined,
      };
    };
    return { session, close: async () => void (record.closed = true) } as unknown as Driver;
  };
  return { drivers, createDriver };
}

describe('BoltGraphStore', () => {
  it('sends integers as Bolt integers and routes writes to write sessions', async () => {
    const { drivers, createDriver } = fakeDrivers();
    const store = new BoltGraphStore({ uri: 'bolt://db', auth: { getToken: async () => ({ token: neo4j.auth.basic('u', 'p'), expiresAt: Infinity }) }, queryTimeoutMs: 1000, createDriver });
    expect(await store.run('RETURN 1 AS one', { at: 1_700_000_000_000, score: 0.5, rows: [{ quantity: 2 }] })).toEqual([{ one: 1 }]);
    await store.run('CREATE (n)', {}, { mode: 'write' });
    const [read, write] = drivers[0]!.runs;
    expect(neo4j.isInt(read!.params['at'])).toBe(true);
    expect(read!.params['score']).toBe(0.5);
    expect(neo4j.isInt((read!.params['rows'] as { quantity: unknown }[])[0]!.quantity)).toBe(true);
    expect([read!.mode, write!.mode]).toEqual([neo4j.session.READ, neo4j.session.WRITE]);
  });

  it('replaces the driver when its token is due and closes the old one', async () => {
    let clock = 0;
    let issued = 0;
    const auth: BoltAuthTokenManager = { getToken: async () => ({ token: neo4j.auth.basic('u', `token-${++issued}`), expiresAt: clock + 240_000 }) };
    const { drivers, createDriver } = fakeDrivers();
    const store = new BoltGraphStore({ uri: 'bolt+s://neptune:8182', auth, queryTimeoutMs: 1000, createDriver, now: () => clock });
    await Promise.all([store.run('RETURN 1 AS one'), store.run('RETURN 1 AS one')]);
    clock = 239_999;
    await store.run('RETURN 1 AS one');
    expect(drivers).toHaveLength(1);
    clock = 240_000;
    await store.run('RETURN 1 AS one');
    expect(drivers.map((d) => d.token.credentials)).toEqual(['token-1', 'token-2']);
    expect(drivers.map((d) => d.closed)).toEqual([true, false]);
    await store.close();
    expect(drivers[1]!.closed).toBe(true);
  });

  it.each([
    ['Neo.ClientError.Statement.SyntaxError', GraphQueryError],
    ['ServiceUnavailable', GraphStoreUnavailableError],
    ['Neo.TransientError.General.DatabaseUnavailable', GraphStoreUnavailableError],
  ])('maps %s to the port’s errors', async (code, type) => {
    const { createDriver } = fakeDrivers({ code });
    const store = new BoltGraphStore({ uri: 'bolt://db', auth: { getToken: async () => ({ token: neo4j.auth.basic('u', 'p'), expiresAt: Infinity }) }, queryTimeoutMs: 1000, createDriver });
    await expect(store.run('RETURN 1 AS one')).rejects.toBeInstanceOf(type);
  });
});

describe('neptuneIamAuth', () => {
  it('builds a basic token carrying the SigV4 headers of GET /opencypher for neptune-db, valid four minutes', async () => {
    const signer = neptuneSigner('us-east-1', { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'session' });
    const at = Date.UTC(2026, 0, 2, 3, 4, 5);
    const { token, expiresAt } = await neptuneIamAuth(signer, 'my-cluster.cluster-x.us-east-1.neptune.amazonaws.com', 8182, () => at).getToken();
    expect(expiresAt).toBe(at + 240_000);
    expect(token.scheme).toBe('basic');
    expect(token.principal).toBe('username');
    const headers = JSON.parse(token.credentials);
    expect(headers).toMatchObject({
      HttpMethod: 'GET',
      'X-Amz-Date': '20260102T030405Z',
      Host: 'my-cluster.cluster-x.us-east-1.neptune.amazonaws.com:8182',
      'X-Amz-Security-Token': 'session',
    });
    expect(headers.Authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20260102\/us-east-1\/neptune-db\/aws4_request, SignedHeaders=host;/);
  });
});
