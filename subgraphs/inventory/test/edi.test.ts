import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInventory, stockOf, type InventoryHarness } from './harness.js';

const fixture = (name: string) => new URL(`./fixtures/edi/${name}`, import.meta.url);

let h: InventoryHarness;
beforeAll(async () => {
  h = await startInventory({ edi: true });
  await h.syncErp();
});
afterAll(() => h?.close());

const edi = () => h.services.sources.find((s) => s.name === 'edi-x12')!;
const drop = (name: string, as = name) => copyFile(fixture(name), join(h.ediDir!, as));
const list = async (folder = '') => (await readdir(join(h.ediDir!, folder)).catch(() => [])).filter((n) => n !== 'processed' && n !== 'rejected').sort();

describe('EDI 846 import from the drop folder', () => {
  it('applies an accepted file to the 3PL warehouse and moves it to processed/', async () => {
    await drop('846-accepted.edi');
    const run = await h.services.sync.run(edi());
    expect(run).toMatchObject({ source: 'edi-x12', status: 'SUCCEEDED', fetched: 3, applied: 3, rejectedFiles: 0 });
    expect((await stockOf(h, 'SKU-000001-01'))['wh-3pl-joliet']).toEqual({ onHand: 40, reserved: 0, available: 40 });
    expect((await stockOf(h, 'SKU-000002-01'))['wh-3pl-joliet']).toEqual({ onHand: 7, reserved: 0, available: 7 });
    expect(await list()).toEqual([]);
    expect(await list('processed')).toEqual(['846-accepted.edi']);
  });

  it('rejects files as a whole — bad control numbers, one bad line among good ones, an unknown location — with a report, applying nothing', async () => {
    await drop('846-bad-control-numbers.edi', 'a-bad-control-numbers.edi');
    await drop('846-bad-lines.edi', 'b-bad-lines.edi');
    await drop('846-unknown-location.edi', 'c-unknown-location.edi');
    const before = await stockOf(h, 'SKU-000001-01');
    const run = await h.services.sync.run(edi());
    expect(run).toMatchObject({ status: 'SUCCEEDED', applied: 0, rejectedFiles: 3 });
    // b-bad-lines has a valid first line (SKU-000001-01: 40) that must not be applied on its own.
    expect(await stockOf(h, 'SKU-000001-01')).toEqual(before);
    expect(await list()).toEqual([]);
    expect(await list('rejected')).toEqual([
      'a-bad-control-numbers.edi',
      'a-bad-control-numbers.edi.report.json',
      'b-bad-lines.edi',
      'b-bad-lines.edi.report.json',
      'c-unknown-location.edi',
      'c-unknown-location.edi.report.json',
    ]);
    const report = JSON.parse(await readFile(join(h.ediDir!, 'rejected', 'a-bad-control-numbers.edi.report.json'), 'utf8'));
    expect(report).toMatchObject({ file: 'a-bad-control-numbers.edi', reasons: [expect.stringMatching(/IEA02 .* does not match ISA13/), expect.stringMatching(/SE01 says 12 segments/)] });
    const lines = JSON.parse(await readFile(join(h.ediDir!, 'rejected', 'b-bad-lines.edi.report.json'), 'utf8'));
    expect(lines.reasons).toHaveLength(2);
  });

  it('applies a later advice, never an older one, and keeps reservations held at the 3PL', async () => {
    await h.services.reservations.reserve({ orderId: 'ord-edi-1', lines: new Map([['SKU-000002-01', 2]]), destination: { countryCode: 'US', postalCode: '60601' }, holdSeconds: 900 });
    expect((await stockOf(h, 'SKU-000002-01'))['wh-3pl-joliet']).toEqual({ onHand: 7, reserved: 2, available: 5 });
    await drop('846-later.edi');
    await drop('846-accepted.edi', 'z-resent-older.edi');
    const run = await h.services.sync.run(edi());
    expect(run).toMatchObject({ status: 'SUCCEEDED', rejectedFiles: 0, applied: 3 });
    // The later file (10:30) is applied; the older one (09:30) sent again afterwards changes nothing.
    expect(run!.stale).toBe(3);
    expect((await stockOf(h, 'SKU-000001-01'))['wh-3pl-joliet']).toEqual({ onHand: 12, reserved: 0, available: 12 });
    expect((await stockOf(h, 'SKU-000002-01'))['wh-3pl-joliet']).toEqual({ onHand: 7, reserved: 2, available: 5 });
    expect(await list('processed')).toEqual(['846-accepted.edi', '846-later.edi', 'z-resent-older.edi']);
  });
});
