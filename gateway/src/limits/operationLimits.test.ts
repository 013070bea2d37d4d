import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { postJson, startLimitedGateway, type Running } from './fixtures.js';

const executor = vi.fn(async () => ({ data: { product: null } }));
let gateway: Running;

beforeAll(async () => {
  gateway = await startLimitedGateway({ executor });
});
afterAll(() => gateway.close());
beforeEach(() => executor.mockClear());

async function rejected(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const { status, body } = await postJson(gateway.url, { query, variables, operationName });
  expect(executor).not.toHaveBeenCalled();
  expect(status).toBe(400);
  return body.errors![0]!;
}

const nested = (depth: number) => `{ categories { ${'parent { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;

describe('operation limits at the gateway', () => {
  it('passes an ordinary operation on to execution', async () => {
    const { status, body } = await postJson(gateway.url, { query: '{ products(first: 20) { edges { node { id name price } } } }' });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(executor).toHaveBeenCalledTimes(1);
  });

  it('rejects a depth bomb before execution, naming the limit', async () => {
    const error = await rejected(nested(14));
    expect(error.extensions).toEqual({ code: 'MAX_DEPTH_EXCEEDED', limit: 12, actual: 14 });
    expect(error.message).toBe('Operation depth is 14, over the limit of 12.');
  });

  it('counts depth through fragments without counting the fragments themselves', async () => {
    const query = `{ categories { ...Deep } } fragment Deep on Category { ${'parent { '.repeat(11)}id${' }'.repeat(11)} }`;
    expect((await rejected(query)).extensions).toMatchObject({ code: 'MAX_DEPTH_EXCEEDED', actual: 13 });
    await postJson(gateway.url, { query: nested(12) });
    expect(executor).toHaveBeenCalledTimes(1);
  });

  it('rejects an alias bomb', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: name`).join(' ');
    const error = await rejected(`{ product(id: "1") { ${aliases} } }`);
    expect(error.extensions).toEqual({ code: 'MAX_ALIASES_EXCEEDED', limit: 30, actual: 31 });
    expect(error.message).toBe('Operation alias count is 31, over the limit of 30.');
  });

  it('rejects too many root fields, aliases of one field included', async () => {
    const roots = Array.from({ length: 11 }, (_, i) => `p${i}: product(id: "${i}") { id }`).join(' ');
    const error = await rejected(`{ ${roots} }`);
    expect(error.extensions).toEqual({ code: 'MAX_ROOT_FIELDS_EXCEEDED', limit: 10, actual: 11 });
    expect(error.message).toBe('Operation root field count is 11, over the limit of 10.');
  });

  it('rejects an operation whose demand-control cost is over MAX_COST', async () => {
    const query = '{ products(first: 100) { edges { node { variants { sku } reviews(first: 100) { edges { node { id body } } } } } } }';
    const error = await rejected(query);
    expect(error.extensions).toEqual({ code: 'MAX_COST_EXCEEDED', limit: 5000, actual: 21301 });
    expect(error.message).toBe('Operation cost is 21301, over the limit of 5000.');
  });

  it('costs with the request variables', async () => {
    const query = 'query Page($n: Int) { products(first: $n) { edges { node { price } } } }';
    expect((await rejected(query, { n: 2000 })).extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', actual: 1 + 2000 * 4 });
    expect((await postJson(gateway.url, { query, variables: { n: 50 } })).status).toBe(200);
  });

  it('still costs every request once a document has been seen with many variable sets', async () => {
    const query = 'query Many($n: Int) { products(first: $n) { edges { node { price } } } }';
    for (let n = 1; n <= 70; n++) expect((await postJson(gateway.url, { query, variables: { n } })).status).toBe(200);
    executor.mockClear();
    expect((await rejected(query, { n: 2000 })).extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED' });
  });

  it('rejects variables that do not coerce rather than run an uncosted operation', async () => {
    const error = await rejected('query Page($n: Int!) { products(first: $n) { edges { node { id } } } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/\$n/);
  });

  it('checks only the operation that runs', async () => {
    const query = `query Small { product(id: "1") { id } } query Deep ${nested(14)}`;
    expect((await postJson(gateway.url, { query, operationName: 'Small' })).status).toBe(200);
    executor.mockClear();
    expect((await rejected(query, undefined, 'Deep')).extensions?.code).toBe('MAX_DEPTH_EXCEEDED');
  });

  it('rejects a fragment bomb that expands past what can be costed', async () => {
    const levels = Array.from({ length: 15 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' ');
    const query = `{ ...F15 } fragment F0 on Query { product(id: "1") { id } } ${levels}`;
    expect((await rejected(query)).extensions).toMatchObject({ code: 'MAX_COST_EXCEEDED', limit: 5000 });
  });

  it('rejects a document over MAX_TOKENS while parsing', async () => {
    const fields = Array.from({ length: 5000 }, (_, i) => `f${i}: id`).join(' ');
    const error = await rejected(`{ product(id: "1") { ${fields} } }`);
    expect(error.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(/more th.. 5000 tokens/);
  });

  it('lets the standard introspection query through with the default limits', async () => {
    const { status, body } = await postJson(gateway.url, { query: getIntrospectionQuery({ inputValueDeprecation: true }) });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(executor).toHaveBeenCalledTimes(1);
  });

  it('still applies graphql-js limits to recursive introspection', async () => {
    const { status, body } = await postJson(gateway.url, { query: '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }' });
    expect(status).toBe(400);
    expect(body.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(executor).not.toHaveBeenCalled();
  });
});
