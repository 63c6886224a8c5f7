import { describe, expect, it } from 'vitest';
import { askedWith, definitionsFirst, definitionTopic, definitionWord, type ResultWithUrl } from './search-definitions';

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
  const termNames = ['Blue widget', 'Time to fix', 'TTF', 'gizmo'];
  const widgetPage = page('widgets', '/widgets/');
  const glossary = page('glossary', '/base/glossary/');
  const order = (results: ResultWithUrl[], topic: string, firstCount = 10, ofGlossaryType: ResultWithUrl[] = []) =>
    definitionsFirst({ results }, topic, '/glossary/', termNames, words, ['to', 'of'], async () => ({ results: ofGlossaryType }), firstCount).then(ids);

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
