import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { repoRoot } from './config.js';

export interface ServiceSpec {
  name: string;
  /** Entry file relative to the repository root. */
  entry: string;
  env: Record<string, string>;
  /** Polled until it answers 200 (`/readyz`, or whatever the service offers). */
  readyUrl: string;
  /** How long it may go without answering 200 or reporting new progress (120 s). */
  readyTimeoutMs?: number;
  logFile: string;
}

export interface RunningService {
  name: string;
  child: ChildProcess;
  logFile: string;
  stop(): Promise<void>;
}

/** Starts one service as its own Node process, the way it runs in production, logging to a file. */
export async function startService(spec: ServiceSpec, onExit: (name: string, code: number | null) => void): Promise<RunningService> {
  const log = createWriteStream(spec.logFile, { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', spec.entry], {
    cwd: repoRoot,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let stopping = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code) => {
    if (!stopping) onExit(spec.name, code);
  });

  await waitUntilReady(spec, child, spec.readyTimeoutMs);
  return {
    name: spec.name,
    child,
    logFile: spec.logFile,
    async stop() {
      stopping = true;
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Polls until the service answers 200. A service that answers but is not ready yet (503 with its progress)
 * gets the whole timeout again each time its progress changes: a large catalog indexes for minutes.
 */
async function waitUntilReady(spec: ServiceSpec, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  let deadline = Date.now() + timeoutMs;
  let progress: string | undefined;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${spec.name} exited with code ${child.exitCode} while starting:\n${await tail(spec.logFile)}`);
    }
    try {
      const res = await fetch(spec.readyUrl, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      const body = await res.text();
      if (res.status === 503 && body !== progress) {
        progress = body;
        deadline = Date.now() + timeoutMs;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  child.kill('SIGKILL');
  throw new Error(`${spec.name} was not ready within ${timeoutMs / 1000} s${progress ? ` (last said: ${progress})` : ''}:\n${await tail(spec.logFile)}`);
}

export async function tail(file: string, lines = 20): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
