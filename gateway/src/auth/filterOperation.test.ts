import { buildSchema, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { applyDenials } from './applyDenials.js';
import { createOperationFilter, filterOperation } from './filterOperation.js';
import { readAuthRequirements } from './requirements.js';

const sdl = /* GraphQL */ `
  directive @authenticated on FIELD_DEFINITION | OBJECT
  directive @requiresScopes(scopes: [[String!]!]!) on FIELD_DEFINITION | OBJECT
  type Query { product: Product me: Customer @authenticated products: [Product!]! }
  type Product { id: ID! name: String! cost: Int @requiresScopes(scopes: [["catalog:cost"], ["admin"]]) margin: Int! @requiresScopes(scopes: [["catalog:cost"]]) }
  type Customer { id: ID! }
`;
const schema = buildSchema(sdl);
const requirements = readAuthRequirements(sdl);
const anonymous = { kind: 'anonymous' as const, scopes: [] };
const customer = { kind: 'customer' as const, scopes: ['orders:read'] };

describe('filterOperation', () => {
  it('leaves an operation the principal may fully see untouched', () => {
    expect(filterOperation(schema, parse('{ product { id name } }'), requirements, anonymous)).toBeNull();
    expect(filterOperation(schema, parse('{ product { cost } }'), requirements, { kind: 'customer', scopes: ['admin'] })).toBeNull();
  });

  it('removes a field that needs a missing scope and says where null goes', () => {
    const result = filterOperation(schema, parse('{ product { id cost } }'), requirements, customer)!;
    expect(print(result.document)).toBe('{\n  product {\n    id\n  }\n}');
    expect(result.denials).toEqual([
      { code: 'FORBIDDEN', coordinate: 'Product.cost', scopes: [['catalog:cost'], ['admin']], nullPath: ['product', 'cost'] },
    ]);
  });

  it('is UNAUTHENTICATED for anonymous principals, through fragments and aliases', () => {
    const doc = parse('query { who: me { id } product { ...P } } fragment P on Product { id }');
    const result = filterOperation(schema, doc, requirements, anonymous)!;
    expect(result.denials.map((d) => [d.code, d.nullPath])).toEqual([['UNAUTHENTICATED', ['who']]]);
    expect(print(result.document)).not.toMatch(/who: me/);
  });

  it('nulls the nearest nullable ancestor of a denied non-null field', () => {
    const result = filterOperation(schema, parse('{ products { id margin } product { id } }'), requirements, customer)!;
    // products is [Product!]! and margin Int!: nothing nullable on the path, so data is null
    expect(result.dataIsNull).toBe(true);
    const nested = filterOperation(schema, parse('{ product { id margin } }'), requirements, customer)!;
    expect(nested.denials[0]!.nullPath).toEqual(['product']);
  });

  it('denies a field whose whole selection is denied, instead of sending an empty selection', () => {
    const result = filterOperation(schema, parse('{ product { cost } }'), requirements, customer)!;
    expect(result.denials.map((d) => d.nullPath)).toEqual([['product']]);
    expect(print(result.document)).toBe('{\n  __authorizationPlaceholder: __typename\n}');
  });
});

describe('applyDenials', () => {
  it('sets null at every place in lists and reports an error per place', () => {
    const data = { product: { id: '1' }, list: [{ p: { id: 'a' } }, { p: { id: 'b' } }] };
    const errors = applyDenials(data, [
      { code: 'FORBIDDEN', coordinate: 'Product.cost', scopes: [['catalog:cost']], nullPath: ['list', 'p', 'cost'] },
    ]);
    expect(data.list).toEqual([{ p: { id: 'a', cost: null } }, { p: { id: 'b', cost: null } }]);
    expect(errors.map((e) => e.path)).toEqual([['list', 0, 'p', 'cost'], ['list', 1, 'p', 'cost']]);
    expect(errors[0]!.extensions.code).toBe('FORBIDDEN');
    expect(errors[0]!.message).toMatch(/requires the scope catalog:cost/);
  });
});

describe('createOperationFilter', () => {
  it('remembers each verdict per document and principal class, whatever the order of the scopes', () => {
    const filter = createOperationFilter(schema, requirements);
    const document = parse('{ product { id cost margin } }');
    const admin = filter(document, { kind: 'customer', scopes: ['orders:read', 'admin'] })!;
    expect(admin.denials.map((d) => d.coordinate)).toEqual(['Product.margin']);
    expect(filter(document, { kind: 'customer', scopes: ['admin', 'orders:read'] })).toBe(admin);
    const forbidden = filter(document, customer)!;
    expect(forbidden.denials.map((d) => d.coordinate)).toEqual(['Product.cost', 'Product.margin']);
    expect(forbidden.source).toBe(print(forbidden.document));
    expect(forbidden.queryHash).toMatch(/^[0-9a-f]{64}$/);
    expect(filter(document, { kind: 'customer', scopes: ['catalog:cost'] })).toBeNull();
  });
});
