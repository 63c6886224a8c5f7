import { describe, expect, it } from 'vitest';
import { handbookSearch, searchParts, type PagefindResult } from './handbook-search';

/**
 * A tiny Pagefind: a page matches a query when it holds every word (or a word it begins), scored by
 * the share of its words the query holds; its data has a title, other names and an excerpt.
 */
function fakePagefind(pages: Record<string, { title: string; words: string[]; also?: string }>) {
  return async (term: string | null): Promise<{ results: PagefindResult[] }> => {
    const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const results = Object.entries(pages)
      .filter(([, page]) => words.every((w) => page.words.some((has) => has.startsWith(w))))
      .map(([id, page]) => ({
        id,
        score: words.length / page.words.length,
        data: async () => ({ meta: { title: page.title, ...(page.also ? { 'Also called': page.also } : {}) }, sub_results: [], excerpt: words.map((w) => `<mark>${w}</mark>`).join(' ') }),
      }))
      .sort((a, b) => b.score - a.score);
    return { results };
  };
}

const ids = (answer: { results: { id: string }[] }) => answer.results.map((r) => r.id);

describe('handbookSearch', () => {
  const pages = {
    compare: { title: 'Senior vs Staff', words: ['senior', 'staff'] },
    staff: { title: 'Staff engineer', words: ['staff', 'engineer', 'scope', 'horizon', 'influence', 'design'], also: 'Staff MLE' },
    recover: { title: 'Time to recover', words: ['time', 'recover', 'incident'] },
  };
  const search = handbookSearch({ ...searchParts, search: fakePagefind(pages), vocabulary: ['staff', 'senior', 'recover'] });

  it('puts first, among the first results, the page whose own name holds the whole query', async () => {
    expect(ids(await search('staff', {}))[0]).toBe('staff');
  });

  it('finds a page through another form of a query word', async () => {
    expect(ids(await search('recovery', {}))).toContain('recover');
  });

  it('spells out a job title’s abbreviation', async () => {
    expect(ids(await search('sr staff', {}))).toContain('compare');
  });

  it('finds a page through the handbook’s word for a reader’s word, from the thesaurus it is given', async () => {
    const withThesaurus = handbookSearch({ ...searchParts, search: fakePagefind(pages), vocabulary: ['staff', 'senior', 'recover'], readerWords: { outage: ['incident'] } });
    expect(ids(await withThesaurus('outage', {}))).toEqual(['recover']);
    expect(ids(await search('outage', {}))).toEqual([]);
  });
});
