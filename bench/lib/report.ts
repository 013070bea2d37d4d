import type { Scenario } from '../scenarios.js';
import type { Cell } from './cell.js';
import { TARGET_LABELS, type TargetName } from './targets.js';

const num = (value: number, digits = 1, width = 7) => (Number.isFinite(value) ? value.toFixed(digits) : '—').padStart(width);
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '—').padStart(7);

export function find(cells: Cell[], scenario: string, target: TargetName, concurrency: number, products?: number): Cell | undefined {
  return cells.find((c) => c.scenario === scenario && c.target === target && c.concurrency === concurrency && c.products === products);
}

export function printCells(scenarios: Scenario[], cells: Cell[], targets: TargetName[], concurrency: number[]): void {
  const width = Math.max(28, ...targets.map((t) => TARGET_LABELS[t].length + 1));
  for (const scenario of scenarios) {
    console.log(`\n${scenario.name} — ${scenario.note}`);
    console.log(`  conc  ${'target'.padEnd(width)}    rps     p50     p95     p99  non2xx gqlerr  fetch/req  store/req  cpu ms/req  cores  peak MiB`);
    for (const c of concurrency) {
      for (const target of targets) {
        const cell = find(cells, scenario.id, target, c);
        if (!cell) continue;
        const flag = cell.sampleFailures.length ? `  ! ${cell.sampleFailures[0]}` : '';
        console.log(
          `  ${String(c).padStart(4)}  ${TARGET_LABELS[target].padEnd(width)}${num(cell.rps, 0, 7)} ${num(cell.p50, 1)} ${num(cell.p95, 1)} ${num(cell.p99, 1)}` +
            ` ${String(cell.non2xx + cell.socketErrors).padStart(7)} ${String(cell.graphqlErrors).padStart(6)}` +
            ` ${num(cell.fetchesPerRequest, 2, 10)} ${num(cell.storeCallsPerRequest, 2, 10)} ${num(cell.cpuMsPerRequest, 2, 11)} ${num(cell.cpuCores, 2, 6)} ${num(cell.peakRssMiB, 0, 9)}${flag}`,
        );
      }
    }
  }
}

export function printRatios(scenarios: Scenario[], cells: Cell[], targets: TargetName[], concurrency: number[]): void {
  const baselines = targets.filter((t) => t !== 'ours');
  console.log('\nOur gateway / each baseline, same run, same machine: rps × above 1 and p99 × and cpu × below 1 favour ours');
  const byRound = baselines.includes('apollo') ? ' | rps × vs Apollo' : '';
  console.log(`  ${''.padEnd(20)}      ` + baselines.map((b) => `| ${`vs ${TARGET_LABELS[b]}`.slice(0, 24).padEnd(24)}`).join(' ') + '| ours − floor' + byRound);
  console.log(`  ${'scenario'.padEnd(20)} conc ` + baselines.map(() => `|   rps ×   p99 ×   cpu ×`).join(' ') + '|   p50 ms' + (byRound ? ' | round by round' : ''));
  for (const scenario of scenarios) {
    for (const c of concurrency) {
      const ours = find(cells, scenario.id, 'ours', c);
      if (!ours) continue;
      const parts = baselines.map((b) => {
        const base = find(cells, scenario.id, b, c);
        return `| ${ratio(ours.rps, base?.rps)} ${ratio(ours.p99, base?.p99)} ${ratio(ours.cpuMsPerRequest, base?.cpuMsPerRequest)}`;
      });
      const floor = find(cells, scenario.id, 'floor', c);
      const overhead = floor ? (ours.p50 - floor.p50).toFixed(1) : '—';
      const apollo = byRound && find(cells, scenario.id, 'apollo', c);
      const rounds = apollo ? ` | ${roundRatios(ours, apollo)}` : '';
      console.log(`  ${scenario.name.padEnd(20)} ${String(c).padStart(4)} ${parts.join(' ')}| ${overhead.padStart(8)}${rounds}`);
    }
  }
}

/**
 * Ours / Apollo in each round: the rounds of a cell ran side by side (A B … B A), so how far these
 * spread shows how much of the pooled ratio is the run's own noise.
 */
function roundRatios(ours: Cell, base: Cell): string {
  return ours.roundRps.map((rps, i) => (base.roundRps[i] ? (rps / base.roundRps[i]!).toFixed(2) : '—')).join(' ');
}

export interface ScalePoint {
  products: number;
  /** Stack start-up with seeding, ms (catalog seed, recommendations seed, total). */
  timings: Record<string, number>;
}

export function printScaling(points: ScalePoint[], cells: Cell[], targets: TargetName[], concurrency: number[]): void {
  console.log('\nCategory page (48) against catalog size');
  const header = targets.flatMap((t) => concurrency.map((c) => `${t} c${c} p50/p99 rps`.padEnd(24)));
  console.log(`  ${'products'.padStart(8)}  ${'seed catalog + recs'.padEnd(20)} ${header.join(' ')}`);
  const base = points[0];
  for (const point of points) {
    const seed = `${((point.timings.seedCatalog ?? 0) / 1000).toFixed(0)} s + ${((point.timings.seedRecommendations ?? 0) / 1000).toFixed(0)} s`;
    const values = targets.flatMap((t) =>
      concurrency.map((c) => {
        const cell = find(cells, 'category', t, c, point.products);
        if (!cell) return '—'.padEnd(24);
        const first = base && find(cells, 'category', t, c, base.products);
        const growth = first && point !== base ? ` ×${(cell.p50 / first.p50).toFixed(1)}` : '';
        return `${cell.p50.toFixed(1)}/${cell.p99.toFixed(1)} ${cell.rps.toFixed(0)}${growth}`.padEnd(24);
      }),
    );
    console.log(`  ${String(point.products).padStart(8)}  ${seed.padEnd(20)} ${values.join(' ')}`);
  }
}
