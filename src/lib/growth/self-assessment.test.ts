import { describe, expect, it } from 'vitest';
import { chartModel, chartRows, growthPlanMarkdown } from './growth-plan';
import { createStore, memoryStorage, storageFormat } from '../browser/store';
import { applyImport, planImport } from '../browser/import-plan';
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
  const store = (storage = memoryStorage()) => createStore(selfAssessmentSpec(ladder), storage);
  const envelope = (data: unknown) => JSON.stringify({ format: storageFormat, tool: 'self-assessment', version: 1, savedAt: '', data });

  it('round-trip through export and import without loss', () => {
    const s = store();
    const a = annotate(rate(base, 'a', 'x2'), 'c', 'Line 1\nLine 2', ['https://example.org/x', 'javascript:alert(1)']);
    expect(s.update(() => a).ok).toBe(true);
    const text = s.exportText(s.read().data);
    s.clear('test');
    expect(s.read().data).toEqual(emptyAssessment());
    expect(s.parseImport(text)).toEqual({ ok: true, value: a });
  });

  it.each([
    ['an unknown level', { current: 'vp', target: null, competencies: {} }, 'current: expected one of'],
    ['an unknown competency', { current: null, target: null, competencies: { zeta: { demonstrated: null, notes: '', links: [] } } }, 'competencies: unknown field “zeta”'],
    ['a bare number instead of a level', { current: null, target: null, competencies: { a: { demonstrated: 3, notes: '', links: [] } } }, 'competency “a”, level demonstrated: expected one of'],
    ['an extra field', { current: null, target: null, competencies: {}, score: 9 }, 'unknown field “score”'],
  ])('refuse a file with %s, saying where in words', (_name, data, where) => {
    const result = store().parseImport(envelope(data));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(where);
  });

  it('set aside one competency that cannot be read and keep the others', () => {
    const storage = memoryStorage({ 'handbook:self-assessment': envelope({ current: 'x1', target: 'x3', competencies: { a: { demonstrated: 'x2', notes: 'kept', links: [] }, b: { demonstrated: 'gone-level', notes: 'mine', links: [] } } }) });
    const s = store(storage);
    expect(s.read().data).toEqual({ current: 'x1', target: 'x3', competencies: { a: { demonstrated: 'x2', notes: 'kept', links: [] } } });
    expect(s.unreadable().map((u) => u.what)).toEqual(['competency “b” (“Beta”)']);
    expect(JSON.parse(s.unreadable()[0]!.text)).toEqual({ demonstrated: 'gone-level', notes: 'mine', links: [] });
  });

  it('match an import with what is stored by competency, and merge without losing notes', () => {
    const stored = annotate(rate(base, 'a', 'x2'), 'a', 'my notes', []);
    const file = rate(rate(emptyAssessment(), 'a', 'x3'), 'b', 'x1');
    const plan = planImport(selfAssessmentSpec(ladder), stored, file);
    expect(plan.updated.map((c) => c.label)).toEqual(['Alpha']);
    expect(plan.added.map((c) => c.label)).toEqual(['Beta']);
    // A merge keeps the stored levels: the file has none.
    expect(applyImport(selfAssessmentSpec(ladder), stored, file, 'merge')).toMatchObject({ current: 'x1', target: 'x3' });
  });
});

describe('what the page shows and exports', () => {
  const a = annotate(rate(rate(base, 'a', 'x1'), 'b', 'x3'), 'a', 'Shipped the **pipeline**\nwith tests', ['https://example.org/pr/1', 'javascript:alert(1)']);

  it('names every chart point after its competency, level and value', () => {
    const model = chartModel(ladder, a);
    expect(model.series.map((s) => s.values)).toEqual([[4, 4, 4], [2, 4, null]]);
    expect(model.series[1]!.pointNames[0]).toBe('Alpha — you demonstrate X1: 2 of 5');
    expect(model.series[0]!.pointNames[2]).toBe('Gamma — target X3 expects 4 of 5');
  });

  it('tabulates the chart, with the gap per competency', () => {
    expect(chartRows(ladder, a).map((r) => [r.name, r.demonstrated, r.yours, r.you, r.target, r.gap])).toEqual([
      ['Alpha', 'X1', '2', 'X1 (2)', '4', '+2'],
      ['Beta', 'X3', '4', 'X3 (4)', '4', 'met'],
      ['Gamma', 'Not rated', '—', 'Not rated', '4', '—'],
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
      | Alpha | X1 | 2 | 4 | +2 |
      | Beta | X3 | 4 | 4 | met |
      | Gamma | Not rated | — | 4 | — |

      ## Gaps to close for Level 3

      1. **Alpha**: X1 → X3, proficiency 2 → 4. https://handbook.example/ladder/levels/x3/#a
         - does 4

      Not rated yet: Gamma.

      ## Evidence by competency

      ### Alpha

      Level demonstrated: Level 1 (proficiency 2 of 5).
      Target: Level 3 (proficiency 4 of 5).

      What X1 expects, which I consistently do:

      - does 2

      Evidence:

      > Shipped the **pipeline**
      > with tests

      Links:

      - <https://example.org/pr/1>
      - javascript:alert(1)

      ### Beta

      Level demonstrated: Level 3 (proficiency 4 of 5).
      Target: Level 3 (proficiency 4 of 5).

      What X3 expects, which I consistently do:

      - does 4

      Evidence:

      _No evidence noted yet._

      ### Gamma

      Level demonstrated: not rated yet.
      Target: Level 3 (proficiency 4 of 5).

      Evidence:

      _No evidence noted yet._
      "
    `);
  });

  it('measures proficiency against the top of the ladder’s own scale', () => {
    const threeSteps = { ...ladder, scale: ladder.scale.slice(0, 3) };
    expect(chartModel(threeSteps, a).max).toBe(3);
    expect(chartModel(threeSteps, a).title).toContain('proficiency 1 to 3');
    expect(growthPlanMarkdown(threeSteps, a, 'https://handbook.example/')).toContain('Level demonstrated: Level 1 (proficiency 2 of 3).');
  });
});

describe('the ladder the page serialises', () => {
  it('orders levels by track and rank, and keeps only what the tool uses', () => {
    expect(ladder.levels.map((l) => l.id)).toEqual(['x1', 'x2', 'x3', 'm1']);
    expect(Object.keys(ladder.levels[0]!).sort()).toEqual(['expectations', 'href', 'id', 'rank', 'shortTitle', 'title', 'track']);
    expect(Object.keys(ladder.levels[0]!.expectations['a']!).sort()).toEqual(['behaviours', 'evidence', 'proficiency']);
    expect(ladder.weights).toEqual({ a: 30, b: 20, c: 50 });
    expect(ladder.scale.map((s) => s.value)).toEqual([1, 2, 3, 4, 5]);
  });
});
