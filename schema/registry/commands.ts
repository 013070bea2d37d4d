import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeRegistry, openRegistryStore, readRegistryStoreConfig, type RegistryStoreConfig } from '@commerce/lib/registry';
import { subgraphs as knownSubgraphs } from '../subgraphs.js';
import { resolveAuthor } from './author.js';
import { CheckInputError, checkSubgraph, type UsageSources } from './check.js';
import { formatAssessment, formatCheck, formatHistory, formatOutcome, formatProblems, formatRefusal } from './format.js';
import { initRegistry, publishSubgraph, rollback } from './publish.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const USAGE = `Usage: npm run schema -- <command> [options]

  check    --subgraph <name> [--schema <file>] [--url <url>]      compose and diff against the registry
  publish  --subgraph <name> [--schema <file>] [--url <url>] [--message <why>] [--force]
  init     [--message <text>]                                     publish every subgraph of schema/subgraphs.ts into an empty registry
  sync                                                            init when empty, else publish each SDL file of schema/subgraphs.ts that changed
  history  [--limit <n>]
  rollback --to <version> [--message <why>] [--force]

Registry: --registry-dir <dir> (or SUPERGRAPH_REGISTRY_DIR; default .data/registry) or
          --registry-table <table> (or SUPERGRAPH_REGISTRY_TABLE, with DYNAMODB_ENDPOINT and AWS_REGION).
Other:    --author <who> (default $USER, else the git user) · --operations <dir> (default test/operations)
          --trusted-documents <file> (default schema/trusted-documents.json) · --usage-days <n> (default 30) · --json
