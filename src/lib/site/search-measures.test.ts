import { describe, expect, it } from 'vitest';
import { asksForMeasure, definitionsBelow, type ResultWithUrl } from './search-measures';

describe('a question that asks for an amount', () => {
  it('asks how many, how often or how long, or for a share, percent, proportion or fraction of something', () => {
    for (const query of ['how often do widgets break', 'How many widgets we ship', 'how long the build takes', 'share of widgets with alarms', 'Percent of releases undone', 'proportion of runs', 'fraction of jobs', 'percentage of teams'])
      expect(asksForMeasure(query), query).toBe(true);
  });

  it('is not “how much”, “how good” or “how well”, nor those words elsewhere', () => {
    for (const query of ['how much widget design should a lead know', 'how good at design', 'how well do widgets work', 'share my results', 'many widgets', 'long-term widget plan', 'how to share a widget'])
      expect(asksForMeasure(query), query).toBe(false);
  });
});

describe('the glossary below the first results', () => {
  const results = (...urls: string[]) => ({ results: urls.map((url, i): ResultWithUrl => ({ id: String(i), data: async () => ({ url }) })), extra: 'kept' });
  const urls = async (response: { results: ResultWithUrl[] }) => Promise.all(response.results.map(async (r) => (await r.data()).url));

  it('moves it just below the first ones shown, the others in their order', async () => {
    const moved = await definitionsBelow(results('/base/glossary/#term', '/a/', '/b/', '/c/', '/d/'), '/glossary/', 3);
    expect(await urls(moved)).toEqual(['/a/', '/b/', '/c/', '/base/glossary/#term', '/d/']);
    expect(moved.extra).toBe('kept');
    expect(await urls(await definitionsBelow(results('/a/', '/glossary/', '/b/'), '/glossary/', 3))).toEqual(['/a/', '/b/', '/glossary/']);
  });

  it('leaves the results as they were when it is not among the first ones shown', async () => {
    const given = results('/a/', '/b/', '/glossary/');
    expect(await definitionsBelow(given, '/glossary/', 2)).toBe(given);
    expect(await urls(await definitionsBelow(results('/a/', '/glossary-notes/'), '/glossary/', 2))).toEqual(['/a/', '/glossary-notes/']);
  });
});
