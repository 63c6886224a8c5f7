import { describe, expect, it } from 'vitest';
import { namingWeight, pageSharesOf } from './search-word-shares';

/** A tiny index: pages and their words; a search finds the pages that hold the word, or every page for `null`. */
function fakeSearch(pages: string[][]) {
  const calls: (string | null)[] = [];
  const search = async (term: string | null) => {
    calls.push(term);
    return { results: term === null ? pages : pages.filter((words) => words.includes(term)) };
  };
  return { search, calls };
}

describe('the share of the pages that hold a word', () => {
  const { search, calls } = fakeSearch([
    ['ml', 'lead', 'drift'],
    ['ml', 'lead', 'finance'],
    ['ml', 'kpi'],
    ['lead', 'tools'],
  ]);
  const shareOf = pageSharesOf(search);

  it('is the share of the pages of the index that a search for the word finds, in any case', async () => {
    expect(await shareOf('ml')).toBe(3 / 4);
    expect(await shareOf('Lead')).toBe(3 / 4);
    expect(await shareOf('finance')).toBe(1 / 4);
    expect(await shareOf('nowhere')).toBe(0);
  });

  it('is counted once per word, with the pages counted once', async () => {
    await shareOf('ml');
    await shareOf('ML');
    expect(calls.filter((c) => c === null)).toHaveLength(1);
    expect(calls.filter((c) => c === 'ml')).toHaveLength(1);
  });

  it('is none, not a division by zero, in an empty index', async () => {
    expect(await pageSharesOf(fakeSearch([]).search)('ml')).toBe(0);
  });
});

describe('what a query word counts for by whether it names something', () => {
  const weight = namingWeight(['promotion', 'manager', 'recover'], 0.5);

  it('is 1 for a word of the names, in any case and form, and for a short word', () => {
    expect([weight('promotion'), weight('Manager'), weight('managers'), weight('recovery'), weight('ml'), weight('sla')]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('is the passing weight for a word that names nothing', () => {
    expect([weight('prepare'), weight('becoming'), weight('man')]).toEqual([0.5, 0.5, 1]);
  });
});
