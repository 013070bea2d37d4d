import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../http/listen.js';
import { createLogger } from '../logger.js';
import { principalHeaders } from '../trust/principal.js';
import { createEvent, type EventEnvelope } from './envelope.js';
import { eventsReceiver } from './eventsReceiver.js';
import { EventDeliveryError, HttpEventBus } from './httpEventBus.js';

const routerSecret = 'a-router-secret-for-event-bus-tests';
const logger = createLogger('events-test', 'silent');

/** A consumer service: its own HttpEventBus receives through `/events` and runs the subscribed handler. */
const consumer = new HttpEventBus({ service: 'consumer', routerSecret, subscriptions: [] });
const received: EventEnvelope[] = [];
let failuresToInject = 0;
consumer.subscribe('OrderConfirmed', async (event) => {
  if (failuresToInject > 0) {
    failuresToInject--;
    throw new Error('store down');
  }
  received.push(event);
});
let server: Listening;
let url: string;

beforeAll(async () => {
  const app = express();
  app.use('/events', eventsReceiver({ routerSecret, deliver: (events) => consumer.deliver(events), logger }));
  server = await listen(app, 0);
  url = `${server.url}/events`;
});
afterAll(async () => server.close());

const producer = (overrides: Partial<ConstructorParameters<typeof HttpEventBus>[0]> = {}) =>
  new HttpEventBus({ service: 'orders', routerSecret, subscriptions: [{ type: 'OrderConfirmed', url }], backoffBaseMs: 1, ...overrides });

describe('HttpEventBus', () => {
  it('pushes subscribed event types to the consumer, signed as the producing service', async () => {
    received.length = 0;
    const confirmed = createEvent('OrderConfirmed', 'orders', { orderId: 'o-1' });
    await producer().publish([confirmed, createEvent('OrderPlaced', 'orders', { orderId: 'o-1' })]);
    expect(received.map((e) => e.id)).toEqual([confirmed.id]);
  });

  it('retries while the consumer answers 503 and succeeds once it recovers', async () => {
    received.length = 0;
    failuresToInject = 2;
    await producer().publish([createEvent('OrderConfirmed', 'orders', { orderId: 'o-2' })]);
    expect(received).toHaveLength(1);
  });

  it('throws after its attempts so the outbox keeps the events', async () => {
    failuresToInject = 10;
    const attempt = producer({ maxAttempts: 2 }).publish([createEvent('OrderConfirmed', 'orders', { orderId: 'o-3' })]);
    await expect(attempt).rejects.toBeInstanceOf(EventDeliveryError);
    failuresToInject = 0;
  });

  it('fails at once when the consumer refuses the caller', async () => {
    const wrongSecret = producer({ routerSecret: 'another-secret-that-is-long-enough!!', maxAttempts: 5, backoffBaseMs: 10_000 });
    await expect(wrongSecret.publish([createEvent('OrderConfirmed', 'orders', {})])).rejects.toThrow(/HTTP 401/);
  });

  it('refuses pushes from non-service principals and bodies that are not envelopes', async () => {
    const customer = principalHeaders({ kind: 'customer', id: 'cust-1', scopes: [], requestId: 'r' }, routerSecret);
    const asCustomer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...customer }, body: '[]' });
    expect(asCustomer.status).toBe(403);
    const service = principalHeaders({ kind: 'service', id: 'orders', scopes: [], requestId: 'r' }, routerSecret);
    const junk = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...service }, body: JSON.stringify([{ hello: 1 }]) });
    expect(junk.status).toBe(400);
    expect(((await junk.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  });
});
