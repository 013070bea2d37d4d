import { describe, expect, it } from 'vitest';
import { FilterSyntaxError, parseFilter } from './filter.js';

const value = (row: Record<string, unknown>, field: string) => row[field] as string | number;
const rows = [
  { Material: 'A', Plant: '1010', Qty: 5, LastChangeDateTime: Date.parse('2026-03-01T10:00:00Z') },
  { Material: "O'Neil", Plant: '1020', Qty: 0, LastChangeDateTime: Date.parse('2026-03-02T10:00:00Z') },
  { Material: 'B', Plant: '1310', Qty: 12, LastChangeDateTime: Date.parse('2026-03-03T10:00:00Z') },
];
const select = (filter: string) => rows.filter(parseFilter(filter, value)).map((r) => r.Material);

describe('the simulator’s $filter', () => {
  it('understands what the OData client sends, in V2 and V4 literal forms', () => {
    expect(select("LastChangeDateTime ge datetimeoffset'2026-03-02T10:00:00Z' and ((Plant eq '1010') or (Plant eq '1310'))")).toEqual(['B']);
    expect(select('LastChangeDateTime ge 2026-03-02T10:00:00Z')).toEqual(["O'Neil", 'B']);
    expect(select("(Material eq 'O''Neil') or (Material eq 'A')")).toEqual(['A', "O'Neil"]);
    expect(select("Plant in ('1010','1020') and not (Qty eq 0)")).toEqual(['A']);
    expect(select('Qty gt 4 and Qty lt 12')).toEqual(['A']);
  });

  it('refuses what it does not understand', () => {
    expect(() => select("Material eq 'A' xor Plant eq '1'")).toThrow(FilterSyntaxError);
    expect(() => select("Material like 'A'")).toThrow(/unknown operator like/);
    expect(() => select("(Material eq 'A'")).toThrow(/expected \)/);
  });
});