Exit status: 0 done, 1 refused (composition errors, or breaking changes used by known operations), 2 bad usage.`;

const OPTIONS = {
  subgraph: { type: 'string' },
  schema: { type: 'string' },
  url: { type: 'string' },
  message: { type: 'string', short: 'm' },
  force: { type: 'boolean', default: false },
  to: { type: 'string' },
  limit: { type: 'string' },
  author: { type: 'string' },
  operations: { type: 'string' },
  'trusted-documents': { type: 'string' },
  'usage-days': { type: 'string' },
  'registry-dir': { type: 'string' },
  'registry-table': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface CliResult {
  code: 0 | 1 | 2;
  lines: string[];
}

function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new CheckInputError(`${flag} must be a positive integer; got ${value}.`);
  return Number(value);
}

function registryConfig(values: { 'registry-dir'?: string; 'registry-table'?: string }, env: Record<string, string | undefined>): RegistryStoreConfig {
  if (values['registry-dir'] && values['registry-table']) throw new CheckInputError('Give --registry-dir or --registry-table, not both.');
  if (values['registry-dir']) return { kind: 'file', dir: resolve(values['registry-dir']) };
  if (values['registry-table']) return readRegistryStoreConfig({ ...env, SUPERGRAPH_REGISTRY_DIR: '', SUPERGRAPH_REGISTRY_TABLE: values['registry-table'] })!;
  return readRegistryStoreConfig(env) ?? { kind: 'file', dir: join(root, '.data/registry') };
}

async function candidateOf(values: { subgraph?: string; schema?: string; url?: string }) {
  const name = values.subgraph;
  if (!name) throw new CheckInputError('--subgraph <name> is required.');
  const entry = knownSubgraphs.find((s) => s.name === name);
  const path = values.schema ? resolve(values.schema) : entry && join(root, entry.schema);
  if (!path) throw new CheckInputError(`Subgraph ${name} is not in schema/subgraphs.ts: give its SDL with --schema <file>.`);
  let sdl: string;
  try {
    sdl = await readFile(path, 'utf8');
  } catch {
    throw new CheckInputError(`Cannot read the SDL of ${name} from ${path}.`);
  }
  return { name, sdl, ...(values.url ? { url: values.url } : {}), ...(entry ? { defaultUrl: entry.url } : {}) };
}

/** The SDL files of schema/subgraphs.ts, with their default routing URLs. */
const sdlFiles = () =>
  Promise.all(knownSubgraphs.map(async (s) => ({ name: s.name, url: s.url, sdl: await readFile(join(root, s.schema), 'utf8') })));

/** Runs one command; everything it would print is in `lines` (stdout) and the exit status in `code`. */
export async function runCli(argv: readonly string[], env: Record<string, string | undefined>): Promise<CliResult> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    return { code: 2, lines: [(err as Error).message, '', USAGE] };
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command) return { code: values.help ? 0 : 2, lines: [USAGE] };

  try {
    const config = registryConfig(values, env);
    const store = await openRegistryStore(config);
    try {
      const author = resolveAuthor(values.author, env);
      const attribution = { author, force: values.force, ...(values.message ? { message: values.message } : {}) };
      const sources: UsageSources = {
        operationsDir: values.operations ? resolve(values.operations) : join(root, 'test/operations'),
        trustedDocumentsPath: values['trusted-documents'] ? resolve(values['trusted-documents']) : join(root, 'schema/trusted-documents.json'),
        usageDays: positiveInt(values['usage-days'], '--usage-days', 30),
      };
      const header = `Registry: ${describeRegistry(config)}`;
      switch (command) {
        case 'check': {
          const result = await checkSubgraph(store, await candidateOf(values), sources);
          if (values.json) return { code: result.ok ? 0 : 1, lines: [JSON.stringify(jsonCheck(result), null, 2)] };
          const verdict = !result.composition.ok
            ? 'Refused: the supergraph does not compose.'
            : !result.ok
              ? formatRefusal(result)
              : result.unchanged
                ? 'OK: nothing to publish.'
                : 'OK: safe to publish.';
          return { code: result.ok ? 0 : 1, lines: [header, ...formatCheck(result), verdict] };
        }
        case 'publish': {
          const { check, outcome } = await publishSubgraph(store, await candidateOf(values), attribution, sources);
          if (values.json) return { code: outcome.status === 'refused' ? 1 : 0, lines: [JSON.stringify({ check: jsonCheck(check), outcome }, null, 2)] };
          const lines = [header, ...formatCheck(check)];
          if (outcome.status === 'refused') lines.push(check.composition.ok ? formatRefusal(check) : 'Refused: the supergraph does not compose.');
          return { code: outcome.status === 'refused' ? 1 : 0, lines: [...lines, formatOutcome(outcome)] };
        }
        case 'init':
        case 'sync': {
          const files = await sdlFiles();
          if (command === 'init' || (await store.latestVersion()) === 0) {
            const { composition, outcome } = await initRegistry(store, files, attribution);
            const lines = [header, ...(composition && !composition.ok ? formatProblems(composition.errors) : []), formatOutcome(outcome)];
            return { code: outcome.status === 'refused' ? 1 : 0, lines };
          }
          // Each SDL file that differs from the registry goes through the same checks as a publish.
          const lines = [header];
          let refused = false;
          for (const file of files) {
            const { check, outcome } = await publishSubgraph(store, { name: file.name, sdl: file.sdl, defaultUrl: file.url }, attribution, sources);
            if (outcome.status === 'unchanged') continue;
            refused ||= outcome.status === 'refused';
            lines.push(...formatCheck(check), ...(outcome.status === 'refused' && check.composition.ok ? [formatRefusal(check)] : []), formatOutcome(outcome));
          }
          if (lines.length === 1) lines.push('The registry serves every SDL file of schema/subgraphs.ts as it is.');
          return { code: refused ? 1 : 0, lines };
        }
        case 'history': {
          const history = await store.history(positiveInt(values.limit, '--limit', 20));
          return { code: 0, lines: values.json ? [JSON.stringify(history, null, 2)] : [header, ...formatHistory(history)] };
        }
        case 'rollback': {
          const to = positiveInt(values.to, '--to', 0);
          if (!to) throw new CheckInputError('--to <version> is required.');
          const { assessment, outcome } = await rollback(store, to, attribution, sources);
          const lines = [header, ...(assessment ? formatAssessment(assessment) : [])];
          if (outcome.status === 'refused' && assessment) lines.push(formatRefusal(assessment));
          return { code: outcome.status === 'refused' ? 1 : 0, lines: [...lines, formatOutcome(outcome)] };
        }
        default:
          return { code: 2, lines: [`Unknown command ${command}.`, '', USAGE] };
      }
    } finally {
      await store.close();
    }
  } catch (err) {
    if (err instanceof CheckInputError) return { code: 2, lines: [err.message] };
    throw err;
  }
}

function jsonCheck(result: Awaited<ReturnType<typeof checkSubgraph>>) {
  const { composition, ...rest } = result;
  return {
    ...rest,
    subgraphs: result.subgraphs.map(({ name, url, version }) => ({ name, url, version })),
    composition: composition.ok ? { ok: true, hints: composition.hints } : composition,
  };
}
