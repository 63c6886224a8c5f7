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

/** A ramp of no width: words above four fifths of the pages do not count in the score, the others fully. */
const threshold = { from: 0.8, to: 0.8 };
/** Every word counts in the score. */
const everyWord = { from: 1, to: 1 };

const ranked = (answer: { results: ScoredResult[] }) => answer.results.map((r) => [r.id, Number(r.score.toFixed(4))]);

describe('a query that finds pages', () => {
  it('holding words on most pages scores the pages that hold all its words by its rarer words alone', async () => {
    const { search, calls } = fakeSearch({
      tools: ['ml', 'lead', 'finance', 'x', 'y'],
      variants: ['ml', 'lead', 'finance', 'b', 'c', 'd'],
      elsewhere: ['finance'],
    });
    // The fake scores a page by the query's words over its length; scored by “finance” alone, the
    // pages lose the common words' part of the score, and a page without them stays out.
    const shares: Record<string, number> = { ml: 0.9, lead: 0.9, finance: 0.1 };
    const answer = await searchWithFallback(search, 'ml lead finance', undefined, () => [], (w) => shares[w] ?? 0, threshold);
    expect(ranked(answer).slice(0, 2)).toEqual([
      ['tools', 0.2],
      ['variants', Number((1 / 6).toFixed(4))],
    ]);
    expect(calls).toContain('finance');
  });

  it('keeps for each page the result of the search that held most of the query, at its best score', async () => {
    // The page's title holds “principal”: searched alone, it scores ten times higher, as a title
    // matched whole does, but that search's result shows no section about “come”.
    const search = async (term: string) => ({ results: [{ id: 'level', score: term === 'principal' ? 10 : 1, found: term }] });
    const answer = await searchWithFallback(search, 'principal come');
    const [page] = answer.results as (ScoredResult & { found: string })[];
    expect(page!.found).toBe('principal come');
    expect(page!.score).toBeCloseTo(10 * 0.5 ** 3);
  });

  it('naming a page is scored whole, its common words included', async () => {
    const pages = { tools: ['ml', 'lead', 'finance', 'x', 'y'], level: ['ml', 'lead', 'finance', 'a', 'b', 'c', 'd', 'e'] };
    const shares: Record<string, number> = { ml: 0.9, lead: 0.9, finance: 0.1 };
    // The fake scores the whole query 3/5 on the tools page and 3/8 on the level's; “finance” alone 1/5 and 1/8.
    const named = await searchWithFallback(fakeSearch(pages).search, 'ml lead finance', undefined, () => [], (w) => shares[w] ?? 0, threshold, () => 1, () => [], 1, 1, (query) => query === 'ml lead finance');
    expect(ranked(named)).toEqual([['tools', 0.6], ['level', 0.375]]);
    const unnamed = await searchWithFallback(fakeSearch(pages).search, 'ml lead finance', undefined, () => [], (w) => shares[w] ?? 0, threshold, () => 1, () => [], 1, 1, () => false);
    expect(ranked(unnamed)).toEqual([['tools', 0.2], ['level', 0.125]]);
  });

  it('asks whether a page is named with its own rule for a common word, one that counts less than half in the score (`commonWords`)', async () => {
    const shares: Record<string, number> = { ml: 0.9, lead: 0.8, finance: 0.1 };
    const told: boolean[][] = [];
    await searchWithFallback(fakeSearch({ tools: ['ml', 'lead', 'finance'] }).search, 'ml lead finance', undefined, () => [], (w) => shares[w] ?? 0, threshold, () => 1, () => [], 1, 1, async (query, _found, commonWord) => {
      told.push(await Promise.all(query.split(' ').map(commonWord)));
      return false;
    });
    expect(told[0]).toEqual([true, false, false]);
  });

  it('made only of common words is scored whole', async () => {
    const { search } = fakeSearch({ level: ['ml', 'lead'] });
    const answer = await searchWithFallback(search, 'ml lead', undefined, () => [], () => 0.9, threshold);
    expect(ranked(answer)).toEqual([['level', 1]]);
  });

  it('counts a partial match by the information of the words it holds: missing a common word costs little, a rare one most', async () => {
    const { search } = fakeSearch({ hosting: ['deploy', 'netlify', 'a', 'b'], kpis: ['deploy', 'c'] });
    const shares: Record<string, number> = { deploy: 0.4, netlify: 0.01 };
    const answer = await searchWithFallback(search, 'deploy netlify', undefined, () => [], (w) => shares[w] ?? 0);
    const information = (w: string) => Math.log(1 + 1 / shares[w]!);
    const deployShare = information('deploy') / (information('deploy') + information('netlify'));
    expect(ranked(answer)).toEqual([
      ['hosting', 0.5],
      ['kpis', Number((0.5 * deployShare ** 3).toFixed(4))],
    ]);
  });

  it('weighs each word’s information by `wordWeight`: a page missing a word that names nothing keeps more of its score', async () => {
    const { search } = fakeSearch({ guide: ['promotion', 'a'], kit: ['prepare', 'promotion', 'b', 'c', 'd', 'e', 'f', 'g'] });
    const shares: Record<string, number> = { prepare: 0.05, promotion: 0.3 };
    const information = (w: string) => Math.log(1 + 1 / shares[w]!);
    const guideShare = (prepareWeight: number) => information('promotion') / (information('promotion') + prepareWeight * information('prepare'));
    const weighed = (prepareWeight: number) => searchWithFallback(search, 'prepare promotion', undefined, () => [], (w) => shares[w] ?? 0, everyWord, (w) => (w === 'prepare' ? prepareWeight : 1));
    expect(ranked(await weighed(1))).toEqual([
      ['kit', 0.25],
      ['guide', Number((0.5 * guideShare(1) ** 3).toFixed(4))],
    ]);
    expect(ranked(await weighed(0.2))).toEqual([
      ['kit', 0.25],
      ['guide', Number((0.5 * guideShare(0.2) ** 3).toFixed(4))],
    ]);
    expect(guideShare(0.2)).toBeGreaterThan(guideShare(1));
  });

  it('also finds the pages that hold all its words but one, after those that hold them all', async () => {
    const { search } = fakeSearch({ whole: ['mean', 'time', 'recover', 'a', 'b', 'c'], part: ['time', 'recover'] });
    const answer = await searchWithFallback(search, 'mean time recover');
    expect(ranked(answer)).toEqual([
      ['whole', 0.5],
      // Two words of three: its score of 1 counts (2/3)³.
      ['part', Number(((2 / 3) ** 3).toFixed(4))],
    ]);
    expect(answer.extra).toBe('kept');
  });

  it('for a question of six words or more, also finds the pages that hold two thirds of its words', async () => {
    const { search } = fakeSearch({ near: ['see', 'one', 'competency', 'rating', 'changed', ...'abcdefghij'.split('')], answer: ['competency', 'rating', 'changed', 'checkins'] });
    const long = await searchWithFallback(search, 'see one competency rating changed checkins');
    expect(long.results.map((r) => r.id)).toEqual(['answer', 'near']);
    // Five words: a page holding three of them is left out while one holds four.
    const shorter = await searchWithFallback(search, 'see one competency rating checkins');
    expect(shorter.results.map((r) => r.id)).toEqual(['near']);
  });

  it('searches each word’s other spelling, the first word’s too, before spelling two words otherwise', async () => {
    const { search, calls } = fakeSearch({ page: ['manager', 'b', 'c', 'd', 'e', 'f'] });
    const answer = await searchWithFallback(search, 'boss b c d e f', undefined, (w) => (w === 'boss' ? ['manager'] : [`${w}2`]));
    expect(calls).toContain('manager b c d e f');
    expect(answer.results.map((r) => r.id)).toEqual(['page']);
  });

  it('searches every way of keeping a long question’s words as typed before any other spelling', async () => {
    const { search, calls } = fakeSearch({ near: ['a', 'b', 'c', 'd', 'e', ...'vwxyz'.split('')], answer: ['c', 'd', 'e', 'f'] });
    // Every word has another spelling: without taking the ways in turn, the first ones' spellings
    // filled each round, and the ways that keep the last words were never searched.
    const answer = await searchWithFallback(search, 'a b c d e f', undefined, (w) => [`${w}2`]);
    expect(answer.results.map((r) => r.id)).toContain('answer');
    expect(calls.length).toBeLessThanOrEqual(3 * 24);
  });

  it('lets a page that holds all but one word come first when it scores far higher on them', async () => {
    const { search } = fakeSearch({ mentions: ['mean', 'time', 'recover', ...'abcdefghijklmnop'.split('')], defines: ['time', 'recover'] });
    const answer = await searchWithFallback(search, 'mean time recover');
    expect(answer.results.map((r) => r.id)).toEqual(['defines', 'mentions']);
  });

  it('searches each word in its other forms too, a page found either way counting once at its best', async () => {
    const { search, calls } = fakeSearch({ kpi: ['time', 'recover'], skill: ['recovery', 'time', 'x'] });
    const otherForms = (word: string) => (word === 'recovery' ? ['recover'] : []);
    const answer = await searchWithFallback(search, 'time recovery', undefined, otherForms);
    expect(ranked(answer)).toEqual([
      ['kpi', 1],
      ['skill', 0.6667],
    ]);
    expect(calls).toEqual(['time recovery', 'time recover', 'time', 'recovery', 'recover']);
  });

  it('takes other forms found asynchronously, as a slip’s correction is once the index is asked', async () => {
    const { search } = fakeSearch({ level: ['principal', 'engineer'] });
    const otherForms = async (word: string) => (word === 'pricipal' ? ['principal'] : []);
    const answer = await searchWithFallback(search, 'pricipal engineer', undefined, otherForms);
    expect(ranked(answer)).toEqual([['level', 1]]);
  });

  it('searches a reader’s word as the handbook’s words for it, a page found that way scoring `readerWordWeight` times as much', async () => {
    const { search, calls } = fakeSearch({ guide: ['manager', 'ratings'], blog: ['boss', 'ratings', 'x', 'y'] });
    const readerWords = (word: string) => (word === 'boss' ? ['manager'] : []);
    const answer = await searchWithFallback(search, 'boss ratings', undefined, () => [], () => 0, everyWord, () => 1, readerWords, 0.8);
    expect(ranked(answer)).toEqual([
      ['guide', 0.8],
      ['blog', 0.5],
    ]);
    expect(calls.slice(0, 2)).toEqual(['boss ratings', 'manager ratings']);
  });

  it('keeps a page holding the reader’s own word first when it scores as well as one holding the handbook’s', async () => {
    const { search } = fakeSearch({ guide: ['manager', 'ratings'], blog: ['boss', 'ratings'] });
    const readerWords = (word: string) => (word === 'boss' ? ['manager'] : []);
    const answer = await searchWithFallback(search, 'boss ratings', undefined, () => [], () => 0, everyWord, () => 1, readerWords, 0.8);
    expect(ranked(answer).map(([id]) => id)).toEqual(['blog', 'guide']);
  });

  it('searches a reader’s word that the index does not hold only as the handbook’s words, not as what Pagefind answers it with', async () => {
    // Pagefind answers “headroom”, which no page holds, with the pages that hold “head”.
    const { search } = fakeSearch({ head: ['head', 'headroom'], plan: ['capacity', 'x', 'y', 'z'] });
    const readerWords = (word: string) => (word === 'headroom' ? ['capacity'] : []);
    const held = (word: string) => word !== 'headroom';
    const answer = await searchWithFallback(search, 'headroom', undefined, () => [], () => 0, everyWord, () => 1, readerWords, 0.8, 1, () => false, held);
    expect(ranked(answer)).toEqual([
      ['plan', 0.2],
      ['head', 0],
    ]);
    // A word the index holds keeps its own pages first.
    const asTyped = await searchWithFallback(search, 'headroom', undefined, () => [], () => 0, everyWord, () => 1, readerWords, 0.8, 1, () => false, () => true);
    expect(ranked(asTyped).map(([id]) => id)).toEqual(['head', 'plan']);
  });

  it('leaves a single word and an empty query to Pagefind alone', async () => {
    for (const term of ['switch', '']) {
      const { search, calls } = fakeSearch({ a: ['switch'] });
      await searchWithFallback(search, term);
      expect(calls).toEqual([term]);
    }
  });
});

