/**
 * The simulator's notion of now. `manual` starts at a fixed instant and moves only when advanced
 * (tests); `running` follows the wall clock plus everything advanced so far (a person at the CLI).
 */
export class SimulatorClock {
  private offsetMs = 0;
  private readonly startedAt: number;

  constructor(
    readonly mode: 'manual' | 'running',
    start: number = Date.now(),
  ) {
    this.startedAt = mode === 'manual' ? start : Date.now();
    this.offsetMs = mode === 'manual' ? 0 : start - this.startedAt;
  }

  now(): number {
    return (this.mode === 'manual' ? this.startedAt : Date.now()) + this.offsetMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`The simulator clock only moves forward (got ${ms} ms).`);
    this.offsetMs += ms;
  }
}
