import { describe, expect, it } from 'vitest';
import type { CandidateRow } from './models.js';
import { associated, personalPicks, similar } from './ranking.js';

const row = (kind: string, key: string, scores: Record<string, number>): CandidateRow => ({
  kind,
  key,
  productIds: Object.keys(scores),
  scores: Object.values(scores),
});

describe('ranking', () => {
  it('ranks by score, breaks ties by id, excludes the source and keeps `first`', () => {
    const rows = [row('bought', 'p1', { b: 1, a: 1, c: 3, p1: 9 }), row('bought', 'p2', { z: 5 }), row('viewed', 'p1', { y: 100 })];
    expect(associated(rows, 'bought', 'p1', 10)).toEqual(['c', 'a', 'b']);
    expect(associated(rows, 'bought', 'p1', 2)).toEqual(['c', 'a']);
    expect(associated(rows, 'bought', 'p3', 2)).toEqual([]);
  });

  it('reads the null lists Kuzu gives for an empty collect()', () => {
    expect(associated([{ kind: 'bought', key: 'p1', productIds: null, scores: null }], 'bought', 'p1', 3)).toEqual([]);
  });

  it('similar: bought-with weighs twice viewed-with, then best sellers of the source’s category', () => {
    const rows = [
      row('bought', 'p1', { a: 1 }),
      row('viewed', 'p1', { b: 1.5, a: 0.1 }),
      row('category', 'p1', { 'cat-1': 0 }),
      row('bestsellers', 'cat-1', { p1: 50, b: 40, c: 30, d: 20 }),
      row('bestsellers', 'cat-2', { x: 99 }),
    ];
    expect(similar(rows, 'p1', 4)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('personal picks: tiers in order, never what the customer owns, no repeats', () => {
    const rows = [
      row('owned', 'c1', { o1: 0, o2: 0 }),
      row('similar', 'c1', { s1: 2, o1: 9, s2: 1 }),
      row('categoryTrending', 'c1', { s1: 50, k1: 10, o2: 60 }),
      row('trending', '', { t1: 100, k1: 90, t2: 80, o1: 70 }),
      row('similar', 'c2', { other: 1 }),
    ];
    expect(personalPicks(rows, 'c1', 10)).toEqual(['s1', 's2', 'k1', 't1', 't2']);
    expect(personalPicks(rows, 'c1', 3)).toEqual(['s1', 's2', 'k1']);
    expect(personalPicks(rows, 'c9', 2)).toEqual(['t1', 'k1']);
  });
});
