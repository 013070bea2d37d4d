import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface PlaygroundAsset {
  file: string;
  contentType: string;
  /** Versioned names never change content, so browsers may cache them forever. */
  immutable: boolean;
}

/** The URL names the HTML page refers to (values are keys of `playgroundAssets()`). */
export interface PlaygroundAssetNames {
  react: string;
  reactDom: string;
  graphiqlJs: string;
  graphiqlCss: string;
}

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

const require = createRequire(import.meta.url);

// graphiql's `exports` map hides its UMD build (only ".", "./style.css" and
// "./package.json" are exported), so resolve the always-exported package.json and
// walk from its directory; resolving from this file keeps working wherever npm hoists.
function packageDir(pkg: string): { dir: string; version: string } {
  const manifest = require.resolve(`${pkg}/package.json`);
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dir: path.dirname(manifest), version };
}

let cached: { names: PlaygroundAssetNames; assets: ReadonlyMap<string, PlaygroundAsset> } | undefined;

function load(): NonNullable<typeof cached> {
  if (cached) return cached;
  const react = packageDir('react');
  const reactDom = packageDir('react-dom');
  const graphiql = packageDir('graphiql');
  // Versions are part of the names so an upgrade busts the year-long browser cache.
  const names: PlaygroundAssetNames = {
    react: `react-${react.version}.production.min.js`,
    reactDom: `react-dom-${reactDom.version}.production.min.js`,
    graphiqlJs: `graphiql-${graphiql.version}.min.js`,
    graphiqlCss: `graphiql-${graphiql.version}.min.css`,
  };
  const assets = new Map<string, PlaygroundAsset>([
    [names.react, { file: path.join(react.dir, 'umd/react.production.min.js'), contentType: JS, immutable: true }],
    [names.reactDom, { file: path.join(reactDom.dir, 'umd/react-dom.production.min.js'), contentType: JS, immutable: true }],
    [names.graphiqlJs, { file: path.join(graphiql.dir, 'graphiql.min.js'), contentType: JS, immutable: true }],
    [names.graphiqlCss, { file: path.join(graphiql.dir, 'graphiql.min.css'), contentType: CSS, immutable: true }],
    // graphiql.min.js ends with `sourceMappingURL=index.umd.js.map` (relative, unversioned):
    // served so devtools can map stack traces instead of logging a 404.
    ['index.umd.js.map', { file: path.join(graphiql.dir, 'graphiql.min.js.map'), contentType: JSON_TYPE, immutable: false }],
  ]);
  cached = { names, assets };
  return cached;
}

/** URL name → file on disk, for every file the playground page may request. */
export function playgroundAssets(): ReadonlyMap<string, PlaygroundAsset> {
  return load().assets;
}

export function playgroundAssetNames(): PlaygroundAssetNames {
  return load().names;
}
