import { describe, expect, it } from 'vitest';
import { handbookSearch, searchParts, type PagefindResult } from './handbook-search';
import { searchTerms } from './search-query';
import { commonWords } from './search-weights';
import { competencyHref, competencyTrackHref, glossaryHref } from './urls';

/** The share of the pages from which a name's word counts as common (`namedByQuery`): the middle of the ramp. */
const commonNameWordShare = (commonWords.from + commonWords.to) / 2;

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

/** A tiny Pagefind: pages and their words; a page matches when it holds every word of the term, scored by the share of its words the term is. */
function fakeSectionedPagefind(pages: Record<string, string[]>) {
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

  it('finds a page through the lexicon’s words for a word the thesaurus does not hold; the thesaurus wins where it holds the word', async () => {
    const withLexicon = handbookSearch({ ...searchParts, search: fakePagefind(pages), vocabulary: ['staff', 'senior', 'recover'], readerWords: { outage: ['incident'] }, lexicon: { outage: ['horizon'], mend: ['recover'] } });
    expect(ids(await withLexicon('mend', {}))).toEqual(['recover']);
    expect(ids(await withLexicon('outage', {}))).toEqual(['recover']);
  });
});

describe('handbookSearch with a compound the reader split', () => {
  it('searches it joined, as the handbook’s names write it, and as typed, as prose may write it', async () => {
    const pages = {
      named: { title: 'Rollback', words: ['rollback', 'rate'] },
      prose: { title: 'Runbook', words: ['how', 'to', 'roll', 'back'] },
    };
    const search = handbookSearch({ ...searchParts, search: fakePagefind(pages), vocabulary: ['rollback'] });
    expect(ids(await search('roll back', {})).sort()).toEqual(['named', 'prose']);
  });
});

describe('handbookSearch with readers’ phrases', () => {
  it('searches a reader’s phrase as the handbook’s words for it, not as its own words', async () => {
    const search = handbookSearch({
      ...searchParts,
      search: fakeSectionedPagefind({ review: ['6-month', 'review'], noise: ['half', 'year', 'review'] }),
      vocabulary: [],
      readerWords: { 'half year': ['6-month'] },
    });
    expect(ids(await search('half year'))).toEqual(['review']);
    // With another word, the page holding the phrase's meaning and that word comes first.
    expect(ids(await search('half year review'))[0]).toBe('review');
    // Without the whole phrase, its words are searched as typed.
    expect(ids(await search('half review'))[0]).toBe('noise');
  });

  it('merges the results of each meaning of a phrase, the better-scored first, each page once', async () => {
    const search = handbookSearch({
      ...searchParts,
      search: fakeSectionedPagefind({ a: ['6-month'], b: ['six', 'months'], c: ['6-month', 'x', 'y'], d: ['six', 'months', 'z', 'w'] }),
      vocabulary: [],
      readerWords: { 'half year': ['6-month', 'six months'] },
    });
    // The fake scores a page by the share of its words the query is: a and b hold only the query, d half, c a third.
    expect(ids(await search('half year'))).toEqual(['a', 'b', 'd', 'c']);
  });

  it('keeps each meaning’s own order, where a name match comes first with a lower score', async () => {
    // “6-month review” is the title of a page that scores low (many words); the name match puts it first.
    const search = handbookSearch({
      ...searchParts,
      search: fakePagefind({
        named: { title: '6-month review', words: ['6-month', ...'abcdefghij'.split('')] },
        dense: { title: 'Goals', words: ['6-month'] },
        other: { title: 'Plan', words: ['six', 'months', 'x'] },
        other2: { title: 'Plan 2', words: ['six', 'months', 'x', 'y'] },
      }),
      vocabulary: [],
      readerWords: { 'half year': ['6-month', 'six months'] },
    });
    // “6-month” ranks named (score 1/11) before dense (1); “six months” scores 2/3 and 1/2. Merged
    // by the heads' scores, named would wait behind both; merged by what each search still holds,
    // the “6-month” search, whose best is 1, goes first, in its own order.
    expect(ids(await search('half year'))).toEqual(['named', 'dense', 'other', 'other2']);
  });
});

describe('handbookSearch with a reader’s phrase whose meanings leave few pages', () => {
  it('lists every meaning’s pages found by the whole query before the pages found by fewer of its words', async () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `f${i}`);
    const search = handbookSearch({
      ...searchParts,
      fewestPages: 3,
      search: fakeSectionedPagefind({
        // Holds the first meaning whole.
        first: ['alpha', 'x', 'y', ...filler(10)],
        // Holds one word of the first meaning and nothing else: found by its widening, with a good score.
        widened: ['alpha'],
        // Holds the second meaning whole, among many words: a low score.
        second: ['beta', 'z', 'w', ...filler(3000)],
      }),
      vocabulary: [],
      readerWords: { 'half year': ['alpha x y', 'beta z w'] },
    });
    expect(ids(await search('half year'))).toEqual(['first', 'second', 'widened']);
  });
});

