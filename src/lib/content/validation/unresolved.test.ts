import { describe, expect, it } from 'vitest';
import { gapFilledBy, mayBeMeantBy, misspelledDefinitions } from './unresolved';

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

describe('misspelledDefinitions', () => {
  it('pairs a definition no reference names with the undefined id that several references name, one or two edits away', () => {
    expect(misspelledDefinitions(['desgin', 'delivery'], ['design', 'design', 'delivery'])).toEqual(new Map([['desgin', 'design']]));
  });

  it('pairs short ids too, such as a track `ic` defined as `icc`', () => {
    expect(misspelledDefinitions(['icc'], ['ic', 'ic'])).toEqual(new Map([['icc', 'ic']]));
  });

  it('blames no definition for an id one reference names: that reference is as likely the typo', () => {
    expect(misspelledDefinitions(['desgin'], ['design'])).toEqual(new Map());
  });

  it('blames no definition that something references, nor one far from the undefined id', () => {
    expect(misspelledDefinitions(['desgin'], ['design', 'design', 'desgin'])).toEqual(new Map());
    expect(misspelledDefinitions(['operations'], ['design', 'design'])).toEqual(new Map());
  });
});
