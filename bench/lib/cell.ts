import type { Scenario } from '../scenarios.js';
import { drive as driveLoad, pool, type Drive, type LoadResult, type Requests } from './load.js';
import { resetPeak, sampleProcess, type TargetCounters, type TargetProcess } from './processes.js';
import type { TargetName } from './targets.js';
import { answer, checkAnswer } from './verify.js';

export interface Cell extends LoadResult {
  scenario: string;
  target: TargetName;
  concurrency: number;
  /** Load time in all, over `rounds` drives taken in turn with the other targets'. */
  seconds: number;
  rounds: number;
  /** Requests per second of each round, in the order they ran. */
  roundRps: number[];
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

/** One target's share of a cell: a drive with the target's own counters around it. */
export interface Round {
  drive: Drive;
  fetches: number;
  storeCalls: number;
  /** CPU until the requests in flight at the end were served, and during the drive alone. */
  cpuMs: number;
  cpuMsDuringDrive: number;
  wallMs: number;
  peakRss: number;
}

/** Drives one target for `seconds` and reads its counters around the drive. */
export async function measureRound(
  target: TargetProcess,
  concurrency: number,
  seconds: number,
  requests: Requests,
  storeCalls: () => Promise<number>,
): Promise<Round> {
  const pid = target.child.pid!;
  const countersBefore = await target.counters();
  const storeCallsBefore = await storeCalls();
  await resetPeak(pid);
  const before = await sampleProcess(pid);
  const started = performance.now();
  const drive = await driveLoad({ url: target.url, requests, connections: concurrency, seconds });
  const wallMs = performance.now() - started;
  const atEnd = await sampleProcess(pid);
  // Requests in flight when the load stopped are still served: wait for them, then divide by the
  // requests sent, so that their fetches and CPU are not charged to the completed ones.
  const countersNow = await settle(target, countersBefore.answered + drive.sent, quietPeriod(drive.p50));
  const drained = await sampleProcess(pid);
  return {
    drive,
    fetches: countersNow.fetches - countersBefore.fetches,
    storeCalls: (await storeCalls()) - storeCallsBefore,
    cpuMs: drained.cpuMs - before.cpuMs,
    cpuMsDuringDrive: atEnd.cpuMs - before.cpuMs,
    wallMs,
    peakRss: drained.peakRss,
  };
}

/** A cell from a target's rounds, after sampling a couple of its answers against the reference. */
export async function combineRounds(
  target: TargetProcess,
  name: TargetName,
  scenario: Scenario,
  requests: Requests,
  concurrency: number,
  rounds: readonly Round[],
  reference: unknown,
): Promise<Cell> {
  const sampleFailures: string[] = [];
  for (let i = 0; i < SAMPLES_PER_CELL; i++) {
    const problem = checkAnswer(await answer(target.url, scenario, requests), reference, name === 'floor', scenario.changesState);
    if (problem) sampleFailures.push(problem);
  }
  const load = pool(rounds.map((r) => r.drive));
  const sent = Math.max(1, load.sent);
  const sum = (key: 'fetches' | 'storeCalls' | 'cpuMs' | 'cpuMsDuringDrive' | 'wallMs') => rounds.reduce((total, r) => total + r[key], 0);
  return {
    scenario: scenario.id,
    target: name,
    concurrency,
    seconds: rounds.reduce((total, r) => total + r.drive.seconds, 0),
    rounds: rounds.length,
    roundRps: rounds.map((r) => r.drive.rps),
    ...load,
    fetchesPerRequest: sum('fetches') / sent,
    storeCallsPerRequest: sum('storeCalls') / sent,
    cpuMsPerRequest: sum('cpuMs') / sent,
    cpuCores: sum('cpuMsDuringDrive') / sum('wallMs'),
    peakRssMiB: Math.max(...rounds.map((r) => r.peakRss)) / 2 ** 20,
    sampleFailures,
  };
}

/** Load that is thrown away: JIT, plan caches, connection pools and the subgraphs' caches warm up. */
export async function warmUp(target: TargetProcess, requests: Requests, seconds: number): Promise<void> {
  const before = await target.counters();
  const load = await driveLoad({ url: target.url, requests, connections: 16, seconds });
  await settle(target, before.answered + load.sent, quietPeriod(load.p50));
}

/** How long a target must go without a new fetch or answer to count as idle: about one request's time. */
const quietPeriod = (p50: number) => Math.max(50, Math.min(800, Number.isFinite(p50) ? p50 : 800));
const POLL_MS = 50;

/**
 * Waits until the target has served what was still in flight when a load stopped, so that the next
 * target does not queue behind that backlog in the shared subgraphs: until it has answered `answered`
 * requests in all, or (should a request cut off by the load generator never arrive) until its counters
 * stand still for `quietMs`. Returns the counters then.
 */
export async function settle(target: TargetProcess, answered: number, quietMs: number): Promise<TargetCounters> {
  let counters = await target.counters();
  let still = 0;
  for (let waited = 0; waited < 15_000 && counters.answered < answered && still < quietMs; waited += POLL_MS) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const now = await target.counters();
    still = now.fetches === counters.fetches && now.answered === counters.answered ? still + POLL_MS : 0;
    counters = now;
  }
  return counters;
}
