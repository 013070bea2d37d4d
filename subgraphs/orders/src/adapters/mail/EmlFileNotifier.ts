import { randomBytes } from 'node:crypto';
import { link, mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { EmailMessage, Notifier } from '../../ports/Notifier.js';

/**
 * Writes each email as an RFC 5322 `.eml` file (open it in any mail client) named after the order and
 * the kind, instead of sending it: the embedded stack's outbox. The file appears whole or not at all
 * (written aside, then hard-linked into place), and an existing one is never written again, so a
 * retried notification is one email. A deployment puts an SES adapter (SESv2 SendEmail with the same
 * raw message) behind the same Notifier port.
 */
export class EmlFileNotifier implements Notifier {
  constructor(
    private readonly dir: string,
    private readonly from: string,
  ) {}

  static fileName(orderId: string, kind: string): string {
    return `${orderId}.${kind}.eml`;
  }

  async send(message: EmailMessage): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const raw = await new MailComposer({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      // Stable per order and kind: a mail system that sees it twice knows it is the same message.
      messageId: `<${message.orderId}.${message.kind}@orders.commerce>`,
      headers: { 'X-Order-Id': message.orderId },
    })
      .compile()
      .build();
    const final = join(this.dir, EmlFileNotifier.fileName(message.orderId, message.kind));
    const temp = join(this.dir, `.${randomBytes(6).toString('hex')}.tmp`);
    await writeFile(temp, raw);
    try {
      await link(temp, final);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      await unlink(temp);
    }
  }
}
