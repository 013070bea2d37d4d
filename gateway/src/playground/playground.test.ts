import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundAssetNames } from './assets.js';
import { loadPlaygroundExamples, type PlaygroundExample } from './examples.js';
import { jsonForScript, playgroundRouter, renderPlaygroundHtml } from './router.js';

async function exampleDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'playground-examples-'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe('loadPlaygroundExamples', () => {
  const dirs: string[] = [];
  const make = async (files: Record<string, string>) => {
    const dir = await exampleDir(files);
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('splits multi-operation files into one example per operation, files sorted', async () => {
    const dir = await make({
      'b.graphql': 'query Second { b }\n\n# between\nmutation Third($x: Int) { c(x: $x) }\n',
      'a.graphql': 'query First { a }',
      'notes.txt': 'query Ignored { x }',
    });
    const examples = await loadPlaygroundExamples(dir);
    expect(examples.map((example) => example.name)).toEqual(['First', 'Second', 'Third']);
    expect(examples[2]!.query).toBe('mutation Third($x: Int) { c(x: $x) }');
  });

  it('attaches pretty-printed variables by operation name', async () => {
    const dir = await make({
      'ops.graphql': 'query ProductPage($slug: String!) { product(slug: $slug) { id } }\nquery Other { x }',
      'variables.json': '{ "ProductPage": { "slug": "red-shoes" } }',
    });
    const [product, other] = await loadPlaygroundExamples(dir);
    expect(product!.variables).toBe('{\n  "slug": "red-shoes"\n}');
    expect(other!.variables).toBeUndefined();
  });

  it('appends the fragments an operation spreads, so each example runs on its own', async () => {
    const dir = await make({
      'a.graphql': 'query WithCard { product { ...Card } }\nquery Plain { x }',
      'fragments.graphql': 'fragment Card on Product { id ...Price }\nfragment Price on Product { price }\nfragment Unused on Product { id }',
    });
    const [withCard, plain] = await loadPlaygroundExamples(dir);
    const names = parse(withCard!.query).definitions.map((d) => ('name' in d ? d.name?.value : undefined));
    expect(names).toEqual(['WithCard', 'Card', 'Price']);
    expect(plain!.query).toBe('query Plain { x }');
  });

  it('names the file that does not parse', async () => {
    const dir = await make({ 'good.graphql': 'query A { a }', 'broken.graphql': 'query B { b ' });
    await expect(loadPlaygroundExamples(dir)).rejects.toThrow(/broken\.graphql/);
  });

  it('returns no examples for a missing directory', async () => {
    await expect(loadPlaygroundExamples(path.join(tmpdir(), 'no-such-playground-dir-4f1c'))).resolves.toEqual([]);
  });
});

describe('renderPlaygroundHtml', () => {
  const hostile: PlaygroundExample = {
    name: 'Evil',
    query: 'query Evil { a } # </script><script>alert(1)</script> <!-- & \u2028\u2029',
    variables: '{ "x": "</SCRIPT>" }',
  };
  const html = renderPlaygroundHtml({
    endpoint: '/graphql',
    examples: [hostile],
    title: '</title><script>alert(2)</script>',
    nonce: 'abc123',
  });

  it('cannot be broken out of by example text or the title', () => {
    // Exactly the four scripts the page writes; none smuggled in by the examples.
    expect(html.match(/<script/gi)).toHaveLength(4);
    expect(html.match(/<\/script/gi)).toHaveLength(4);
    expect(html).not.toContain('<!--');
    expect(html).not.toMatch(/[\u2028\u2029]/);
    expect(html).toContain('<title>&#60;/title&#62;&#60;script&#62;alert(2)&#60;/script&#62;</title>');
  });

  it('still delivers the exact example text to GraphiQL', () => {
    const literal = /const config = (.*);\n/.exec(html)?.[1];
    expect(literal).toBeDefined();
    const config = JSON.parse(literal!) as { endpoint: string; tabs: Array<{ query: string; variables?: string }> };
    expect(config.endpoint).toBe('/graphql');
    expect(config.tabs).toEqual([{ query: hostile.query, variables: hostile.variables }]);
  });

  it('loads only local assets, each with the nonce', () => {
    const sources = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    expect(sources).toEqual([
      'data:,',
      `/playground/assets/${playgroundAssetNames().graphiqlCss}`,
      `/playground/assets/${playgroundAssetNames().react}`,
      `/playground/assets/${playgroundAssetNames().reactDom}`,
      `/playground/assets/${playgroundAssetNames().graphiqlJs}`,
    ]);
    expect(html.match(/<(?:script|style|link rel="stylesheet")[^>]*>/g)?.every((tag) => tag.includes('nonce="abc123"'))).toBe(true);
  });

  it('escapes every character that could end a script element', () => {
    expect(jsonForScript({ s: '</script>&\u2028\u2029' })).toBe('{"s":"\\u003c/script\\u003e\\u0026\\u2028\\u2029"}');
  });
});

describe('playgroundRouter', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const app = express();
    app.use(playgroundRouter({ endpoint: '/graphql', examples: [{ name: 'A', query: 'query A { a }' }] }));
    app.all('/graphql', (_req, res) => {
      res.json({ from: 'graphql' });
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it.each([
    ['react', 'text/javascript'],
    ['reactDom', 'text/javascript'],
    ['graphiqlJs', 'text/javascript'],
    ['graphiqlCss', 'text/css'],
  ] as const)('serves the %s asset with its content type and a long cache', async (key, type) => {
    const response = await fetch(`${base}/playground/assets/${playgroundAssetNames()[key]}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it('answers 404 for unknown asset names, including traversal attempts', async () => {
    expect((await fetch(`${base}/playground/assets/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/playground/assets/..%2Fpackage.json`)).status).toBe(404);
  });

  it('serves the page with a nonce CSP to browsers, and leaves JSON clients to GraphQL', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = page.headers.get('content-security-policy') ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(csp).not.toContain('unsafe');
    expect(await page.text()).toContain(`nonce="${nonce}"`);

    for (const accept of ['application/json', '*/*', 'application/graphql-response+json, application/json']) {
      const api = await fetch(`${base}/graphql`, { headers: { accept } });
      expect(await api.json()).toEqual({ from: 'graphql' });
    }
  });
});
