/**
 * Baseline: `@apollo/gateway` as a team gets it out of the box — ApolloServer's standalone HTTP server,
 * ApolloGateway over the same supergraph file, default settings. The only addition is the data source
 * that signs the principal, without which the subgraphs answer nothing, and the counters the bench reads.
 *
 * Env: PORT, ROUTER_SECRET, SUPERGRAPH_PATH (already passed through `markEnforcedSecurityFeatures`),
 * SUBGRAPH_<NAME>_URL. Answers `{ type: 'counters' }` on the IPC channel with its subgraph fetches and answers.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { principalHeaders } from '@commerce/lib';
import { answerCounters } from './ipc.js';

process.env.APOLLO_TELEMETRY_DISABLED = 'true';
const env = (name: string) => process.env[name] ?? (() => { throw new Error(`${name} is required`); })();
const routerSecret = env('ROUTER_SECRET');
const counters = answerCounters();

class SignedDataSource extends RemoteGraphQLDataSource {
  override willSendRequest({ request }: GraphQLDataSourceProcessOptions): void {
    counters.fetches++;
    const headers = principalHeaders({ kind: 'anonymous', scopes: [], requestId: 'apollo-gateway' }, routerSecret);
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
  }
}

const server = new ApolloServer({
  gateway: new ApolloGateway({
    supergraphSdl: readFileSync(env('SUPERGRAPH_PATH'), 'utf8'),
    buildService: ({ name }) => new SignedDataSource({ url: env(`SUBGRAPH_${name.toUpperCase()}_URL`) }),
  }),
  plugins: [{ requestDidStart: async () => ({ willSendResponse: async () => void counters.answered++ }) }],
});
const { url } = await startStandaloneServer(server, { listen: { port: Number(env('PORT')), host: '127.0.0.1' } });
console.log(`Apollo Gateway ready at ${url}`);
