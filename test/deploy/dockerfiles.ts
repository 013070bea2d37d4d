/** Reading Dockerfiles and .dockerignore files as text, for the deploy checks (no Docker engine runs here). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fromRoot = (...parts: string[]): string => path.join(root, ...parts);
export interface Instruction {
  keyword: string;
  args: string;
}

/** Instructions grouped by build stage (each FROM opens one); continuation lines joined, comments dropped. */
export function parseDockerfile(source: string): { stages: Instruction[][] } {
  const stages: Instruction[][] = [];
  let pending = '';
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    // Comments (parser directives included) are dropped, also between continuation lines, as Docker does.
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    const text = `${pending}${line}`.trim();
    pending = '';
    if (!text) continue;
    const [, word = '', args = ''] = /^(\S+)\s*([\s\S]*)$/.exec(text) ?? [];
    const keyword = word.toUpperCase();
    if (keyword === 'FROM') stages.push([]);
    stages.at(-1)?.push({ keyword, args });
  }
  return { stages };
}

export const execForm = (args: string): string[] | undefined => {
  try {
    const parsed: unknown = JSON.parse(args);
    return Array.isArray(parsed) && parsed.every((part) => typeof part === 'string') ? parsed : undefined;
  } catch {
    return undefined;
  }
};

/**
 * What this repository asks of a service image, as a list of problems (empty when it is fine). Paths in the
 * image mirror the repository (WORKDIR /app holds the repository's layout), so the entry file and every
 * COPY source can be checked against the repository itself.
 */
export function dockerfileProblems(dockerfile: string, context: string): string[] {
  const { stages } = parseDockerfile(readFileSync(dockerfile, 'utf8'));
  const problems: string[] = [];
  const final = stages.at(-1) ?? [];
  const last = (keyword: string) => final.filter((instruction) => instruction.keyword === keyword).at(-1);

  if (stages.length < 2) problems.push(`is not a multi-stage build (${stages.length} FROM)`);
  if (!final.some(({ keyword, args }) => keyword === 'COPY' && /--from=/.test(args))) {
    problems.push('final stage copies nothing from an earlier stage');
  }

  const user = last('USER')?.args.split(':')[0]?.trim();
  if (!user) problems.push('final stage sets no USER, so it runs as root');
  else if (user === 'root' || user === '0') problems.push(`final stage runs as ${user}`);

  const healthcheck = last('HEALTHCHECK')?.args;
  if (!healthcheck || /^NONE\b/i.test(healthcheck)) problems.push('final stage has no HEALTHCHECK');
  else {
    if (!healthcheck.includes('/healthz')) problems.push('HEALTHCHECK does not probe /healthz');
    if (!/\bnode\b/.test(healthcheck)) problems.push('HEALTHCHECK does not use node (slim images have no curl or wget)');
  }

  if (!last('EXPOSE')) problems.push('final stage EXPOSEs no port');

  const cmd = execForm(last('CMD')?.args ?? '');
  if (!cmd) problems.push('CMD is missing or not in exec form');
  else {
    const entry = cmd.at(-1) ?? '';
    if (cmd.slice(0, 3).join(' ') !== 'node --import tsx') problems.push(`CMD does not start with node --import tsx: ${cmd.join(' ')}`);
    if (!existsSync(fromRoot(entry))) problems.push(`CMD entry ${entry} is not in the repository`);
  }

  const installs = stages.flat().filter(({ keyword, args }) => keyword === 'RUN' && /\bnpm (ci|install)\b(?! --global)/.test(args));
  if (installs.length === 0) problems.push('installs no dependencies (no RUN npm ci)');
  for (const { args } of installs) if (!args.includes('--omit=dev')) problems.push(`installs dev dependencies: ${args}`);

  for (const { keyword, args } of stages.flat()) {
    if ((keyword !== 'COPY' && keyword !== 'ADD') || /--from=/.test(args)) continue;
    const parts = execForm(args) ?? args.split(/\s+/).filter((part) => part && !part.startsWith('--'));
    for (const source of parts.slice(0, -1)) {
      if (source === '.' || /[*?[]/.test(source)) continue;
      if (!existsSync(path.resolve(context, source))) problems.push(`COPY source ${source} is not in the repository`);
      else if (dockerignored(context, source)) problems.push(`COPY source ${source} is excluded by .dockerignore`);
    }
  }
  return problems;
}

/** .dockerignore patterns as regular expressions (`**` any directories, `*` and `?` within one), `!` re-including. */
export function dockerignore(context: string): { regex: RegExp; include: boolean }[] {
  const file = path.join(context, '.dockerignore');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!');
      const pattern = line.replace(/^!/, '').replace(/^\/+|\/+$/g, '');
      let source = '';
      for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i]!;
        if (char === '*' && pattern[i + 1] === '*') {
          i++;
          if (pattern[i + 1] === '/') {
            i++;
            source += '(?:.*/)?';
          } else source += '.*';
        } else if (char === '*') source += '[^/]*';
        else if (char === '?') source += '[^/]';
        else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
      }
      return { regex: new RegExp(`^${source}$`), include };
    });
}

/** Whether the build context leaves `source` out: the last pattern matching it or a directory above it decides. */
export function dockerignored(context: string, source: string): boolean {
  const parts = source.replace(/^\.\//, '').replace(/\/+$/, '').split('/');
  const paths = parts.map((_part, i) => parts.slice(0, i + 1).join('/'));
  let excluded = false;
  for (const { regex, include } of dockerignore(context)) if (paths.some((candidate) => regex.test(candidate))) excluded = !include;
  return excluded;
}

export function exposedPorts(dockerfile: string): string[] {
  const final = parseDockerfile(readFileSync(dockerfile, 'utf8')).stages.at(-1) ?? [];
  return final.filter(({ keyword }) => keyword === 'EXPOSE').flatMap(({ args }) => args.split(/\s+/).map((port) => port.split('/')[0] ?? ''));
}

/** Workspaces that ship as a service image: the gateway and every subgraph. */
