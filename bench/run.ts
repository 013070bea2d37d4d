/**
 * `npm run bench`: our gateway side by side with the gateways people would pick instead, in one run on
 * one machine. Starts the stack as `npm start` does (each subgraph its own process, embedded stores),
 * then our gateway, `@apollo/gateway` with defaults, Hive Gateway with defaults and the floor (the query
 * plan's fetches straight to the subgraphs) as processes of their own over the same subgraphs and
 * supergraph; drives each scenario at fixed concurrency with autocannon, and reads each target's own
 * subgraph fetch count, CPU time and peak memory around every cell. Then the category page at larger
 * catalogs. Prints the tables and ratios, writes bench/results/<date>.json and an SVG chart.
 *
 * Knobs (environment): BENCH_SECONDS (4 per cell and target), BENCH_ROUNDS (the drives each cell's seconds are split into, in alternating order: 4 at one connection, 2 above), BENCH_WARMUP_SECONDS (1 per target and scenario),
 * BENCH_CONCURRENCY (1,16,64; the category page 1,16 unless this is set), BENCH_TARGETS (ours,apollo,hive,floor), BENCH_SCENARIOS (product,category,search,cart-read,cart-add,checkout),
 * BENCH_SCALE (default: 2k and 20k products; `full` adds 200k, whose stores take over twenty minutes to seed: use BENCH_DATA_DIR, see the README; `off`),
 * BENCH_OURS_ENV (extra variables for our gateway, `NAME=value,NAME=value`, to try a setting),
 * BENCH_TUNED_ENV (the same, for a second instance of our gateway measured alongside: an A/B in one run),
 * BENCH_PROFILE_DIR (a CPU profile of every target, in <dir>/<target>/, to see where each spends its time),
 * BENCH_VARIABLES (`distinct`, the default, or `fixed`: see lib/variables.ts),
 * BENCH_DATA_DIR (keep the seeded stores there, one folder per catalog size, and reuse them next time:
 * worth it for BENCH_SCALE=full; the stores are not re-seeded when the generators change, so delete them then).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { combineRounds, measureRound, warmUp, type Cell, type Round } from './lib/cell.js';
import { chartSvg } from './lib/chart.js';
import { repoRoot, subgraphStoreCalls, type TargetProcess } from './lib/processes.js';
import { printCells, printRatios, printScaling, type ScalePoint } from './lib/report.js';
import { startBenchStack, startTargets, TARGET_LABELS, type BenchStack, type TargetName } from './lib/targets.js';
import type { Requests } from './lib/load.js';
import { scenarioRequests, warmDeliveryEstimates, type VariableMode } from './lib/variables.js';
import { answer, checkAnswer, queryPlan } from './lib/verify.js';
import { operations, scenarios as allScenarios, type Scenario } from './scenarios.js';

const list = (name: string, fallback: string) => (process.env[name] ?? fallback).split(',').map((s) => s.trim()).filter(Boolean);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
/**
 * A round must be long against one request's latency at its concurrency: at 64 connections a page takes
 * 1–2 s, and a drive of 1 s sees almost no answer complete. At one connection (12–140 ms a request) four
 * rounds of 1 s interleave the targets finer, which is where the shared subgraphs' drift weighed most.
 */
