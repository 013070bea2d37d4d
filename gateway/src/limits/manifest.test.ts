import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashDocument, loadTrustedDocuments, manifestEntries } from './manifest.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

describe('manifestEntries', () => {
  const sources = [
    { name: 'b.graphql', text: 'query B { product(id: "1") { ...Card } }\nquery A { categories { id } }' },
    { name: 'fragments.graphql', text: 'fragment Card on Product { id ...Price }\nfragment Price on Product { price }\nfragment Unused on Product { name }' },
  ];

  it('prints each operation with the fragments it uses, keyed by the sha256 of that text', () => {
    const entries = manifestEntries(sources);
    expect(entries.map((e) => e.operationName)).toEqual(['A', 'B']);
    const b = entries[1]!;
    expect(b.document).toBe('query B {\n  product(id: "1") {\n    ...Card\n  }\n}\n\nfragment Card on Product {\n  id\n  ...Price\n}\n\nfragment Price on Product {\n  price\n}');
    expect(b.hash).toBe(hashDocument(b.document));
    expect(b.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses anonymous operations, duplicates and missing fragments', () => {
    expect(() => manifestEntries([{ name: 'x.graphql', text: '{ categories { id } }' }])).toThrow(/needs a name/);
    expect(() => manifestEntries([...sources, { name: 'c.graphql', text: 'query A { categories { id } }' }])).toThrow(/A is defined twice/);
    expect(() => manifestEntries([{ name: 'x.graphql', text: 'query X { product(id: "1") { ...Nope } }' }])).toThrow(/fragment Nope/);
  });
});

describe('loadTrustedDocuments', () => {
  it('loads a manifest and refuses one whose text no longer matches its hash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'trusted-'));
    try {
      const good = join(dir, 'good.json');
      await writeFile(good, JSON.stringify({ [hashDocument('{ a }')]: '{ a }' }));
      expect([...(await loadTrustedDocuments(good)).values()]).toEqual(['{ a }']);
      const tampered = join(dir, 'tampered.json');
      await writeFile(tampered, JSON.stringify({ [hashDocument('{ a }')]: '{ b }' }));
      await expect(loadTrustedDocuments(tampered)).rejects.toThrow(/does not hash to its key/);
      await expect(loadTrustedDocuments(join(dir, 'missing.json'))).rejects.toThrow(/npm run manifest/);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

describe('schema/trusted-documents.json', () => {
  it('matches test/operations (regenerate with `npm run manifest`)', async () => {
    const dir = repo('test/operations');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort();
    const sources = await Promise.all(files.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })));
    const expected = Object.fromEntries(manifestEntries(sources).map((e) => [e.hash, e.document]));
    expect(JSON.parse(await readFile(repo('schema/trusted-documents.json'), 'utf8'))).toEqual(expected);
  });
});
