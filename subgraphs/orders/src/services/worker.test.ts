import { createLogger } from '@commerce/lib';
import { describe, expect, it } from 'vitest';
import type { WorkItem, WorkStore } from '../ports/OrderStore.js';
import type { OutboxRelay } from './outboxRelay.js';
import type { SagaRunner } from './saga/SagaRunner.js';
import { Worker } from './worker.js';

const saga = (orderId: string) => ({ kind: 'saga', saga: { orderId } }) as unknown as WorkItem;

/** A store that hands out queued items and records when it was asked. */
function fakeStore(queue: WorkItem[][]) {
  const asked: number[] = [];
  const store = { claimDue: async () => (asked.push(Date.now()), queue.shift() ?? []) } as unknown as WorkStore;
  return { store, asked };
}

describe('the worker loop', () => {
  it('runs claimed items, and a nudge during a round starts the next round without waiting for the poll', async () => {
    const ran: string[] = [];
    let worker!: Worker;
    const sagas = { run: async (s: { orderId: string }) => (ran.push(s.orderId), s.orderId === 'a' && worker.nudge()) } as unknown as SagaRunner;
    const { store, asked } = fakeStore([[saga('a')], [saga('b')]]);
    worker = new Worker(store, sagas, {} as OutboxRelay, { now: () => 0 }, { batchSize: 10, leaseMs: 1000, pollIntervalMs: 60_000 }, createLogger('test', 'silent'));
    worker.start();
    for (let i = 0; i < 100 && ran.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await worker.stop();
    expect(ran).toEqual(['a', 'b']);
    expect(asked.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps going when an item throws (its lease brings it back later)', async () => {
    const sagas = { run: async () => Promise.reject(new Error('boom')) } as unknown as SagaRunner;
    const { store } = fakeStore([[saga('a'), saga('b')]]);
    const worker = new Worker(store, sagas, {} as OutboxRelay, { now: () => 0 }, { batchSize: 10, leaseMs: 1000, pollIntervalMs: 10 }, createLogger('test', 'silent'));
    expect(await worker.runOnce()).toBe(2);
    expect(await worker.runOnce()).toBe(0);
  });

  it('keeps claiming while a slow item is still running', async () => {
    const ran: string[] = [];
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const sagas = { run: async (s: { orderId: string }) => (ran.push(s.orderId), s.orderId === 'slow' ? slow : undefined) } as unknown as SagaRunner;
    const { store } = fakeStore([[saga('slow')], [saga('quick')]]);
    const worker = new Worker(store, sagas, {} as OutboxRelay, { now: () => 0 }, { batchSize: 10, leaseMs: 1000, pollIntervalMs: 60_000 }, createLogger('test', 'silent'));
    worker.start();
    for (let i = 0; i < 100 && !ran.includes('quick'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ran).toEqual(['slow', 'quick']);
    release();
    await worker.stop();
  });
});
