import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface TargetCounters {
  fetches: number;
  answered: number;
}

export interface TargetProcess {
  name: string;
  url: string;
  child: ChildProcess;
  /** Subgraph fetches made and requests answered so far, as the target itself counts them. */
  counters(): Promise<TargetCounters>;
  stop(): Promise<void>;
}

export interface TargetSpec {
  name: string;
  /** Node arguments after `--import tsx`, relative to the repository root. */
  args: string[];
  /** Node options before them (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  port: number;
  env: Record<string, string>;
  logFile: string;
  /** How the counters are read: over IPC (bench targets) or from the target's own metrics. */
  counters?: (target: { url: string }) => Promise<TargetCounters>;
}

/** Starts a target as its own Node process with an IPC channel and waits until its port accepts connections. */
export async function startTarget(spec: TargetSpec): Promise<TargetProcess> {
  // The target writes its log straight to the file: piping it through this process would load the
  // load generator's own event loop.
  const log = openSync(spec.logFile, 'a');
  const child = spawn(process.execPath, [...(spec.nodeArgs ?? []), '--import', 'tsx', ...spec.args], {
    cwd: repoRoot,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${spec.port}/graphql`;

  const deadline = Date.now() + 120_000;
  while (!(await accepts(spec.port))) {
    if (child.exitCode !== null) throw new Error(`${spec.name} exited with code ${child.exitCode}; see ${spec.logFile}`);
    if (Date.now() > deadline) throw new Error(`${spec.name} did not listen on ${spec.port} within 120 s; see ${spec.logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  let nextId = 0;
  const viaIpc = () =>
    new Promise<TargetCounters>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`${spec.name} did not report its counters`)), 5000);
      const onMessage = (message: { type?: string; id?: number } & Partial<TargetCounters>) => {
        if (message?.type !== 'counters' || message.id !== id) return;
        clearTimeout(timer);
        child.off('message', onMessage);
        resolve({ fetches: message.fetches ?? 0, answered: message.answered ?? 0 });
      };
      child.on('message', onMessage);
      child.send({ type: 'counters', id });
    });

  return {
    name: spec.name,
    url,
    child,
    counters: spec.counters ? () => spec.counters!({ url }) : viaIpc,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/**
 * Our gateway's counters from its metrics: fetches summed over the series of
 * `gateway_subgraph_fetch_duration_seconds_count`, answers over those of `gateway_graphql_requests_total`.
 */
export async function prometheusCounters({ url }: { url: string }): Promise<TargetCounters> {
  const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
  const sum = (metric: string) => {
    let total = 0;
    for (const match of text.matchAll(new RegExp(`^${metric}\\{[^}]*\\} (\\d+)`, 'gm'))) total += Number(match[1]);
    return total;
  };
  return { fetches: sum('gateway_subgraph_fetch_duration_seconds_count'), answered: sum('gateway_graphql_requests_total') };
}

/** Store calls (DynamoDB requests, graph queries) the subgraphs have made so far, from their own counters. */
export async function subgraphStoreCalls(subgraphUrls: Record<string, string>): Promise<number> {
  const counts = await Promise.all(
    Object.values(subgraphUrls).map(async (url) => (await (await fetch(url.replace(/\/graphql$/, '/store-calls'))).json()) as Record<string, number>),
  );
  return counts.flatMap((c) => Object.values(c)).reduce((sum, n) => sum + n, 0);
}

export interface ProcessSample {
  /** User + system CPU time so far, ms. */
  cpuMs: number;
  /** Peak resident set since the last `resetPeak`, bytes. */
  peakRss: number;
}

// Linux reports CPU times in clock ticks; 100 per second on every mainstream kernel configuration.
const TICKS_PER_SECOND = 100;

export async function sampleProcess(pid: number): Promise<ProcessSample> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name, which may itself contain spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat(5))
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
  return { cpuMs: (ticks * 1000) / TICKS_PER_SECOND, peakRss: Number(hwm?.[1] ?? 0) * 1024 };
}

/** Resets VmHWM to the current RSS (clear_refs 5), so each cell reports its own peak; false where not permitted. */
export async function resetPeak(pid: number): Promise<boolean> {
  try {
    await writeFile(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}
