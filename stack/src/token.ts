/**
 * `npm run token -- --customer <id> [--scope <scope> ...] [--expires 1h]`: mints a bearer token from the
 * embedded stack's local issuer, to paste into the playground's Headers tab as
 * `{"Authorization": "Bearer <token>"}`.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { loadIssuerKey, mintToken } from './issuer.js';

const { values } = parseArgs({
  options: {
    customer: { type: 'string' },
    scope: { type: 'string', multiple: true, default: [] },
    expires: { type: 'string', default: '1h' },
  },
});

if (!values.customer) {
  console.error('Usage: npm run token -- --customer <customer id> [--scope <scope> ...] [--expires 1h]');
  console.error('Seeded customers are cust-00001 … cust-05000.');
  process.exit(2);
}
const config = loadConfig(process.env, []);
const key = await loadIssuerKey(config.dataDir);
if (!key) {
  console.error(`No local issuer key under ${config.dataDir}/issuer: run \`npm start\` once to create it.`);
  process.exit(1);
}
console.log(await mintToken(key, { customerId: values.customer, scopes: values.scope, expiresIn: values.expires }));