describe('handbookSearch over a Pagefind that keeps one data object per page', () => {
  it('gives each result the sections of its own search, when two searches of the same page load their data at once', async () => {
    // As Pagefind's `loadFragment`: one object per page, its sections rewritten at each `data()` call, between two awaits.
    const content = ['alpha', 'one', 'alpha', 'two', 'alpha', 'three', 'alpha', 'four', 'beta', 'one', 'beta', 'two', 'beta', 'three', 'beta', 'four'];
    const shared: { url: string; meta: Record<string, string>; content: string; excerpt: string; sub_results: { url: string; title: string; locations: number[] }[] } = { url: '/p/', meta: { title: 'Page' }, content: content.join(' '), excerpt: '', sub_results: [] };
    const sectionsOf = (word: string) =>
      content.flatMap((w, at) => (w === word ? [{ url: `/p/#${word}-${content[at + 1]}`, title: `${word} ${content[at + 1]}`, locations: [at] }] : []));
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    const search = handbookSearch({
      ...searchParts,
      search: async (term: string | null) => ({
        results: ['alpha', 'beta'].includes(term ?? '')
          ? [{ id: 'p', score: 1, data: async () => (await tick(), (shared.sub_results = sectionsOf(term!)), await tick(), shared) }]
          : [],
      }),
      vocabulary: [],
      readerWords: { 'half year': ['alpha', 'beta'] },
    });
    const [page] = (await search('half year')).results;
    // The “alpha” search comes first (a tie keeps the meanings' order): its sections, three of four shown.
    expect((await page!.data()).sub_results.map((s) => s.url)).toEqual(['/p/#alpha-one', '/p/#alpha-two', '/p/#alpha-three']);
  });
});

describe('handbookSearch with a query whose words leave few pages', () => {
  it('lists the pages found by fewer of its words after those found by the query, each group ranked on its own', async () => {
    const pages = {
      // Holds three of the query's four words, among many others.
      glossary: { title: 'Glossary', words: ['scroll', 'back', 'logged', ...'abcdefghijklmnop'.split('')] },
      // Holds two, one of them in its title: ranked alone with the glossary, it came first.
      log: { title: 'Your log', words: ['logged', 'everything'] },
    };
    const search = handbookSearch({ ...searchParts, fewestPages: 3, search: fakePagefind(pages), vocabulary: [] });
    expect(ids(await search('scroll back everything logged', {}))).toEqual(['glossary', 'log']);
    const alone = handbookSearch({ ...searchParts, fewestPages: 1, search: fakePagefind(pages), vocabulary: [] });
    expect(ids(await alone('scroll back everything logged', {}))).toEqual(['glossary']);
  });
});

describe('handbookSearch’s data() calls of one page', () => {
  it('hands a page’s data from the index loaded now, after the index is loaded anew', async () => {
    let load = 'first';
    const search = handbookSearch({
      ...searchParts,
      search: async () => ({ results: [{ id: 'p', score: 1, data: async () => ({ url: '/p/', meta: { title: `Page of the ${load} load` }, content: 'alpha', excerpt: '', sub_results: [] }) }] }),
      vocabulary: [],
    });
    const first = (await search('alpha')).results[0]!;
    expect((await first.data()).meta.title).toBe('Page of the first load');
    load = 'second';
    const again = (await search('alpha')).results[0]!;
    expect((await again.data()).meta.title).toBe('Page of the second load');
  });
});


interface FakeTitledPage {
  title: string;
  /** The page's indexed words, in order. */
  words: string[];
}

/**
 * A tiny Pagefind: a search for nothing lists every page; a search for words lists the pages that
 * hold every one of them, scored as Pagefind scores roughly: each occurrence in the text counts 1,
 * and a title that holds the whole query adds 10, one that holds part of it 10 × the share held,
 * squared (a field is matched by the share of the query it holds).
 */
function fakeTitledPagefind(pages: Record<string, FakeTitledPage>) {
  const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return async (term: string | null): Promise<{ results: PagefindResult[] }> => {
    const query = term === null ? [] : wordsOf(term);
    const results = Object.entries(pages)
      .filter(([, page]) => query.every((w) => page.words.includes(w) || wordsOf(page.title).includes(w)))
      .map(([id, page]) => {
        const inTitle = query.filter((w) => wordsOf(page.title).includes(w)).length / Math.max(query.length, 1);
        const score = query.reduce((sum, w) => sum + page.words.filter((x) => x === w).length, 0) + 10 * inTitle ** 2;
        const content = page.words.join(' ');
        return {
          id,
          score,
          data: async () => ({ url: `/${id}/`, meta: { title: page.title }, content, excerpt: content, sub_results: [{ url: `/${id}/`, title: page.title, locations: [0] }] }),
        };
      })
      .sort((a, b) => b.score - a.score);
    return { results };
  };
}

/** The first ten pages the dialog's search lists for `term`. */
async function firstTen(pages: Record<string, FakeTitledPage>, term: string): Promise<string[]> {
  const search = handbookSearch({ ...searchParts, search: fakeTitledPagefind(pages), vocabulary: [] });
  return (await search(term)).results.slice(0, 10).map((r) => r.id);
}

