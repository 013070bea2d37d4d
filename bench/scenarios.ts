import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { repoRoot } from './lib/processes.js';

export interface Scenario {
  id: string;
  name: string;
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /** The request body every target receives. */
  body: string;
  /** What the subgraphs are asked, for the table. */
  note: string;
}

export interface SkippedScenario {
  name: string;
  reason: string;
}

function operation(file: string, name: string): string {
  const doc = parse(readFileSync(join(repoRoot, file), 'utf8'));
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name);
  if (!op) throw new Error(`${file} has no operation ${name}`);
  return print(op);
}

const variables = JSON.parse(readFileSync(join(repoRoot, 'test/operations/variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;

function scenario(id: string, name: string, file: string, operationName: string, vars: Record<string, unknown>, note: string): Scenario {
  const query = operation(file, operationName);
  return { id, name, operationName, query, variables: vars, body: JSON.stringify({ query, variables: vars, operationName }), note };
}

export const scenarios: Scenario[] = [
  scenario(
    'product',
    'product page',
    'test/operations/product-page.graphql',
    'ProductPage',
    variables.ProductPage!,
    'catalog → recommendations → catalog, fulfillment in parallel',
  ),
  scenario(
    'category',
    'category page (48)',
    'bench/operations/category-page.graphql',
    'CategoryPageBench',
    variables.CategoryPage!,
    'catalog → recommendations (48) → catalog (alsoBought)',
  ),
  scenario('search', 'search with facets', 'test/operations/search.graphql', 'Search', variables.Search!, 'catalog only'),
];

export const skipped: SkippedScenario[] = [
  { name: 'cart add + cart read', reason: 'the orders subgraph (carts) does not exist yet' },
  { name: 'checkout', reason: 'the orders subgraph does not exist yet' },
  { name: 'category page `inStock`', reason: 'the inventory subgraph does not exist yet; the category page is measured without it' },
];
