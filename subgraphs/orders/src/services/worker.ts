import type { Logger } from '@commerce/lib';
import type { Clock } from '../ports/Clock.js';
import type { WorkItem, WorkStore } from '../ports/OrderStore.js';
import type { OutboxRelay } from './outboxRelay.js';
import type { SagaRunner } from './saga/SagaRunner.js';

export interface WorkerSettings {
  /** Items claimed per round. */
  batchSize: number;
  /** How long a claim lasts; a worker that dies holding one frees it after this. */
  leaseMs: number;
  /** Pause between rounds when there was nothing to do. */
  pollIntervalMs: number;
}

/**
 * The orders service's background worker: claims due saga and outbox items (a lease each), runs them
 * concurrently, and claims again. Any number of workers (processes, replicas) may share the table.
 */
export class Worker {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  /** Set when new work was announced during a round: the next round starts without a pause. */
  private nudged = false;

  constructor(
    private readonly work: WorkStore,
    private readonly sagas: SagaRunner,
    private readonly outbox: OutboxRelay,
    private readonly clock: Clock,
    private readonly settings: WorkerSettings,
    private readonly logger: Logger,
  ) {}

  /** One round: claims what is due now and runs it. Returns how many items it claimed. */
  async runOnce(): Promise<number> {
    const items = await this.work.claimDue(this.clock.now(), this.settings.batchSize, this.settings.leaseMs);
    await Promise.all(items.map((item) => this.process(item)));
    return items.length;
  }

  /** Rounds until nothing is due (tests and benches). */
  async drain(maxRounds = 10_000): Promise<void> {
    for (let round = 0; round < maxRounds; round++) if ((await this.runOnce()) === 0) return;
    throw new Error(`Work still due after ${maxRounds} rounds`);
  }

  /**
   * Runs in the background until `stop()`: keeps up to `batchSize` items in flight and claims more as
   * slots free up, so one slow saga does not hold back the others. Sleeps for the poll interval when
   * nothing is due, unless nudged or a slot frees up first.
   */
  start(): void {
    if (this.running) return;
    this.running = true;
    const inFlight = new Set<Promise<void>>();
    this.loop = (async () => {
      while (this.running) {
        const free = this.settings.batchSize - inFlight.size;
        let claimed = 0;
        this.nudged = false;
        if (free > 0) {
          try {
            const items = await this.work.claimDue(this.clock.now(), free, this.settings.leaseMs);
            claimed = items.length;
            for (const item of items) {
              const running: Promise<void> = this.process(item).finally(() => {
                inFlight.delete(running);
                this.wake?.();
              });
              inFlight.add(running);
            }
          } catch (err) {
            this.logger.warn({ err }, 'claiming due work failed; trying again');
          }
        }
        // Claim again at once while work keeps coming; otherwise wait for a slot, a nudge or the poll.
        if ((claimed === 0 || inFlight.size >= this.settings.batchSize) && !this.nudged && this.running) await this.pause();
      }
      await Promise.all(inFlight);
    })();
  }

  /** Stops claiming and waits for the items in flight. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** New work was written here: look now rather than at the next poll. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.settings.pollIntervalMs);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wake = null;
        resolve();
      }
      this.wake = done;
    });
  }

  private async process(item: WorkItem): Promise<void> {
    try {
      if (item.kind === 'saga') await this.sagas.run(item.saga);
      else await this.outbox.run(item.record);
    } catch (err) {
      // Its lease runs out and another round picks it up again.
      this.logger.error({ err, item: item.kind === 'saga' ? item.saga.orderId : item.record.event.id }, 'work item failed unexpectedly');
    }
  }
}
