import { createLogger } from '@commerce/lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './cli.js';
import { startSimulator, type Simulator } from './index.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock: 'manual', start: new Date('2026-03-02T09:00:00.000Z'), logger: createLogger('sim', 'silent') });
});
afterAll(() => sim?.close());

describe('the simulator CLI', () => {
  it('advances the simulator clock', async () => {
    const answer = await main(['advance', '1d'], { SIMULATOR_URL: sim.url });
    expect(answer).toEqual({ now: '2026-03-03T09:00:00.000Z', advancedMs: 86_400_000, notifications: 0 });
    expect(sim.clock.now()).toBe(Date.parse('2026-03-03T09:00:00.000Z'));
  });

  it('switches outages and stock, and injects faults', async () => {
    await main(['outage', 'on'], { SIMULATOR_URL: sim.url });
    expect(sim.controls.outage).toBe(true);
    await main(['outage', 'off'], { SIMULATOR_URL: sim.url });
    await main(['stock', 'SKU-1', 'out'], { SIMULATOR_URL: sim.url });
    expect(sim.network.inStock('SKU-1')).toBe(false);
    await main(['fail', 'getFulfillmentOrder', '503', '2'], { SIMULATOR_URL: sim.url });
    expect(sim.controls.faults).toEqual([{ operation: 'getFulfillmentOrder', status: 503, remaining: 2 }]);
  });

  it('says what is wrong', async () => {
    await expect(main(['advance', 'soon'], { SIMULATOR_URL: sim.url })).rejects.toThrow(/Invalid duration "soon"/);
    await expect(main(['dance'], { SIMULATOR_URL: sim.url })).rejects.toThrow(/usage: simulator advance/);
    await expect(main(['status'], { SIMULATOR_URL: 'http://127.0.0.1:9' })).rejects.toThrow(/No SP-API simulator answers at http:\/\/127.0.0.1:9/);
  });
});