const roundsAt = (connections: number) => Number(process.env.BENCH_ROUNDS ?? (connections === 1 ? 4 : 2));
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const CONCURRENCY = list('BENCH_CONCURRENCY', '1,16,64').map(Number);
/** A scenario's own levels unless BENCH_CONCURRENCY is set; the tables list every level that ran. */
const levelsOf = (scenario: Scenario) => (process.env.BENCH_CONCURRENCY ? CONCURRENCY : (scenario.concurrency ?? CONCURRENCY));
const ALL_LEVELS = [...new Set(allScenarios.flatMap(levelsOf))].sort((a, b) => a - b);
const TUNED_ENV = Object.fromEntries(list('BENCH_TUNED_ENV', '').map((pair) => pair.split('=') as [string, string]));
const TARGETS = list('BENCH_TARGETS', `ours,${process.env.BENCH_TUNED_ENV ? 'tuned,' : ''}apollo,hive,floor`) as TargetName[];
const SCENARIOS = list('BENCH_SCENARIOS', allScenarios.map((s) => s.id).join(','));
const SCALE = process.env.BENCH_SCALE ?? 'default';
const SIZES = SCALE === 'off' ? [] : SCALE === 'full' ? [2_000, 20_000, 200_000] : [2_000, 20_000];
const SCALE_TARGETS: TargetName[] = (['ours', 'floor'] as const).filter((t) => TARGETS.includes(t));
const SCALE_CONCURRENCY = [1];
const VARIABLES = (process.env.BENCH_VARIABLES ?? 'distinct') as VariableMode;
if (TARGETS.includes('tuned')) TARGET_LABELS.tuned = `our gateway + ${list('BENCH_TUNED_ENV', '').join(' ')}`;
const OURS_ENV = Object.fromEntries(list('BENCH_OURS_ENV', '').map((pair) => pair.split('=') as [string, string]));
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
// Only a run with the default targets, scenarios and settings replaces bench/results/latest.svg.
const SELECTIONS = ['BENCH_TARGETS', 'BENCH_SCENARIOS', 'BENCH_CONCURRENCY', 'BENCH_VARIABLES', 'BENCH_OURS_ENV', 'BENCH_TUNED_ENV', 'BENCH_PROFILE_DIR'];
const isDefaultRun = SELECTIONS.every((name) => !process.env[name]);

