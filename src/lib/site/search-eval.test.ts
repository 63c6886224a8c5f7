import { describe, expect, it } from 'vitest';
import { anchorsWithin, answerRank, querySetSchema, rankChanges, searchFigures, shownSubResults, splitHref, targetHref, type SearchHit } from './search-eval';
import * as urls from './urls';

const context = { levelOrder: ['junior', 'senior', 'manager'] };

/** A result for `url` whose sections are `[anchor, matches]` pairs, the page's own entry first when `root`. */
function hit(url: string, sections: [string, number][] = [], root = false): SearchHit {
  const sub = sections.map(([anchor, n]) => ({ url: `${url}#${anchor}`, locations: Array.from({ length: n }, (_, i) => i) }));
  return { url, subResults: root ? [{ url, locations: [0] }, ...sub] : sub };
}

describe('search targets', () => {
  it('resolve through the URL scheme, ids and all', () => {
    expect(targetHref('level:senior', context)).toBe(urls.levelHref('senior'));
    expect(targetHref('competency:design', context)).toBe(urls.competencyHref('design'));
    expect(targetHref('kpi:lead/uptime', context)).toBe(urls.kpiHref('lead', 'uptime'));
    expect(targetHref('skill:lead/python', context)).toBe(urls.skillHref('lead', 'python'));
    expect(targetHref('tool:lead/Airflow / Dagster', context)).toBe(urls.toolHref('lead', 'Airflow / Dagster'));
    expect(targetHref('term:slo', context)).toBe(urls.glossaryTermHref('slo'));
    expect(targetHref('kit:debugging', context)).toBe(urls.kitHref('debugging'));
    expect(targetHref('phase:30-day', context)).toBe(urls.onboardingPhaseHref('30-day'));
    expect(targetHref('path:mlops', context)).toBe(urls.pathHref('mlops'));
    expect(targetHref('compare:manager/junior', context)).toBe(urls.comparisonHref('junior', 'manager', context.levelOrder));
    expect(targetHref('page:ladder/promotion#case', context)).toBe(`${urls.docHref('ladder/promotion')}#case`);
    expect(targetHref('page:index', context)).toBe('/');
    expect(targetHref('href:/ladder/compare/', context)).toBe('/ladder/compare/');
  });

  it('name the target in their errors', () => {
    expect(() => targetHref('level-staff', context)).toThrow(/unknown kind/);
    expect(() => targetHref('colour:red', context)).toThrow(/“colour:red”: unknown kind “colour”/);
    expect(() => targetHref('kpi:uptime', context)).toThrow(/“kpi:uptime”: expected <role-or-level>\/<id>/);
    expect(() => targetHref('compare:senior/cto', context)).toThrow(/unknown level `cto`/);
  });

  it('split into a path and an anchor', () => {
    expect(splitHref('/a/#b')).toEqual({ path: '/a/', anchor: 'b' });
    expect(splitHref('/a/')).toEqual({ path: '/a/', anchor: undefined });
  });
});

describe('the query file', () => {
  it('takes one expected target or several, and rejects what is not a target', () => {
    const [one, two] = querySetSchema.parse([
      { query: 'staff', expect: 'level:staff' },
      { query: 'mlops', expect: ['competency:mlops', 'term:mlops'], roleDescription: 'page:roles/lead' },
    ]);
    expect(one?.expect).toEqual(['level:staff']);
    expect(two?.expect).toHaveLength(2);
    expect(querySetSchema.safeParse([{ query: 'staff', expect: 'the staff page' }]).success).toBe(false);
    expect(querySetSchema.safeParse([{ query: ' ', expect: 'level:staff' }]).success).toBe(false);
    expect(querySetSchema.safeParse([{ query: 'staff', expect: 'level:staff', note: 'x' }]).success).toBe(false);
  });
});

