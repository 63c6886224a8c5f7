import { describe, expect, it } from 'vitest';
import { compareGaps, describeGap, rankGaps, type Gap } from './gaps';
import { buildLadder, emptyAssessment, rate, setLevel, type Assessment } from './self-assessment';
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
      { competency: 'a', demonstrated: 'x1', yours: 2, target: 4, gap: 2, behind: true, weight: 30, kind: 'depth' },
      { competency: 'c', demonstrated: 'x2', yours: 3, target: 4, gap: 1, behind: true, weight: 50, kind: 'depth' },
      { competency: 'b', demonstrated: 'x2', yours: 4, target: 4, gap: 0, behind: true, weight: 20, kind: 'scope' },
    ]);
    expect(report.met).toEqual([]);
    expect(report.unrated).toEqual([]);
  });

  it('breaks a tie on the gap by the scorecard weight, heaviest first', () => {
    // a (weight 30) and c (weight 50) are both 1 short of X3.
    expect(order(rankGaps(tinyLadder, assess('x3', { a: 'x2', c: 'x2' })))).toEqual(['c', 'a']);
  });

  it('breaks a tie on gap and weight by the ladder’s competency order', () => {
    const gap = (competency: string): Gap => ({ competency, demonstrated: 'x1', yours: 2, target: 4, gap: 2, behind: true, weight: 10, kind: 'depth' });
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

describe('rankGaps for a move across tracks', () => {
  // A synthetic ladder: an individual contributor level and a manager level that alone expects people management.
  const level = (id: string, track: string, rank: number, expectations: Record<string, number>) => ({
    id,
    title: id,
    shortTitle: id.toUpperCase(),
    track,
    rank,
    href: `/${id}/`,
    expectations: Object.fromEntries(Object.entries(expectations).map(([c, p]) => [c, { proficiency: p, behaviors: [`${c} at ${id}`], evidence: [] }])),
  });
  const ladder = buildLadder({
    tracks: [
      { id: 'ic', name: 'IC' },
      { id: 'mgmt', name: 'Management' },
    ],
    competencies: [
      { id: 'design', name: 'Design' },
      { id: 'lead', name: 'Leadership' },
      { id: 'people', name: 'People management' },
    ],
    levels: [level('staff', 'ic', 3, { design: 4, lead: 4 }), level('manager', 'mgmt', 1, { design: 3, lead: 4, people: 3 })],
    scale: [1, 2, 3, 4, 5].map((value) => ({ value, name: `Step ${value}` })),
    scorecard: { title: 'IC scorecard', href: '/s/', dimensions: [{ competency: 'design', weight: 60 }, { competency: 'lead', weight: 40 }] },
  });
  const staffTargetingManager = (a: Assessment) => setLevel(setLevel(a, 'current', 'staff'), 'target', 'manager');

  it('shows a competency only the target’s track expects as a gap, new in kind, ranked first', () => {
    const atStaff = ['design', 'lead'].reduce((a, c) => rate(a, c, 'staff'), emptyAssessment());
    const report = rankGaps(ladder, staffTargetingManager(atStaff))!;
    expect(report.gaps).toEqual([{ competency: 'people', demonstrated: null, yours: 0, target: 3, gap: 3, behind: false, weight: 0, kind: 'new-in-kind' }]);
    expect(report.met.map((g) => g.competency)).toEqual(['design', 'lead']);
    expect(report.unrated).toEqual([]);
  });

  it('counts it as new in kind when it is not rated and the current level does not expect it, and as unrated without a current level', () => {
    expect(rankGaps(ladder, staffTargetingManager(emptyAssessment()))!.gaps.map((g) => [g.competency, g.kind])).toEqual([['people', 'new-in-kind']]);
    expect(rankGaps(ladder, setLevel(emptyAssessment(), 'target', 'manager'))!.unrated).toEqual(['design', 'lead', 'people']);
  });

  it('closes the gap once the reader rates the competency at a level that expects it', () => {
    const report = rankGaps(ladder, rate(staffTargetingManager(emptyAssessment()), 'people', 'manager'))!;
    expect(report.gaps).toEqual([]);
    expect(report.met.map((g) => g.competency)).toEqual(['people']);
  });

  it('leaves out what the target does not expect, whatever the reader rated', () => {
    const report = rankGaps(ladder, setLevel(rate(emptyAssessment(), 'people', 'manager'), 'target', 'staff'))!;
    expect([...report.gaps, ...report.met].map((g) => g.competency)).not.toContain('people');
    expect(report.unrated).toEqual(['design', 'lead']);
  });

  it('says in a sentence why each kind is a gap, with the names of the scale', () => {
    const [people] = rankGaps(ladder, staffTargetingManager(emptyAssessment()))!.gaps;
    expect(describeGap(ladder, 'manager', people!)).toBe('None of your levels expects people management; MANAGER expects 3 of 5 (Step 3): new in kind for you, not more of the same.');
    const depth: Gap = { competency: 'design', demonstrated: 'staff', yours: 4, target: 5, gap: 1, behind: false, weight: 60, kind: 'depth' };
    expect(describeGap(ladder, 'manager', depth)).toBe('You demonstrate STAFF at 4 of 5 (Step 4); MANAGER expects 5 of 5 (Step 5): a proficiency gap of 1.');
  });
});
