import { describe, expect, it } from 'vitest';
import { askedWith, definitionsFirst, definitionTopic, definitionWord, type ResultWithUrl } from './search-definitions';
import { sectionScore, strongestSections, type RankedSection } from './search-sections';

describe('the topic of a definition question', () => {
  it('is the thing asked about, without its article or the question mark', () => {
    expect(definitionTopic('what is a widget?')).toBe('widget');
    expect(definitionTopic('What are Gizmos')).toBe('Gizmos');
    expect(definitionTopic("what's an ABC")).toBe('ABC');
    expect(definitionTopic('what’s the frobnicator')).toBe('frobnicator');
    expect(definitionTopic('what does ABC stand for')).toBe('ABC');
    expect(definitionTopic('what does blue widget mean?')).toBe('blue widget');
    expect(definitionTopic('what is meant by a widget')).toBe('widget');
    expect(definitionTopic('define widget')).toBe('widget');
    expect(definitionTopic('meaning of the widget')).toBe('widget');
    expect(definitionTopic('widget definition')).toBe('widget');
    expect(definitionTopic('blue widget meaning')).toBe('blue widget');
    expect(definitionTopic('what counts as a widget')).toBe('widget');
    expect(definitionTopic('what does gizmo mean on the board?')).toBe('gizmo the board');
    expect(definitionTopic('what does ABC stand for in this guide')).toBe('ABC');
    expect(definitionTopic('what does gizmo mean on the ladder')).toBe('gizmo');
  });

  it('is read through a question asked twice over', () => {
    expect(definitionTopic('what is the meaning of widget')).toBe('widget');
    expect(definitionTopic('what is the definition of a gizmo')).toBe('gizmo');
  });

  it('is undefined for questions that do not ask what a thing means', () => {
    expect(definitionTopic('how do widgets work')).toBeUndefined();
    expect(definitionTopic('what does a widget do')).toBeUndefined();
    expect(definitionTopic('what does a widget do for the team')).toBeUndefined();
    expect(definitionTopic('what counts')).toBeUndefined();
    expect(definitionTopic('widget')).toBeUndefined();
    expect(definitionTopic('define')).toBeUndefined();
    expect(definitionTopic('what is')).toBeUndefined();
  });
});

describe('a term the search box sent as a definition question', () => {
  it('is read back as its topic', () => {
    expect(askedWith(`${definitionWord} blue widget`, definitionWord)).toBe('blue widget');
    expect(askedWith(`Define widget`, 'define')).toBe('widget');
  });

  it('is undefined for any other term, or the word alone', () => {
    expect(askedWith('blue widget', 'define')).toBeUndefined();
    expect(askedWith('define', 'define')).toBeUndefined();
    expect(askedWith('widget define', 'define')).toBeUndefined();
  });
});

describe('the glossary first for a definition question', () => {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const page = (id: string, url: string): ResultWithUrl => ({ id, data: async () => ({ url }) });
  const ids = (response: { results: readonly ResultWithUrl[] }) => response.results.map((r) => r.id);
  const entries = [{ id: 'blue-widget', names: ['Blue widget'] }, { id: 'ttf', names: ['Time to fix', 'TTF'] }, { id: 'gizmo', names: ['gizmo'] }];
  const widgetPage = page('widgets', '/widgets/');
  const glossary = page('glossary', '/base/glossary/');
  const order = (results: ResultWithUrl[], topic: string, firstCount = 10, ofGlossaryType: ResultWithUrl[] = []) =>
    definitionsFirst({ results }, topic, '/glossary/', entries, words, ['to', 'of'], async () => ({ results: ofGlossaryType }), firstCount).then(ids);

  it('comes first when the topic is one of its terms or their other names, whatever came before it', async () => {
    expect(await order([widgetPage, glossary], 'blue widget')).toEqual(['glossary', 'widgets']);
    expect(await order([widgetPage, glossary], 'Blue widgets')).toEqual(['glossary', 'widgets']);
    expect(await order([widgetPage, glossary], 'TTF')).toEqual(['glossary', 'widgets']);
    expect(await order([widgetPage, glossary], 'gizmos')).toEqual(['glossary', 'widgets']);
  });

  it('counts a name whole without the words the search drops', async () => {
    expect(await order([widgetPage, glossary], 'time fix')).toEqual(['glossary', 'widgets']);
  });

  it('stays where it was when no name is the whole topic', async () => {
    expect(await order([widgetPage, glossary], 'blue')).toEqual(['widgets', 'glossary']);
    expect(await order([widgetPage, glossary], 'blue widget size')).toEqual(['widgets', 'glossary']);
  });

  it('is found among the pages of its content type when it is not among the first results', async () => {
    expect(await order([widgetPage, glossary], 'blue widget', 1, [glossary, page('reference', '/reference/')])).toEqual(['glossary', 'widgets']);
    expect(await order([widgetPage], 'blue widget', 1, [glossary])).toEqual(['glossary', 'widgets']);
    expect(await order([widgetPage, glossary], 'blue widget', 1)).toEqual(['widgets', 'glossary']);
  });

  it('is found by its path: another page is not moved for a term', async () => {
    const other = page('other', '/other/');
    expect(await order([widgetPage, other], 'gizmo')).toEqual(['widgets', 'other']);
  });
});

