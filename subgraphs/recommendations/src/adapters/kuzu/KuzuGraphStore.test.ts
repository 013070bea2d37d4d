import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQueryError, GraphStoreTimeoutError, GraphStoreUnavailableError } from '../../ports/GraphStore.js';
import { KuzuGraphStore } from './KuzuGraphStore.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recommendations-kuzu-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const write = { mode: 'write' } as const;

describe('KuzuGraphStore', () => {
  it('creates its schema idempotently and keeps data on disk across close and reopen', async () => {
    const path = join(dir, 'nested', 'graph.kuzu');
    const first = await KuzuGraphStore.open({ path });
    await first.run("MERGE (:Product {id: 'p1'})", {}, write);
    await first.close();
    const second = await KuzuGraphStore.open({ path });
    try {
      expect(await second.run('MATCH (p:Product) RETURN p.id AS id, p.purchaseCount AS n')).toEqual([{ id: 'p1', n: 0 }]);
    } finally {
      await second.close();
    }
  });

  it('returns plain numbers, ignores parameters a query does not name, and serialises concurrent writes', async () => {
    const store = await KuzuGraphStore.open({ path: ':memory:' });
    try {
      const writes = Array.from({ length: 6 }, (_, i) => store.run('MERGE (:Customer {id: $id})', { id: `c${i}`, unused: 1 }, write));
      await Promise.all(writes);
      const [row] = await store.run('MATCH (c:Customer) RETURN count(c) AS n, sum(size(c.id)) AS chars');
      expect(row).toEqual({ n: 6, chars: 12 });
      expect(typeof row!.chars).toBe('number');
    } finally {
      await store.close();
    }
  });

  it('interrupts a read that runs past the query timeout', async () => {
    const store = await KuzuGraphStore.open({ path: ':memory:', queryTimeoutMs: 50 });
    try {
      const heavy = 'UNWIND range(1, 5000) AS a UNWIND range(1, 5000) AS b WITH a, b WHERE a * b % 7 = 3 RETURN count(*) AS n';
      await expect(store.run(heavy)).rejects.toBeInstanceOf(GraphStoreTimeoutError);
    } finally {
      await store.close();
    }
  });

  it('reports a bad query as GraphQueryError and a closed store as unavailable', async () => {
    const store = await KuzuGraphStore.open({ path: ':memory:' });
    await expect(store.run('MATCH (x:Nope) RETURN x')).rejects.toBeInstanceOf(GraphQueryError);
    await store.close();
    await expect(store.run('RETURN 1 AS one')).rejects.toBeInstanceOf(GraphStoreUnavailableError);
  });
});
