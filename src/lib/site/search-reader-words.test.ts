import { describe, expect, it } from 'vitest';
import { readerPhraseRewrites, readerWordKey, readerWordsOf, readerWordsTable } from './search-reader-words';

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

  it('finds a verb’s “-ing” or “-ed” form through its plain form, with or without its “e”, never through a stem under four letters', () => {
    const verbs = { sponsor: ['sponsorship'], automate: ['automation'], ne: ['nothing'], br: ['nothing'] };
    expect(readerWordsOf('sponsoring', verbs)).toEqual(['sponsorship']);
    expect(readerWordsOf('Sponsored', verbs)).toEqual(['sponsorship']);
    expect(readerWordsOf('automating', verbs)).toEqual(['automation']);
    expect(readerWordsOf('automated', verbs)).toEqual(['automation']);
    expect(readerWordsOf('need', verbs)).toEqual([]);
    expect(readerWordsOf('bring', verbs)).toEqual([]);
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

describe('readerWordKey', () => {
  it('keys a word in lowercase with one kind of apostrophe', () => {
    expect(readerWordKey('Boss')).toBe('boss');
    expect(readerWordKey('don’t-care')).toBe("don't-care");
  });

  it('keys a phrase without its function words, as the search box sends a query', () => {
    expect(readerWordKey('half a year')).toBe('half year');
    expect(readerWordKey('How  often')).toBe('');
    expect(readerWordKey('how many models shipped')).toBe('models shipped');
    expect(readerWordKey('too many alerts')).toBe('too many alerts');
    expect(readerWordKey('what is')).toBe('');
    expect(readerWordKey('team’s morale')).toBe('team morale');
  });
});

describe('readerPhraseRewrites', () => {
  const phrases = readerWordsTable([
    { word: 'half a year', handbookWords: ['6-month', 'six months'] },
    { word: 'ship', handbookWords: ['deploy'] },
    { word: 'model got worse', handbookWords: ['regression'] },
    { word: 'got worse', handbookWords: ['degraded'] },
    { word: "team's morale", handbookWords: ['team health'] },
    { word: 'how long to fix', handbookWords: ['time to recover'] },
  ]);

  it('searches a query holding a phrase once per handbook word for it, the phrase replaced', () => {
    expect(readerPhraseRewrites('judged after half year role', phrases)).toEqual(['judged after 6-month role', 'judged after six months role']);
  });

  it('matches a phrase in any case, with either apostrophe, before trailing punctuation', () => {
    expect(readerPhraseRewrites('Half Year?', phrases)).toEqual(['6-month', 'six months']);
    expect(readerPhraseRewrites('Team’s Morale', phrases)).toEqual(['team health']);
    // As the search box sends it, without the possessive's “'s” (search-query.ts).
    expect(readerPhraseRewrites('team morale', phrases)).toEqual(['team health']);
  });

  it('puts a phrase’s handbook words in its place without their function words, as the query has none', () => {
    expect(readerPhraseRewrites('long fix incidents', phrases)).toEqual(['time recover incidents']);
  });

  it('takes the longest phrase first and leaves single words to the word-by-word search', () => {
    expect(readerPhraseRewrites('releases model got worse', phrases)).toEqual(['releases regression']);
    expect(readerPhraseRewrites('ship models', phrases)).toEqual(['ship models']);
  });

  it('returns a query without a phrase as it is, and at most four queries', () => {
    expect(readerPhraseRewrites('rollback rate', phrases)).toEqual(['rollback rate']);
    expect(readerPhraseRewrites('half year half year half year', phrases)).toHaveLength(4);
  });

  it('replaces a phrase once where a handbook word holds the phrase itself', () => {
    const circular = readerWordsTable([{ word: 'half year', handbookWords: ['half year review'] }]);
    expect(readerPhraseRewrites('half year', circular)).toEqual(['half year review']);
  });

  it('works when its source text is all that is carried', () => {
    const carried = new Function(`return ${String(readerPhraseRewrites)}`)() as typeof readerPhraseRewrites;
    expect(carried('half year', phrases)).toEqual(['6-month', 'six months']);
  });
});
