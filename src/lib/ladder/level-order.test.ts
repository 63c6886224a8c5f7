import { describe, expect, it } from 'vitest';
import { allPairs, inLadderOrder, levelsOfTrack, orderPair, rankAfterInsertion } from './level-order';

const level = (id: string, track: string, rank: number) => ({ id, track, rank });
const levels = [level('m2', 'm', 2), level('x2', 'x', 2), level('m1', 'm', 1), level('x1', 'x', 1), level('y1', 'y', 1)];

describe('ladder order', () => {
  it('sorts by the order of the tracks, then by rank', () => {
    expect(inLadderOrder(levels, ['x', 'm', 'y']).map((l) => l.id)).toEqual(['x1', 'x2', 'm1', 'm2', 'y1']);
    expect(inLadderOrder(levels, ['m', 'x', 'y']).map((l) => l.id)).toEqual(['m1', 'm2', 'x1', 'x2', 'y1']);
  });

  it('puts a track it does not know last, and breaks a tie of rank by id', () => {
    expect(inLadderOrder(levels, ['m']).map((l) => l.id)).toEqual(['m1', 'm2', 'x1', 'y1', 'x2']);
    expect(inLadderOrder([level('b', 'x', 1), level('a', 'x', 1)], ['x']).map((l) => l.id)).toEqual(['a', 'b']);
  });

  it('lists one track by rank, leaving the input alone', () => {
    const copy = [...levels];
    expect(levelsOfTrack(levels, 'm').map((l) => l.id)).toEqual(['m1', 'm2']);
    expect(levels).toEqual(copy);
  });
});

describe('a level inserted at a rank', () => {
  it('moves the levels of its track at or above that rank up one, and leaves those below it and of other tracks where they were', () => {
    const at = { track: 'm', rank: 2 };
    expect(levels.map((l) => [l.id, rankAfterInsertion(l, at)])).toEqual([
      ['m2', 3],
      ['x2', 2],
      ['m1', 1],
      ['x1', 1],
      ['y1', 1],
    ]);
  });

  it('moves nothing when it goes on top of its track, and every level of its track when it goes at rank 1', () => {
    expect(levels.map((l) => rankAfterInsertion(l, { track: 'm', rank: 3 }))).toEqual(levels.map((l) => l.rank));
    expect(levels.filter((l) => l.track === 'x').map((l) => rankAfterInsertion(l, { track: 'x', rank: 1 }))).toEqual([3, 2]);
  });
});

describe('pairs of levels', () => {
  const order = ['senior', 'lead', 'staff', 'manager'];

  it('puts the level that comes first in ladder order first, whatever order they are given in', () => {
    expect(orderPair('staff', 'lead', order)).toEqual(['lead', 'staff']);
    expect(orderPair('lead', 'staff', order)).toEqual(['lead', 'staff']);
  });

  it('refuses an unknown level and a level compared with itself', () => {
    expect(() => orderPair('lead', 'cto', order)).toThrow(/unknown level `cto`/);
    expect(() => orderPair('lead', 'lead', order)).toThrow(/not compared with itself/);
  });

  it('lists every unordered pair once: n·(n−1)/2 of them', () => {
    const pairs = allPairs(order);
    expect(pairs).toHaveLength((order.length * (order.length - 1)) / 2);
    expect(pairs[0]).toEqual(['senior', 'lead']);
    expect(new Set(pairs.map(([a, b]) => orderPair(b, a, order).join())).size).toBe(pairs.length);
    expect(allPairs(['only'])).toEqual([]);
  });
});