describe('handbookSearch with a name whose word is on nearly every page', () => {
  /**
   * Twenty pages: the level named “Widget Keeper”, eleven pages titled “Widget …” that say
   * “widget” more often, and fillers, `keeperPages` of which say “keeper”. Held by as many pages
   * as the middle of `commonWords` allows, “keeper” is not common in a name; by one more, it is,
   * and a query scored mostly by its rarer words (“widget”) put the eleven pages before the level's.
   */
  const site = (keeperPages: number): Record<string, FakeTitledPage> => ({
    level: { title: 'Widget Keeper', words: ['widget', 'keeper', 'duties'] },
    ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`widgets${i}`, { title: `Widget page ${i}`, words: ['widget', 'widget', 'widget', 'keeper', `topic${i}`] }])),
    ...Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`filler${i}`, { title: `Filler ${i}`, words: i < keeperPages - 12 ? ['keeper', `other${i}`] : [`other${i}`] }])),
  });
  const pageCount = Object.keys(site(0)).length;
  /** The most pages that can hold a word that is not common (its share below the middle of `commonWords`), and one more. */
  let notCommon = pageCount;
  while (notCommon / pageCount >= commonNameWordShare) notCommon--;
  const common = notCommon + 1;
  const holdingKeeper = (pages: Record<string, FakeTitledPage>) => Object.values(pages).filter((p) => p.words.includes('keeper')).length;

  it('finds a page for its own name whether or not one more page makes a word of the name common', async () => {
    // The precondition: one site below the share, one above it, each as many pages holding “keeper” as meant.
    expect(notCommon / pageCount).toBeLessThan(commonNameWordShare);
    expect(common / pageCount).toBeGreaterThanOrEqual(commonNameWordShare);
    expect([holdingKeeper(site(notCommon)), holdingKeeper(site(common))]).toEqual([notCommon, common]);
    const below = await firstTen(site(notCommon), 'widget keeper');
    const above = await firstTen(site(common), 'widget keeper');
    expect(below[0]).toBe('level');
    expect(above[0]).toBe('level');
  });
});

describe('handbookSearch with a definition question', () => {
  /** A tiny Pagefind of a page named “Blue widget” that Pagefind scores first, and the glossary, with an entry of that name. */
  const pages = [
    { id: 'widget', url: '/widgets/', title: 'Blue widget', entries: [] as string[] },
    { id: 'glossary', url: glossaryHref, title: 'Glossary', entries: ['Blue widget', 'Red gizmo'] },
  ];
  const fake = async (term: string | null) => {
    const asked = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const results = pages
      .filter((page) => asked.every((w) => `${page.title} ${page.entries.join(' ')}`.toLowerCase().includes(w)))
      .map((page, i) => ({ id: page.id, score: 1 - i / 10, data: async () => ({ url: page.url, meta: { title: page.title }, sub_results: page.entries.map((title) => ({ url: `${page.url}#${title}`, title, locations: [0] })), content: '', excerpt: '' }) }));
    return { results };
  };
  const search = handbookSearch({ ...searchParts, search: fake, vocabulary: ['widget'], glossaryNames: [{ id: 'blue-widget', names: ['Blue widget'] }, { id: 'red-gizmo', names: ['Red gizmo'] }] });

  it('puts the glossary’s entry first for the question, the named page first for the name', async () => {
    expect(ids(await search(searchTerms('what is a blue widget?'), {}))[0]).toBe('glossary');
    expect(ids(await search(searchTerms('blue widget'), {}))[0]).toBe('widget');
  });
});

