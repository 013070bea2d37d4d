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

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        let claimed = 0;
        this.nudged = false;
        try {
          claimed = await this.runOnce();
        } catch (err) {
          this.logger.warn({ err }, 'worker round failed; trying again');
        }
        if (claimed < this.settings.batchSize && !this.nudged && this.running) await this.pause();
      }
    })();
  }

  /** Lets the current round finish. */
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
