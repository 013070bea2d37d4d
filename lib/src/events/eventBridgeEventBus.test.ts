import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createEvent, type EventEnvelope } from './envelope.js';
import { EventBridgeEventBus, EventPublishError } from './eventBridgeEventBus.js';
import { readEventBusConfig } from './eventBusConfig.js';
import { SqsEventConsumer } from './sqsEventConsumer.js';

const events = (n: number) => Array.from({ length: n }, (_, i) => createEvent('OrderPlaced', 'orders', { orderId: `o-${i}` }));

describe('EventBridgeEventBus', () => {
  it('sends at most 10 entries per PutEvents, with the whole envelope as detail', async () => {
    const eventBridge = mockClient(EventBridgeClient);
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [] });
    const sent = events(23);
    await new EventBridgeEventBus(new EventBridgeClient({ region: 'us-east-1' }), { busName: 'commerce' }).publish(sent);
    const calls = eventBridge.commandCalls(PutEventsCommand);
    expect(calls.map((c) => c.args[0].input.Entries!.length)).toEqual([10, 10, 3]);
    const first = calls[0]!.args[0].input.Entries![0]!;
    expect(first).toMatchObject({ EventBusName: 'commerce', Source: 'commerce.orders', DetailType: 'OrderPlaced' });
    expect(JSON.parse(first.Detail!)).toEqual(sent[0]);
  });

  it('retries only the entries EventBridge rejected and throws when they keep failing', async () => {
    const eventBridge = mockClient(EventBridgeClient);
    eventBridge
      .on(PutEventsCommand)
      .resolvesOnce({ FailedEntryCount: 1, Entries: [{ EventId: 'a' }, { ErrorCode: 'ThrottlingException' }] })
      .resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure' }] });
    const bus = new EventBridgeEventBus(new EventBridgeClient({ region: 'us-east-1' }), { busName: 'commerce', maxAttempts: 2 });
    const sent = events(2);
    await expect(bus.publish(sent)).rejects.toBeInstanceOf(EventPublishError);
    const retried = eventBridge.commandCalls(PutEventsCommand)[1]!.args[0].input.Entries!;
    expect(retried.map((e) => JSON.parse(e.Detail!).id)).toEqual([sent[1]!.id]);
  });
});

describe('SqsEventConsumer', () => {
  it('deletes a message only after its handlers succeeded', async () => {
    const sqs = mockClient(SQSClient);
    const ok = createEvent('OrderConfirmed', 'orders', { orderId: 'o-1' });
    const failing = createEvent('OrderConfirmed', 'orders', { orderId: 'o-2' });
    sqs.on(ReceiveMessageCommand).resolves({
      Messages: [
        { MessageId: '1', ReceiptHandle: 'r1', Body: JSON.stringify({ 'detail-type': 'OrderConfirmed', source: 'commerce.orders', detail: ok }) },
        { MessageId: '2', ReceiptHandle: 'r2', Body: JSON.stringify({ 'detail-type': 'OrderConfirmed', source: 'commerce.orders', detail: failing }) },
        { MessageId: '3', ReceiptHandle: 'r3', Body: 'not json' },
      ],
    });
    sqs.on(DeleteMessageCommand).resolves({});
    const seen: EventEnvelope[] = [];
    const consumer = new SqsEventConsumer(new SQSClient({ region: 'us-east-1' }), {
      queueUrl: 'https://sqs.us-east-1.amazonaws.com/1/orders',
      logger: createLogger('test', 'silent'),
      deliver: async ([event]) => {
        if (event!.id === failing.id) throw new Error('handler failed');
        seen.push(event!);
      },
    });
    expect(await consumer.poll()).toBe(1);
    expect(seen.map((e) => e.id)).toEqual([ok.id]);
    expect(sqs.commandCalls(DeleteMessageCommand).map((c) => c.args[0].input.ReceiptHandle)).toEqual(['r1']);
  });
});

describe('readEventBusConfig', () => {
  it('reads HTTP subscriptions and refuses malformed ones', () => {
    expect(readEventBusConfig({ EVENT_SUBSCRIBERS: 'OrderConfirmed=http://a/events, OrderConfirmed=http://b/events' })).toEqual({
      kind: 'http',
      subscriptions: [
        { type: 'OrderConfirmed', url: 'http://a/events' },
        { type: 'OrderConfirmed', url: 'http://b/events' },
      ],
    });
    expect(() => readEventBusConfig({ EVENT_SUBSCRIBERS: 'OrderConfirmed' })).toThrow(/EVENT_SUBSCRIBERS/);
    expect(readEventBusConfig({ EVENT_BUS: 'eventbridge', EVENT_BUS_NAME: 'commerce' })).toMatchObject({ kind: 'eventbridge', busName: 'commerce' });
  });
});