describe('handbookSearch with a question of amount', () => {
  /** A tiny Pagefind where the glossary scores first, then the metrics, then two other pages. */
  const pages = [
    { id: 'glossary', url: glossaryHref },
    { id: 'metrics', url: '/metrics/' },
    { id: 'guide', url: '/guide/' },
    { id: 'plan', url: '/plan/' },
    { id: 'faq', url: '/faq/' },
  ];
  /** The terms Pagefind was asked for. */
  const asked: string[] = [];
  const fake = async (term: string | null) => {
    if (term) asked.push(term);
    return { results: (term ? pages : []).map((page, i) => ({ id: page.id, score: 1 - i / 10, data: async () => ({ url: page.url, meta: { title: 'Page' }, sub_results: [], content: '', excerpt: '' }) })) };
  };
  const search = handbookSearch({ ...searchParts, search: fake, vocabulary: [] });

  it('shows the first results before the glossary for the question, and leaves the glossary first for the topic alone', async () => {
    asked.length = 0;
    const below = ids(await search(searchTerms('how often do widgets break'), {}));
    // The topic alone is searched, without the word that marks the question.
    expect(asked.length).toBeGreaterThan(0);
    expect(asked).toContain('widgets break');
    expect(asked.some((term) => /\bmeasure\b/.test(term))).toBe(false);
    expect(below.indexOf('glossary')).toBe(searchParts.measureGlossaryBelow);
    // A reader who types the form the search box sends asks the same.
    expect(ids(await search('measure widgets break', {}))).toEqual(below);
    expect(below.filter((id) => id !== 'glossary')).toEqual(['metrics', 'guide', 'plan', 'faq']);
    expect(ids(await search(searchTerms('widgets break'), {}))[0]).toBe('glossary');
  });

  it('puts the page whose matched sections are metric rows at its place for the question, not for the topic alone', async () => {
    const row = `${searchParts.metricRowPrefix}widget-breakages`;
    const withRows = [...pages.slice(0, 3), { id: 'kpis', url: '/kpis/', sections: [`/kpis/#${row}`] }, ...pages.slice(3)];
    const fakeWithRows = async (term: string | null) => ({
      results: (term ? withRows : []).map((page, i) => ({ id: page.id, score: 1 - i / 10, data: async () => ({ url: page.url, meta: { title: 'Page' }, sub_results: ('sections' in page ? page.sections : []).map((url) => ({ url, title: 'Row', locations: [1] })), content: '', excerpt: '' }) })),
    });
    const searchRows = handbookSearch({ ...searchParts, search: fakeWithRows, vocabulary: [] });
    expect(ids(await searchRows(searchTerms('how often do widgets break'), {})).indexOf('kpis')).toBe(searchParts.rowTablePlace);
    expect(ids(await searchRows(searchTerms('widgets break'), {})).indexOf('kpis')).toBe(3);
  });
});

describe('handbookSearch with a query for one skill', () => {
  /** A tiny Pagefind: four pages, then the page of the skills' rows, whatever the query (last, so that any place among the first moves it). */
  const pages = [
    { id: 'competency', url: '/competency/', sections: ['/competency/#growth'] },
    { id: 'glossary', url: glossaryHref, sections: [] },
    { id: 'guide', url: '/guide/', sections: ['/guide/#practice'] },
    { id: 'faq', url: '/faq/', sections: [] },
    { id: 'skills', url: '/skills/', sections: [`/skills/#${searchParts.skillRowPrefix}widget-polishing`] },
  ];
  const fake = async (term: string | null) => ({
    results: (term ? pages : []).map((page, i) => ({ id: page.id, score: 1 - i / 10, data: async () => ({ url: page.url, meta: { title: 'Page' }, sub_results: page.sections.map((url) => ({ url, title: 'Row', locations: [1] })), content: '', excerpt: '' }) })),
  });
  const levelSteps = [{ title: 'Widget Lead', names: ['Widget Lead'], track: 'IC', rank: 1 }];
  const search = handbookSearch({ ...searchParts, search: fake, vocabulary: [], levelSteps });

  it('puts the page of the skills’ rows at its place for “skill”, not for “skills” nor where the query names a level', async () => {
    expect(ids(await search(searchTerms('widget polishing skill'), {})).indexOf('skills')).toBe(searchParts.rowTablePlace);
    expect(searchParts.rowTablePlace).toBeLessThan(pages.length - 1);
    expect(ids(await search(searchTerms('widget polishing skills'), {})).indexOf('skills')).toBe(pages.length - 1);
    expect(ids(await search(searchTerms('widget lead polishing skill'), {})).indexOf('skills')).toBe(pages.length - 1);
  });
});


