import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { coerceInputValue, parse, validate, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { VARIANTS } from '../src/adapters/graphql/HttpCatalog.js';
import { CANCEL, CREATE } from '../src/adapters/graphql/HttpFulfillment.js';
import { COMMIT, RELEASE, RESERVE } from '../src/adapters/graphql/HttpInventory.js';

/** A subgraph's own schema (with `_entities` and its `@inaccessible` service fields), from its published SDL. */
const subgraphSchema = (name: string) =>
  buildSubgraphSchema({ typeDefs: parse(readFileSync(new URL(`../../${name}/schema.graphql`, import.meta.url), 'utf8')) });

describe('the service calls orders makes are valid against the other subgraphs’ schemas', () => {
  it.each([
    ['catalog', { VARIANTS }],
    ['inventory', { RESERVE, RELEASE, COMMIT }],
    ['fulfillment', { CREATE, CANCEL }],
  ] as const)('%s', (name, documents) => {
    const schema = subgraphSchema(name);
    for (const [label, document] of Object.entries(documents)) {
      expect({ label, errors: validate(schema, parse(document)).map((e) => e.message) }).toEqual({ label, errors: [] });
    }
  });
});

describe('the inputs orders sends are valid values of the other subgraphs’ input types', () => {
  const coerce = (name: string, type: string, value: unknown) => coerceInputValue(value, subgraphSchema(name).getType(type) as GraphQLInputType);

  it('ReserveStockInput', () => {
    const input = { orderId: 'ord_1', lines: [{ sku: 'SKU-1', quantity: 2 }], destination: { countryCode: 'US', postalCode: '98109' }, holdSeconds: 3600 };
    expect(coerce('inventory', 'ReserveStockInput', input)).toEqual(input);
  });

  it('FulfillmentOrderInput, from an order’s stored address', () => {
    const order = {
      orderId: 'ord_1',
      customerId: null,
      placedAt: '2026-03-02T09:00:00.000Z',
      items: [{ sku: 'SKU-1', quantity: 2 }],
      destination: { name: 'Ada', line1: '1 Main St', line2: null, city: 'Seattle', stateOrRegion: 'WA', postalCode: '98109', countryCode: 'US', phone: null },
      shippingSpeed: 'EXPEDITED',
    };
    expect(() => coerce('fulfillment', 'FulfillmentOrderInput', order)).not.toThrow();
  });
});
