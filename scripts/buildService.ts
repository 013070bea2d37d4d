/**
 * `npm run build -w <service>` (and `npm run build` for all): bundles a service's `src/index.ts` into
 * `dist/index.js`, so it starts with `node dist/index.js` instead of through tsx.
 *
 * - Workspace packages (`@commerce/*`, whose exports point at TypeScript sources) are bundled; npm packages
 *   stay external and load from node_modules at run time, as in development.
 * - An npm package resolves from `dist/` as it would from the file importing it. Where it would not (npm
 *   nests a different version under a workspace, e.g. `lib/node_modules/@opentelemetry/resources`), the
 *   import is pointed at the nested copy by path. Build where the service runs: the bundle records the
 *   node_modules layout of this tree.
 * - `import.meta.url` keeps meaning the source file's URL, so files read next to the sources
 *   (`new URL('../schema.graphql', import.meta.url)`, the fulfillment spec, the gateway's default paths,
 *   GraphiQL's assets through createRequire) resolve exactly as under tsx, wherever `dist/` is.
 *
 *   node --import tsx scripts/buildService.ts [--outdir DIR]     (from the service's directory)
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';

export interface BuildServiceOptions {
  /** The service's package directory (`subgraphs/catalog`, `gateway`). */
  packageDir: string;
  /** Default `<packageDir>/dist`. */
  outdir?: string;
}

const posix = (path: string) => path.split(sep).join('/');
const inNodeModules = (path: string) => path.split(sep).includes('node_modules');

/** `@scope/name/sub/path` → [`@scope/name`, `sub/path`]. */
function splitSpecifier(specifier: string): [string, string] {
  const parts = specifier.split('/');
  const size = specifier.startsWith('@') ? 2 : 1;
  return [parts.slice(0, size).join('/'), parts.slice(size).join('/')];
}

/** The package directory Node would pick for `name` from `dir`: the nearest `node_modules/<name>` up the tree. */
function packageDirFrom(dir: string, name: string): string | undefined {
  for (let current = resolve(dir); ; current = dirname(current)) {
    const candidate = join(current, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(current) === current) return undefined;
  }
}

/** The file a bare import of a package without an `exports` map loads (main, or a sub-path with Node's CJS extensions). */
function entryFile(packageDir: string, subpath: string): string {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { main?: string };
  const base = join(packageDir, subpath || manifest.main || 'index.js');
  for (const candidate of [base, `${base}.js`, join(base, 'index.js')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  throw new Error(`Cannot find the entry file of ${packageDir}${subpath ? `/${subpath}` : ''}.`);
}

function externalPackages(outdir: string): Plugin {
  return {
    name: 'external-packages',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (isBuiltin(args.path) || args.path.startsWith('@commerce/')) return undefined;
        const [name, subpath] = splitSpecifier(args.path);
        const fromSource = packageDirFrom(args.resolveDir, name);
        if (!fromSource) return { errors: [{ text: `Cannot resolve ${args.path} from ${args.importer}; is it installed?` }] };
        if (fromSource === packageDirFrom(outdir, name)) return { path: args.path, external: true };
        const manifest = JSON.parse(readFileSync(join(fromSource, 'package.json'), 'utf8')) as { exports?: unknown };
        if (manifest.exports) {
          return { errors: [{ text: `${args.path} resolves from ${args.importer} to ${fromSource}, but to another copy from ${outdir}; build into a directory that resolves it the same way.` }] };
        }
        const target = posix(relative(outdir, entryFile(fromSource, subpath)));
        return { path: target.startsWith('.') ? target : `./${target}`, external: true };
      });
    },
  };
}

function sourceLocations(outdir: string): Plugin {
  return {
    name: 'source-locations',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        if (inNodeModules(args.path)) return undefined;
        const text = await readFile(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const source = posix(relative(outdir, args.path));
        // One binding per module; esbuild renames it where bundled modules collide.
        const prelude = `const __sourceUrl = new URL(${JSON.stringify(source)}, import.meta.url).href;\n`;
        return { contents: prelude + text.replaceAll('import.meta.url', '__sourceUrl'), loader: args.path.endsWith('ts') ? 'ts' : 'js' };
      });
    },
  };
}

/** Bundles `<packageDir>/src/index.ts` into `<outdir>/index.js` (with a source map). */
export async function buildService({ packageDir, outdir = join(packageDir, 'dist') }: BuildServiceOptions): Promise<string> {
  const outfile = join(resolve(outdir), 'index.js');
  const result = await build({
    entryPoints: [join(packageDir, 'src/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'silent',
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    plugins: [externalPackages(resolve(outdir)), sourceLocations(resolve(outdir))],
  });
  for (const warning of result.warnings) console.warn(`warning: ${warning.text}`);
  return outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
  const packageDir = process.cwd();
  const started = performance.now();
  const outfile = await buildService({ packageDir, ...(values.outdir ? { outdir: resolve(values.outdir) } : {}) });
  console.log(`built ${posix(relative(packageDir, outfile))} in ${Math.round(performance.now() - started)} ms`);
}
