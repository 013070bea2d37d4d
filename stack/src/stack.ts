import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@commerce/fulfillment/simulator';
import { startErpSimulator, type ErpSimulator } from '@commerce/inventory/erp-simulator';
import { createLogger, listen, type Listening } from '@commerce/lib';
import { startDynalite, type LocalDynamo } from '@commerce/lib/dynalite';
import { runCli } from '../../schema/registry/commands.js';
import type { StackConfig } from './config.js';
import { resolvePorts } from './freePort.js';
import { issuerApp, LOCAL_AUDIENCE, LOCAL_ISSUER, loadOrCreateIssuerKey } from './issuer.js';
import { demoSkus, seedCatalogTable, seedRecommendationGraph, syncInventoryTable } from './seeds.js';
import { startService, tail, type RunningService, type ServiceSpec } from './service.js';

export interface Stack {
  gatewayUrl: string;
  spApiSimulatorUrl: string;
  erpSimulatorUrl: string;
  timings: Record<string, number>;
  stop(): Promise<void>;
}

export interface StackEvents {
  info(line: string): void;
  progress(line: string): void;
  /** A service died on its own; the stack is stopping. */
  crashed(name: string, code: number | null, log: string): void;
}

async function resolveStackPorts(ports: StackConfig['ports']): Promise<StackConfig['ports']> {
  const resolved = await resolvePorts(Object.values(ports));
  return Object.fromEntries(Object.keys(ports).map((key, i) => [key, resolved[i]])) as StackConfig['ports'];
}

/**
 * The embedded single-machine stack: dynalite on disk, the token issuer and the SP-API simulator in
 * this process, demo data when the stores are empty, then every subgraph and the gateway as separate
 * Node processes, exactly as they run in production.
 */
