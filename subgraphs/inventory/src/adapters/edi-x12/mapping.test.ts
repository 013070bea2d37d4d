import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { advicesToStock } from './mapping.js';
import { parse846 } from './parse846.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/edi/${name}.edi`, import.meta.url), 'utf8');
const warehouseFor = (location: string) => (location === 'MWL-JOLIET' ? 'wh-3pl-joliet' : undefined);

describe('X12 846 parsing and mapping', () => {
  it('reads a valid advice into stock figures for the N1*WH location, as of BIA04/BIA05', () => {
    const parsed = parse846(fixture('846-accepted'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.advices[0]!.control).toEqual({ interchange: expect.stringMatching(/^0*101$/), group: '101', transaction: '0001' });
    expect(advicesToStock(parsed.advices, warehouseFor, ['MWL-JOLIET'])).toEqual({
      records: [
        { sku: 'SKU-000001-01', warehouseId: 'wh-3pl-joliet', onHand: 40, source: 'edi-x12', changedAt: '2026-03-02T09:30:00.000Z' },
        { sku: 'SKU-000001-02', warehouseId: 'wh-3pl-joliet', onHand: 0, source: 'edi-x12', changedAt: '2026-03-02T09:30:00.000Z' },
        { sku: 'SKU-000002-01', warehouseId: 'wh-3pl-joliet', onHand: 7, source: 'edi-x12', changedAt: '2026-03-02T09:30:00.000Z' },
      ],
    });
  });

  it('rejects mismatched control numbers and segment counts, naming each', () => {
    const parsed = parse846(fixture('846-bad-control-numbers'));
    expect(parsed).toEqual({
      ok: false,
      reasons: [
        expect.stringMatching(/IEA02 "0*999" does not match ISA13 "0*102"/),
        expect.stringMatching(/transaction 0001: SE01 says 12 segments, the set has 11/),
      ],
    });
  });

  it('rejects the whole file when any line is bad, listing every bad line', () => {
    const parsed = parse846(fixture('846-bad-lines'));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reasons).toEqual([
      expect.stringMatching(/LIN 2: LIN02\/LIN03 must name the item/),
      expect.stringMatching(/LIN 3 \(SKU-000002-01\): QTY02 "-5" is not a whole number of 0 or more/),
    ]);
  });

  it('rejects a group or transaction whose counts disagree, and text that is not X12', () => {
    const bad = fixture('846-accepted').replace('GE*1*101', 'GE*2*101').replace('CTT*3', 'CTT*4');
    const parsed = parse846(bad);
    expect(!parsed.ok && parsed.reasons).toEqual([
      expect.stringMatching(/GE01 says 2 transaction sets, the group has 1/),
      expect.stringMatching(/CTT01 says 4 line items, the set has 3/),
    ]);
    expect(parse846('hello')).toEqual({ ok: false, reasons: [expect.stringMatching(/^not an X12 interchange/)] });
  });

  it('refuses a location that maps to no warehouse', () => {
    const parsed = parse846(fixture('846-unknown-location'));
    expect(parsed.ok && advicesToStock(parsed.advices, warehouseFor, ['MWL-JOLIET'])).toEqual({
      reasons: ['transaction 0001: location "MWL-NOWHERE" is no warehouse of ours (known: MWL-JOLIET)'],
    });
  });
});
