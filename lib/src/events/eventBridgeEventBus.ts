import { PutEventsCommand, type EventBridgeClient, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import { LocalSubscriptions, type EventBus, type EventEnvelope, type EventHandler } from './envelope.js';

/** PutEvents takes at most 10 entries per call. */
const ENTRIES_PER_CALL = 10;

export class EventPublishError extends Error {}

/**
 * The deployment bus: envelopes go to an Amazon EventBridge bus (`source` = `commerce.<service>`,
 * `detail-type` = event type, `detail` = the whole envelope, so consumers keep its id for
 * de-duplication). Rules route each type to the consuming services' SQS queues, which
 * `SqsEventConsumer` drains into the handlers given to `subscribe`. Entries EventBridge rejects are
 * retried; if some still fail, publish throws and the producer's outbox keeps them.
 */
export class EventBridgeEventBus implements EventBus {
  private readonly local = new LocalSubscriptions();

  constructor(
    private readonly client: EventBridgeClient,
    private readonly options: { busName: string; maxAttempts?: number },
  ) {}

  async publish(events: readonly EventEnvelope[]): Promise<void> {
    for (let i = 0; i < events.length; i += ENTRIES_PER_CALL) await this.putWithRetries(events.slice(i, i + ENTRIES_PER_CALL).map((e) => this.entry(e)));
  }

  subscribe(type: string, handler: EventHandler): void {
    this.local.subscribe(type, handler);
  }

  /** Runs this service's handlers for events that reached it; types nobody subscribed to are ignored. */
  deliver(events: readonly EventEnvelope[]): Promise<{ handled: number; ignored: number }> {
    return this.local.deliver(events);
  }

  private entry(event: EventEnvelope): PutEventsRequestEntry {
    return { EventBusName: this.options.busName, Source: `commerce.${event.source}`, DetailType: event.type, Detail: JSON.stringify(event), Time: new Date(event.time) };
  }

  private async putWithRetries(entries: PutEventsRequestEntry[]): Promise<void> {
    let pending = entries;
    const maxAttempts = this.options.maxAttempts ?? 3;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const out = await this.client.send(new PutEventsCommand({ Entries: pending }));
      if (!out.FailedEntryCount) return;
      // Result entries line up with request entries; a failed one carries an ErrorCode.
      const failed = pending.filter((_, i) => out.Entries?.[i]?.ErrorCode);
      if (attempt === maxAttempts) {
        const codes = [...new Set(out.Entries?.map((e) => e.ErrorCode).filter(Boolean))].join(', ');
        throw new EventPublishError(`EventBridge rejected ${failed.length} of ${pending.length} events (${codes}) after ${maxAttempts} attempts.`);
      }
      pending = failed;
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
}
