import { DeleteMessageCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { Logger } from '../logger.js';
import { isEventEnvelope, type EventEnvelope } from './envelope.js';

/**
 * Drains a service's SQS queue (the target of EventBridge rules) into its event handlers. A message is
 * deleted only after its handlers succeeded; otherwise it becomes visible again and, after the queue's
 * `maxReceiveCount`, SQS moves it to the dead-letter queue named in its redrive policy.
 */
export class SqsEventConsumer {
  private running = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly client: SQSClient,
    private readonly options: {
      queueUrl: string;
      deliver: (events: readonly EventEnvelope[]) => Promise<unknown>;
      logger: Logger;
      waitTimeSeconds?: number;
    },
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** One receive; returns how many messages were handled. Exposed for tests and one-shot drains. */
  async poll(): Promise<number> {
    const out = await this.client.send(
      new ReceiveMessageCommand({ QueueUrl: this.options.queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: this.options.waitTimeSeconds ?? 20 }),
    );
    let handled = 0;
    for (const message of out.Messages ?? []) {
      const envelope = envelopeOf(message);
      if (!envelope) {
        this.options.logger.error({ messageId: message.MessageId }, 'SQS message holds no event envelope; left for the dead-letter queue');
        continue;
      }
      try {
        await this.options.deliver([envelope]);
        await this.client.send(new DeleteMessageCommand({ QueueUrl: this.options.queueUrl, ReceiptHandle: message.ReceiptHandle }));
        handled++;
      } catch (err) {
        this.options.logger.warn({ err, eventId: envelope.id, type: envelope.type }, 'event handler failed; SQS will redeliver');
      }
    }
    return handled;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.poll();
      } catch (err) {
        this.options.logger.warn({ err }, 'receiving from SQS failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }
}

/** EventBridge delivers `{ "detail-type", source, detail, ... }`; `detail` is our envelope. */
function envelopeOf(message: Message): EventEnvelope | undefined {
  try {
    const body = JSON.parse(message.Body ?? '') as { detail?: unknown };
    return isEventEnvelope(body.detail) ? body.detail : undefined;
  } catch {
    return undefined;
  }
}
