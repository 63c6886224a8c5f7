import { describe, expect, it } from 'vitest';
import { chartModel, chartRows } from './growth-plan';
import { annotate, emptyAssessment, parseLinks, rate, setLevel, withBehaviors, withoutBehaviors, withoutTexts } from './self-assessment';
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

  it('split links one per line', () => {
    expect(parseLinks(' https://a.example \n\n  go/design-doc\n')).toEqual(['https://a.example', 'go/design-doc']);
  });
});

describe('what the page shows and exports', () => {
  const a = annotate(rate(rate(base, 'a', 'x1'), 'b', 'x3'), 'a', 'Shipped the **pipeline**\nwith tests', ['https://example.org/pr/1', 'javascript:alert(1)']);

  it('names every chart point after its competency, level and value', () => {
    const model = chartModel(ladder, a);
    expect(model.series.map((s) => s.values)).toEqual([[4, 4, 4], [2, 4, null]]);
    expect(model.series[1]!.pointNames[0]).toBe('Alpha — you demonstrate X1: 2 of 5 (Two)');
    expect(chartModel(ladder, a, { a: 'Meets' }).series[1]!.pointNames[0]).toBe('Alpha — you rated Meets, you demonstrate X1: 2 of 5 (Two)');
    expect(model.series[0]!.pointNames[2]).toBe('Gamma — target X3 expects 4 of 5 (Four)');
  });

  it('tabulates the chart, with the gap per competency', () => {
    expect(chartRows(ladder, a).map((r) => [r.name, r.demonstrated, r.yours, r.you, r.target, r.gap])).toEqual([
      ['Alpha', 'X1', '2 Two', 'X1 (2 Two)', '4 Four', '2 steps below'],
      ['Beta', 'X3', '4 Four', 'X3 (4 Four)', '4 Four', 'met'],
      ['Gamma', 'Not rated', '—', 'Not rated', '4 Four', '—'],
    ]);
  });

  it('measures proficiency against the top of the ladder’s own scale', () => {
    const threeSteps = { ...ladder, scale: ladder.scale.slice(0, 3) };
    expect(chartModel(threeSteps, a).max).toBe(3);
    expect(chartModel(threeSteps, a).title).toContain('proficiency 1 to 3');
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

  it('drops the ladder’s texts for pages that show only levels and ratings', () => {
    const slim = withoutTexts(ladder);
    expect(slim.levels.map((l) => l.expectations['a'])).toEqual(ladder.levels.map((l) => ({ proficiency: l.expectations['a']!.proficiency, behaviors: [], evidence: [] })));
    expect(slim.competencies).toEqual(ladder.competencies);
  });

  it('leaves the behaviors out for a page that shows them, and puts back what the page shows', () => {
    const sent = withoutBehaviors(ladder);
    for (const level of sent.levels) for (const e of Object.values(level.expectations)) expect(e.behaviors).toEqual([]);
    expect(sent.levels.map((l) => l.expectations['a']?.evidence)).toEqual(ladder.levels.map((l) => l.expectations['a']?.evidence));
    // What the page shows for each level and competency: here, the original behaviors.
    const shown = (level: string, competency: string) => ladder.levels.find((l) => l.id === level)!.expectations[competency]!.behaviors;
    expect(withBehaviors(sent, shown)).toEqual(ladder);
  });
});