describe('a query whose words leave fewer pages than `fewestPages`', () => {
  // Only “glossary” holds three of the four words; the others hold two, and score higher.
  const pages = { glossary: ['a', 'b', 'c', ...'pqrstuvwxyz'.split('')], log: ['c', 'd'], list: ['a', 'd', 'e'] };

  it('is answered as before when the query and its parts leave enough pages', async () => {
    const { search } = fakeSearch(pages);
    const answer = await searchWithFallback(search, 'a b c d');
    expect(answer.results.map((r) => r.id)).toEqual(['glossary']);
    expect(answer).not.toHaveProperty('widenedAfter');
  });

  it('also finds the pages that hold fewer of its words, listed after those found before, and says where they begin', async () => {
    const { search, calls } = fakeSearch(pages);
    const answer = await searchWithFallback(search, 'a b c d', undefined, () => [], () => 0, everyWord, () => 1, () => [], 1, 3);
    expect(answer.results.map((r) => r.id)).toEqual(['glossary', 'log', 'list']);
    expect((answer as { widenedAfter?: number }).widenedAfter).toBe(1);
    // Two words of four, after three of four: the smaller parts are searched only while too few pages are found.
    expect(calls).not.toContain('a');
  });

  it('searches no query twice, and answers one met again as it did the first time', async () => {
    // A question of six words: its deeper round searches its parts of four words, where its widening begins too.
    const { search, calls } = fakeSearch({ near: ['a', 'b', 'c', 'd', 'e', 'x'], part: ['a', 'b', 'c', 'y'], few: ['e', 'f', 'z'] });
    const answer = await searchWithFallback(search, 'a b c d e f', undefined, () => [], () => 0, everyWord, () => 1, () => [], 1, 3);
    expect(answer.results.map((r) => r.id)).toEqual(['near', 'part', 'few']);
    expect(calls.length).toBe(new Set(calls).size);
  });

  it('keeps the parts that hold most of the query’s information first, and stops once enough pages are found', async () => {
    const { search, calls } = fakeSearch({ one: ['a', 'b', 'c'], rare: ['c', 'd'], common: ['a', 'b'], more: ['a', 'd'] });
    const shares: Record<string, number> = { a: 0.5, b: 0.5, c: 0.01, d: 0.01 };
    const answer = await searchWithFallback(search, 'a b c d', undefined, () => [], (w) => shares[w] ?? 0, everyWord, () => 1, () => [], 1, 2);
    expect(answer.results.map((r) => r.id).slice(0, 2)).toEqual(['one', 'rare']);
    expect(calls.indexOf('c d')).toBeLessThan(calls.indexOf('a b'));
    expect(calls).not.toContain('d');
  });
});

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
    expect(answer.results.map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });

  it('drops more words only when one fewer still finds nothing', async () => {
    const { search, calls } = fakeSearch(pages);
    const answer = await searchWithFallback(search, 'switch become staff');
    expect(answer.results.map((r) => r.id)).toEqual(['staff']);
    expect(calls).toEqual(['switch become staff', 'switch become', 'switch staff', 'become staff', 'switch', 'become', 'staff']);
  });

  it('is returned as Pagefind answered it when no part of it finds anything', async () => {
    const { search } = fakeSearch(pages);
    const answer = await searchWithFallback(search, 'nothing here');
    expect(answer).toEqual({ results: [], extra: 'kept' });
  });

  it('makes a bounded number of searches per round for a long query', async () => {
    const { search, calls } = fakeSearch(pages);
    await searchWithFallback(search, 'a b c d e f g h i j k l', undefined, (w) => [`${w}1`, `${w}2`]);
    expect(calls.length).toBeLessThan(12 * 25);
  });
});

