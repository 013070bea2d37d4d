import { randomUUID } from 'node:crypto';

/**
 * The one shape every domain event travels in, between subgraphs and on any bus (CloudEvents 1.0
 * attribute names). Consumers de-duplicate by `id`, so a redelivered event has no second effect.
 */
export interface EventEnvelope<TData = unknown, TType extends string = string> {
  specversion: '1.0';
  id: string;
  /** For example `OrderConfirmed`. */
  type: TType;
  /** The producing service, for example `orders`. */
  source: string;
  /** The aggregate the event is about, for example an order id. */
  subject?: string;
  /** ISO-8601. */
  time: string;
  data: TData;
}

export function createEvent<TData, TType extends string>(
  type: TType,
  source: string,
  data: TData,
  options: { id?: string; subject?: string; time?: Date } = {},
): EventEnvelope<TData, TType> {
  return {
    specversion: '1.0',
    id: options.id ?? randomUUID(),
    type,
    source,
    ...(options.subject ? { subject: options.subject } : {}),
    time: (options.time ?? new Date()).toISOString(),
    data,
  };
}

export function isEventEnvelope(value: unknown): value is EventEnvelope {
  const v = value as Partial<EventEnvelope>;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.specversion === '1.0' &&
    typeof v.id === 'string' &&
    v.id.length > 0 &&
    typeof v.type === 'string' &&
    typeof v.source === 'string' &&
    typeof v.time === 'string' &&
    'data' in v
  );
}

export type EventHandler = (event: EventEnvelope) => Promise<void>;

/** Publishes envelopes and delivers them to subscribers at least once. */
export interface EventBus {
  publish(events: readonly EventEnvelope[]): Promise<void>;
  subscribe(type: string, handler: EventHandler): void;
}

/** Delivery within one process, for tests and single-process setups. Handlers run in order of subscription. */
export class InMemoryEventBus implements EventBus {
  private readonly handlers = new Map<string, EventHandler[]>();

  async publish(events: readonly EventEnvelope[]): Promise<void> {
    for (const event of events) {
      for (const handler of this.handlers.get(event.type) ?? []) await handler(event);
    }
  }

  subscribe(type: string, handler: EventHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }
}

/** The handlers a service subscribed, run for events that reached it by whatever transport. */
export class LocalSubscriptions {
  private readonly handlers = new Map<string, EventHandler[]>();

  subscribe(type: string, handler: EventHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  /** Runs the handlers of each event in order; types nobody subscribed to are ignored. */
  async deliver(events: readonly EventEnvelope[]): Promise<{ handled: number; ignored: number }> {
    let handled = 0;
    for (const event of events) {
      const handlers = this.handlers.get(event.type) ?? [];
      for (const handler of handlers) await handler(event);
      if (handlers.length > 0) handled++;
    }
    return { handled, ignored: events.length - handled };
  }
}
