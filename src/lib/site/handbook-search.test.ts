import { describe, expect, it } from 'vitest';
import { handbookSearch, searchParts } from './handbook-search';

/** A tiny Pagefind: pages and their words; a page matches when it holds every word of the term, scored by the share of its words the term is. */
function fakePagefind(pages: Record<string, string[]>) {
  const result = (id: string, words: string[], score: number) => ({
    id,
    score,
    // One section holding all the page's words, under a title that holds none of them.
    data: async () => ({ url: `/${id}/`, meta: { title: 'Page' }, content: words.join(' '), sub_results: [{ url: `/${id}/#s`, title: 'Section', locations: words.map((_, i) => i) }], excerpt: '' }),
  });
  return async (term: string | null) => {
    const asked = term === null ? [] : term.toLowerCase().split(/\s+/).filter(Boolean);
    return {
      results: Object.entries(pages)
        .filter(([, words]) => asked.every((w) => words.includes(w)))
        .map(([id, words]) => result(id, words, asked.length / words.length)),
    };
  };
}

const ids = (response: { results: { id: string }[] }) => response.results.map((r) => r.id);

describe('handbookSearch', () => {
  it('searches a reader’s phrase as the handbook’s words for it, not as its own words', async () => {
    const search = handbookSearch({
      ...searchParts,
      search: fakePagefind({ review: ['6-month', 'review'], noise: ['half', 'year', 'review'] }),
      vocabulary: [],
      readerWords: { 'half year': ['6-month'] },
    });
    expect(ids(await search('half year'))).toEqual(['review']);
    // With another word, the page holding the phrase's meaning and that word comes first.
    expect(ids(await search('half year review'))[0]).toBe('review');
    // Without the whole phrase, its words are searched as typed.
    expect(ids(await search('half review'))[0]).toBe('noise');
  });

  it('takes the results of each meaning of a phrase in turn, each page once', async () => {
    const search = handbookSearch({
      ...searchParts,
      search: fakePagefind({ a: ['6-month'], b: ['six', 'months'], c: ['6-month', 'x', 'y'], d: ['six', 'months', 'z', 'w'] }),
      vocabulary: [],
      readerWords: { 'half year': ['6-month', 'six months'] },
    });
    expect(ids(await search('half year'))).toEqual(['a', 'b', 'c', 'd']);
  });
});
