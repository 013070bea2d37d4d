import { upstreamUnavailable, type Logger } from '@commerce/lib';
import type { Allocation, ReservationModel, SkuShortage, StockShortageModel } from '../domain/models.js';
import { planAllocations } from '../domain/pickWarehouses.js';
import type { ReserveCommand } from '../domain/reservationInput.js';
import type { WarehouseRegistry } from '../domain/warehouses.js';
import type { Clock } from '../ports/Clock.js';
import type { ReservationStore, Settlement } from '../ports/ReservationStore.js';
import type { StockStore } from '../ports/StockStore.js';
import type { StockEvents } from './stockEvents.js';

export interface ReservationSettings {
  /** Attempts when concurrent writers keep invalidating the plan, before giving up honestly. */
  maxAttempts: number;
  backoffBaseMs: number;
}

export type ReserveResult = ReservationModel | StockShortageModel;

const iso = (ms: number) => new Date(ms).toISOString();
const STORE = 'inventory store';

/**
 * The orders service's stock holds. A reservation is planned from a consistent read, then written as
 * one transaction whose conditional decrements make overselling impossible whatever the plan assumed:
 * when stock moved in between, the transaction is refused as a whole and we re-read and re-plan.
 */
export class Reservations {
  constructor(
    private readonly stock: StockStore,
    private readonly store: ReservationStore,
    private readonly warehouses: WarehouseRegistry,
    private readonly events: StockEvents,
    private readonly clock: Clock,
    private readonly settings: ReservationSettings,
    private readonly logger: Logger,
  ) {}

  async reserve(command: ReserveCommand): Promise<ReserveResult> {
    const existing = await this.store.reservation(command.orderId);
    if (existing) return existing;
    for (let attempt = 1; attempt <= this.settings.maxAttempts; attempt++) {
      const plan = await this.plan(command);
      if (plan.kind === 'shortage') return shortage(plan.shortages);
      const now = this.clock.now();
      const reservation: ReservationModel = {
        orderId: command.orderId,
        status: 'HELD',
        createdAt: iso(now),
        expiresAt: iso(now + command.holdSeconds * 1000),
        settledAt: null,
        allocations: plan.allocations,
      };
      const outcome = await this.store.create(reservation);
      if (outcome.kind === 'created') {
        await this.publishCrossings(reservation.allocations, -1);
        return reservation;
      }
      if (outcome.kind === 'exists') {
        const winner = await this.store.reservation(command.orderId);
        if (winner) return winner;
      }
      // stock_changed re-plans at once; a conflict waits a little for the other writer to finish.
      if (outcome.kind === 'conflict') await this.backoff(attempt);
    }
    // Still contended after every attempt: the re-read decides between a real shortage and "try again".
    const plan = await this.plan(command);
    if (plan.kind === 'shortage') return shortage(plan.shortages);
    this.logger.warn({ orderId: command.orderId, attempts: this.settings.maxAttempts }, 'reservation gave up under contention');
    throw upstreamUnavailable(
      STORE,
      `The stock of ${[...command.lines.keys()].join(', ')} changed under every one of ${this.settings.maxAttempts} attempts; nothing was reserved. Retry with the same orderId.`,
    );
  }

  async release(orderId: string): Promise<ReservationModel | null> {
    return (await this.settle(orderId, 'RELEASED')).reservation;
  }

  /** HELD → COMMITTED; a hold already past its expiry expires instead (the stock has gone back). */
  async commit(orderId: string): Promise<ReservationModel | null> {
    return (await this.settle(orderId, 'COMMITTED')).reservation;
  }

  /** Returns the stock of a HELD reservation past its expiry; true when this call did it. */
  async expire(orderId: string): Promise<boolean> {
    return (await this.settle(orderId, 'EXPIRED')).settled;
  }

  private async settle(orderId: string, wanted: Settlement): Promise<{ reservation: ReservationModel | null; settled: boolean }> {
    for (let attempt = 1; attempt <= this.settings.maxAttempts; attempt++) {
      const reservation = await this.store.reservation(orderId);
      if (!reservation || reservation.status !== 'HELD') return { reservation, settled: false };
      const now = iso(this.clock.now());
      const expired = reservation.expiresAt <= now;
      if (wanted === 'EXPIRED' && !expired) return { reservation, settled: false };
      const to: Settlement = wanted === 'COMMITTED' && expired ? 'EXPIRED' : wanted;
      const outcome = await this.store.settle(reservation, to, now);
      if (outcome.kind === 'settled') {
        if (to !== 'COMMITTED') await this.publishCrossings(reservation.allocations, +1);
        return { reservation: { ...reservation, status: to, settledAt: now }, settled: true };
      }
      // not_held: another call settled it first (the next read shows how); conflict: wait, then re-read.
      if (outcome.kind === 'conflict') await this.backoff(attempt);
    }
    throw upstreamUnavailable(STORE, `Reservation ${orderId} could not be updated after ${this.settings.maxAttempts} attempts; retry.`);
  }

  private async plan(command: ReserveCommand) {
    const stock = await this.stock.stockBySkus([...command.lines.keys()], { consistent: true });
    return planAllocations(command.lines, stock, this.warehouses.all, command.destination);
  }

  /**
   * StockChanged for warehouses this change took to or from zero. Reads back the SKUs once: a
   * concurrent change in between can make a crossing show twice, which consumers tolerate (they keep
   * the latest availability); it never hides one.
   */
  private async publishCrossings(allocations: readonly Allocation[], sign: 1 | -1): Promise<void> {
    const now = await this.stock.stockBySkus(allocations.map((a) => a.sku), { consistent: true });
    const changes = allocations.map(({ sku, warehouseId, quantity }) => {
      const after = now.get(sku)?.warehouses.find((w) => w.warehouseId === warehouseId)?.available ?? 0;
      return { sku, warehouseId, before: after - sign * quantity, after };
    });
    await this.events.publishCrossings(changes);
  }

  private backoff(attempt: number): Promise<void> {
    const ms = Math.min(1000, this.settings.backoffBaseMs * 2 ** (attempt - 1)) * (0.5 + Math.random());
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}

function shortage(shortages: SkuShortage[]): StockShortageModel {
  const list = shortages.map((s) => `${s.sku} (requested ${s.requested}, available ${s.available})`).join(', ');
  return { kind: 'shortage', code: 'INSUFFICIENT_STOCK', message: `Not enough stock of ${list}.`, shortages };
}
