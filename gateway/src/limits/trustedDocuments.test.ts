import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { postJson, startLimitedGateway, type Running } from './fixtures.js';
import { hashDocument } from './manifest.js';

const trusted = 'query Product {\n  product(id: "1") {\n    id\n  }\n}';
const trustedHash = hashDocument(trusted);
const documents = new Map([[trustedHash, trusted]]);
const freeText = '{ product(id: "2") { name } }';
const unknownHash = hashDocument(freeText);
const executor = vi.fn(async () => ({ data: { product: { id: '1' } } }));
const persisted = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

const gateways: Record<'off' | 'allow' | 'require', Running | undefined> = { off: undefined, allow: undefined, require: undefined };
beforeAll(async () => {
  for (const mode of ['off', 'allow', 'require'] as const) {
    gateways[mode] = await startLimitedGateway({ executor, documents, env: { TRUSTED_DOCUMENTS: mode } });
  }
});
afterAll(() => Promise.all(Object.values(gateways).map((g) => g?.close())));
beforeEach(() => executor.mockClear());
const url = (mode: keyof typeof gateways) => gateways[mode]!.url;

describe('TRUSTED_DOCUMENTS=require', () => {
  it('runs a manifest document by persistedQuery hash or documentId', async () => {
    for (const body of [persisted(trustedHash), { documentId: trustedHash }, { documentId: `sha256:${trustedHash}` }]) {
      const res = await postJson(url('require'), body);
      expect(res.body).toEqual({ data: { product: { id: '1' } } });
    }
    expect(executor).toHaveBeenCalledTimes(3);
  });

  it('runs a manifest document over GET', async () => {
    const search = new URLSearchParams({ extensions: JSON.stringify(persisted(trustedHash).extensions) });
    const res = await fetch(`${url('require')}?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await res.json()).toEqual({ data: { product: { id: '1' } } });
  });

  it('rejects free-form query text and unknown hashes before execution', async () => {
    const text = await postJson(url('require'), { query: freeText });
    expect(text.status).toBe(400);
    expect(text.body.errors![0]!.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_ALLOWED' });
    expect(text.body.errors![0]!.message).toMatch(/only trusted documents/);

    const apqRegistration = await postJson(url('require'), { query: freeText, ...persisted(unknownHash) });
    expect(apqRegistration.body.errors![0]!.message).toBe(`Document ${unknownHash} is not a trusted document; this endpoint runs only operations from its manifest.`);
    expect(executor).not.toHaveBeenCalled();
  });
});

describe('TRUSTED_DOCUMENTS=allow', () => {
  it('runs manifest documents, free text and automatic persisted queries', async () => {
    expect((await postJson(url('allow'), persisted(trustedHash))).status).toBe(200);
    expect((await postJson(url('allow'), { query: freeText })).status).toBe(200);

    const miss = await postJson(url('allow'), persisted(unknownHash));
    expect(miss.body.errors![0]!.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await postJson(url('allow'), { query: freeText, ...persisted(unknownHash) })).status).toBe(200);
    expect((await postJson(url('allow'), persisted(unknownHash))).status).toBe(200);
    expect(executor).toHaveBeenCalledTimes(4);
  });

  it('answers PERSISTED_QUERY_NOT_FOUND for an unknown documentId', async () => {
    const res = await postJson(url('allow'), { documentId: unknownHash });
    expect(res.status).toBe(400);
    expect(res.body.errors![0]!.extensions).toEqual({ code: 'PERSISTED_QUERY_NOT_FOUND' });
  });
});

describe('TRUSTED_DOCUMENTS=off', () => {
  it('leaves APQ and free text to Apollo Server and ignores the manifest', async () => {
    expect((await postJson(url('off'), { query: freeText })).status).toBe(200);
    const manifestHash = await postJson(url('off'), persisted(trustedHash));
    expect(manifestHash.body.errors![0]!.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
