import { principalHeaders } from '../trust/principal.js';
import { LocalSubscriptions, type EventBus, type EventEnvelope, type EventHandler } from './envelope.js';

/** Where events of one type are pushed: a consumer's `POST /events` endpoint. */
export interface HttpSubscription {
  type: string;
  url: string;
}

export interface HttpEventBusOptions {
  /** The publishing service, signed into every delivery as a service principal. */
  service: string;
  routerSecret: string;
  subscriptions: readonly HttpSubscription[];
  timeoutMs?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  fetch?: typeof fetch;
}

export class EventDeliveryError extends Error {
  constructor(
    readonly url: string,
    detail: string,
  ) {
    super(`Delivering events to ${url} failed: ${detail}`);
  }
}

/**
 * The bus of the embedded stack, where every service is its own process: publishing POSTs the
 * envelopes to each subscribed consumer (signed as a service), retrying with backoff, and fails when a
 * consumer keeps refusing, so the producer's outbox keeps the events and tries again later. Events
 * pushed to this service arrive through `eventsReceiver` and reach the handlers given to `subscribe`.
 * Delivery is at least once; consumers de-duplicate by event id.
 */
export class HttpEventBus implements EventBus {
  private readonly local = new LocalSubscriptions();
  private readonly fetch: typeof fetch;

  constructor(private readonly options: HttpEventBusOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async publish(events: readonly EventEnvelope[]): Promise<void> {
    const byUrl = new Map<string, EventEnvelope[]>();
    for (const event of events) {
      for (const { url } of this.options.subscriptions.filter((s) => s.type === event.type)) byUrl.set(url, [...(byUrl.get(url) ?? []), event]);
    }
    await Promise.all([...byUrl].map(([url, batch]) => this.deliverTo(url, batch)));
  }

  subscribe(type: string, handler: EventHandler): void {
    this.local.subscribe(type, handler);
  }

  /** Runs this service's handlers for events that reached it; types nobody subscribed to are ignored. */
  deliver(events: readonly EventEnvelope[]): Promise<{ handled: number; ignored: number }> {
    return this.local.deliver(events);
  }

  private async deliverTo(url: string, events: EventEnvelope[]): Promise<void> {
    const { maxAttempts = 4, backoffBaseMs = 100, timeoutMs = 5000 } = this.options;
    let lastError = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        const response = await this.fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...principalHeaders({ kind: 'service', id: this.options.service, scopes: [], requestId: `events-${events[0]!.id}` }, this.options.routerSecret),
          },
          body: JSON.stringify(events),
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (response.ok) return;
        lastError = `HTTP ${response.status} ${(await response.text()).slice(0, 200)}`;
        // A consumer that says the events are malformed will say so again.
        if (response.status >= 400 && response.status < 500 && response.status !== 429) break;
      } catch (err) {
        lastError = err instanceof Error ? err.message : String(err);
      }
      if (attempt < maxAttempts) await new Promise((resolve) => setTimeout(resolve, backoffBaseMs * 2 ** (attempt - 1) * (0.5 + Math.random())));
    }
    throw new EventDeliveryError(url, lastError);
  }
}
