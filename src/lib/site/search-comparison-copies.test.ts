import { describe, expect, it } from 'vitest';
import { asksToCompare, levelsBeforeTheirComparisons, type PageLevels } from './search-comparison-copies.ts';

// Synthetic pages: levels X, Y, Z; the comparison of two levels is `X-Y`.
const pages: Record<string, PageLevels> = {
  X: { kind: 'level', levels: ['X'] },
  Y: { kind: 'level', levels: ['Y'] },
  Z: { kind: 'level', levels: ['Z'] },
  'X-Y': { kind: 'comparison', levels: ['X', 'Y'] },
  'Y-Z': { kind: 'comparison', levels: ['Y', 'Z'] },
  guide: { kind: 'other', levels: [] },
  'X-kit': { kind: 'other', levels: ['X'] },
};
const pageOf = async (r: { id: string }) => pages[r.id]!;
const order = async (ids: string[], named: string[] = [], first = 10) =>
  (await levelsBeforeTheirComparisons(ids.map((id) => ({ id })), pageOf, named, first)).map((r) => r.id);

describe('levelsBeforeTheirComparisons', () => {
  it('puts the page of one of a comparison’s levels just before it, the others in their order', async () => {
    expect(await order(['X-Y', 'guide', 'X'])).toEqual(['X', 'X-Y', 'guide']);
    expect(await order(['guide', 'X-Y', 'Z', 'Y'])).toEqual(['guide', 'Y', 'X-Y', 'Z']);
  });

  it('moves one level’s page per comparison, the first of its two found', async () => {
    expect(await order(['X-Y', 'Y', 'X'])).toEqual(['Y', 'X-Y', 'X']);
  });

  it('moves nothing for a page of another level, nor a page that only holds the level’s filter', async () => {
    expect(await order(['X-Y', 'Z', 'X-kit'])).toEqual(['X-Y', 'Z', 'X-kit']);
  });

  it('leaves a comparison the query names both levels of where it is', async () => {
    expect(await order(['X-Y', 'X', 'Y'], ['X', 'Y'])).toEqual(['X-Y', 'X', 'Y']);
    expect(await order(['X-Y', 'X'], ['X'])).toEqual(['X', 'X-Y']);
  });

  it('moves no level’s page over a comparison the query asks for', async () => {
    expect(await order(['Y-Z', 'X-Y', 'Y'], ['X', 'Y'])).toEqual(['Y-Z', 'X-Y', 'Y']);
  });

  it('looks only among the first results', async () => {
    expect(await order(['X-Y', 'guide', 'X'], [], 2)).toEqual(['X-Y', 'guide', 'X']);
  });

  it('handles two comparisons in a row', async () => {
    expect(await order(['X-Y', 'Y-Z', 'Y', 'Z'])).toEqual(['Y', 'X-Y', 'Z', 'Y-Z']);
  });
});

describe('asksToCompare', () => {
  it('reads a comparing word as typed, punctuation and case aside', () => {
    expect(asksToCompare(['X', 'Vs.', 'Y'], ['vs'])).toBe(true);
    expect(asksToCompare(['what', 'X', 'does'], ['vs'])).toBe(false);
  });
});
