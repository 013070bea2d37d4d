import type { Clock } from '../ports/Clock.js';
import type { ReservationStore } from '../ports/ReservationStore.js';
import type { Reservations } from './reservations.js';

/**
 * Returns the stock of holds past their expiry. Each expiry is a conditional transaction on the hold
 * still being HELD, so sweeps running side by side (or a release racing one) return the units once.
 */
export class ExpirySweep {
  constructor(
    private readonly store: ReservationStore,
    private readonly reservations: Reservations,
    private readonly clock: Clock,
    private readonly batch: number,
  ) {}

  async run(): Promise<{ due: number; expired: number }> {
    const due = await this.store.dueExpiries(new Date(this.clock.now()).toISOString(), this.batch);
    let expired = 0;
    for (const orderId of due) if (await this.reservations.expire(orderId)) expired++;
    return { due: due.length, expired };
  }
}
