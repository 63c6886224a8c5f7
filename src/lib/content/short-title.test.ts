import { describe, expect, it } from 'vitest';
import { shortenTitle, titleShortenings } from './short-title';

// A synthetic ladder's titles, shortened its own way (none of them the handbook's).
const pairs = [
  { title: 'Senior Data Scientist', shortTitle: 'Senior DS' },
  { title: 'Lead Data Scientist', shortTitle: 'Lead DS' },
  { title: 'Research Engineering Manager', shortTitle: 'Research EngM' },
  { title: 'Senior Site Reliability Engineer', shortTitle: 'Senior SRE' },
  { title: 'Principal Software Engineer', shortTitle: 'Principal Engineer' },
  { title: 'Fellow', shortTitle: 'Fellow' },
  { title: 'Chief', shortTitle: 'Chief Officer' },
];

describe('titleShortenings', () => {
  it('finds the words each short title replaces or drops, each phrase once, longest first', () => {
    expect(titleShortenings(pairs)).toEqual([
      { words: ['Site', 'Reliability', 'Engineer'], short: ['SRE'] },
      { words: ['Engineering', 'Manager'], short: ['EngM'] },
      { words: ['Data', 'Scientist'], short: ['DS'] },
      { words: ['Software'], short: [] },
    ]);
  });

  it('finds none where short titles only repeat or add to their titles, or there are no levels', () => {
    expect(titleShortenings([{ title: 'Fellow', shortTitle: 'Fellow' }, { title: 'Chief', shortTitle: 'Chief Officer' }])).toEqual([]);
    expect(titleShortenings([])).toEqual([]);
  });

  it('keeps the first level’s shortening of a phrase two levels shorten differently', () => {
    expect(titleShortenings([{ title: 'Senior Data Scientist', shortTitle: 'Senior DS' }, { title: 'Staff Data Scientist', shortTitle: 'Staff DSc' }])).toEqual([{ words: ['Data', 'Scientist'], short: ['DS'] }]);
  });
});

describe('shortenTitle', () => {
  const shortenings = titleShortenings(pairs);

  it.each([
    ['Distinguished Data Scientist', 'Distinguished DS'],
    ['Staff  site reliability engineer', 'Staff SRE'],
    ['Senior Software Developer', 'Senior Developer'],
    ['Data Scientist Engineering Manager', 'DS EngM'],
    ['Chief Scientist', 'Chief Scientist'],
  ])('shortens %j as the ladder does: %j', (title, short) => expect(shortenTitle(title, shortenings)).toBe(short));

  it('shortens a phrase whole before a shorter shortening takes part of it', () => {
    const overlapping = titleShortenings([
      { title: 'Senior Data Scientist', shortTitle: 'Senior DS' },
      { title: 'Applied Data Scientist Lead', shortTitle: 'ADS Lead' },
    ]);
    expect(shortenTitle('Principal Applied Data Scientist', overlapping)).toBe('Principal ADS');
  });

  it('does not shorten again the words a shortening wrote', () => {
    expect(shortenTitle('Staff Data Scientist', titleShortenings([{ title: 'Data Scientist', shortTitle: 'DS' }, { title: 'X DS', shortTitle: 'X D' }]))).toBe('Staff DS');
  });
});
