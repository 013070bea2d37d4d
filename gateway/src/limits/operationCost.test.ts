import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readCostDirectives } from './costDirectives.js';
import { composeFixture } from './fixtures.js';
import { listSizeFor, operationCost } from './operationCost.js';

const { supergraphSdl, apiSchema } = composeFixture();
const options = { directives: readCostDirectives(supergraphSdl), defaultListSize: 10 };
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost({ schema: apiSchema, document: parse(query), variables }, options);

describe('readCostDirectives', () => {
  it('reads @cost and @listSize as composition writes them into the supergraph', () => {
    expect(options.directives.fields.get('Query.products')).toEqual({ listSize: { slicingArguments: ['first'], sizedFields: ['edges'] } });
    expect(options.directives.fields.get('Query.search')).toEqual({ listSize: { assumedSize: 5 }, argumentWeights: { text: 10 } });
    expect(options.directives.fields.get('Product.price')).toEqual({ weight: 2 });
  });

  it('follows a subgraph renaming the directives on import', () => {
    const renamed = composeFixture(/* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: [{ name: "@cost", as: "@weight" }, { name: "@listSize", as: "@size" }])
      type Query { items(first: Int): [Item!]! @size(slicingArguments: ["first"]) @weight(weight: 7) }
      type Item @weight(weight: 3) { id: ID! }
    `);
    const directives = readCostDirectives(renamed.supergraphSdl);
    expect(directives.fields.get('Query.items')).toEqual({ weight: 7, listSize: { slicingArguments: ['first'] } });
    expect(directives.types.get('Item')).toBe(3);
  });

  it('finds nothing in a supergraph without the cost spec', () => {
    const plain = composeFixture('type Query { hello: String }');
    expect(readCostDirectives(plain.supergraphSdl).fields.size).toBe(0);
  });
});

describe('operationCost', () => {
  it('charges objects 1 and scalars 0 unless @cost says otherwise', () => {
    expect(cost('{ product(id: "1") { id name } }')).toBe(1);
    expect(cost('{ product(id: "1") { id price } }')).toBe(3);
  });

  it('sizes connection edges from the slicing argument, literal or variable', () => {
    // products 1 + first × (edge 1 + node 1 + price 2)
    expect(cost('{ products(first: 5) { edges { node { price } } } }')).toBe(1 + 5 * 4);
    expect(cost('query ($n: Int) { products(first: $n) { edges { node { price } } } }', { n: 50 })).toBe(1 + 50 * 4);
    // The argument's default applies when it is omitted.
    expect(cost('{ products { edges { node { price } } } }')).toBe(1 + 10 * 4);
  });

  it('sizes through fragments on the connection', () => {
    expect(cost('{ products(first: 5) { ...Page } } fragment Page on ProductConnection { edges { node { price } } }')).toBe(21);
  });

  it('uses assumedSize, else the default list size, and charges argument weights', () => {
    expect(cost('{ categories { id } }')).toBe(20);
    expect(cost('{ categories { children { id } } }')).toBe(20 * (1 + 10));
    expect(cost('{ search(text: "x") { id } }')).toBe(10 + 5);
  });

  it('costs the nested-connection query from the brief well over the default limit', () => {
    const query = '{ products(first: 100) { edges { node { variants { sku } reviews(first: 100) { edges { node { id body } } } } } } }';
    // reviews 1 + 100 × 2; node 1 + variants 10 + reviews 201; products 1 + 100 × (edge 1 + node 212)
    expect(cost(query)).toBe(1 + 100 * (1 + 1 + 10 + (1 + 100 * 2)));
  });

  it('leaves introspection free', () => {
    expect(cost('{ __schema { types { name fields { name type { name } } } } }')).toBe(0);
  });
});

describe('listSizeFor', () => {
  it('takes the largest slicing argument, then assumedSize, then the default', () => {
    expect(listSizeFor({ slicingArguments: ['first', 'last'] }, { first: 3, last: 8 }, 10)).toBe(8);
    expect(listSizeFor({ slicingArguments: ['page.size'] }, { page: { size: 4 } }, 10)).toBe(4);
    expect(listSizeFor({ slicingArguments: ['first'], assumedSize: 7 }, {}, 10)).toBe(7);
    expect(listSizeFor(undefined, {}, 10)).toBe(10);
    expect(listSizeFor({ slicingArguments: ['first'] }, { first: -5 }, 10)).toBe(0);
  });
});
