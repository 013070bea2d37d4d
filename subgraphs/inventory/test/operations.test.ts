import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { Kind, parse, print, validate, visit, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../src/server.js';

/**
 * The storefront's operations (copies of shared/operations in test/operations) select inventory fields.
 * Their parts that reach this subgraph must validate against its SDL as the gateway sends them: entity
 * fields inside `_entities`.
 */
const schema = buildSubgraphSchema({ typeDefs });
const load = (file: string) => parse(readFileSync(new URL(`./operations/${file}`, import.meta.url), 'utf8'));

function operation(doc: DocumentNode, name: string): OperationDefinitionNode {
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`No operation ${name}`);
  return op;
}

function inventoryField(op: OperationDefinitionNode): string {
  let found: FieldNode | undefined;
  visit(op, { Field: (node) => void (node.name.value === 'inventory' ? (found ??= node) : undefined) });
  if (!found) throw new Error(`${op.name?.value} selects no inventory`);
  return print(found);
}

const onVariant = (selection: string) =>
  validate(schema, parse(`query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ProductVariant { ${selection} } } }`)).map((e) => e.message);

describe('the storefront operations against this subgraph', () => {
  it.each([
    ['product-page.graphql', 'ProductPage', /available\s+inStock\s+byWarehouse \{\s+warehouse \{\s+id\s+name/],
    ['category-page.graphql', 'CategoryPage', /inventory \{\s+inStock\s+\}/],
    ['cart.graphql', 'Cart', /inventory \{\s+inStock\s+\}/],
  ])('%s %s: ProductVariant.inventory as the gateway asks for it', (file, name, shape) => {
    const selection = inventoryField(operation(load(file), name));
    expect(selection).toMatch(shape);
    expect(onVariant(selection)).toEqual([]);
  });

  it('fails when a field is missing (so the checks above can fail)', () => {
    expect(onVariant('inventory { leadTime }')).toEqual(['Cannot query field "leadTime" on type "VariantInventory".']);
  });
});
