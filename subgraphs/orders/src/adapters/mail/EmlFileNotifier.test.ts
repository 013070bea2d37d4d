import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmlFileNotifier } from './EmlFileNotifier.js';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

const message = { kind: 'order-shipped' as const, orderId: 'ord_1', to: 'ada@example.com', subject: 'Order ord_1 has shipped', text: 'On its way: TBA1\n', html: '<p>On its way: TBA1</p>' };

describe('EmlFileNotifier', () => {
  it('writes one RFC 5322 message per order and kind, however often it is sent', async () => {
    dir = await mkdtemp(join(tmpdir(), 'eml-'));
    const notifier = new EmlFileNotifier(join(dir, 'mail'), 'Shop <orders@shop.example>');
    await Promise.all([notifier.send(message), notifier.send(message)]);
    await notifier.send({ ...message, text: 'a different body' });
    expect(await readdir(join(dir, 'mail'))).toEqual(['ord_1.order-shipped.eml']);
    const raw = await readFile(join(dir, 'mail', 'ord_1.order-shipped.eml'), 'utf8');
    expect(raw).toMatch(/^From: Shop <orders@shop\.example>\r\n/m);
    expect(raw).toMatch(/^To: ada@example\.com\r$/m);
    expect(raw).toMatch(/^Message-ID: <ord_1\.order-shipped@orders\.commerce>\r$/m);
    expect(raw).toMatch(/^MIME-Version: 1\.0\r$/m);
    expect(raw).toMatch(/^Content-Type: multipart\/alternative;\r\n boundary=/m);
    expect(raw).toContain("On its way: TBA1");
    expect(raw).not.toContain("a different body");
    expect(raw).toMatch(/^Date: .+ \+0000\r$/m);
  });
});
