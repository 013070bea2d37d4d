import type { NotificationKind } from '../domain/events.js';

export interface EmailMessage {
  kind: NotificationKind;
  orderId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends customer email. Idempotent by (orderId, kind): the same message again sends nothing. */
export interface Notifier {
  send(message: EmailMessage): Promise<void>;
}
