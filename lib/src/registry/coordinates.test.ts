import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldCoordinates } from './coordinates.js';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Product implements Node { id: ID! name: String! brand: String! price: Money! }
  type Money { amount: String! }
  type Query { product(id: ID!): Product node(id: ID!): Node }
`);

describe('fieldCoordinates', () => {
  it('lists the Type.field coordinates of the selected operation, through fragments and interfaces', () => {
    const document = parse(`
      query Page { product(id: "1") { ...Card price { amount } } node(id: "2") { id ... on Product { brand } } }
      query Other { product(id: "1") { brand } }
      fragment Card on Product { name __typename }
      fragment Unused on Product { brand }
    `);
    expect(fieldCoordinates(schema, document, 'Page')).toEqual([
      'Money.amount',
      'Node.id',
      'Product.brand',
      'Product.name',
      'Product.price',
      'Query.node',
      'Query.product',
    ]);
    expect(fieldCoordinates(schema, document, 'Other')).toEqual(['Product.brand', 'Query.product']);
  });

  it('takes the only operation when no name is given, and skips fields the schema does not know', () => {
    expect(fieldCoordinates(schema, parse('{ product(id: "1") { name removed { x } } }'))).toEqual(['Product.name', 'Query.product']);
    expect(fieldCoordinates(schema, parse('query A { node(id: "1") { id } } query B { node(id: "1") { id } }'))).toEqual([]);
  });
});