if (!TARGETS.includes('ours')) throw new Error('BENCH_TARGETS must include ours: the reference answers and query plans come from it');
const scenarios = allScenarios.filter((s) => SCENARIOS.includes(s.id));
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[${elapsed().padStart(5)}] ${line}`);

console.log(`Benchmark: ${scenarios.map((s) => s.name).join(', ')}; ${TARGETS.map((t) => TARGET_LABELS[t]).join(', ')}`);
console.log(`variables: ${VARIABLES === 'distinct' ? 'distinct (the entity rotates: concurrent requests mostly differ)' : 'fixed (test/operations/variables.json on every request)'}`);
console.log(`${SECONDS} s per cell and target (${roundsAt(1)} rounds at one connection, ${roundsAt(2)} above, alternating order) at ${CONCURRENCY.join(', ')} connections (${scenarios.filter((s) => levelsOf(s) !== CONCURRENCY).map((s) => `${s.name}: ${levelsOf(s).join(', ')}`).join('; ') || 'every scenario'}) after ${WARMUP_SECONDS} s warm-up per target and scenario; ` +
  `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()[0]!.toFixed(2)}`);
if (Object.keys(OURS_ENV).length) console.log(`our gateway with ${JSON.stringify(OURS_ENV)}`);

const cells: Cell[] = [];
const scalePoints: ScalePoint[] = [];
let stack: BenchStack | undefined;
const workDirs: string[] = [];
let targets = new Map<TargetName, TargetProcess>();
const stopAll = async () => {
  await Promise.all([...targets.values()].map((t) => t.stop()));
  targets = new Map();
  await stack?.stop();
  stack = undefined;
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stopAll().then(() => process.exit(130)));

/** Reference answers from our gateway; a target that answers differently stops the bench: its numbers would mean nothing. */
async function references(wanted: Scenario[], names: TargetName[]): Promise<Map<string, unknown>> {
  const refs = new Map<string, unknown>();
  for (const scenario of wanted) {
    const reference = (await answer(targets.get('ours')!.url, scenario, requests.get(scenario.id)!)).body;
    if (reference.errors?.length || !reference.data) throw new Error(`our gateway answered ${scenario.name} with errors: ${JSON.stringify(reference.errors)}`);
    refs.set(scenario.id, reference.data);
    for (const name of names) {
      const problem = checkAnswer(await answer(targets.get(name)!.url, scenario, requests.get(scenario.id)!), reference.data, name === 'floor', scenario.changesState);
      if (problem) throw new Error(`${TARGET_LABELS[name]} answers ${scenario.name} wrongly: ${problem}`);
    }
  }
  return refs;
}

let requests = new Map<string, Requests>();
/** Bodies a scenario rotates through; a flow's are new every time (a new cart per checkout). */
const distinctRequests = () => Object.fromEntries([...requests].map(([id, r]) => [id, 'bodies' in r ? r.bodies.length : 'a new cart each']));

/**
 * Which target runs first in a cell moves on from cell to cell across the whole run: the first round
 * after a warm-up was measurably slower (the warm-up's backlog, such as the sagas of its orders).
 */
let turn = 0;

async function measure(scenario: Scenario, names: TargetName[], concurrency: number[], reference: unknown, products?: number) {
  const load = requests.get(scenario.id)!;
  for (const name of names) await warmUp(targets.get(name)!, load, WARMUP_SECONDS);
  for (const c of concurrency) {
    const order = names.map((_, i) => names[(i + turn) % names.length]!);
    turn++;
    // The subgraphs every target shares get faster or slower as a run goes on (JIT, caches, the
    // machine's other load): whoever runs first in a cell was measurably slower. So each cell is taken
    // in short drives per target, in one order and then the reverse (A B C D, D C B A, A B C D, …), and pooled.
    const rounds = new Map<TargetName, Round[]>(names.map((name) => [name, []]));
    const count = roundsAt(c);
    for (let r = 0; r < count; r++) {
      for (const name of r % 2 === 0 ? order : [...order].reverse()) {
        rounds.get(name)!.push(await measureRound(targets.get(name)!, c, SECONDS / count, load, () => subgraphStoreCalls(stack!.subgraphUrls)));
      }
    }
    for (const name of order) {
      const cell = await combineRounds(targets.get(name)!, name, scenario, load, c, rounds.get(name)!, reference);
      cells.push(products ? { ...cell, products } : cell);
      log(`${scenario.name.padEnd(20)} c=${String(c).padEnd(3)} ${TARGET_LABELS[name].padEnd(28)} ${cell.rps.toFixed(0).padStart(6)} rps  p50 ${cell.p50.toFixed(1)}  p99 ${cell.p99.toFixed(1)} ms`);
    }
  }
}

try {
  log(`starting the stack (${SIZES[0] ?? 2_000} products)…`);
  stack = await startBenchStack(SIZES[0] ?? 2_000, process.env.BENCH_DATA_DIR);
  workDirs.push(stack.workDir);
  if (SIZES[0]) scalePoints.push({ products: SIZES[0], timings: stack.timings });
  // The targets start while the stack's own gateway creates the carts and warms the delivery estimates
  // (rate-limited), so that no target is warmed by that traffic more than the others.
  const prepared = scenarioRequests(stack.gatewayUrl, allScenarios, VARIABLES).then(async (built) => {
    requests = built;
    if (SCENARIOS.includes('product')) await warmDeliveryEstimates(stack!.gatewayUrl, built.get('product')!);
  });
  targets = await startTargets(stack, ['ours'], { oursEnv: OURS_ENV, profileDir: PROFILE_DIR });
  const plans = Object.fromEntries(await Promise.all(operations(allScenarios).map(async (op) => [op.operationName, await queryPlan(targets.get('ours')!.url, op)])));
  const plansPath = join(stack.workDir, 'plans.json');
  await writeFile(plansPath, JSON.stringify(plans));
  const others = TARGETS.filter((t) => t !== 'ours');
  const [baselines] = await Promise.all([startTargets(stack, others, { plansPath, tunedEnv: TUNED_ENV, profileDir: PROFILE_DIR }), prepared]);
  for (const [name, target] of baselines) targets.set(name, target);
  log(`stack and targets up (${JSON.stringify(stack.timings)} ms); logs in ${stack.workDir}`);
  log(`distinct request bodies per scenario: ${JSON.stringify(distinctRequests())}`);

  const refs = await references(scenarios, others);
  for (const scenario of scenarios) await measure(scenario, TARGETS, levelsOf(scenario), refs.get(scenario.id));

  const category = allScenarios.find((s) => s.id === 'category')!;
  if (SIZES.length && SCENARIOS.includes('category')) {
    // The smallest size is the main run's stack: its category cells serve as the first point.
    for (const cell of cells.filter((c) => c.scenario === 'category' && SCALE_TARGETS.includes(c.target) && SCALE_CONCURRENCY.includes(c.concurrency))) {
      cells.push({ ...cell, products: SIZES[0] });
    }
  }
  for (const products of SCALE_TARGETS.length ? SIZES.slice(1) : []) {
    await stopAll();
    log(`starting the stack with ${products} products (seeding)…`);
    stack = await startBenchStack(products, process.env.BENCH_DATA_DIR);
    workDirs.push(stack.workDir);
    scalePoints.push({ products, timings: stack.timings });
    targets = await startTargets(stack, SCALE_TARGETS, { plansPath, oursEnv: OURS_ENV, profileDir: PROFILE_DIR });
    log(`seeded and up in ${((stack.timings.total ?? 0) / 1000).toFixed(0)} s (${JSON.stringify(stack.timings)} ms)`);
    const refs = await references([category], SCALE_TARGETS.filter((t) => t !== 'ours'));
    await measure(category, SCALE_TARGETS, SCALE_CONCURRENCY, refs.get('category'), products);
  }
} catch (err) {
  console.error(`\nThe bench failed; the targets' logs are in ${workDirs.join(', ')}`);
  throw err;
} finally {
  await stopAll();
}
await Promise.all(workDirs.map((dir) => rm(dir, { recursive: true, force: true })));

