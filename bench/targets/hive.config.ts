/**
 * Baseline: Hive Gateway (`hive-gateway supergraph <file> -c bench/targets/hive.config.ts`) with default
 * settings. The one plugin signs the principal on every subgraph fetch (the subgraphs refuse unsigned
 * requests; a signature is valid for 60 s, so static `transportEntries` headers would not do) and counts
 * the fetches and answers for the bench over IPC. Needs ROUTER_SECRET.
 */
import { defineConfig, type GatewayPlugin } from '@graphql-hive/gateway';
import { principalHeaders } from '@commerce/lib';
import { answerCounters } from './ipc.js';

const routerSecret = process.env.ROUTER_SECRET;
if (!routerSecret) throw new Error('ROUTER_SECRET is required');
const counters = answerCounters();

const signSubgraphFetches: GatewayPlugin = {
  onFetch({ options, setOptions }) {
    counters.fetches++;
    const signed = principalHeaders({ kind: 'anonymous', scopes: [], requestId: 'hive-gateway' }, routerSecret);
    setOptions({ ...options, headers: { ...options.headers, ...signed } });
  },
};

const countAnswers: GatewayPlugin = {
  onResponse() {
    counters.answered++;
  },
};

export const gatewayConfig = defineConfig({
  plugins: () => [signSubgraphFetches, countAnswers],
});
