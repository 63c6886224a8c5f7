import { describe, expect, it } from 'vitest';
import { commonWordsOf } from './search-common-words';

/** A tiny index: pages and their words; a search finds the pages that hold the word, or every page for `null`. */
function fakeSearch(pages: string[][]) {
  const calls: (string | null)[] = [];
  const search = async (term: string | null) => {
    calls.push(term);
    return { results: term === null ? pages : pages.filter((words) => words.includes(term)) };
  };
  return { search, calls };
}

describe('the common words of an index', () => {
  const { search, calls } = fakeSearch([
    ['ml', 'lead', 'drift'],
    ['ml', 'lead', 'finance'],
    ['ml', 'kpi'],
    ['lead', 'tools'],
  ]);
  const common = commonWordsOf(search, 0.5);

  it('are the words found on more than the given share of its pages', async () => {
    expect(await common('ml')).toBe(true);
    expect(await common('Lead')).toBe(true);
    expect(await common('finance')).toBe(false);
    expect(await common('nowhere')).toBe(false);
  });

  it('are counted once per word, with the pages counted once', async () => {
    await common('ml');
    await common('ML');
    expect(calls.filter((c) => c === null)).toHaveLength(1);
    expect(calls.filter((c) => c === 'ml')).toHaveLength(1);
  });

  it('are none where a word is on exactly the share, not more', async () => {
    const { search: half } = fakeSearch([['a'], ['b']]);
    expect(await commonWordsOf(half, 0.5)('a')).toBe(false);
  });
});
