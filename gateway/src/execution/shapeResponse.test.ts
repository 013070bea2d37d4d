import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlainProductsGateway } from '../observability/federationFixture.js';
import { apiSchema, generate, operationsOf, random } from './generatedResponses.js';
import { compileResponseShaping, computeResponse, type ShapingInput, type ShapingResult } from './shapeResponse.js';

const require = createRequire(import.meta.url);
const shaping = require('@apollo/gateway/dist/resultShaping.js') as { computeResponse: (input: ShapingInput) => ShapingResult };
// Apollo's own function, kept before the gateway test below replaces the export.
const apollo = shaping.computeResponse;

const schema = apiSchema();
// Every storefront operation, and one with what they do not use (shapingCases.graphql).
const operations = [
  ...operationsOf(schema, [
    ...['account', 'cart', 'category-page', 'checkout', 'navigation', 'product-page', 'search'].map((name) => `test/operations/${name}.graphql`),
    'bench/operations/category-page.graphql',
    'gateway/src/execution/shapingCases.graphql',
  ]).values(),
];

/** What a shaper did with an input, comparable across shapers: the data in key order, the errors, or the throw. */
function outcome(shape: (input: ShapingInput) => ShapingResult, input: ShapingInput) {
  try {
    const { data, errors } = shape(input);
    return { data: JSON.stringify(data), errors: errors.map(({ message, path, extensions }) => ({ message, path, code: extensions.code })) };
  } catch (err) {
    return { threw: (err as Error).message };
  }
}

const introspectionHandling = (selection: { element: { responseName(): string } }) => ({ introspected: selection.element.responseName() });

describe('response shaping, compiled per operation', () => {
  it.each([0, 0.02, 0.15, 0.5])('shapes exactly as Apollo Gateway does, subgraph data damaged at rate %s', (damage) => {
    const next = random(Math.round(damage * 1000) + 1);
    let cases = 0;
    let withErrors = 0;
    let thrown = 0;
    let firstFailure: unknown;
    for (const operation of operations) {
      for (let i = 0; i < 150; i++) {
        const variables = { withReviews: next() < 0.5, ...(next() < 0.5 ? { skipSlug: next() < 0.5 } : {}) };
        if (damage > 0 && next() < 0.05) delete (variables as { withReviews?: boolean }).withReviews;
        const input = { operation, variables, input: generate(schema, operation, next, damage), introspectionHandling } as ShapingInput;
        const expected = outcome(apollo, input);
        expect(outcome(computeResponse, input), `${operation.name} case ${i}`).toEqual(expected);
        cases++;
        if ("threw" in expected) { thrown++; firstFailure ??= expected; }
        else if (expected.errors.length > 0) { withErrors++; firstFailure ??= expected.errors; }
      }
    }
    // The damaged runs must reach the error and assertion paths, or they compare nothing there.
    expect(cases).toBe(operations.length * 150);
    if (damage >= 0.15) expect([withErrors, thrown].every((count) => count > 20)).toBe(true);
    if (damage === 0) expect(withErrors + thrown, JSON.stringify(firstFailure)).toBe(0);
  });

  it('answers no input as Apollo does', () => {
    const operation = operations[0]!;
    expect(computeResponse({ operation, input: null, introspectionHandling })).toEqual({ data: null, errors: [] });
  });
});

describe('Apollo Gateway with compiled response shaping', () => {
  let gateway: Awaited<ReturnType<typeof startPlainProductsGateway>>;

  beforeAll(async () => {
    compileResponseShaping();
    gateway = await startPlainProductsGateway();
  });
  afterAll(() => gateway?.stop());

  it('is what the gateway calls, and answers through it', async () => {
    expect(shaping.computeResponse).toBe(computeResponse);
    const { body } = await gateway.server.executeOperation({ query: '{ topProducts { name renamed: id __typename } }' });
    expect(body.kind === 'single' && body.singleResult).toEqual({ data: { topProducts: [{ name: 'Kettle', renamed: 'p1', __typename: 'Product' }] } });
  });
});
