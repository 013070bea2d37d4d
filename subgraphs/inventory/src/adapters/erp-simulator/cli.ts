/**
 * `npm run erp-simulator -w subgraphs/inventory -- <command>`:
 *   serve [--skus-file FILE]        start one (ERP_SIMULATOR_PORT, default 4016; ERP_SIMULATOR_HOST, default
 *                                   127.0.0.1); FILE has one SKU per line
 *   status                          rows, outage flag, requests served
 *   stock <material> <plant> <qty>  set unrestricted stock (stamped now, so the next delta picks it up)
 *   outage on|off                   answer OData requests with 503
 * Commands other than serve talk to ERP_SIMULATOR_URL (default http://127.0.0.1:4016).
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ERP_SIMULATOR_DEFAULT_PORT, startErpSimulator } from './index.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { 'skus-file': { type: 'string' } } });
const [command, ...args] = positionals;
const base = process.env.ERP_SIMULATOR_URL ?? `http://127.0.0.1:${ERP_SIMULATOR_DEFAULT_PORT}`;

async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}/_simulator${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  console.log(JSON.stringify(await res.json(), null, 2));
  if (!res.ok) process.exitCode = 1;
}

if (command === 'serve') {
  const skus = values['skus-file'] ? (await readFile(values['skus-file'], 'utf8')).split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : [];
  const sim = await startErpSimulator({
    port: Number(process.env.ERP_SIMULATOR_PORT ?? ERP_SIMULATOR_DEFAULT_PORT),
    host: process.env.ERP_SIMULATOR_HOST ?? '127.0.0.1',
    skus,
  });
  console.log(`ERP simulator at ${sim.serviceUrls.v2} (V2) and ${sim.serviceUrls.v4} (V4), ${sim.seeded} rows`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void sim.close().then(() => process.exit(0)));
} else if (command === 'status') {
  await call('GET', '/status');
} else if (command === 'stock' && args.length === 3) {
  await call('PUT', `/stock/${encodeURIComponent(args[0]!)}/${encodeURIComponent(args[1]!)}`, { quantity: Number(args[2]) });
} else if (command === 'outage' && (args[0] === 'on' || args[0] === 'off')) {
  await call('POST', '/outage', { on: args[0] === 'on' });
} else {
  console.error('usage: serve [--skus-file FILE] | status | stock <material> <plant> <qty> | outage on|off');
  process.exitCode = 2;
}
