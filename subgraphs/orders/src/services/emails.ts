import type { NotificationKind } from '../domain/events.js';
import type { OrderModel } from '../domain/models.js';
import { formatAmount } from '../domain/money.js';
import type { EmailMessage } from '../ports/Notifier.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function lineTexts(order: OrderModel): string[] {
  return order.lines.map((line) => `${line.quantity} × ${line.sku} at ${formatAmount(line.unitCentAmount, order.currencyCode)} ${order.currencyCode}`);
}

/** The customer emails, from the order as stored. Plain text and a simple HTML part with the same content. */
export function emailFor(kind: NotificationKind, order: OrderModel): EmailMessage {
  const total = `${formatAmount(order.totalCentAmount, order.currencyCode)} ${order.currencyCode}`;
  const a = order.shippingAddress;
  const address = [a.name, a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' '), a.stateOrRegion, a.countryCode].filter(Boolean) as string[];
  const paragraphs =
    kind === 'order-confirmation'
      ? [`Thank you for your order ${order.id}.`, ...lineTexts(order), `Total: ${total}`, `Shipping ${order.shippingSpeed.toLowerCase()} to:`, ...address]
      : [
          `Your order ${order.id} is on its way.`,
          order.trackingNumbers.length > 0 ? `Tracking: ${order.trackingNumbers.join(', ')}` : 'Tracking numbers follow when the carrier has them.',
          ...lineTexts(order),
        ];
  const subject = kind === 'order-confirmation' ? `Order ${order.id} confirmed` : `Order ${order.id} has shipped`;
  return {
    kind,
    orderId: order.id,
    to: order.email,
    subject,
    text: `${paragraphs.join('\n')}\n`,
    html: `<!doctype html><html><body>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`,
  };
}
