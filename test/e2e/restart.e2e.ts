import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { post } from '../support/http.js';
import { startStack } from '../support/stack.js';

const dataDir = await mkdtemp(join(tmpdir(), 'commerce-restart-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('npm start across restarts', () => {
  it('keeps its data in the data directory, and starts from empty with FRESH', async () => {
    const first = await startStack({ SEED_PRODUCTS: '50' }, dataDir);
    expect(first.output()).toMatch(/Seeded 50 products/);
    expect(await first.stop()).toBe(0);

    const second = await startStack({ SEED_PRODUCTS: '50' }, dataDir);
    expect(second.output()).toMatch(/Catalog already holds 50 products/);
    const { body } = await post(second.gatewayUrl, '{ product(id: "prod-000050") { id } }');
    expect(body.data).toEqual({ product: { id: 'prod-000050' } });
    expect(await second.stop()).toBe(0);

    const fresh = await startStack({ SEED_PRODUCTS: '20', FRESH: 'true' }, dataDir);
    expect(fresh.output()).toMatch(/Seeded 20 products/);
    const after = await post(fresh.gatewayUrl, '{ product(id: "prod-000050") { id } }');
    expect(after.body.data).toEqual({ product: null });
    expect(await fresh.stop()).toBe(0);
  });
});