describe('the sections the dialog shows under a result', () => {
  it('are all of them when there are at most three, without the page’s own entry', () => {
    const shown = shownSubResults(hit('/p/', [['a', 1], ['b', 1], ['c', 1]], true));
    expect(shown.map((s) => s.url)).toEqual(['/p/#a', '/p/#b', '/p/#c']);
  });

  it('are the three with the most matches, in page order, when there are more', () => {
    const shown = shownSubResults(hit('/p/', [['a', 1], ['b', 4], ['c', 2], ['d', 3]]));
    expect(shown.map((s) => s.url)).toEqual(['/p/#b', '/p/#c', '/p/#d']);
  });
});

describe('the rank of the answer', () => {
  const results = [hit('/one/'), hit('/two/', [['x', 1], ['y', 5], ['z', 5], ['w', 5]]), hit('/three/')];

  it('is the position of the first result on an expected page', () => {
    expect(answerRank(results, ['/three/'])).toBe(3);
    expect(answerRank(results, ['/three/', '/two/'])).toBe(2);
    expect(answerRank(results, ['/four/'])).toBeUndefined();
  });

  it('needs the expected section among those the dialog shows, unless only pages are compared', () => {
    expect(answerRank(results, ['/two/#y'])).toBe(2);
    expect(answerRank(results, ['/two/#x'])).toBeUndefined();
    expect(answerRank(results, ['/two/#x'], true)).toBe(2);
  });
});

describe('the part of a page an anchor leads into', () => {
  const anchors = [
    { id: 'a', element: 'h2', location: 0 },
    { id: 'a1', element: 'h3', location: 5 },
    { id: 'row', element: 'tr', location: 8 },
    { id: 'b', element: 'h2', location: 10 },
    { id: 'b1', element: 'h3', location: 12 },
  ];

  it('is a heading’s section: the anchors up to the next heading of its level or higher', () => {
    expect([...anchorsWithin(anchors, 'a')]).toEqual(['a', 'a1', 'row']);
    expect([...anchorsWithin(anchors, 'a1')]).toEqual(['a1', 'row']);
    expect([...anchorsWithin(anchors, 'b')]).toEqual(['b', 'b1']);
  });

  it('is the anchor alone when it is not a heading or not on the page', () => {
    expect([...anchorsWithin(anchors, 'row')]).toEqual(['row']);
    expect([...anchorsWithin(anchors, 'gone')]).toEqual(['gone']);
  });

  it('counts a subsection shown under a result as landing in the expected section', () => {
    const result = { ...hit('/p/', [['a1', 2]]), anchors };
    expect(answerRank([result], ['/p/#a'])).toBe(1);
    expect(answerRank([result], ['/p/#b'])).toBeUndefined();
  });
});

describe('the figures', () => {
  it('are recall at 1 and 3 and the mean reciprocal rank within ten', () => {
    const figures = searchFigures([1, 2, 3, 11, undefined]);
    expect(figures).toEqual({ queries: 5, recallAt1: 1 / 5, recallAt3: 3 / 5, mrrAt10: (1 + 1 / 2 + 1 / 3) / 5 });
  });

  it('are zero for no queries rather than not a number', () => {
    expect(searchFigures([])).toEqual({ queries: 0, recallAt1: 0, recallAt3: 0, mrrAt10: 0 });
  });
});

describe('rankChanges', () => {
  it('lists only the queries whose rank moved, in either direction', () => {
    const before = { a: { up: 3, down: 1, same: 2, lost: 4 } };
    const after = { a: { up: 1, down: 5, same: 2, lost: null } };
    expect(rankChanges(before, after)).toEqual([
      { set: 'a', query: 'up', before: 3, after: 1 },
      { set: 'a', query: 'down', before: 1, after: 5 },
      { set: 'a', query: 'lost', before: 4, after: null },
    ]);
  });
  it('counts a query or set only one run holds as unanswered in the other', () => {
    expect(rankChanges({ a: { old: 2 } }, { a: { fresh: 1 }, b: { q: null, r: 3 } })).toEqual([
      { set: 'a', query: 'old', before: 2, after: null },
      { set: 'a', query: 'fresh', before: null, after: 1 },
      { set: 'b', query: 'r', before: null, after: 3 },
    ]);
  });
});
