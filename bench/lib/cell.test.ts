import { describe, expect, it } from 'vitest';
import { settle } from './cell.js';
import type { TargetCounters, TargetProcess } from './processes.js';

/** A target whose counters follow a script of [fetches, answered]: one per read, the last one repeated. */
function scripted(readings: [number, number][]): TargetProcess & { reads: number } {
  const at = (i: number): TargetCounters => {
    const [fetches, answered] = readings[Math.min(i, readings.length - 1)]!;
    return { fetches, answered };
  };
  const target = { reads: 0, counters: async () => at(target.reads++) };
  return target as unknown as TargetProcess & { reads: number };
}

describe('settle', () => {
  it('returns as soon as every request sent has been answered', async () => {
    const target = scripted([[10, 5], [14, 7], [15, 8], [15, 8]]);
    const started = performance.now();
    expect(await settle(target, 8, 800)).toEqual({ fetches: 15, answered: 8 });
    expect(target.reads).toBe(3);
    expect(performance.now() - started).toBeLessThan(400);
  });

  it('waits for a backlog that keeps moving, and gives up on answers that never come once nothing moves', async () => {
    // Two requests the load generator cut off never arrive: 8 of 10 answered, then nothing moves.
    const target = scripted([[10, 5], [12, 6], [13, 7], [14, 8]]);
    const started = performance.now();
    expect(await settle(target, 10, 300)).toEqual({ fetches: 14, answered: 8 });
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(300 + 3 * 50 - 20);
    expect(waited).toBeLessThan(2000);
  });
});