describe('handbookSearch with a query that names two levels', () => {
  const { filter: typeFilter, value: comparisonType } = searchParts.comparisonType;
  const levelFilter = searchParts.levelFilter;
  const levelSteps = [
    { title: 'Junior Widget Engineer', names: ['Junior Widget Engineer', 'Junior engineer'], track: 'ic', rank: 1 },
    { title: 'Senior Widget Engineer', names: ['Senior Widget Engineer', 'Senior engineer'], track: 'ic', rank: 2 },
    { title: 'Widget Manager', names: ['Widget Manager', 'Team lead'], track: 'management', rank: 1 },
  ];
  type Page = { id: string; words: string[]; filters: Record<string, string[]>; sections?: Record<string, string[]> };
  /**
   * Pages with their filters and sections. The comparison of Junior and the Manager holds neither
   * “team lead” (the Manager's other name) nor “budget” but in its section “Budget”, so the whole
   * query never finds it; many other pages hold every word.
   */
  const pages: Page[] = [
    ...Array.from({ length: 4 }, (_, i) => ({ id: `budget${i}`, words: ['budget', 'team', 'lead', 'junior', 'widget', 'engineer', `filler${i}`], filters: { Track: ['ic'] } })),
    { id: 'junior', words: ['junior', 'widget', 'engineer', 'budget'], filters: { [levelFilter]: ['Junior Widget Engineer'], Track: ['ic'] } },
    { id: 'manager', words: ['widget', 'manager', 'team', 'lead', 'budget'], filters: { [levelFilter]: ['Widget Manager'], Track: ['management'] } },
    {
      id: 'compare',
      words: ['junior', 'widget', 'engineer', 'manager', 'spending'],
      sections: { budget: ['budget'], scope: ['scope'] },
      filters: { [typeFilter]: [comparisonType], [levelFilter]: ['Junior Widget Engineer', 'Widget Manager'], Track: ['ic', 'management'] },
    },
    // Another comparison of Junior, which holds “budget” in fewer words: found first by one level alone.
    { id: 'compare-senior', words: ['junior', 'senior'], sections: { budget: ['budget'] }, filters: { [typeFilter]: [comparisonType], [levelFilter]: ['Junior Widget Engineer', 'Senior Widget Engineer'], Track: ['ic'] } },
  ];
  const fake = (list: Page[]) => async (term: string | null, options?: unknown) => {
    const asked = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const chosen = (options as { filters?: Record<string, string[] | { all: string[] }> } | undefined)?.filters ?? {};
    const passes = (page: Page) => Object.entries(chosen).every(([name, want]) => (Array.isArray(want) ? want : want.all).every((value) => page.filters[name]?.includes(value)));
    const words = (page: Page) => [...page.words, ...Object.values(page.sections ?? {}).flat()];
    const results = list
      .filter((page) => passes(page) && asked.every((w) => words(page).some((has) => has.startsWith(w))))
      .map((page) => ({
        id: page.id,
        score: asked.length / words(page).length,
        data: async () => ({
          url: `/${page.id}/`,
          meta: { title: page.id },
          filters: page.filters,
          sub_results: Object.entries(page.sections ?? {})
            .filter(([, held]) => asked.some((w) => held.includes(w)))
            .map(([id, held]) => ({ url: `/${page.id}/#${id}`, title: id, locations: held.map((_, i) => i) })),
          content: words(page).join(' '),
          excerpt: '',
        }),
      }))
      .sort((a, b) => b.score - a.score);
    return { results };
  };
  const searchOver = (list: Page[], steps = levelSteps) => handbookSearch({ ...searchParts, search: fake(list), vocabulary: ['budget'], levelSteps: steps });
  const search = searchOver(pages);
  const query = searchTerms('budget from junior engineer to team lead');

  it('puts the comparison of the two levels at its place, by any of their names, though the query never finds it', async () => {
    const found = ids(await search(query, {}));
    expect(found.length).toBeGreaterThan(searchParts.comparisonPlace);
    expect(found.indexOf('compare')).toBe(searchParts.comparisonPlace);
    expect(found).not.toContain('compare-senior');
  });

  it('shows the comparison with the sections the query’s other words name', async () => {
    const { results } = await search(query, {});
    const data = await results.find((r) => r.id === 'compare')!.data();
    expect(data.sub_results.map((s) => s.url)).toEqual(['/compare/#budget']);
  });

  it('leaves the comparison where the search put it when that is higher, listed once', async () => {
    const first = [{ id: 'compare', words: ['junior', 'widget', 'engineer', 'manager'], filters: pages.find((p) => p.id === 'compare')!.filters }, { id: 'other', words: ['junior', 'widget', 'engineer', 'manager', 'a', 'b', 'c', 'd'], filters: {} }];
    const found = ids(await searchOver(first)(searchTerms('junior engineer widget manager'), {}));
    expect(found).toEqual(['compare', 'other']);
  });

  it('adds the comparison within the other filters the reader chose', async () => {
    const found = ids(await search(query, { filters: { Track: ['management'] } }));
    expect(found).toContain('compare');
    expect(found.indexOf('compare')).toBeLessThanOrEqual(searchParts.comparisonPlace);
  });

  it('puts a comparison the query does not ask for after the page of one of its levels, which its text copies; not for “vs”', async () => {
    const { value: levelType } = searchParts.levelType;
    const copied = [
      // The comparison holds the level's words (“gizmo quota”) in fewer words than the level's page: the fake search puts it first.
      { id: 'compare', words: ['gizmo', 'quota'], filters: { [typeFilter]: [comparisonType], [levelFilter]: ['Junior Widget Engineer', 'Widget Manager'] } },
      { id: 'junior-page', words: ['gizmo', 'quota', 'x', 'y'], filters: { [typeFilter]: [levelType], [levelFilter]: ['Junior Widget Engineer'] } },
    ];
    expect(ids(await searchOver(copied)(searchTerms('gizmo quota'), {}))).toEqual(['junior-page', 'compare']);
    expect(ids(await searchOver(copied)(searchTerms('gizmo vs quota'), {}))).toEqual(['compare', 'junior-page']);
  });

  describe('one level named', () => {
    const { value: levelType } = searchParts.levelType;
    const levelPage = (id: string, title: string, words: string[]): Page => ({ id, words, sections: { scope: ['scope'] }, filters: { [typeFilter]: [levelType], [levelFilter]: [title] } });
    /** Another level's page and a guide hold the query's other words; the named level's page does not. */
    const named = [
      { id: 'guide', words: ['gadget', 'company', 'widget', 'engineer'], filters: {} },
      levelPage('junior-page', 'Junior Widget Engineer', ['junior', 'widget', 'engineer', 'gadget', 'company', 'x', 'y']),
      { id: 'faq', words: ['gadget', 'company', 'a', 'b', 'c', 'd', 'e', 'f'], filters: {} },
      levelPage('senior-page', 'Senior Widget Engineer', ['senior', 'widget', 'engineer', 'scope']),
    ];

    it('puts the named level’s page before the first other level’s page, found or not, every other page in its order', async () => {
      const search = searchOver(named);
      // Pagefind alone finds the guide, then Junior's page, then the FAQ; never Senior's, which holds no “gadget”.
      expect(ids(await searchOver(named, [])(searchTerms('gadget company'), {}))).toEqual(['guide', 'junior-page', 'faq']);
      expect(ids(await search(searchTerms('senior engineer at a gadget company'), {}))).toEqual(['guide', 'senior-page', 'junior-page', 'faq']);
    });

    it('moves nothing where the named level’s page already comes before every other level’s', async () => {
      const first = [named[3]!, ...named.slice(0, 3).map((p) => ({ ...p, words: [...p.words, 'senior'] }))];
      const term = searchTerms('senior engineer');
      expect(ids(await searchOver(first)(term, {}))).toEqual(ids(await searchOver(first, [])(term, {})));
    });

    it('puts back no level’s page that the other filters the reader chose leave out', async () => {
      const track = (page: Page, value: string): Page => ({ ...page, filters: { ...page.filters, Track: [value] } });
      // The Manager's page is the one level's page in the chosen track; Senior's page is not in it.
      const tracked = [...named.map((p) => (p.id.endsWith('-page') ? track(p, 'ic') : p)), track(levelPage('manager-page', 'Widget Manager', ['widget', 'manager', 'engineer', 'gadget', 'company']), 'management')];
      const term = searchTerms('senior engineer at a gadget company');
      const options = { filters: { Track: ['management'] } };
      expect(ids(await searchOver(tracked)(term, options))).toEqual(['manager-page']);
    });

    it('puts the page about the named level that best answers the other words second, though it lacks the name typed', async () => {
      // Senior's handbook page holds “handbook” but not “engineer”: the whole query never finds it.
      const about = [...named, { id: 'senior-handbook', words: ['senior', 'widget', 'handbook', 'gadget'], filters: { [levelFilter]: ['Senior Widget Engineer'] } }];
      const found = ids(await searchOver(about)(searchTerms('senior engineer gadget handbook'), {}));
      expect(found.indexOf('senior-handbook')).toBeGreaterThanOrEqual(0);
      expect(found.indexOf('senior-handbook')).toBeLessThanOrEqual(searchParts.aboutLevelPlace);
      expect(found.filter((id) => id === 'senior-handbook')).toHaveLength(1);
    });

    it('puts no comparison second for one level: it holds the level’s filter, but answers a query naming both its levels', async () => {
      // The comparison of Junior and Senior copies Senior's long handbook page and holds its words in fewer words of its own: among Senior's pages, the other words find it first.
      const compared = { id: 'compare-handbook', words: ['handbook', 'gadget'], sections: { scope: ['scope'] }, filters: { [typeFilter]: [comparisonType], [levelFilter]: ['Junior Widget Engineer', 'Senior Widget Engineer'] } };
      const handbook = { id: 'senior-handbook', words: ['senior', 'widget', 'handbook', 'gadget', ...'abcdefghijklmnop'.split('')], filters: { [levelFilter]: ['Senior Widget Engineer'] } };
      const about = [...named, handbook, compared];
      const found = ids(await searchOver(about)(searchTerms('senior engineer gadget handbook'), {}));
      expect(found.indexOf('senior-handbook')).toBeGreaterThanOrEqual(0);
      expect(found.indexOf('senior-handbook')).toBeLessThanOrEqual(searchParts.aboutLevelPlace);
      // The whole query never finds the comparison (it lacks “senior”): nothing brings it above the level's own page.
      expect(found.indexOf('senior-page')).toBeGreaterThanOrEqual(0);
      if (found.includes('compare-handbook')) expect(found.indexOf('compare-handbook')).toBeGreaterThan(found.indexOf('senior-page'));
    });

    it('moves nothing where the level’s own page answers the other words best', async () => {
      const term = searchTerms('senior engineer at a gadget company');
      const own = named.map((p) => (p.id === 'senior-page' ? { ...p, words: [...p.words, 'gadget', 'company'] } : p));
      expect(ids(await searchOver(own)(term, {}))[0]).toBe(ids(await searchOver(own)(term, {}))[0]);
      expect(ids(await searchOver(own)(term, {}))).not.toContain('senior-handbook');
    });

    it('moves nothing where the reader chose a level or a content type', async () => {
      const term = searchTerms('senior engineer at a gadget company');
      for (const options of [{ filters: { [levelFilter]: ['Junior Widget Engineer'] } }, { filters: { [typeFilter]: [levelType] } }])
        expect(ids(await searchOver(named)(term, options))).toEqual(ids(await searchOver(named, [])(term, options)));
    });
  });

  it('adds no comparison where the reader chose a level or a content type', async () => {
    const without = searchOver(pages, []);
    // (A query that names one level moves that level's pages instead: “one level named” above.)
    for (const [term, options] of [
      // Filters the comparison does not pass: with them, it would still be added.
      [query, { filters: { [levelFilter]: ['Senior Widget Engineer'] } }],
      [query, { filters: { [typeFilter]: ['Level page'] } }],
    ] as const)
      expect(ids(await search(term, options))).toEqual(ids(await without(term, options)));
  });
});

