import { describe, expect, it } from 'vitest';
import { readerWordsOf, readerWordsTable } from './search-reader-words';

const thesaurus = readerWordsTable([
  { word: 'boss', handbookWords: ['manager'] },
  { word: 'wins', handbookWords: ['impact', 'evidence'] },
  { word: 'deadline', handbookWords: ['milestones'] },
  { word: 'one-on-one', handbookWords: ['check-in'] },
  { word: 'boss', handbookWords: ['director'] },
]);

describe('readerWordsOf', () => {
  it('gives the handbook’s words for a word of the thesaurus, in any case', () => {
    expect(readerWordsOf('Boss', thesaurus)).toEqual(['manager']);
    expect(readerWordsOf('wins', thesaurus)).toEqual(['impact', 'evidence']);
  });

  it('finds a plural or possessive through the word the thesaurus lists', () => {
    expect(readerWordsOf('bosses', thesaurus)).toEqual(['manager']);
    expect(readerWordsOf('boss’s', thesaurus)).toEqual(['manager']);
    expect(readerWordsOf('deadlines', thesaurus)).toEqual(['milestones']);
  });

  it('ignores punctuation a question ends with and keeps hyphenated words whole', () => {
    expect(readerWordsOf('boss?', thesaurus)).toEqual(['manager']);
    expect(readerWordsOf('one-on-one', thesaurus)).toEqual(['check-in']);
  });

  it('gives nothing for a word the thesaurus does not hold', () => {
    expect(readerWordsOf('manager', thesaurus)).toEqual([]);
    expect(readerWordsOf('', thesaurus)).toEqual([]);
  });

  it('does not take the names of an object’s own properties for words', () => {
    expect(readerWordsOf('constructor', thesaurus)).toEqual([]);
    expect(readerWordsOf('toString', thesaurus)).toEqual([]);
  });

  it('works when its source text is all that is carried', () => {
    // The dialog's module carries the function's text: it must use no outside name.
    const carried = new Function(`return ${String(readerWordsOf)}`)() as typeof readerWordsOf;
    expect(carried('bosses', thesaurus)).toEqual(['manager']);
  });
});

describe('readerWordsTable', () => {
  it('keeps the first entry of a word listed twice', () => {
    expect(thesaurus['boss']).toEqual(['manager']);
  });
});
