import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface StackProcess {
  /** For example http://localhost:PORT/graphql */
  gatewayUrl: string;
  output: () => string;
  /** Ctrl-C, as a developer would; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the stack exactly as `npm start` does (same entry, same defaults) but on free ports and in a
 * throwaway data directory, and waits for its "Gateway ready at" line.
 */
export async function startStack(env: Record<string, string> = {}, dataDir?: string): Promise<StackProcess> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'commerce-stack-')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'stack/src/index.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', CATALOG_PORT: '0', DYNAMODB_PORT: '0', DATA_DIR: dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const gatewayUrl = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /Gateway ready at (\S+)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(match[1]!);
      }
    }, 100);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`stack exited with code ${code} before it was ready:\n${output}`));
    });
  });

  return {
    gatewayUrl,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      const code = await exited;
      if (!dataDir) await rm(dir, { recursive: true, force: true });
      return code;
    },
  };
}
