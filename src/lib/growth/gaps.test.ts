import { describe, expect, it } from 'vitest';
import { compareGaps, rankGaps, type Gap } from './gaps';
import { emptyAssessment, rate, setLevel, type Assessment } from './self-assessment';
import { tinyLadder } from '../../../tests/support/self-assessment.fixture';

const assess = (target: string, ratings: Record<string, string>, current: string | null = null): Assessment =>
  Object.entries(ratings).reduce((a, [c, l]) => rate(a, c, l), setLevel(setLevel(emptyAssessment(), 'target', target), 'current', current));
const order = (r: ReturnType<typeof rankGaps>) => r?.gaps.map((g) => g.competency);

describe('rankGaps', () => {
  it('returns null until a target level is chosen', () => {
    expect(rankGaps(tinyLadder, emptyAssessment())).toBeNull();
  });

  it('ranks a larger proficiency gap first, and scope gaps (same depth, lower level) after every proficiency gap', () => {
    // Target X3 expects 4 everywhere: a at X1 is 2 short, c at X2 is 1 short, b at X2 matches the depth but not the level.
    const report = rankGaps(tinyLadder, assess('x3', { a: 'x1', b: 'x2', c: 'x2' }))!;
    expect(report.gaps).toEqual([
      { competency: 'a', demonstrated: 'x1', yours: 2, target: 4, gap: 2, behind: true, weight: 30 },
      { competency: 'c', demonstrated: 'x2', yours: 3, target: 4, gap: 1, behind: true, weight: 50 },
      { competency: 'b', demonstrated: 'x2', yours: 4, target: 4, gap: 0, behind: true, weight: 20 },
    ]);
    expect(report.met).toEqual([]);
    expect(report.unrated).toEqual([]);
  });

  it('breaks a tie on the gap by the scorecard weight, heaviest first', () => {
    // a (weight 30) and c (weight 50) are both 1 short of X3.
    expect(order(rankGaps(tinyLadder, assess('x3', { a: 'x2', c: 'x2' })))).toEqual(['c', 'a']);
  });

  it('breaks a tie on gap and weight by the ladder’s competency order', () => {
    const gap = (competency: string): Gap => ({ competency, demonstrated: 'x1', yours: 2, target: 4, gap: 2, behind: true, weight: 10 });
    const position = (c: string) => ['a', 'b', 'c'].indexOf(c);
    expect([gap('c'), gap('a'), gap('b')].sort((x, y) => compareGaps(x, y, position)).map((g) => g.competency)).toEqual(['a', 'b', 'c']);
  });

  it('counts the target level itself, and anything deeper in another track, as met; lists unrated competencies apart', () => {
    // Target M1 (2, 3, 5): a at X3 (4) is deeper, in another track; c at X3 (4) is 1 short; b is not rated.
    const report = rankGaps(tinyLadder, assess('m1', { a: 'x3', c: 'x3' }))!;
    expect(report.gaps.map((g) => [g.competency, g.gap, g.behind])).toEqual([['c', 1, false]]);
    expect(report.met.map((g) => [g.competency, g.gap, g.behind])).toEqual([['a', -2, false]]);
    expect(report.unrated).toEqual(['b']);
    expect(rankGaps(tinyLadder, assess('x2', { a: 'x2', b: 'x3', c: 'x2' }))!.gaps).toEqual([]);
  });
});
