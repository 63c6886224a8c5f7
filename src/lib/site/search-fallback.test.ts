import { describe, expect, it } from 'vitest';
import { searchWithFallback, type ScoredResult } from './search-fallback';

/** A tiny index: pages and their words; a page matches when it holds every word, scored by how many words it has. */
function fakeSearch(pages: Record<string, string[]>) {
  const calls: string[] = [];
  const search = async (term: string) => {
    calls.push(term);
    const words = term.toLowerCase().split(/\s+/).filter(Boolean);
    const results: ScoredResult[] = Object.entries(pages)
      .filter(([, has]) => words.every((w) => has.includes(w)))
      .map(([id, has]) => ({ id, score: words.length / has.length }));
    return { results, extra: 'kept' };
  };
  return { search, calls };
}

describe('a query that finds nothing', () => {
  const pages = { moves: ['ic', 'manager', 'track'], manager: ['manager', 'people'], staff: ['staff', 'promotion'] };

  it('is answered by the pages that match it with one word fewer, keeping the rest of the response', async () => {
    const { search } = fakeSearch(pages);
    const answer = await searchWithFallback(search, 'switch ic manager');
    expect(answer.results.map((r) => r.id)).toEqual(['moves']);
    expect(answer.extra).toBe('kept');
  });

  it('ranks the pages of every way of dropping a word together, best score first', async () => {
    const { search } = fakeSearch({ a: ['x', 'y', 'p', 'q'], b: ['y', 'z'], c: ['x', 'z', 'p'] });
    const answer = await searchWithFallback(search, 'x y z');
    expect(answer.results.map((r) => [r.id, r.score])).toEqual([
      ['b', 1],
      ['c', 2 / 3],
      ['a', 0.5],
    ]);
  });

  it('drops more words only when one fewer still finds nothing', async () => {
    const { search, calls } = fakeSearch(pages);
    const answer = await searchWithFallback(search, 'switch become staff');
    expect(answer.results.map((r) => r.id)).toEqual(['staff']);
    expect(calls).toEqual(['switch become staff', 'switch become', 'switch staff', 'become staff', 'switch', 'become', 'staff']);
  });

  it('leaves a query that finds something, a single word and an empty query as they are', async () => {
    for (const term of ['ic manager', 'switch', '']) {
      const { search, calls } = fakeSearch(pages);
      await searchWithFallback(search, term);
      expect(calls).toEqual([term]);
    }
  });

  it('makes a bounded number of searches per round for a long query', async () => {
    const { search, calls } = fakeSearch(pages);
    await searchWithFallback(search, 'a b c d e f g h i j k l');
    expect(calls.length).toBeLessThan(12 * 25);
  });
});