export async function startStack(config: StackConfig, events: StackEvents): Promise<Stack> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => (timings[name] = Math.round(performance.now() - since));
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const since = performance.now();
    const result = await work();
    lap(name, since);
    return result;
  };

  if (config.fresh) await rm(config.dataDir, { recursive: true, force: true });
  const logDir = join(config.dataDir, 'logs');
  await mkdir(join(config.dataDir, 'dynamodb'), { recursive: true });
  await mkdir(logDir, { recursive: true });
  const ports = await resolveStackPorts(config.ports);
  const local = (port: number, path = '') => `http://127.0.0.1:${port}${path}`;

  let dynamo: LocalDynamo | undefined;
  let issuer: Listening | undefined;
  let simulator: Simulator | undefined;
  let erp: ErpSimulator | undefined;
  const services: RunningService[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      for (const service of [...services].reverse()) await service.stop();
      await simulator?.close();
      await erp?.close();
      await issuer?.close();
      await dynamo?.close();
    })());

  try {
    let t = performance.now();
    dynamo = await startDynalite({ port: ports.dynamodb, path: join(config.dataDir, 'dynamodb') });
    events.info(`DynamoDB (dynalite) at ${dynamo.endpoint}, data in ${join(config.dataDir, 'dynamodb')}`);
    issuer = await listen(issuerApp(await loadOrCreateIssuerKey(config.dataDir)), ports.issuer, '127.0.0.1');
    events.info(`Token issuer (development) at ${issuer.url}; mint a token with: npm run token -- --customer cust-00001`);
    const { routerSecret } = config;
    simulator = await startSimulator({
      port: ports.spApiSimulator,
      notificationUrl: local(ports.fulfillment, '/notifications/sp-api'),
      routerSecret,
      logger: createLogger('sp-api-simulator', 'warn'),
    });
    events.info(`Amazon SP-API simulator at ${simulator.url}; move its clock with: npm run simulator -- advance 1d`);

    t = performance.now();
    await seedCatalogTable(dynamo.endpoint, config.seedProducts, events);
    lap('seedCatalog', t);
    erp = await startErpSimulator({ port: ports.erpSimulator, skus: demoSkus(config.seedProducts), logger: createLogger('erp-simulator', 'warn') });
    events.info(`ERP simulator (SAP-style OData, simulated stock) at ${erp.serviceUrls.v2}`);
    // Independent stores: the graph seeds (Kuzu, native threads) while the stock syncs into DynamoDB.
    const [, graphPath] = await Promise.all([
      timed('syncInventory', () => syncInventoryTable(dynamo!.endpoint, erp!.serviceUrls.v2, events)),
      timed('seedRecommendations', () => seedRecommendationGraph(config.dataDir, config.seedProducts, events)),
    ]);

    const onExit = (name: string, code: number | null) => {
      void tail(join(logDir, `${name}.log`)).then((log) => events.crashed(name, code, log));
    };
    const spec = (name: string, entry: string, port: number, env: Record<string, string>): ServiceSpec => ({
      name,
      entry,
      env: { PORT: String(port), ROUTER_SECRET: routerSecret, ...env },
      readyUrl: local(port, '/readyz'),
      logFile: join(logDir, `${name}.log`),
    });
    const aws = { DYNAMODB_ENDPOINT: dynamo.endpoint, AWS_REGION: 'us-east-1' };
    const graphqlUrl = (port: number) => local(port, '/graphql');
    const eventsUrl = (port: number) => local(port, '/events');

    t = performance.now();
    const subgraphs = await Promise.allSettled([
      startService(spec('catalog', 'subgraphs/catalog/src/index.ts', ports.catalog, aws), onExit),
      startService(
        spec('inventory', 'subgraphs/inventory/src/index.ts', ports.inventory, {
          ...aws,
          ERP_ODATA_URL: erp.serviceUrls.v2,
          EDI_DROP_DIR: join(config.dataDir, 'edi'),
        }),
        onExit,
      ),
      startService(
        spec('orders', 'subgraphs/orders/src/index.ts', ports.orders, {
          ...aws,
          CATALOG_URL: graphqlUrl(ports.catalog),
          INVENTORY_URL: graphqlUrl(ports.inventory),
          FULFILLMENT_URL: graphqlUrl(ports.fulfillment),
          MAIL_DIR: join(config.dataDir, 'mail'),
          EVENT_SUBSCRIBERS: `OrderConfirmed=${eventsUrl(ports.recommendations)}`,
        }),
        onExit,
      ),
      startService(
        spec('recommendations', 'subgraphs/recommendations/src/index.ts', ports.recommendations, {
          GRAPH_STORE: 'kuzu',
          RECOMMENDATIONS_GRAPH_PATH: graphPath,
        }),
        onExit,
      ),
      startService(
        spec('fulfillment', 'subgraphs/fulfillment/src/index.ts', ports.fulfillment, {
          ...aws,
          SP_API_ENDPOINT: simulator.url,
          LWA_TOKEN_URL: `${simulator.url}/auth/o2/token`,
          LWA_CLIENT_ID: simulator.credentials.clientId,
          LWA_CLIENT_SECRET: simulator.credentials.clientSecret,
          LWA_REFRESH_TOKEN: simulator.credentials.refreshToken,
          // Short cycles so that a developer advancing the simulator's clock sees changes within seconds.
          FULFILLMENT_SWEEP_SECONDS: '10',
          FULFILLMENT_TRACKING_REFRESH_SECONDS: '15',
          EVENT_SUBSCRIBERS: `FulfillmentStatusChanged=${eventsUrl(ports.orders)}`,
        }),
        onExit,
      ),
    ]);
    // Those that did start are stopped with the stack when another did not.
    for (const started of subgraphs) if (started.status === 'fulfilled') services.push(started.value);
    const failed = subgraphs.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    lap('subgraphs', t);

    // The gateway follows the schema registry; each start publishes SDL files that changed, through the
    // same composition and breaking-change checks a subgraph's CI would run.
    const registryDir = join(config.dataDir, 'registry');
    const sync = await runCli(['sync', '--registry-dir', registryDir, '--author', 'npm start'], process.env);
    for (const line of sync.lines) events.info(line);
    if (sync.code === 2) throw new Error(sync.lines.join('\n'));

    t = performance.now();
    services.push(
      await startService(
        spec(
          'gateway',
          'gateway/src/index.ts',
          ports.gateway,
          {
            SUPERGRAPH_REGISTRY_DIR: registryDir,
            SUPERGRAPH_POLL_SECONDS: '2',
            SUBGRAPH_CATALOG_URL: graphqlUrl(ports.catalog),
            SUBGRAPH_RECOMMENDATIONS_URL: graphqlUrl(ports.recommendations),
            SUBGRAPH_INVENTORY_URL: graphqlUrl(ports.inventory),
            SUBGRAPH_ORDERS_URL: graphqlUrl(ports.orders),
            SUBGRAPH_FULFILLMENT_URL: graphqlUrl(ports.fulfillment),
            AUTH_JWKS_URL: `${issuer.url}/.well-known/jwks.json`,
            AUTH_ISSUER: LOCAL_ISSUER,
            AUTH_AUDIENCE: LOCAL_AUDIENCE,
          },
        ),
        onExit,
      ),
    );
    lap('gateway', t);
    lap('total', started);
    events.info(`Logs in ${logDir}`);
    return { gatewayUrl: `http://localhost:${ports.gateway}/graphql`, spApiSimulatorUrl: simulator.url, erpSimulatorUrl: erp.url, timings, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
