import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { Kind, parse, print, validate, visit, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../src/server.js';

/**
 * The storefront's operations (copies in test/operations) use fields this subgraph contributes to the
 * supergraph. Their parts that reach this subgraph must validate against its SDL, as the gateway will
 * send them: root fields as they are, entity fields inside `_entities`.
 */
const schema = buildSubgraphSchema({ typeDefs });
const load = (file: string) => parse(readFileSync(new URL(`./operations/${file}`, import.meta.url), 'utf8'));

function operation(doc: DocumentNode, name: string): OperationDefinitionNode {
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`No operation ${name}`);
  return op;
}

function field(op: OperationDefinitionNode, name: string): FieldNode {
  let found: FieldNode | undefined;
  visit(op, { Field: (node) => void (node.name.value === name ? (found ??= node) : undefined) });
  if (!found) throw new Error(`${op.name?.value} has no field ${name}`);
  return found;
}

const errorsOf = (source: string) => validate(schema, parse(source)).map((e) => e.message);

describe('the storefront operations against this subgraph', () => {
  it('OrderStatus: Order.fulfillment, as the gateway asks for it through _entities', () => {
    const fulfillment = print(field(operation(load('checkout.graphql'), 'OrderStatus'), 'fulfillment'));
    expect(fulfillment).toMatch(/events \{\s+at\s+code\s+description\s+location/);
    expect(errorsOf(`query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Order { ${fulfillment} } } }`)).toEqual([]);
  });

  it('ProductPage: ProductVariant.deliveryEstimate with its DestinationInput variable', () => {
    const page = operation(load('product-page.graphql'), 'ProductPage');
    const destination = page.variableDefinitions!.find((v) => v.variable.name.value === 'destination')!;
    const estimate = print(field(page, 'deliveryEstimate'));
    expect(errorsOf(`query (${print(destination)}, $representations: [_Any!]!) { _entities(representations: $representations) { ... on ProductVariant { ${estimate} } } }`)).toEqual([]);
  });

  it('RequestReturn, as it is', () => {
    expect(errorsOf(print(operation(load('account.graphql'), 'RequestReturn')))).toEqual([]);
  });

  it('fails when a field is missing (so the checks above can fail)', () => {
    expect(errorsOf('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Order { fulfillment { eta } } } }')).toEqual([
      'Cannot query field "eta" on type "Fulfillment".',
    ]);
  });
});