describe('handbookSearch with the editors’ pages', () => {
  const editorsType = searchParts.editorsType;
  /** A tiny Pagefind with content types: a page matches when it holds every word of the term, within the type filter given; Pagefind's order is the pages'. */
  function typedPagefind(pages: Record<string, { words: string[]; type: string }>) {
    return async (term: string | null, options?: unknown) => {
      const asked = term === null ? [] : term.toLowerCase().split(/\s+/).filter(Boolean);
      const types = (options as { filters?: Record<string, string[]> } | undefined)?.filters?.[editorsType.filter];
      const results = Object.entries(pages)
        .filter(([, page]) => asked.every((w) => page.words.includes(w)) && (!types || types.includes(page.type)))
        .map(([id, page], i) => ({
          id,
          score: 1 / (i + 1),
          data: async () => ({ url: `/${id}/`, meta: { title: 'Page' }, filters: { [editorsType.filter]: [page.type] }, content: page.words.join(' '), sub_results: [], excerpt: '' }),
        }));
      return { results };
    };
  }
  const pages = {
    editing: { words: ['new', 'hire', 'words', 'look', 'up', 'yaml', 'nginx'], type: editorsType.value },
    onboarding: { words: ['new', 'hire', 'words', 'look', 'up'], type: 'Guide' },
    hosting: { words: ['nginx', 'cache'], type: editorsType.value },
  };
  const search = handbookSearch({ ...searchParts, search: typedPagefind(pages), vocabulary: [] });

  it('puts the editors’ page Pagefind ranked first one place down for a reader’s question', async () => {
    expect(ids(await search('new hire look up words', {}))).toEqual(['onboarding', 'editing']);
  });

  it('keeps it first for an editor’s question, by an editing word or a word only the editors’ pages hold', async () => {
    expect(ids(await search('new hire words yaml', {}))[0]).toBe('editing');
    expect(ids(await search('look up words in yaml', {}))[0]).toBe('editing');
    expect(ids(await search('nginx', {}))[0]).toBe('editing');
  });

  it('leaves the order alone where the reader chose a content type', async () => {
    const chosen = { filters: { [editorsType.filter]: [editorsType.value, 'Guide'] } };
    expect(ids(await search('new hire look up words', chosen))).toEqual(['editing', 'onboarding']);
  });
});