describe('the weight of a query’s common words', () => {
  /** An index of pages holding words at weights; a page's score for a query is the sum of its words' weights, when it holds them all. */
  function weightedSearch(pages: Record<string, Record<string, number>>) {
    const search = async (term: string | null) => {
      const words = (term ?? '').split(/\s+/).filter(Boolean);
      const results: ScoredResult[] = Object.entries(pages)
        .filter(([, has]) => words.every((w) => w in has))
        .map(([id, has]) => ({ id, score: words.reduce((sum, w) => sum + has[w]!, 0) }));
      return { results: results.sort((a, b) => b.score - a.score) };
    };
    const share = (word: string) => Object.values(pages).filter((has) => word in has).length / Object.keys(pages).length;
    return { search, share };
  }

  it('mixes the scores of the query with and without a word as the word’s share of the pages climbs the ramp', async () => {
    const pages = { a: { ml: 4, finance: 1 }, b: { ml: 1, finance: 2 } };
    const { search } = weightedSearch(pages);
    const scored = (mlShare: number) => searchWithFallback(search, 'ml finance', undefined, () => [], (w) => (w === 'ml' ? mlShare : 0.1), { from: 0.7, to: 0.9 }).then(ranked);
    // Below the ramp, the query whole: a 5, b 3; at its middle, half each: a (5 + 1) / 2, b (3 + 2) / 2; above it, “finance” alone.
    expect(await scored(0.6)).toEqual([['a', 5], ['b', 3]]);
    expect(await scored(0.8)).toEqual([['a', 3], ['b', 2.5]]);
    expect(await scored(0.95)).toEqual([['b', 2], ['a', 1]]);
  });

  /**
   * A level page that weighs “manager” most and ten pages that weigh “review” and “designs” more,
   * each a little more than the one before, among a hundred pages, `managerPages` of which say
   * “manager”: the level's rank for “manager review designs” as one page after another says “manager”.
   */
  const levelRanks = async (ramp: { from: number; to: number }) => {
    const ranks: number[] = [];
    for (let managerPages = 60; managerPages <= 100; managerPages++) {
      const others = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`other${i}`, { manager: 1, review: 1.1 + 0.2 * i, designs: 1.1 + 0.2 * i }]));
      const fillers = Object.fromEntries(Array.from({ length: 89 }, (_, i) => [`filler${i}`, i < managerPages - 11 ? { manager: 1 } : { other: 1 }]));
      const { search, share } = weightedSearch({ level: { manager: 5, review: 1, designs: 1 }, ...others, ...fillers });
      const answer = await searchWithFallback(search, 'manager review designs', undefined, () => [], share, ramp);
      ranks.push(answer.results.findIndex((r) => r.id === 'level') + 1);
    }
    return ranks;
  };
  /** The most places a page moves between one count of pages and the next. */
  const largestStep = (ranks: number[]) => Math.max(...ranks.slice(1).map((rank, i) => Math.abs(rank - ranks[i]!)));

  it('moves a page by one place at most when one more page holds a common word', async () => {
    const ranks = await levelRanks({ from: 0.7, to: 0.9 });
    expect(ranks[0]).toBe(1);
    expect(ranks.at(-1)).toBe(11);
    expect(largestStep(ranks)).toBe(1);
  });

  it('as a threshold, moved the page from first to last with one page more', async () => {
    expect(largestStep(await levelRanks({ from: 0.8, to: 0.8 }))).toBe(10);
  });
});
