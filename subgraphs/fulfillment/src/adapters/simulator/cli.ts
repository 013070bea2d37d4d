/**
 * The SP-API simulator's command line (`npm run simulator -- <command>`): steer a running simulator at
 * SIMULATOR_URL (default http://127.0.0.1:4015), or `serve` one from the environment.
 *
 *   advance <duration>              move simulated time, e.g. `advance 1d`, `advance 90m`
 *   status | orders                 what the simulator holds
 *   outage on|off                   every SP-API operation answers 503 (or stops doing so)
 *   fail <operationId|*> <status> [times]   the next request(s) answer with that HTTP status
 *   stock <sku> in|out              set Amazon's stock of a SKU
 *   serve                           start a simulator: SIMULATOR_PORT, SIMULATOR_HOST, SIMULATOR_NOTIFICATION_URL,
 *                                   SIMULATOR_OUT_OF_STOCK_SUFFIX, SIMULATOR_CLOCK (running|manual), ROUTER_SECRET
 */
import { pathToFileURL } from 'node:url';
import { readEnum, readPort, readRouterSecret, readString, readUrl, type Env } from '@commerce/lib';
import { SIMULATOR_DEFAULT_PORT } from './credentials.js';
import { parseDuration } from './duration.js';

const USAGE = 'usage: simulator advance <duration> | status | orders | outage on|off | fail <operation|*> <status> [times] | stock <sku> in|out | serve';

async function call(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${base}/_simulator${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new Error(`No SP-API simulator answers at ${base} (set SIMULATOR_URL, or start one with \`serve\`).`);
  }
  const answer = (await response.json()) as unknown;
  if (!response.ok) throw new Error(`The simulator refused: ${JSON.stringify(answer)}`);
  return answer;
}

async function serve(env: Env): Promise<void> {
  const { startSimulator } = await import('./index.js');
  const simulator = await startSimulator({
    port: readPort(env, 'SIMULATOR_PORT', SIMULATOR_DEFAULT_PORT),
    host: readString(env, 'SIMULATOR_HOST', '127.0.0.1'),
    notificationUrl: readUrl(env, 'SIMULATOR_NOTIFICATION_URL', 'http://127.0.0.1:4005/notifications/sp-api'),
    routerSecret: readRouterSecret(env),
    outOfStockSuffix: readString(env, 'SIMULATOR_OUT_OF_STOCK_SUFFIX', '-OOS'),
    clock: readEnum(env, 'SIMULATOR_CLOCK', ['running', 'manual'] as const, 'running'),
  });
  const stop = () => void simulator.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export async function main(args: readonly string[], env: Env): Promise<unknown> {
  const base = readUrl(env, 'SIMULATOR_URL', `http://127.0.0.1:${SIMULATOR_DEFAULT_PORT}`)!.replace(/\/+$/, '');
  const [command, ...rest] = args;
  switch (command) {
    case 'advance': {
      const ms = parseDuration(rest[0] ?? '');
      return call(base, 'POST', '/clock/advance', { by: ms });
    }
    case 'status':
      return call(base, 'GET', '/');
    case 'orders':
      return call(base, 'GET', '/orders');
    case 'outage':
      if (rest[0] !== 'on' && rest[0] !== 'off') throw new Error(USAGE);
      return call(base, 'PUT', '/outage', { down: rest[0] === 'on' });
    case 'fail':
      if (!rest[0] || !rest[1]) throw new Error(USAGE);
      return call(base, 'POST', '/faults', { operation: rest[0], status: Number(rest[1]), times: Number(rest[2] ?? 1) });
    case 'stock':
      if (!rest[0] || (rest[1] !== 'in' && rest[1] !== 'out')) throw new Error(USAGE);
      return call(base, 'PUT', `/stock/${encodeURIComponent(rest[0])}`, { inStock: rest[1] === 'in' });
    case 'serve':
      await serve(env);
      return undefined;
    default:
      throw new Error(USAGE);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2), process.env)
    .then((answer) => answer !== undefined && console.log(JSON.stringify(answer, null, 2)))
    .catch((err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    });
}
