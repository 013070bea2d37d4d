import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@commerce/gateway/config';
import { createGateway, type Gateway } from '@commerce/gateway/server';
import { createLogger, listen, type Listening } from '@commerce/lib';
import { startDynalite, type LocalDynamo } from '@commerce/lib/dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalog, TEST_ROUTER_SECRET, type CatalogHarness } from '../../subgraphs/catalog/test/harness.js';
import { runCli } from '../../schema/registry/commands.js';
import { post } from '../support/http.js';
import { catalogSdl, withoutField } from './support.js';

// The deployment shape: CLI and gateway share a DynamoDB registry table (dynalite here).
const env = () => ({ SUPERGRAPH_REGISTRY_TABLE: 'schema-registry', DYNAMODB_ENDPOINT: dynamo.endpoint, AWS_REGION: 'us-east-1' });
const cli = (...args: string[]) => runCli([...args, '--author', 'pipeline #42', '--operations', join(dir, 'none'), '--trusted-documents', join(dir, 'none.json')], env());

let dynamo: LocalDynamo;
let catalog: CatalogHarness;
let catalogHttp: Listening;
let gateway: Gateway;
let gatewayHttp: Listening;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'registry-dynamo-'));
  dynamo = await startDynalite();
  catalog = await startCatalog({ products: 10 });
  catalogHttp = await listen(catalog.app, 0, '127.0.0.1');
  await writeFile(join(dir, 'catalog.graphql'), withoutField(catalogSdl, 'type Product @key(fields: "id")', 'brand'));
  const first = await cli('publish', '--subgraph', 'catalog', '--schema', join(dir, 'catalog.graphql'), '--url', `${catalogHttp.url}/graphql`);
  expect(first.code, first.lines.join('\n')).toBe(0);
  const config = loadConfig({ LOG_LEVEL: 'silent', ROUTER_SECRET: TEST_ROUTER_SECRET, RATE_LIMIT_ANONYMOUS: '0', ...env() });
  gateway = await createGateway(config, createLogger('gateway', 'silent'));
  gatewayHttp = await listen(gateway.app, 0, '127.0.0.1');
});

afterAll(async () => {
  await gatewayHttp?.close();
  await gateway?.stop();
  await catalogHttp?.close();
  await catalog?.close();
  await dynamo?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('gateway and CLI over a DynamoDB registry', () => {
  it('loads published versions and records usage into the table', async () => {
    const url = `${gatewayHttp.url}/graphql`;
    const query = 'query Names { categories { id name } }';
    expect((await post(url, query)).body.errors).toBeUndefined();
    expect(await gateway.flushUsage()).toBe(1);

    expect((await cli('publish', '--subgraph', 'catalog')).code).toBe(0); // the full SDL: adds Product.brand
    expect(await gateway.poll()).toBe('loaded');
    expect(gateway.supergraph).toMatchObject({ version: 2, source: 'registry', subgraphs: ['catalog'] });
    expect((await post(url, '{ products(first: 1) { edges { node { brand } } } }')).body.errors).toBeUndefined();

    await writeFile(join(dir, 'no-categories.graphql'), catalogSdl.replace(/\n\s+"The top-level categories[^\n]*\n\s+categories: \[Category!\]!/, ''));
    const check = await cli('check', '--subgraph', 'catalog', '--schema', join(dir, 'no-categories.graphql'));
    expect(check.code).toBe(1);
    expect(check.lines.join('\n')).toMatch(/Field 'categories' was removed from object type 'Query'[\s\S]*used by Names \(recorded usage/);
    const history = await cli('history');
    expect(history.lines.slice(1).map((l) => l.replace(/\S+Z/, 'T'))).toEqual([
      '   2  T  pipeline #42  publish catalog@2  [catalog@2]',
      '   1  T  pipeline #42  publish catalog@1  [catalog@1]',
    ]);
  });
});
