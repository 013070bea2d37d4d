import type { Scenario } from '../scenarios.js';
import { drive, type LoadResult } from './load.js';
import { resetPeak, sampleProcess, type TargetProcess } from './processes.js';
import type { TargetName } from './targets.js';
import { ask, checkAnswer } from './verify.js';

export interface Cell extends LoadResult {
  scenario: string;
  target: TargetName;
  concurrency: number;
  seconds: number;
  /** Subgraph fetches per request sent, as the target counted them. */
  fetchesPerRequest: number;
  /** Store calls (DynamoDB requests, graph queries) per request sent, as the subgraphs counted them. */
  storeCallsPerRequest: number;
  /** Target process CPU (user + system) per request, ms; and as a share of one core over the cell. */
  cpuMsPerRequest: number;
  cpuCores: number;
  /** Peak resident memory of the target process during the cell, MiB. */
  peakRssMiB: number;
  /** Sampled responses after the cell that were wrong (errors or data unlike our gateway's). */
  sampleFailures: string[];
  /** Catalog size, for the scaling cells. */
  products?: number;
}

const SAMPLES_PER_CELL = 2;

/** One measurement: a target, a scenario and a concurrency, with the target's own counters around it. */
export async function measureCell(
  target: TargetProcess,
  name: TargetName,
  scenario: Scenario,
  concurrency: number,
  seconds: number,
  reference: unknown,
  bodies: string[],
  storeCalls: () => Promise<number>,
): Promise<Cell> {
  const pid = target.child.pid!;
  const fetchesBefore = await target.fetches();
  const storeCallsBefore = await storeCalls();
  await resetPeak(pid);
  const before = await sampleProcess(pid);
  const started = performance.now();
  const load = await drive({ url: target.url, bodies, connections: concurrency, seconds });
  const wallMs = performance.now() - started;
  const atEnd = await sampleProcess(pid);
  // Requests in flight when the load stopped are still served: wait for them, then divide by the
  // requests sent, so that their fetches and CPU are not charged to the completed ones.
  const fetchesNow = await settle(target, quietPeriod(load.p50));
  const drained = await sampleProcess(pid);
  const fetches = fetchesNow - fetchesBefore;
  // Counted before the sampled answers below, which would add their own store calls.
  const storeCallsMade = (await storeCalls()) - storeCallsBefore;

  const sampleFailures: string[] = [];
  for (let i = 0; i < SAMPLES_PER_CELL; i++) {
    const problem = checkAnswer(await ask(target.url, scenario), reference, name === 'floor', scenario.changesState);
    if (problem) sampleFailures.push(problem);
  }
  const sent = Math.max(1, load.sent);
  return {
    scenario: scenario.id,
    target: name,
    concurrency,
    seconds,
    ...load,
    fetchesPerRequest: fetches / sent,
    storeCallsPerRequest: storeCallsMade / sent,
    cpuMsPerRequest: (drained.cpuMs - before.cpuMs) / sent,
    cpuCores: (atEnd.cpuMs - before.cpuMs) / wallMs,
    peakRssMiB: drained.peakRss / 2 ** 20,
    sampleFailures,
  };
}

/** Load that is thrown away: JIT, plan caches, connection pools and the subgraphs' caches warm up. */
export async function warmUp(target: TargetProcess, bodies: string[], seconds: number): Promise<void> {
  const load = await drive({ url: target.url, bodies, connections: 16, seconds });
  await settle(target, quietPeriod(load.p50));
}

/** How long a target must go without a new subgraph fetch to count as idle: about one request's time. */
const quietPeriod = (p50: number) => Math.max(300, Math.min(1000, Number.isFinite(p50) ? p50 : 1000));

/**
 * Waits until the target has served what was still in flight when a load stopped — its subgraph fetch
 * count stops moving for `quietMs` — so that the next cell does not queue behind that backlog in the
 * shared subgraphs. Returns the settled count.
 */
export async function settle(target: TargetProcess, quietMs: number): Promise<number> {
  let count = await target.fetches();
  for (let waited = 0; waited < 15_000; waited += quietMs) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const now = await target.fetches();
    if (now === count) break;
    count = now;
  }
  return count;
}