const totalSeconds = (performance.now() - started) / 1000;
printCells(scenarios, cells.filter((c) => !c.products), TARGETS, ALL_LEVELS);
printRatios(scenarios, cells.filter((c) => !c.products), TARGETS, ALL_LEVELS);
if (scalePoints.length > 1) printScaling(scalePoints, cells, SCALE_TARGETS, SCALE_CONCURRENCY);
console.log('\nNotes: the floor is a tiny HTTP server executing each query plan (fetched from our gateway) straight against the subgraphs over');
console.log('keep-alive connections — one client hop like every gateway, no parsing, validation, planning or response shaping.');
console.log('fetch/req is what each target counted itself (ours: gateway_subgraph_fetch_duration_seconds_count; it shares identical in-flight');
console.log('fetches). store/req: DynamoDB requests and graph queries of all subgraphs (their /store-calls counters) per request sent, background work included (the orders worker polls its table). cores = target CPU time / wall time of the cell.');

const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '-');
const resultsDir = join(repoRoot, 'bench/results');
await mkdir(resultsDir, { recursive: true });
const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model.trim(), memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageAtEnd: loadavg() },
  settings: { tunedEnv: TUNED_ENV, variables: VARIABLES, distinctRequests: distinctRequests(), seconds: SECONDS, rounds: { oneConnection: roundsAt(1), more: roundsAt(2) }, warmupSeconds: WARMUP_SECONDS, concurrency: CONCURRENCY, targets: TARGETS, scenarios: SCENARIOS, scale: SIZES, oursEnv: OURS_ENV },
  targets: Object.fromEntries(TARGETS.map((t) => [t, TARGET_LABELS[t]])),
  scenarios: scenarios.map(({ id, name, operationName, variables, note }) => ({ id, name, operationName, variables, note })),
  cells,
  scaling: scalePoints,
  totalSeconds: Math.round(totalSeconds),
};
const title = `Supergraph gateways, ${result.date.slice(0, 10)}: ${SECONDS} s per cell, ${result.machine.cpus} × ${result.machine.model}`;
const svg = chartSvg(title, scenarios, cells.filter((c) => !c.products), TARGETS, ALL_LEVELS);
await writeFile(join(resultsDir, `${stamp}.json`), `${JSON.stringify(result, null, 2)}\n`);
await writeFile(join(resultsDir, `${stamp}.svg`), svg);
if (isDefaultRun) await writeFile(join(resultsDir, 'latest.svg'), svg);
console.log(`\nResults: bench/results/${stamp}.json, chart: bench/results/${stamp}.svg${isDefaultRun ? ' (and latest.svg)' : ''}`);
console.log(`Total bench time: ${totalSeconds.toFixed(0)} s`);
