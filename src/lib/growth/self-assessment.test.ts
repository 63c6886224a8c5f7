import { describe, expect, it } from 'vitest';
import { chartModel, chartRows, growthPlanMarkdown } from './growth-plan';
import { createStore, memoryStorage } from '../browser/storage';
import { annotate, emptyAssessment, parseLinks, rate, rateUnrated, selfAssessmentSpec, setLevel, visibleTracks, yourProfile } from './self-assessment';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';

const base = setLevel(setLevel(emptyAssessment(), 'current', 'x1'), 'target', 'x3');

describe('assessment updates', () => {
  it('keep one representation of “nothing recorded”', () => {
    const rated = rate(base, 'a', 'x2');
    expect(rated.competencies).toEqual({ a: { demonstrated: 'x2', notes: '', links: [] } });
    expect(rate(rated, 'a', null)).toEqual(base);
    expect(annotate(rate(rated, 'a', null), 'a', 'note', [])).toEqual({ ...base, competencies: { a: { demonstrated: null, notes: 'note', links: [] } } });
    expect(base).toEqual(setLevel(setLevel(emptyAssessment(), 'current', 'x1'), 'target', 'x3'));
  });

  it('rate every unrated competency at once, leaving ratings alone', () => {
    const a = rateUnrated(ladder, rate(base, 'b', 'x3'), 'x1');
    expect(yourProfile(ladder, a)).toEqual([2, 4, 2]);
  });

  it('split links one per line', () => {
    expect(parseLinks(' https://a.example \n\n  go/design-doc\n')).toEqual(['https://a.example', 'go/design-doc']);
  });

  it('show the tracks of the chosen levels, or all of them before any choice', () => {
    expect(visibleTracks(ladder, emptyAssessment())).toEqual(['x', 'm']);
    expect(visibleTracks(ladder, base)).toEqual(['x']);
    expect(visibleTracks(ladder, rate(base, 'a', 'm1'))).toEqual(['x', 'm']);
  });
});

