/**
 * The cost of the gateway edge (identity, authorization, limits, rate limits, resilience, logs, metrics,
 * traces): our gateway and a plain `@apollo/gateway` + `@apollo/server` (which only signs the principal,
 * as subgraphs require) over the same supergraph and the same running subgraphs, measured alternately in
 * one run, with the subgraph called directly as the floor.
 *
 *   node --import tsx bench/edge-overhead.ts        (BENCH_SAMPLES=300 by default)
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { createLogger, listen, principalHeaders } from '@commerce/lib';
import { loadConfig } from '@commerce/gateway/config';
import { createGateway } from '@commerce/gateway/server';
import { markEnforcedSecurityFeatures } from '../gateway/src/auth/securityFeatures.js';
import express from 'express';
import { startStack } from '../test/support/stack.js';

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const routerSecret = randomBytes(32).toString('base64url');
const sign = () => principalHeaders({ kind: 'anonymous', scopes: [], requestId: 'bench' }, routerSecret);

const stack = await startStack({ ROUTER_SECRET: routerSecret, LOG_LEVEL: 'warn' });
const ports = { catalog: stack.ports.CATALOG_PORT, recommendations: stack.ports.RECOMMENDATIONS_PORT, fulfillment: stack.ports.FULFILLMENT_PORT };
const byName = Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, `http://127.0.0.1:${port}/graphql`]));
const urls = { byName, env: Object.fromEntries(Object.entries(byName).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url])) };

const ours = await createGateway(
  loadConfig({ ROUTER_SECRET: routerSecret, LOG_LEVEL: 'warn', RATE_LIMIT_ANONYMOUS: '0', ...urls.env }),
  createLogger('gateway', 'warn'),
);
const oursHttp = await listen(ours.app, 0, '127.0.0.1');

class Signed extends RemoteGraphQLDataSource {
  override willSendRequest({ request }: Parameters<RemoteGraphQLDataSource['willSendRequest'] & {}>[0]) {
    for (const [k, v] of Object.entries(sign())) request.http?.headers.set(k, v);
  }
}
const plainServer = new ApolloServer({
  gateway: new ApolloGateway({
    // Presented as enforced so that the plain gateway loads the supergraph at all (it enforces nothing).
    supergraphSdl: markEnforcedSecurityFeatures(readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8')),
    buildService: ({ name }) => new Signed({ url: urls.byName[name]! }),
  }),
});
await plainServer.start();
const plainApp = express();
plainApp.use('/graphql', express.json(), expressMiddleware(plainServer));
const plainHttp = await listen(plainApp, 0, '127.0.0.1');

const query = `query CategoryPage($categoryId: ID!) { products(filter: { categoryId: $categoryId }, first: 24) {
  totalCount edges { node { id slug name priceRange { min { amount currencyCode } } rating { average count } } } } }`;
const body = JSON.stringify({ query, variables: { categoryId: 'cat-electronics-laptops' }, operationName: 'CategoryPage' });

async function once(url: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const json = (await res.json()) as { errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return performance.now() - started;
}

const targets = {
  'our gateway (edge on)': () => once(`${oursHttp.url}/graphql`),
  'plain @apollo/gateway': () => once(`${plainHttp.url}/graphql`),
  'catalog subgraph directly': () => once(urls.byName.catalog!, sign()),
};
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
for (let i = 0; i < 30; i++) for (const run of Object.values(targets)) await run();
// Alternate the targets request by request so that noise on this machine hits all of them alike.
for (let i = 0; i < SAMPLES; i++) for (const [name, run] of Object.entries(targets)) samples[name]!.push(await run());

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const p95 = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length * 0.95)]!;
console.log(`\ncategory page (24 products, catalog only), ${SAMPLES} sequential requests each, ms`);
for (const [name, list] of Object.entries(samples)) console.log(`${name.padEnd(28)} p50 ${median(list).toFixed(2)}  p95 ${p95(list).toFixed(2)}`);
const edge = median(samples['our gateway (edge on)']!) - median(samples['plain @apollo/gateway']!);
console.log(`edge features add ${edge.toFixed(2)} ms at the median over a plain Apollo Gateway`);

await oursHttp.close();
await ours.stop();
await plainHttp.close();
await plainServer.stop();
await stack.stop();
