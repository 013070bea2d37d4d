import { createLogger } from '@commerce/lib';
import { describe, expect, it } from 'vitest';
import { StockSourceUnavailable } from '../../ports/StockSource.js';
import { ODataClient, parsePage, type ODataClientOptions } from './client.js';
import { stockQueryString } from './query.js';

const logger = createLogger('test', 'silent');
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function client(responses: ((url: string) => Response)[], options: Partial<ODataClientOptions> = {}) {
  const urls: string[] = [];
  const fetch = (async (url: string) => {
    urls.push(decodeURIComponent(String(url)));
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next(String(url));
  }) as typeof globalThis.fetch;
  const c = new ODataClient({ serviceUrl: 'http://erp.test/sap/opu/odata/sap/API_MATERIAL_STOCK_SRV', version: 2, pageSize: 2, timeoutMs: 500, maxAttempts: 3, backoffBaseMs: 1, fetch, ...options }, logger);
  return { c, urls };
}

const collect = async (c: ODataClient) => {
  const pages = [];
  for await (const page of c.pages({ plants: ['1010'], orderBy: ['Material'], count: true })) pages.push(page);
  return pages;
};

describe('OData query strings', () => {
  it('builds V2 and V4 filters with the right date-time literal, escaping quotes, and URL-encodes them', () => {
    const base = { plants: ['1010', '1020'], changedSince: '2026-03-02T09:00:00.000Z', orderBy: ['LastChangeDateTime'], top: 100, skip: 0, count: true } as const;
    expect(decodeURIComponent(stockQueryString({ ...base, version: 2, sapClient: '100' }))).toBe(
      "$filter=LastChangeDateTime ge datetimeoffset'2026-03-02T09:00:00Z' and ((Plant eq '1010') or (Plant eq '1020')) and InventoryStockType eq '01' and InventorySpecialStockType eq ''&$orderby=LastChangeDateTime&$top=100&$inlinecount=allpages&$format=json&sap-client=100",
    );
    const v4 = decodeURIComponent(stockQueryString({ ...base, version: 4, materials: ["O'NEIL"], skip: 200 }));
    expect(v4).toContain("LastChangeDateTime ge 2026-03-02T09:00:00Z and ((Material eq 'O''NEIL'))");
    expect(v4).toMatch(/&\$top=100&\$skip=200&\$count=true$/);
    expect(stockQueryString({ ...base, version: 2 })).not.toMatch(/[ ']/);
  });
});

describe('OData paging', () => {
  it('pages with $skip while full pages come back (V2 d.results, __count)', async () => {
    const { c, urls } = client([
      () => json({ d: { results: [{ n: 1 }, { n: 2 }], __count: '3' } }),
      () => json({ d: { results: [{ n: 3 }] } }),
    ]);
    const pages = await collect(c);
    expect(pages.map((p) => p.rows.length)).toEqual([2, 1]);
    expect(pages[0]!.count).toBe(3);
    expect(urls[0]).toMatch(/\$top=2&\$inlinecount=allpages/);
    expect(urls[1]).toMatch(/\$top=2&\$skip=2&\$format=json/);
    expect(urls[1]).not.toContain('$inlinecount');
  });

  it('follows server-driven next links (V4 @odata.nextLink) relative to the service', async () => {
    const { c, urls } = client(
      [
        () => json({ '@odata.count': 3, value: [{ n: 1 }], '@odata.nextLink': 'A_MatlStkInAcctMod?$skiptoken=1' }),
        () => json({ value: [{ n: 2 }, { n: 3 }] }),
        () => json({ value: [] }),
      ],
      { version: 4 },
    );
    const pages = await collect(c);
    expect(pages.flatMap((p) => p.rows)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(urls[1]).toBe('http://erp.test/sap/opu/odata/sap/API_MATERIAL_STOCK_SRV/A_MatlStkInAcctMod?$skiptoken=1');
    expect(urls[2]).toMatch(/\$skip=3/);
  });

  it('retries 503 and timeouts, then succeeds; gives up after maxAttempts with our own wording', async () => {
    const { c } = client([() => json({ error: { code: 'X', message: { value: 'backend down' } } }, 503), () => json({ d: { results: [] } })]);
    expect(await collect(c)).toEqual([{ rows: [] }]);
    const down = client([1, 2, 3].map(() => () => json({}, 503)));
    await expect(collect(down.c)).rejects.toEqual(new StockSourceUnavailable('erp-odata', 'the ERP failed (HTTP 503)', true));
    expect(down.urls).toHaveLength(3);
  });

  it('retries a page whose body times out while it streams in, rather than call it malformed', async () => {
    const stalled = () =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"d":{"results":['));
            controller.error(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
          },
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      );
    const { c, urls } = client([stalled, () => json({ d: { results: [] } })]);
    expect(await collect(c)).toEqual([{ rows: [] }]);
    expect(urls).toHaveLength(2);
    const garbled = client([() => new Response('<html>', { status: 200 })]);
    await expect(collect(garbled.c)).rejects.toThrow('the ERP answered with an unexpected document: not JSON');
    expect(garbled.urls).toHaveLength(1);
  });

  it('does not retry refused credentials, and maps network failures and odd documents', async () => {
    const auth = client([() => json({}, 401)]);
    await expect(collect(auth.c)).rejects.toThrow('the ERP refused our credentials (HTTP 401)');
    expect(auth.urls).toHaveLength(1);
    const refused = client([1, 2, 3].map(() => () => Promise.reject(new TypeError('fetch failed')) as never));
    await expect(collect(refused.c)).rejects.toThrow('the ERP cannot be reached');
    expect(() => parsePage({ value: [] }, 2)).toThrow('the ERP answered with an unexpected document: no d.results array (OData V2 JSON)');
    expect(() => parsePage({ d: { results: [] } }, 4)).toThrow('no value array (OData V4 JSON)');
  });
});
