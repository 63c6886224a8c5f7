import { describe, expect, it } from 'vitest';
import { asksForOneSkill, metricRowsUp, type ResultWithSections } from './search-metrics';

/** Results whose matched sections are the given anchors (`''` for the page's own entry). */
const results = (...pages: string[][]) => ({
  results: pages.map((anchors, i): ResultWithSections => ({ id: `page-${i}`, data: async () => ({ sub_results: anchors.map((a) => ({ url: `/page-${i}/${a ? `#${a}` : ''}` })) }) })),
  extra: 'kept',
});
const ids = (response: { results: ResultWithSections[] }) => response.results.map((r) => r.id);

describe('the page of metric rows for a question of amount', () => {
  it('goes up to its place, the others in their order', async () => {
    const moved = await metricRowsUp(results(['intro'], ['goals'], ['steps'], ['', 'metric-widgets-shipped', 'notes']), 'metric-', 1, 10);
    expect(ids(moved)).toEqual(['page-0', 'page-3', 'page-1', 'page-2']);
    expect(moved.extra).toBe('kept');
  });

  it('stays where it is when the search put it higher', async () => {
    const given = results(['metric-widgets-shipped'], ['goals'], ['steps']);
    expect(await metricRowsUp(given, 'metric-', 1, 10)).toBe(given);
  });

  it('is the first page holding a matched row, not a page whose section only starts the same way without an anchor', async () => {
    const moved = await metricRowsUp(results(['intro'], ['metric'], ['metric-a'], ['metric-b']), 'metric-', 0, 10);
    expect(ids(moved)).toEqual(['page-2', 'page-0', 'page-1', 'page-3']);
  });

  it('leaves the results as they were when no page among the first looked at holds a row', async () => {
    const given = results(['intro'], ['goals'], ['metric-widgets-shipped']);
    expect(await metricRowsUp(given, 'metric-', 0, 2)).toBe(given);
    const none = results(['intro'], ['goals']);
    expect(await metricRowsUp(none, 'metric-', 0, 10)).toBe(none);
  });
});

describe('a query that asks for one skill', () => {
  it('holds the word for a skill in the singular, as a word of its own', () => {
    for (const query of ['widget polishing skill', 'Skill for widget polishing', 'is widget polishing a skill?', 'widget-polishing skill'])
      expect(asksForOneSkill(query, 'skill'), query).toBe(true);
  });

  it('is not the plural, nor the word inside another', () => {
    for (const query of ['widget polishing skills', 'skilled widget polisher', 'reskill for widgets', 'skill-based widgets', 'widget polishing'])
      expect(asksForOneSkill(query, 'skill'), query).toBe(false);
  });
});
