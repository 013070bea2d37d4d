import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { openProductStore } from '@commerce/catalog/stores';
import { seedCatalog } from '@commerce/catalog/seed';
import { listen, type Listening } from '@commerce/lib';
import { startDynalite, type LocalDynamo } from '@commerce/lib/dynalite';
import { repoRoot, type StackConfig } from './config.js';
import { resolvePort } from './freePort.js';
import { issuerApp, LOCAL_AUDIENCE, LOCAL_ISSUER, loadOrCreateIssuerKey } from './issuer.js';
import { startService, tail, type RunningService } from './service.js';

export interface Stack {
  gatewayUrl: string;
  timings: Record<string, number>;
  stop(): Promise<void>;
}

export interface StackEvents {
  info(line: string): void;
  progress(line: string): void;
  /** A service died on its own; the stack is stopping. */
  crashed(name: string, code: number | null, log: string): void;
}

/**
 * The embedded single-machine stack: dynalite on disk, demo data when the stores are empty, then every
 * subgraph and the gateway as separate Node processes, exactly as they run in production.
 */
export async function startStack(config: StackConfig, events: StackEvents): Promise<Stack> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => (timings[name] = Math.round(performance.now() - since));

  if (config.fresh) await rm(config.dataDir, { recursive: true, force: true });
  const logDir = join(config.dataDir, 'logs');
  await mkdir(join(config.dataDir, 'dynamodb'), { recursive: true });
  await mkdir(logDir, { recursive: true });

  const ports = {
    gateway: await resolvePort(config.ports.gateway),
    catalog: await resolvePort(config.ports.catalog),
    dynamodb: await resolvePort(config.ports.dynamodb),
    issuer: await resolvePort(config.ports.issuer),
  };

  let dynamo: LocalDynamo | undefined;
  let issuer: Listening | undefined;
  const services: RunningService[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      for (const service of [...services].reverse()) await service.stop();
      await issuer?.close();
      await dynamo?.close();
    })());

  try {
    let t = performance.now();
    dynamo = await startDynalite({ port: ports.dynamodb, path: join(config.dataDir, 'dynamodb') });
    lap('dynamodb', t);
    events.info(`DynamoDB (dynalite) at ${dynamo.endpoint}, data in ${join(config.dataDir, 'dynamodb')}`);

    issuer = await listen(issuerApp(await loadOrCreateIssuerKey(config.dataDir)), ports.issuer, '127.0.0.1');
    events.info(`Token issuer (development) at ${issuer.url}; mint a token with: npm run token -- --customer cust-00001`);

    t = performance.now();
    const { routerSecret } = config;
    const catalogEnv = { DYNAMODB_ENDPOINT: dynamo.endpoint, AWS_REGION: 'us-east-1', ROUTER_SECRET: routerSecret };
    const { store } = await openProductStore({ dynamodb: { endpoint: dynamo.endpoint, region: 'us-east-1' }, table: 'commerce-catalog' });
    const seed = await seedCatalog(store, {
      products: config.seedProducts,
      onProgress: ({ products, total }) => events.progress(`Seeding catalog: ${products}/${total} products`),
    });
    lap('seed', t);
    events.info(seed.seeded ? `Seeded ${seed.products} products in ${(seed.ms / 1000).toFixed(1)} s` : `Catalog already holds ${seed.products} products (use --fresh to start over)`);

    const onExit = (name: string, code: number | null) => {
      const service = services.find((s) => s.name === name);
      void tail(service?.logFile ?? join(logDir, `${name}.log`)).then((log) => events.crashed(name, code, log));
    };

    t = performance.now();
    services.push(
      await startService(
        {
          name: 'catalog',
          entry: 'subgraphs/catalog/src/index.ts',
          env: { ...catalogEnv, PORT: String(ports.catalog) },
          readyUrl: `http://127.0.0.1:${ports.catalog}/healthz`,
          logFile: join(logDir, 'catalog.log'),
        },
        onExit,
      ),
    );
    lap('subgraphs', t);

    t = performance.now();
    services.push(
      await startService(
        {
          name: 'gateway',
          entry: 'gateway/src/index.ts',
          env: {
            PORT: String(ports.gateway),
            ROUTER_SECRET: routerSecret,
            AUTH_JWKS_URL: `${issuer.url}/.well-known/jwks.json`,
            AUTH_ISSUER: LOCAL_ISSUER,
            AUTH_AUDIENCE: LOCAL_AUDIENCE,
            SUPERGRAPH_PATH: join(repoRoot, 'schema/supergraph.graphql'),
            SUBGRAPH_CATALOG_URL: `http://127.0.0.1:${ports.catalog}/graphql`,
          },
          readyUrl: `http://127.0.0.1:${ports.gateway}/readyz`,
          logFile: join(logDir, 'gateway.log'),
        },
        onExit,
      ),
    );
    lap('gateway', t);
    lap('total', started);
    events.info(`Logs in ${logDir}`);
    return { gatewayUrl: `http://localhost:${ports.gateway}/graphql`, timings, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
