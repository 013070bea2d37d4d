import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { markEnforcedSecurityFeatures } from '../../gateway/src/auth/securityFeatures.js';
import { resolvePorts } from '../../stack/src/freePort.js';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../stack/src/issuer.js';
import { startStack } from '../../test/support/stack.js';
import { prometheusCounters, repoRoot, startTarget, type TargetProcess } from './processes.js';

export const SUBGRAPHS = ['catalog', 'recommendations', 'inventory', 'orders', 'fulfillment'] as const;

export interface BenchStack {
  routerSecret: string;
  workDir: string;
  subgraphUrls: Record<string, string>;
  issuerUrl: string | undefined;
  /** The stack's own gateway, which the bench does not measure: it prepares the carts and caches through it. */
  gatewayUrl: string;
  /** Seeding and start-up times the stack reported, ms. */
  timings: Record<string, number>;
  stop(): Promise<void>;
}

/**
 * The stack as `npm start` runs it (dynalite, seeds, each subgraph in its own process) on free ports.
 * Its subgraphs log at warn so that per-request logging in them does not eat the CPU the gateways share.
 * The bench starts the targets itself to know their processes; the stack's own gateway only prepares.
 * With `keepDataIn`, the seeded stores are kept there per catalog size and reused by the next run
 * (the stack seeds only empty stores).
 */
export async function startBenchStack(seedProducts: number, keepDataIn?: string): Promise<BenchStack> {
  const routerSecret = randomBytes(32).toString('base64url');
  const stack = await startStack(
    { ROUTER_SECRET: routerSecret, LOG_LEVEL: 'warn', SEED_PRODUCTS: String(seedProducts) },
    keepDataIn && join(keepDataIn, `products-${seedProducts}`),
  );
  const output = stack.output();
  const timings = JSON.parse(/Started in [\d.]+ s \((\{.*?\}) ms\)/.exec(output)?.[1] ?? '{}') as Record<string, number>;
  return {
    routerSecret,
    workDir: await mkdtemp(join(tmpdir(), 'commerce-bench-')),
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${stack.ports[`${name.toUpperCase()}_PORT`]}/graphql`])),
    issuerUrl: /Token issuer \(development\) at (\S+?);/.exec(output)?.[1],
    gatewayUrl: stack.gatewayUrl,
    timings,
    stop: async () => void (await stack.stop()),
  };
}

export type TargetName = 'ours' | 'tuned' | 'apollo' | 'hive' | 'floor';
export const TARGET_LABELS: Record<TargetName, string> = {
  ours: 'our gateway',
  tuned: 'our gateway + BENCH_TUNED_ENV',
  apollo: '@apollo/gateway (defaults)',
  hive: 'Hive Gateway (defaults)',
  floor: 'floor (plan, no gateway)',
};

/**
 * Starts the requested targets over the stack's subgraphs, each as its own Node process. The baselines
 * get the same supergraph file after `markEnforcedSecurityFeatures` (they refuse the SECURITY links
 * otherwise), with the routing URLs of this run's subgraphs written into it.
 */
export async function startTargets(
  stack: BenchStack,
  names: TargetName[],
  options: { plansPath?: string; oursEnv?: Record<string, string>; tunedEnv?: Record<string, string>; profileDir?: string } = {},
): Promise<Map<TargetName, TargetProcess>> {
  let supergraph = markEnforcedSecurityFeatures(await readFile(join(repoRoot, 'schema/supergraph.graphql'), 'utf8'));
  for (const [name, url] of Object.entries(stack.subgraphUrls)) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: )"[^"]*"`), `$1"${url}"`);
  }
  const supergraphPath = join(stack.workDir, 'supergraph.graphql');
  await writeFile(supergraphPath, supergraph);
  const subgraphEnv = Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]));
  // Every gateway runs as its image does (NODE_ENV=production: graphql-js, express and Apollo Server
  // drop their development checks); the subgraphs stay as `npm start` runs them, on the local simulators.
  const common = { ROUTER_SECRET: stack.routerSecret, APOLLO_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production', ...subgraphEnv };

  const ports = await resolvePorts(names.map(() => 0));
  const started = await Promise.all(
    names.map(async (name, i) => {
      const port = ports[i]!;
      const logFile = join(stack.workDir, `${name}.log`);
      const nodeArgs = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(options.profileDir, name)}`] : [];
      switch (name) {
        case 'ours':
        case 'tuned':
          // With the settings `npm start` gives it (stack/src/stack.ts), minus the anonymous rate limit: one load generator is one client.
          // `tuned` is a second instance with settings to try, measured alongside in the same run.
          return startTarget({
            name, port, logFile, nodeArgs,
            args: ['gateway/src/index.ts'],
            env: {
              ...common,
              PORT: String(port),
              SUPERGRAPH_PATH: join(repoRoot, 'schema/supergraph.graphql'),
              RATE_LIMIT_ANONYMOUS: '0',
              // The floor executes the query plans our gateway shows (off by default in production).
              EXPOSE_QUERY_PLAN: 'true',
              ...(stack.issuerUrl ? { AUTH_JWKS_URL: `${stack.issuerUrl}/.well-known/jwks.json`, AUTH_ISSUER: LOCAL_ISSUER, AUTH_AUDIENCE: LOCAL_AUDIENCE } : {}),
              ...options.oursEnv,
              ...(name === 'tuned' ? options.tunedEnv : {}),
            },
            counters: prometheusCounters,
          });
        case 'apollo':
          return startTarget({ name, port, logFile, nodeArgs, args: ['bench/targets/apollo-gateway.ts'], env: { ...common, PORT: String(port), SUPERGRAPH_PATH: supergraphPath } });
        case 'hive':
          return startTarget({
            name, port, logFile, nodeArgs,
            args: ['node_modules/@graphql-hive/gateway/dist/bin.js', 'supergraph', supergraphPath, '--config-path', 'bench/targets/hive.config.ts', '--host', '127.0.0.1', '--port', String(port), '--fork', '1'],
            env: common,
          });
        case 'floor':
          if (!options.plansPath) throw new Error('the floor needs the query plans');
          return startTarget({ name, port, logFile, nodeArgs, args: ['bench/floor/server.ts'], env: { ...common, PORT: String(port), PLANS_PATH: options.plansPath } });
      }
    }),
  );
  return new Map(started.map((target) => [target.name as TargetName, target]));
}