describe('handbookSearch with a query that names the validator or one of its rules', () => {
  const { filter: typeFilter } = searchParts.editorsType;
  /** A tiny Pagefind: the same three pages for any query, the validation rules' page last, within the content types chosen. */
  const pages = [
    { id: 'guide', url: '/guide/', type: 'Guide' },
    { id: 'kit', url: '/kit/', type: 'Interview kit' },
    { id: 'rules', url: `${searchParts.validationRulesPath}#rule-widget`, type: 'Reference' },
  ];
  const fake = async (term: string | null, options?: unknown) => {
    const types = (options as { filters?: Record<string, string[]> } | undefined)?.filters?.[typeFilter];
    return {
      results: (term ? pages : [])
        .filter((page) => !types || types.includes(page.type))
        .map((page, i) => ({ id: page.id, score: 1 - i / 10, data: async () => ({ url: page.url, meta: { title: 'Page' }, filters: { [typeFilter]: [page.type] }, sub_results: [], content: '', excerpt: '' }) })),
    };
  };
  const search = handbookSearch({ ...searchParts, search: fake, vocabulary: [] });
  const ruleId = searchParts.ruleIds.find((id) => id.includes('-'))!;

  it('puts the rules’ page first for the validator’s name or a rule’s id as its report prints it', async () => {
    expect(ids(await search('widget validator complains', {}))[0]).toBe('rules');
    expect(ids(await search(`widget ${ruleId} error`, {}))[0]).toBe('rules');
  });

  it('leaves the order alone for the rule’s words apart, and where the reader chose a content type', async () => {
    expect(ids(await search(`widget ${ruleId.replace(/-/g, ' ')} error`, {}))).toEqual(['guide', 'kit', 'rules']);
    expect(ids(await search('widget validator complains', { filters: { [typeFilter]: ['Guide', 'Reference'] } }))).toEqual(['guide', 'rules']);
  });
});

