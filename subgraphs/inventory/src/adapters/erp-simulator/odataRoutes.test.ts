import { describe, expect, it } from 'vitest';
import { FilterSyntaxError } from './filter.js';
import { QueryResults } from './odataRoutes.js';
import { SimulatedStock } from './stockData.js';

describe('the ERP simulator answering a paged query', () => {
  const stock = new SimulatedStock(() => Date.parse('2026-11-21T00:00:00Z'));
  stock.seed(['SKU-000001-01', 'SKU-000002-01', 'SKU-000003-01']);
  const queries = new QueryResults(stock);
  const filter = "Plant eq '1010'";

  it('selects and sorts the rows once for every page of the same query, until the table changes', () => {
    const first = queries.of(filter, 'Material desc');
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((row) => row.Plant === '1010')).toBe(true);
    expect(first.map((row) => row.Material)).toEqual([...first.map((row) => row.Material)].sort().reverse());
    expect(queries.of(filter, 'Material desc')).toBe(first);
    expect(queries.of(filter, 'Material asc')).not.toBe(first);

    stock.set('SKU-000009-01', '1010', 5);
    const after = queries.of(filter, 'Material desc');
    expect(after).not.toBe(first);
    expect(after[0]!.Material).toBe('SKU-000009-01');
  });

  it('refuses a filter it cannot read, every time it is asked', () => {
    expect(() => queries.of('Plant eq', undefined)).toThrow(FilterSyntaxError);
    expect(() => queries.of('Plant eq', undefined)).toThrow(FilterSyntaxError);
  });
});
