import { describe, expect, it } from 'vitest';
import { gapFilledBy, mayBeMeantBy } from './unresolved';

describe('gapFilledBy', () => {
  it('finds a gap in a track’s ranks that a level of a misspelled track fills', () => {
    expect(gapFilledBy([1, 3, 4], [2])).toBe(true);
    expect(gapFilledBy([2, 3], [1])).toBe(true);
  });

  it('finds none when the loose level’s rank is not missing, or lies above the track', () => {
    expect(gapFilledBy([1, 2, 3], [2])).toBe(false);
    expect(gapFilledBy([1, 3], [5])).toBe(false);
    expect(gapFilledBy([1, 2], [])).toBe(false);
  });
});

describe('mayBeMeantBy', () => {
  const known = ['design', 'delivery', 'people'];
  it('says an id may be what a misspelled one near it meant', () => {
    expect(mayBeMeantBy('design', new Set(['desgin']), known)).toBe(true);
  });

  it('says an id is not, when the misspelled one is nearer another id', () => {
    expect(mayBeMeantBy('design', new Set(['delivry']), known)).toBe(false);
  });

  it('says any id may be, when the misspelled one is near none', () => {
    expect(mayBeMeantBy('people', new Set(['something-else']), known)).toBe(true);
  });

  it('says none is, when nothing is misspelled', () => {
    expect(mayBeMeantBy('design', new Set(), known)).toBe(false);
  });
});
