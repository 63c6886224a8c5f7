import { describe, expect, it } from 'vitest';
import { asksAboutReleases } from './search-changelog-place.ts';

// Synthetic signs: the mark `delta`, the version word `edition`, a number as a release, `altered` as a verb of change.
const mark = 'delta';
const words = ['edition'];
const namesNumber = (q: string) => /\b\d+\.\d+\b/.test(q);
const namesAlteration = (q: string) => /\baltered\b/i.test(q);
const asks = (typed: string) => asksAboutReleases(typed, mark, words, namesNumber, namesAlteration);

describe('asksAboutReleases', () => {
  it('takes the search box’s mark on a question about a change, first only', () => {
    expect(asks('delta widgets split out')).toBe(true);
    expect(asks('widgets delta well')).toBe(false);
  });

  it('takes a word that asks for a version, as a word and whatever punctuation is around it', () => {
    expect(asks('which edition assessed')).toBe(true);
    expect(asks('edition, assessed')).toBe(true);
    expect(asks('editions assessed')).toBe(false);
  });

  it('takes a release named by its number and a verb of change, as the given readers find them', () => {
    expect(asks('after 3.2 widgets look same')).toBe(true);
    expect(asks('ALTERED widgets')).toBe(true);
  });

  it('gives no sign for a question that names none of them', () => {
    expect(asks('skills job description wants next step')).toBe(false);
    expect(asks('')).toBe(false);
  });
});