describe('handbookSearch with a query along a track', () => {
  /** A tiny Pagefind, whatever the query: a level's page, a guide, a competency's page at the other track's section, then one at the asked track's. */
  const pages = [
    { id: 'level', url: '/levels/widget-manager/', title: 'Widget Manager', sections: [] as [string, string][] },
    { id: 'guide', url: '/guide/', title: 'Guide', sections: [] as [string, string][] },
    { id: 'other-track', url: competencyHref('gizmo-tuning'), title: 'Gizmo tuning', sections: [[competencyTrackHref('gizmo-tuning', 'ic'), 'IC track']] as [string, string][] },
    { id: 'competency', url: competencyHref('gizmo-design'), title: 'Gizmo design', sections: [[competencyTrackHref('gizmo-design', 'management'), 'Management track']] as [string, string][] },
  ];
  const fake = async (term: string | null) => ({
    results: (term ? pages : []).map((page, i) => ({ id: page.id, score: 1 - i / 10, data: async () => ({ url: page.url, meta: { title: page.title }, sub_results: page.sections.map(([url, title]) => ({ url, title, locations: [1] })), content: '', excerpt: '' }) })),
  });
  const levelSteps = [{ title: 'Widget Manager', names: ['Widget Manager'], track: 'management', rank: 1 }];
  const search = handbookSearch({ ...searchParts, search: fake, vocabulary: [], levelSteps });

  it('puts first the competency’s page at the section of the track of a level named in the plural', async () => {
    expect(ids(await search(searchTerms('gizmo for widget managers'), {}))[0]).toBe('competency');
  });

  it('moves nothing for a competency shown only at another track’s section', async () => {
    expect(ids(await search(searchTerms('tuning for widget managers'), {}))[0]).toBe('level');
  });
});

describe('handbookSearch with the changelog’s pages', () => {
  /** A tiny Pagefind: a page matches when it holds every word of the term; Pagefind's order is the pages'; the changelog's pages lie under `changelogPath`. */
  function pagefindWithChangelog(pages: Record<string, { words: string[]; url: string }>) {
    return async (term: string | null) => {
      const asked = term === null ? [] : term.toLowerCase().split(/\s+/).filter(Boolean);
      const results = Object.entries(pages)
        .filter(([, page]) => asked.every((w) => page.words.includes(w)))
        .map(([id, page], i) => ({
          id,
          score: 1 / (i + 1),
          data: async () => ({ url: page.url, meta: { title: 'Page' }, filters: {}, content: page.words.join(' '), sub_results: [], excerpt: '' }),
        }));
      return { results };
    };
  }
  const changelog = searchParts.changelogPath;
  const pages = {
    release: { words: ['widget', 'gadget', 'version', 'changed'], url: `${changelog}9.9.0/` },
    guide: { words: ['widget', 'gadget', 'version', 'changed'], url: '/guide/' },
  };
  const search = handbookSearch({ ...searchParts, search: pagefindWithChangelog(pages), vocabulary: [] });

  it('puts a changelog’s page Pagefind ranked first one place down for a question about something else', async () => {
    expect(ids(await search('widget gadget', {}))).toEqual(['guide', 'release']);
  });

  it('keeps it first for a question about a version or a change', async () => {
    expect(ids(await search('widget version', {}))[0]).toBe('release');
    expect(ids(await search('widget changed', {}))[0]).toBe('release');
  });

  it('leaves the order alone where the reader chose a content type', async () => {
    expect(ids(await search('widget gadget', { filters: { [searchParts.typeFilter]: ['Reference'] } }))[0]).toBe('release');
  });
});

describe('handbookSearch with a level’s page above the role description it is written from', () => {
  /** A tiny Pagefind, whatever the query: a level's page, a guide, then a page of the role description. */
  const type = searchParts.typeFilter;
  const pages = [
    { id: 'level', url: '/levels/widget-maker/', filters: { [type]: [searchParts.levelType.value] } },
    { id: 'guide', url: '/guide/', filters: { [type]: ['Guide'] } },
    { id: 'source', url: '/role/duties/', filters: { [type]: [searchParts.roleType.value] } },
  ];
  const fake = async (term: string | null) => ({
    results: (term ? pages : []).map((page, i) => ({ id: page.id, score: 1 - i / 10, data: async () => ({ url: page.url, meta: { title: 'Page' }, filters: page.filters, sub_results: [], content: '', excerpt: '' }) })),
  });
  const levelSteps = [
    { title: 'Widget Maker', names: ['Widget Maker'], track: 'Makers', rank: 1 },
    { title: 'Widget Boss', names: ['Widget Boss'], track: 'Bosses', rank: 1 },
  ];
  const search = handbookSearch({ ...searchParts, search: fake, vocabulary: [], levelSteps });

  it('puts the role description’s page before the level’s page for a query that says nothing of a level', async () => {
    expect(ids(await search('gizmo polishing', {}))).toEqual(['source', 'level', 'guide']);
  });

  it('leaves the order alone for a query with a level’s word, and where the reader chose a content type', async () => {
    expect(ids(await search('gizmo polishing for bosses', {}))).toEqual(['level', 'guide', 'source']);
    expect(ids(await search('gizmo polishing', { filters: { [type]: ['Guide'] } }))).toEqual(['level', 'guide', 'source']);
  });
});
