import type { Clock } from '../../src/ports/Clock.js';

/** Business time that moves only when a test says so: leases and retry delays without waiting. */
export class ManualClock implements Clock {
  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