describe('stored assessments', () => {
  const store = () => createStore(selfAssessmentSpec(ladder), memoryStorage());

  it('round-trip through export and import without loss', () => {
    const s = store();
    const a = annotate(rate(base, 'a', 'x2'), 'c', 'Line 1\nLine 2', ['https://example.org/x', 'javascript:alert(1)']);
    expect(s.save(a).ok).toBe(true);
    const text = s.exportText(s.load().value);
    s.clear();
    expect(s.load().value).toEqual(emptyAssessment());
    expect(s.importText(text)).toEqual({ ok: true, value: a });
    expect(s.load().value).toEqual(a);
  });

  it.each([
    ['an unknown level', { current: 'vp', target: null, competencies: {} }, 'current'],
    ['an unknown competency', { current: null, target: null, competencies: { zeta: { demonstrated: null, notes: '', links: [] } } }, 'competencies'],
    ['a bare number instead of a level', { current: null, target: null, competencies: { a: { demonstrated: 3, notes: '', links: [] } } }, 'competencies.a.demonstrated'],
    ['an extra field', { current: null, target: null, competencies: {}, score: 9 }, 'score'],
  ])('refuse a file with %s and keep what is stored', (_name, data, where) => {
    const s = store();
    s.save(rate(base, 'a', 'x2'));
    const result = s.importText(JSON.stringify({ format: 'ml-career-handbook', tool: 'self-assessment', version: 1, savedAt: '', data }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(where);
    expect(s.load().value).toEqual(rate(base, 'a', 'x2'));
  });
});

describe('what the page shows and exports', () => {
  const a = annotate(rate(rate(base, 'a', 'x1'), 'b', 'x3'), 'a', 'Shipped the **pipeline**\nwith tests', ['https://example.org/pr/1', 'javascript:alert(1)']);

  it('names every chart point after its competency, level and value', () => {
    const model = chartModel(ladder, a);
    expect(model.series.map((s) => s.values)).toEqual([[4, 4, 4], [2, 4, null]]);
    expect(model.series[1]!.pointNames[0]).toBe('Alpha — you demonstrate X1: 2 of 5 (Two)');
    expect(model.series[0]!.pointNames[2]).toBe('Gamma — target X3 expects 4 of 5 (Four)');
  });

  it('tabulates the chart, with the gap per competency', () => {
    expect(chartRows(ladder, a).map((r) => [r.name, r.demonstrated, r.yours, r.you, r.target, r.gap])).toEqual([
      ['Alpha', 'X1', '2 Two', 'X1 (2 Two)', '4 Four', '+2'],
      ['Beta', 'X3', '4 Four', 'X3 (4 Four)', '4 Four', 'met'],
      ['Gamma', 'Not rated', '—', 'Not rated', '4 Four', '—'],
    ]);
  });

  it('drafts a promotion packet in Markdown with the level demonstrated and the evidence per competency', () => {
    const md = growthPlanMarkdown(ladder, a, 'https://handbook.example/', new Date('2026-03-01T12:00:00Z'));
    expect(md).toMatchInlineSnapshot(`
      "# Growth plan: Level 1 → Level 3

      Self-assessment against the ML engineering career ladder (https://handbook.example/growth/self-assessment/), 2026-03-01.
      A draft for a promotion conversation: for each competency, the level whose expectations I consistently demonstrate, and my evidence.

      ## Summary

      | Competency | Level demonstrated | My proficiency | Target proficiency | Gap |
      | --- | --- | --- | --- | --- |
      | Alpha | X1 | 2 Two | 4 Four | +2 |
      | Beta | X3 | 4 Four | 4 Four | met |
      | Gamma | Not rated | — | 4 Four | — |

      ## Gaps to close for Level 3

      1. **Alpha**: You demonstrate X1 at 2 of 5 (Two); X3 expects 4 of 5 (Four): a proficiency gap of 2. https://handbook.example/ladder/levels/x3/#a
         - does 4

      Not rated yet: Gamma.

      ## Evidence by competency

      ### Alpha

      Level demonstrated: Level 1 (proficiency 2 of 5 (Two)).
      Target: Level 3 (proficiency 4 of 5 (Four)).

      What X1 expects, which I consistently do:

      - does 2

      Evidence:

      > Shipped the **pipeline**
      > with tests

      Links:

      - <https://example.org/pr/1>
      - javascript:alert(1)

      ### Beta

      Level demonstrated: Level 3 (proficiency 4 of 5 (Four)).
      Target: Level 3 (proficiency 4 of 5 (Four)).

      What X3 expects, which I consistently do:

      - does 4

      Evidence:

      _No evidence noted yet._

      ### Gamma

      Level demonstrated: not rated yet.
      Target: Level 3 (proficiency 4 of 5 (Four)).

      Evidence:

      _No evidence noted yet._
      "
    `);
  });

  it('measures proficiency against the top of the ladder’s own scale', () => {
    const threeSteps = { ...ladder, scale: ladder.scale.slice(0, 3) };
    expect(chartModel(threeSteps, a).max).toBe(3);
    expect(chartModel(threeSteps, a).title).toContain('proficiency 1 to 3');
    expect(growthPlanMarkdown(threeSteps, a, 'https://handbook.example/')).toContain('Level demonstrated: Level 1 (proficiency 2 of 3 (Two)).');
  });
});

describe('the ladder the page serialises', () => {
  it('orders levels by track and rank, and keeps only what the tool uses', () => {
    expect(ladder.levels.map((l) => l.id)).toEqual(['x1', 'x2', 'x3', 'm1']);
    expect(Object.keys(ladder.levels[0]!).sort()).toEqual(['expectations', 'href', 'id', 'rank', 'shortTitle', 'title', 'track']);
    expect(Object.keys(ladder.levels[0]!.expectations['a']!).sort()).toEqual(['behaviors', 'evidence', 'proficiency']);
    expect(ladder.weights).toEqual({ a: 30, b: 20, c: 50 });
    expect(ladder.scale.map((s) => s.value)).toEqual([1, 2, 3, 4, 5]);
  });
});
