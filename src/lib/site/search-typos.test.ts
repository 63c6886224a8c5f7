import { describe, expect, it } from 'vitest';
import { answeredByShorterWord, foundAsTyped, joinedCompounds, nearestNameWords, vocabularyOf } from './search-typos';

const vocabulary = vocabularyOf(['Principal Machine Learning Engineer', 'ML Engineering Manager', 'Staff', 'Lead MLE', 'Time to recover (TTR)']);

describe('the vocabulary that slips are corrected to', async () => {
  it('is the lowercase words of the names, of four letters or more, each once, sorted', () => {
    expect(vocabulary).toEqual(['engineer', 'engineering', 'lead', 'learning', 'machine', 'manager', 'principal', 'recover', 'staff', 'time']);
  });
});

describe('the nearest words of the names to a word typed with a slip', async () => {
  it('are those one slip away: a letter missing, added, changed, or two swapped', async () => {
    expect(await nearestNameWords('pricipal', vocabulary)).toEqual(['principal']);
    expect(await nearestNameWords('manger', vocabulary)).toEqual(['manager']);
    expect(await nearestNameWords('Recovre', vocabulary)).toEqual(['recover']);
    expect(await nearestNameWords('staaff', vocabulary)).toEqual(['staff']);
  });

  it('allow two slips in a long word, the nearest first', async () => {
    expect(await nearestNameWords('enginering', vocabulary)).toEqual(['engineering']);
    expect(await nearestNameWords('engineerng', vocabulary)).toEqual(['engineering', 'engineer']);
    expect(await nearestNameWords('principle', vocabulary)).toEqual(['principal']);
  });

  it('are none for a word of the names, a short word, a word far from all, or one with digits', async () => {
    for (const word of ['principal', 'staf', 'leed', 'lea', 'pipeline', 'p99', 'k8s']) expect(await nearestNameWords(word, vocabulary)).toEqual([]);
  });

  it('are, for a word of four letters, only the word with two neighbouring letters swapped', async () => {
    expect(await nearestNameWords('tiem', vocabulary)).toEqual(['time']);
    expect(await nearestNameWords('elad', vocabulary)).toEqual(['lead']);
    for (const word of ['imte', 'load', 'lade', 'tim']) expect(await nearestNameWords(word, vocabulary)).toEqual([]);
  });

  it('are none for a word the index finds as typed, which is English rather than a slip', async () => {
    const found = new Set(['manger']);
    const foundInIndex = async (word: string) => found.has(word);
    expect(await nearestNameWords('manger', vocabulary, foundInIndex)).toEqual([]);
    expect(await nearestNameWords('pricipal', vocabulary, foundInIndex)).toEqual(['principal']);
  });
});

/** A search whose first result's excerpt marks `marked`, or that finds nothing. */
const searchMarking = (marked: string | undefined) => async () => ({ results: marked === undefined ? [] : [{ data: async () => ({ excerpt: `before <mark>${marked}</mark> after` }) }] });

describe('whether the index holds a word as typed', () => {

  it('is so when the first result marks the word or one of its family', async () => {
    expect(await foundAsTyped(searchMarking('print'), 'print')).toBe(true);
    expect(await foundAsTyped(searchMarking('Principles'), 'principle')).toBe(true);
  });

  it('is not so when the index marks only a shorter beginning, or finds nothing', async () => {
    expect(await foundAsTyped(searchMarking('S.'), 'senoir')).toBe(false);
    expect(await foundAsTyped(searchMarking('PR'), 'pricipal')).toBe(false);
    expect(await foundAsTyped(searchMarking(undefined), 'zzzzz')).toBe(false);
  });
});

describe('whether the index answers a word only with a far shorter word that begins it', () => {
  it('holds for a word that begins with another (“headroom” answered with “Head”)', async () => {
    expect(await answeredByShorterWord(searchMarking('Head'), 'headroom')).toBe(true);
    expect(await answeredByShorterWord(searchMarking('data,'), 'database')).toBe(true);
  });

  it('does not hold for the word itself, a form of it, a shorter word followed by an ending, or nothing found', async () => {
    expect(await answeredByShorterWord(searchMarking('capacity'), 'capacity')).toBe(false);
    expect(await answeredByShorterWord(searchMarking('revert'), 'reverted')).toBe(false);
    expect(await answeredByShorterWord(searchMarking('fair'), 'fairness')).toBe(false);
    expect(await answeredByShorterWord(searchMarking('data'), 'datadog')).toBe(false);
    expect(await answeredByShorterWord(searchMarking(undefined), 'headroom')).toBe(false);
  });
});

describe('joinedCompounds', () => {
  const vocabulary = ['rollback', 'scorecard', 'release'];

  it('joins two neighbouring words, or a hyphenated word, that spell a word of the names', () => {
    expect(joinedCompounds('time to roll back a model', vocabulary)).toBe('time to rollback a model');
    expect(joinedCompounds('Score Card?', vocabulary)).toBe('scorecard');
    expect(joinedCompounds('roll-back rate', vocabulary)).toBe('rollback rate');
  });

  it('keeps other words as typed, and a word joined once only', () => {
    expect(joinedCompounds('roll out the Release', vocabulary)).toBe('roll out the Release');
    expect(joinedCompounds('roll back back', vocabulary)).toBe('rollback back');
    expect(joinedCompounds('on-call', vocabulary)).toBe('on-call');
  });
});
