import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxPaymentProvider } from '../src/adapters/payments/SandboxPaymentProvider.js';
import type { SagaStep } from '../src/domain/saga.js';
import { cartWith, checkoutInput, LEASE_MS, orderOf, placeOrder, startOrders, type OrdersHarness } from './harness.js';

let h: OrdersHarness;
beforeAll(async () => {
  h = await startOrders();
});
afterAll(() => h?.close());

type Point = 'afterCall' | 'afterRecord';

/**
 * Starts a worker that dies at `point` of `step` of the order's saga: the hook never returns, as a
 * killed process never runs its next line, and the worker's claim stays until its lease runs out.
 */
async function crashAt(orderId: string, step: SagaStep, point: Point): Promise<boolean> {
  let reached!: () => void;
  const crashed = new Promise<void>((resolve) => (reached = resolve));
  const hang = async (id: string, at: SagaStep) => {
    if (id !== orderId || at !== step) return;
    reached();
    await new Promise<never>(() => undefined);
  };
  const doomed = h.instance(point === 'afterCall' ? { afterCall: hang } : { afterRecord: hang });
  void doomed.worker.drain();
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([crashed.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 30_000)))]);
  clearTimeout(timer);
  return outcome;
}

const FORWARD: SagaStep[] = ['RESERVE_STOCK', 'AUTHORIZE_PAYMENT', 'REQUEST_FULFILLMENT', 'COMMIT_STOCK', 'CAPTURE_PAYMENT', 'CONFIRM'];
const COMPENSATION: SagaStep[] = ['VOID_PAYMENT', 'RELEASE_STOCK', 'FINISH'];

describe('a worker killed in the middle of a saga, and a new worker over the same table', () => {
  describe.each<Point>(['afterRecord', 'afterCall'])('killed %s', (point) => {
    it.each(FORWARD)(`at %s: the order ends CONFIRMED once, with one reservation, one charge and one fulfillment request`, async (step) => {
      const cartId = await cartWith(h, [['SKU-000001-01', 1]]);
      const { id } = await placeOrder(h, checkoutInput(cartId));
      expect(await crashAt(id, step, point)).toBe(true);

      h.clock.advance(LEASE_MS + 1);
      await h.settle(h.instance());

      const order = await orderOf(h, id);
      expect(order!.status).toBe('CONFIRMED');
      expect(h.inventory.effects.count('reserve', id)).toBe(1);
      expect(h.inventory.effects.count('commit', id)).toBe(1);
      expect(h.fulfillment.orders.has(id)).toBe(true);
      const payment = await h.sandbox.payment(SandboxPaymentProvider.authorizationIdFor(`${id}:authorize`));
      expect(payment).toMatchObject({ status: 'CAPTURED', centAmount: 1999 });
      // A step is repeated only when the worker died between its call and its record, and then once.
      const repeats = point === 'afterCall' ? 2 : 1;
      expect(h.inventory.calls.count('reserve', id)).toBe(step === 'RESERVE_STOCK' ? repeats : 1);
      expect(h.payments.calls.count('authorize', id)).toBe(step === 'AUTHORIZE_PAYMENT' ? repeats : 1);
      expect(h.fulfillment.calls.count('create', id)).toBe(step === 'REQUEST_FULFILLMENT' ? repeats : 1);
      expect(h.payments.calls.count('capture', id)).toBe(step === 'CAPTURE_PAYMENT' ? repeats : 1);
      expect(h.published.filter((e) => e.subject === id).map((e) => e.type)).toEqual(['OrderPlaced', 'OrderConfirmed']);
      expect((await h.stores.work.saga(id))?.phase).toBe('idle');
    });

    it.each(COMPENSATION)(`at %s while compensating a refused fulfillment: the order ends FAILED once, payment voided, stock back`, async (step) => {
      h.fulfillment.rejectSkus.add('SKU-000001-02');
      const cartId = await cartWith(h, [['SKU-000001-02', 2]]);
      const before = await h.inventory.available('SKU-000001-02');
      const { id } = await placeOrder(h, checkoutInput(cartId));
      expect(await crashAt(id, step, point)).toBe(true);

      h.clock.advance(LEASE_MS + 1);
      await h.settle(h.instance());

      expect(await orderOf(h, id)).toMatchObject({ status: 'FAILED', failure: { code: 'FULFILLMENT_REJECTED' } });
      expect(await h.inventory.available('SKU-000001-02')).toBe(before);
      expect(h.inventory.effects.count('release', id)).toBe(1);
      const payment = await h.sandbox.payment(SandboxPaymentProvider.authorizationIdFor(`${id}:authorize`));
      expect(payment?.status).toBe('VOIDED');
      expect(h.payments.calls.count('capture', id)).toBe(0);
      expect(h.published.filter((e) => e.subject === id).map((e) => e.type)).toEqual(['OrderPlaced', 'OrderFailed']);
      expect((await h.stores.work.saga(id))?.phase).toBe('done');
      h.fulfillment.rejectSkus.clear();
    });
  });

  it('a worker whose lease ran out and was taken over cannot record over the new holder', async () => {
    const cartId = await cartWith(h, [['SKU-000002-01', 1]]);
    const { id } = await placeOrder(h, checkoutInput(cartId));
    let resume!: () => void;
    let reached!: () => void;
    const atStep = new Promise<void>((resolve) => (reached = resolve));
    const slow = h.instance({
      afterCall: async (orderId, step) => {
        if (orderId !== id || step !== 'AUTHORIZE_PAYMENT') return;
        reached();
        await new Promise<void>((resolve) => (resume = resolve));
      },
    });
    const slowRun = slow.worker.drain();
    await atStep;
    h.clock.advance(LEASE_MS + 1);
    await h.settle(h.instance());
    expect((await orderOf(h, id))!.status).toBe('CONFIRMED');
    const saga = await h.stores.work.saga(id);
    resume();
    await slowRun;
    // The slow worker's write was fenced out: the saga is exactly as the new holder left it.
    expect(await h.stores.work.saga(id)).toEqual(saga);
    expect((await orderOf(h, id))!.status).toBe('CONFIRMED');
  });
});
