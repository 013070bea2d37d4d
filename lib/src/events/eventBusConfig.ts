import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import { ConfigError, readAwsRegion, readEnum, readOptionalString, readString, readUrl, type Env } from '../config.js';
import type { Logger } from '../logger.js';
import type { EventBus, EventEnvelope } from './envelope.js';
import { EventBridgeEventBus } from './eventBridgeEventBus.js';
import { HttpEventBus, type HttpSubscription } from './httpEventBus.js';
import { SqsEventConsumer } from './sqsEventConsumer.js';

export type EventBusConfig =
  | { kind: 'http'; subscriptions: HttpSubscription[] }
  | { kind: 'eventbridge'; busName: string; queueUrl?: string; region: string };

/**
 * `EVENT_BUS=http` (default): push to `EVENT_SUBSCRIBERS`, a comma-separated list of
 * `<EventType>=<consumer /events URL>` (a type may appear more than once).
 * `EVENT_BUS=eventbridge`: publish to `EVENT_BUS_NAME`; consume from the SQS queue `EVENT_QUEUE_URL`.
 */
export function readEventBusConfig(env: Env): EventBusConfig {
  const kind = readEnum(env, 'EVENT_BUS', ['http', 'eventbridge'], 'http');
  if (kind === 'eventbridge') {
    const queueUrl = readUrl(env, 'EVENT_QUEUE_URL');
    return {
      kind,
      busName: readString(env, 'EVENT_BUS_NAME', 'default'),
      ...(queueUrl ? { queueUrl } : {}),
      region: readAwsRegion(env),
    };
  }
  const raw = readOptionalString(env, 'EVENT_SUBSCRIBERS') ?? '';
  const subscriptions = raw
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const [type, url] = pair.split('=', 2).map((s) => s?.trim());
      if (!type || !url || !/^https?:\/\//.test(url)) {
        throw new ConfigError('EVENT_SUBSCRIBERS', raw, 'a comma-separated list of EventType=http(s)://consumer/events');
      }
      return { type, url };
    });
  return { kind, subscriptions };
}

export interface ServiceEventBus {
  bus: EventBus;
  /** Runs this service's subscribed handlers for events that reached it (the `/events` route). */
  deliver(events: readonly EventEnvelope[]): Promise<{ handled: number; ignored: number }>;
  /** Starts consuming (the SQS queue, for EventBridge); HTTP delivery arrives through `/events`. */
  start(): void;
  stop(): Promise<void>;
}

export function createEventBus(config: EventBusConfig, service: { name: string; routerSecret: string; logger: Logger }): ServiceEventBus {
  if (config.kind === 'http') {
    const bus = new HttpEventBus({ service: service.name, routerSecret: service.routerSecret, subscriptions: config.subscriptions });
    return { bus, deliver: (events) => bus.deliver(events), start: () => undefined, stop: async () => undefined };
  }
  const bus = new EventBridgeEventBus(new EventBridgeClient({ region: config.region }), { busName: config.busName });
  const consumer = config.queueUrl
    ? new SqsEventConsumer(new SQSClient({ region: config.region }), { queueUrl: config.queueUrl, deliver: (events) => bus.deliver(events), logger: service.logger })
    : undefined;
  return { bus, deliver: (events) => bus.deliver(events), start: () => consumer?.start(), stop: async () => consumer?.stop() };
}
