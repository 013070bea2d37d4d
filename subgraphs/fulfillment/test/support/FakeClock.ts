import type { Clock } from '../../src/ports/Clock.js';

/** A clock that moves only when a test advances it; sleepers wake in time order as it passes them. */
export class FakeClock implements Clock {
  private timers: { at: number; resolve: () => void }[] = [];

  constructor(private current = Date.parse('2026-03-02T09:00:00.000Z')) {}

  now(): number {
    return this.current;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.timers.push({ at: this.current + Math.max(0, ms), resolve }));
  }

  /** Sleepers currently waiting. */
  get sleepers(): number {
    return this.timers.length;
  }

  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > target) break;
      this.timers.shift();
      this.current = next.at;
      next.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.current = target;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
