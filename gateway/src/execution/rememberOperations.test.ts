import { createRequire } from 'node:module';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPlainProductsGateway } from '../observability/federationFixture.js';
import { remembering, rememberShapingOperations } from './rememberOperations.js';

describe('the shaping operation, remembered per document', () => {
  const schema = {};
  const document = parse('query Top { topProducts { id } }');

  it('is built once per schema and operation for the calls that do not validate', () => {
    const build = vi.fn(() => ({}));
    const remembered = remembering(build);
    const first = remembered(schema, document, { validate: false });
    expect(remembered(schema, { ...document, definitions: [...document.definitions] }, { validate: false })).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
    remembered({}, document, { validate: false });
    remembered(schema, parse('query Top { topProducts { id } }'), { validate: false });
    expect(build).toHaveBeenCalledTimes(3);
  });

  it('is built on every call that validates (planning), whose errors must surface each time', () => {
    const build = vi.fn(() => ({}));
    const remembered = remembering(build);
    remembered(schema, document, { operationName: 'Top' });
    remembered(schema, document, { operationName: 'Top' });
    expect(build).toHaveBeenCalledTimes(2);
  });
});

describe('Apollo Gateway with shaping operations remembered', () => {
  let gateway: Awaited<ReturnType<typeof startPlainProductsGateway>>;

  beforeAll(async () => {
    rememberShapingOperations();
    gateway = await startPlainProductsGateway();
  });
  afterAll(() => gateway?.stop());

  it('is what the gateway calls: the package export it reads on every request is the remembering one', () => {
    const require = createRequire(import.meta.url);
    const internals = require('@apollo/federation-internals') as { operationFromDocument: unknown };
    const operations = require('@apollo/federation-internals/dist/operations.js') as { operationFromDocument: unknown; remembered?: true };
    expect(operations.remembered).toBe(true);
    expect(internals.operationFromDocument).toBe(operations.operationFromDocument);
  });

  it('shapes each operation by its own selections, request after request', async () => {
    const answer = async (query: string) => {
      const { body } = await gateway.server.executeOperation({ query });
      return body.kind === 'single' ? body.singleResult : undefined;
    };
    for (let i = 0; i < 2; i++) {
      expect(await answer('{ topProducts { id } }')).toEqual({ data: { topProducts: [{ id: 'p1' }] } });
      expect(await answer('{ topProducts { name renamed: id } }')).toEqual({ data: { topProducts: [{ name: 'Kettle', renamed: 'p1' }] } });
    }
  });
});