describe('the named entry first on the glossary', () => {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const entries = [{ id: 'watching', names: ['Watching', 'model watching'] }, { id: 'model-card', names: ['Model card'] }];
  // The glossary's text, words as Pagefind counts them: each entry from its heading's location.
  const content = 'Glossary Model card A sheet on a model and its watching plan. Model tier How much watching a model gets. Watching Checking known signals. Also called model watching.';
  const at = (word: string, from = 0) => content.split(/\s+/).indexOf(word, from);
  const anchors = [
    { id: 'model-card', element: 'h3', location: at('Model'), text: 'Model card' },
    { id: 'model-tier', element: 'h3', location: at('Model', 5), text: 'Model tier' },
    { id: 'watching', element: 'h3', location: at('Watching'), text: 'Watching' },
  ];
  const section = (id: string, score: number) => ({ url: `/glossary/#${id}`, title: id, excerpt: '', locations: [0], weighted_locations: [{ weight: 1, balanced_score: score, location: 0 }] });
  const glossaryWith = (sub_results: ReturnType<typeof section>[]) => ({ id: 'glossary', data: async () => ({ url: '/glossary/', content, anchors, sub_results }) });
  const sectionsOf = async (topic: string, sub_results: ReturnType<typeof section>[]) => {
    const response: { results: ResultWithUrl[] } = { results: [glossaryWith(sub_results)] };
    const { results } = await definitionsFirst(response, topic, '/glossary/', entries, words, [], async () => ({ results: [] as ResultWithUrl[] }));
    return ((await results[0]!.data()) as { sub_results: (RankedSection & { title: string; excerpt: string })[] }).sub_results;
  };

  it('moves the entry that one of the topic’s names belongs to before the sections that mention its words, scored above them', async () => {
    const sections = await sectionsOf('model watching', [section('model-card', 40), section('model-tier', 30), section('watching', 10)]);
    expect(sections.map((s) => s.url)).toEqual(['/glossary/#watching', '/glossary/#model-card', '/glossary/#model-tier']);
    expect(sectionScore(sections[0]!)).toBeGreaterThan(sectionScore(sections[1]!));
  });

  it('makes the entry’s section from its anchor and text where Pagefind left it out of the sections', async () => {
    const [first, ...rest] = await sectionsOf('model watching', [section('model-card', 40), section('model-tier', 30)]);
    expect(first).toMatchObject({ url: '/glossary/#watching', title: 'Watching' });
    expect(first!.excerpt).toMatch(/^Watching Checking known signals/);
    expect(rest.map((s) => s.url)).toEqual(['/glossary/#model-card', '/glossary/#model-tier']);
    expect(sectionScore(first!)).toBeGreaterThan(40);
  });

  it('keeps the page’s own entry (its h1’s anchor) first, so that the dialog still shows it as the page itself', async () => {
    const top = { ...section('_top', 5), url: '/glossary/#_top' };
    const withTop = { ...glossaryWith([top, section('model-card', 40), section('model-tier', 30), section('watching', 10)]) };
    const data = async () => ({ ...(await withTop.data()), anchors: [{ id: '_top', element: 'h1', location: 0, text: 'Glossary' }, ...anchors] });
    const response: { results: ResultWithUrl[] } = { results: [{ id: 'glossary', data }] };
    const { results } = await definitionsFirst(response, 'model watching', '/glossary/', entries, words, [], async () => ({ results: [] as ResultWithUrl[] }));
    const sections = ((await results[0]!.data()) as { sub_results: RankedSection[] }).sub_results;
    expect(sections.map((s) => s.url).slice(0, 2)).toEqual(['/glossary/#_top', '/glossary/#watching']);
    expect(strongestSections('/glossary/', sections).map((s) => s.url)).toEqual(['/glossary/', '/glossary/#watching', '/glossary/#model-card', '/glossary/#model-tier']);
  });

  it('leaves the sections as they were for a topic no entry is named by', async () => {
    const sections = [section('model-card', 40), section('watching', 10)];
    expect((await sectionsOf('model', sections)).map((s) => s.url)).toEqual(sections.map((s) => s.url));
  });
});

