/**
 * Every scenario at one connection, request by request in turn across the targets (ours, Apollo
 * Gateway, Hive Gateway, the floor; each round in the reverse order of the one before), with each
 * target's CPU per request from /proc. `npm run bench` alternates drives of one second; here the turn
 * is one request, so the subgraphs' drift and their background work (syncs, sweeps, LevelDB
 * compaction) fall on every target alike, and a lead of a few percent is measurable.
 *
 *   node --import tsx bench/one-connection.ts      (BENCH_REQUESTS=1000 per target and scenario,
 *   BENCH_TARGETS=ours,apollo,hive,floor, BENCH_SCENARIOS and BENCH_TUNED_ENV as for npm run bench)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { request } from 'undici';
import { isFailedBody, quantile, type FlowContext, type Requests } from './lib/load.js';
import { startBenchStack, startTargets, TARGET_LABELS, type TargetName } from './lib/targets.js';
import { scenarioRequests } from './lib/variables.js';
import { queryPlan } from './lib/verify.js';
import { operations, scenarios as allScenarios } from './scenarios.js';

const list = (name: string, fallback: string) => (process.env[name] ?? fallback).split(',').map((s) => s.trim()).filter(Boolean);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const WARMUP = 100;
const names = list('BENCH_TARGETS', 'ours,apollo,hive,floor') as TargetName[];
// `tuned`: a second instance of our gateway with these settings (BENCH_TUNED_ENV=NAME=value,…), as in run.ts.
const tunedEnv = Object.fromEntries(list('BENCH_TUNED_ENV', '').map((pair) => pair.split('=') as [string, string]));
if (names.includes('tuned')) TARGET_LABELS.tuned = `our gateway + ${list('BENCH_TUNED_ENV', '').join(' ')}`;
const scenarios = allScenarios.filter((s) => list('BENCH_SCENARIOS', allScenarios.map((a) => a.id).join(',')).includes(s.id));
if (!names.includes('ours')) throw new Error('BENCH_TARGETS must include ours: the query plans come from it');

const stack = await startBenchStack(2_000);
const targets = await startTargets(stack, ['ours']);
try {
  const plansPath = join(stack.workDir, 'plans.json');
  await writeFile(plansPath, JSON.stringify(Object.fromEntries(await Promise.all(operations(allScenarios).map(async (op) => [op.operationName, await queryPlan(targets.get('ours')!.url, op)])))));
  for (const [name, target] of await startTargets(stack, names.filter((n) => n !== 'ours'), { plansPath, tunedEnv })) targets.set(name, target);
  const requests = await scenarioRequests(stack.gatewayUrl, scenarios, 'distinct');

  /** User and system CPU of a process so far, ms (clock ticks of 10 ms). */
  const cpu = async (name: TargetName) => {
    const fields = (await readFile(`/proc/${targets.get(name)!.child.pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  const send = async (name: TargetName, body: string) => {
    const started = performance.now();
    const res = await request(targets.get(name)!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.body.text();
    if (res.statusCode !== 200 || isFailedBody(text)) throw new Error(`${TARGET_LABELS[name]}: HTTP ${res.statusCode} ${text.slice(0, 200)}`);
    return { ms: performance.now() - started, text };
  };
  // The i-th request of a scenario: the next body of its rotation, or the next step of its flow (one
  // shopper per target, each walking through the steps at the same pace).
  const contexts = new Map<TargetName, FlowContext>();
  const sendNext = async (name: TargetName, load: Requests, i: number) => {
    if ('bodies' in load) return (await send(name, load.bodies[i % load.bodies.length]!)).ms;
    const step = load.flow[i % load.flow.length]!;
    if (i % load.flow.length === 0) contexts.set(name, {});
    const context = contexts.get(name)!;
    const { ms, text } = await send(name, step.body(context));
    step.keep?.((JSON.parse(text) as { data: Record<string, unknown> }).data, context);
    return ms;
  };

  console.log(`${REQUESTS} requests per target and scenario, one at a time, in turn; ms`);
  console.log(`${'scenario'.padEnd(20)} ${'target'.padEnd(28)} ${'p50'.padStart(7)} ${'mean'.padStart(7)} ${'p99'.padStart(7)} ${'cpu/req'.padStart(8)}  mean ÷ Apollo's`);
  for (const scenario of scenarios) {
    const load = requests.get(scenario.id)!;
    for (let i = 0; i < WARMUP; i++) for (const name of names) await sendNext(name, load, i);
    const cpuBefore = new Map(await Promise.all(names.map(async (name) => [name, await cpu(name)] as const)));
    const latencies = new Map(names.map((name) => [name, [] as number[]]));
    for (let i = 0; i < REQUESTS; i++) {
      for (const name of i % 2 === 0 ? names : [...names].reverse()) latencies.get(name)!.push(await sendNext(name, load, WARMUP + i));
    }
    const mean = (name: TargetName) => latencies.get(name)!.reduce((sum, ms) => sum + ms, 0) / REQUESTS;
    for (const name of names) {
      const sorted = latencies.get(name)!.sort((a, b) => a - b);
      const cpuPerRequest = ((await cpu(name)) - cpuBefore.get(name)!) / REQUESTS;
      const versus = names.includes('apollo') ? `${(mean(name) / mean('apollo')).toFixed(3)}×` : '';
      console.log(
        `${scenario.name.padEnd(20)} ${TARGET_LABELS[name].padEnd(28)} ${quantile(sorted, 0.5).toFixed(2).padStart(7)} ${mean(name).toFixed(2).padStart(7)} ${quantile(sorted, 0.99).toFixed(2).padStart(7)} ${cpuPerRequest.toFixed(2).padStart(8)}  ${versus}`,
      );
    }
  }
} finally {
  await Promise.all([...targets.values()].map((target) => target.stop()));
  await stack.stop();
}
