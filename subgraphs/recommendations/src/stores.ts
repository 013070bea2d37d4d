import { BoltGraphStore } from './adapters/bolt/BoltGraphStore.js';
import { basicAuth, neptuneIamAuth, noAuth, type BoltAuthTokenManager } from './adapters/bolt/authTokens.js';
import { defaultCredentials, neptuneSigner } from './adapters/aws/sigv4.js';
import { KuzuGraphStore } from './adapters/kuzu/KuzuGraphStore.js';
import { NeptuneHttpsGraphStore } from './adapters/neptune-https/NeptuneHttpsGraphStore.js';
import type { GraphStoreConfig } from './config.js';
import type { GraphStore } from './ports/GraphStore.js';
import { processStoreCalls } from '@commerce/lib';

export type { GraphStore } from './ports/GraphStore.js';

async function boltAuth(graph: Extract<GraphStoreConfig, { kind: 'bolt' }>): Promise<BoltAuthTokenManager> {
  switch (graph.auth) {
    case 'none':
      return noAuth();
    case 'basic':
      return basicAuth(graph.user ?? '', graph.password ?? '');
    case 'neptune-iam': {
      const url = new URL(graph.uri);
      return neptuneIamAuth(neptuneSigner(graph.region, await defaultCredentials()), url.hostname, Number(url.port || 8182));
    }
  }
}

/**
 * Opens the configured graph store. Kuzu opens (and creates) its database and schema now; it allows
 * one process per database, so close it before another process opens the same path. Bolt and
 * Neptune HTTPS connect lazily, so the subgraph starts (and serves nulls) while the graph is down.
 */
export async function openGraphStore({ graph, queryTimeoutMs = 5_000 }: { graph: GraphStoreConfig; queryTimeoutMs?: number }): Promise<GraphStore> {
  return counted(await open(graph, queryTimeoutMs));
}

async function open(graph: GraphStoreConfig, queryTimeoutMs: number): Promise<GraphStore> {
  switch (graph.kind) {
    case 'kuzu':
      return KuzuGraphStore.open({ path: graph.path, queryTimeoutMs });
    case 'bolt':
      return new BoltGraphStore({ uri: graph.uri, auth: await boltAuth(graph), queryTimeoutMs, ...(graph.database ? { database: graph.database } : {}) });
    case 'neptune-https':
      return new NeptuneHttpsGraphStore({
        endpoint: graph.endpoint,
        queryTimeoutMs,
        ...(graph.iamAuth ? { signer: neptuneSigner(graph.region, await defaultCredentials()) } : {}),
      });
  }
}

/** Each graph query is one store call in the process's counts (`GET /store-calls`). */
function counted(store: GraphStore): GraphStore {
  const run = store.run.bind(store);
  store.run = (cypher, params, options) => {
    processStoreCalls.record('Cypher');
    return run(cypher, params, options);
  };
  return store;
}
