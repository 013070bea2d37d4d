import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costKeyer } from './costKey.js';

const keyer = (source: string) => costKeyer(parse(source).definitions[0] as OperationDefinitionNode);

describe('the key an operation cost is remembered under', () => {
  const addToCart = keyer('mutation Add($cartId: ID!, $sku: String!, $quantity: Int!, $note: String) { __typename }');

  it('is one key for every cart and SKU: a string cannot change a cost', () => {
    expect(addToCart({ cartId: 'cart-1', sku: 'SKU-1', quantity: 1 })).toBe(addToCart({ cartId: 'cart-2', sku: 'SKU-9', quantity: 1 }));
  });

  it('differs when a number differs, since list sizes come from numbers', () => {
    expect(addToCart({ cartId: 'cart-1', sku: 'SKU-1', quantity: 1 })).not.toBe(addToCart({ cartId: 'cart-1', sku: 'SKU-1', quantity: 2 }));
  });

  it('tells an absent or null string variable from a given one: argument weights count presence', () => {
    const given = addToCart({ cartId: 'c', sku: 's', quantity: 1, note: 'gift' });
    const absent = addToCart({ cartId: 'c', sku: 's', quantity: 1 });
    const nulled = addToCart({ cartId: 'c', sku: 's', quantity: 1, note: null });
    expect(new Set([given, absent, nulled]).size).toBe(3);
  });

  it('keeps a value that is not a string in the key, so that a value that does not coerce is costed (and rejected) on its own', () => {
    expect(addToCart({ cartId: 42, sku: 's', quantity: 1 })).not.toBe(addToCart({ cartId: 'c', sku: 's', quantity: 1 }));
    expect(addToCart({ cartId: { id: 'c' }, sku: 's', quantity: 1 })).not.toBe(addToCart({ cartId: 'c', sku: 's', quantity: 1 }));
  });

  it('keys lists, input objects and custom scalars by their whole value', () => {
    const search = keyer('query S($ids: [ID!], $filter: ProductFilter, $at: DateTime) { __typename }');
    expect(search({ ids: ['a'] })).not.toBe(search({ ids: ['b'] }));
    expect(search({ filter: { categoryId: 'a' } })).not.toBe(search({ filter: { categoryId: 'b' } }));
    expect(search({ at: '2026-01-01' })).not.toBe(search({ at: '2026-01-02' }));
  });
});
