/**
 * The subgraphs composed into the supergraph, with the routing URL each gets in
 * `supergraph.graphql`. A deployment overrides a URL at the gateway with `SUBGRAPH_<NAME>_URL`.
 */
export interface SubgraphEntry {
  name: string;
  /** SDL file, relative to the repository root. */
  schema: string;
  url: string;
}

export const subgraphs: readonly SubgraphEntry[] = [
  { name: 'catalog', schema: 'subgraphs/catalog/schema.graphql', url: 'http://localhost:4001/graphql' },
  { name: 'recommendations', schema: 'subgraphs/recommendations/schema.graphql', url: 'http://localhost:4002/graphql' },
  { name: 'inventory', schema: 'subgraphs/inventory/schema.graphql', url: 'http://localhost:4003/graphql' },
  { name: 'orders', schema: 'subgraphs/orders/schema.graphql', url: 'http://localhost:4004/graphql' },
  { name: 'fulfillment', schema: 'subgraphs/fulfillment/schema.graphql', url: 'http://localhost:4005/graphql' },
];
