import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { repoRoot } from './lib/processes.js';

export interface Operation {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /** The request body every target receives. */
  body: string;
}

export interface Scenario extends Operation {
  id: string;
  name: string;
  /**
   * Operations each connection sends before the scenario's own, every time: a flow whose requests
   * are all counted (lib/variables.ts builds it: their order, and what each answer feeds the next).
   */
  before?: Operation[];
  /** What the subgraphs are asked, for the table. */
  note: string;
  /** Each answer changes what the next one says (a cart grows): answers are checked for errors, not compared. */
  changesState?: boolean;
  /** Connection counts of its own instead of the run's (BENCH_CONCURRENCY still overrides). */
  concurrency?: number[];
}

function operation(file: string, name: string): string {
  const doc = parse(readFileSync(join(repoRoot, file), 'utf8'));
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name);
  if (!op) throw new Error(`${file} has no operation ${name}`);
  return print(op);
}

const variables = JSON.parse(readFileSync(join(repoRoot, 'test/operations/variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;

function read(file: string, operationName: string, vars: Record<string, unknown>): Operation {
  const query = operation(file, operationName);
  return { operationName, query, variables: vars, body: JSON.stringify({ query, variables: vars, operationName }) };
}

function scenario(id: string, name: string, file: string, operationName: string, vars: Record<string, unknown>, note: string, changesState = false): Scenario {
  return { id, name, ...read(file, operationName, vars), note, ...(changesState ? { changesState } : {}) };
}

/** Points a scenario's own request (the reference answer, the samples) at an entity that exists, such as a cart. */
export function retarget(scenario: Scenario, vars: Record<string, unknown>): void {
  scenario.variables = { ...scenario.variables, ...vars };
  scenario.body = JSON.stringify({ query: scenario.query, variables: scenario.variables, operationName: scenario.operationName });
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
  {
    ...scenario(
      'category',
      'category page (48)',
      'bench/operations/category-page.graphql',
      'CategoryPageBench',
      variables.CategoryPage!,
      'catalog → inventory (48) ∥ recommendations (48) → catalog (alsoBought)',
    ),
    // Two cores serve about ten of these pages a second: 64 at once is an eight-second queue, in which a
    // round of a few seconds sees almost no answer complete. 1 and 16 are this page's load levels.
    concurrency: [1, 16],
  },
  scenario('search', 'search with facets', 'test/operations/search.graphql', 'Search', variables.Search!, 'catalog only'),
  scenario('cart-read', 'cart read (3 lines)', 'test/operations/cart.graphql', 'Cart', variables.Cart!, 'orders (prices from catalog) → catalog ∥ inventory'),
  scenario('cart-add', 'cart add', 'test/operations/cart.graphql', 'AddToCart', variables.AddToCart!, 'orders (prices from catalog, service to service)', true),
  {
    ...scenario(
      'checkout',
      'checkout (4 requests)',
      'test/operations/checkout.graphql',
      'PlaceOrder',
      variables.PlaceOrder!,
      'a guest per connection: createCart, addToCart ×2, placeOrder (orders; prices from catalog), each answer counted; the saga runs behind',
      true,
    ),
    before: [
      read('test/operations/cart.graphql', 'CreateCart', variables.CreateCart!),
      read('test/operations/cart.graphql', 'AddToCart', variables.AddToCart!),
    ],
  },
];

/** Every operation a target is sent, for the floor's query plans. */
export const operations = (list: Scenario[]): Operation[] => list.flatMap((s) => [...(s.before ?? []), s]);
