import { describe, expect, it } from 'vitest';
import { next, v1 } from '../../../tests/support/release-snapshot.fixture';
import { diffItems, diffReleases, sameLadder, summarizeExpectation } from './release-diff';
import { ladderSnapshot } from './release-snapshot';

describe('diffItems', () => {
  it('tells a reworded item from a replaced one', () => {
    const changes = diffItems(['Designs one service end to end.', 'Writes design docs.'], ['Designs several services end to end.', 'Runs design reviews.']);
    expect(changes.map((c) => c.kind)).toEqual(['reworded', 'removed', 'added']);
    const reworded = changes[0]!;
    expect(reworded.kind === 'reworded' && reworded.words.filter((w) => w.kind !== 'same').map((w) => w.value)).toEqual(['one service', 'several services']);
  });

  it('finds nothing in equal lists, and additions and removals where items come and go', () => {
    expect(diffItems(['a b', 'c d'], ['a b', 'c d'])).toEqual([]);
    expect(diffItems(['a b'], ['a b', 'x y'])).toEqual([{ kind: 'added', text: 'x y' }]);
    expect(diffItems(['a b', 'x y'], ['x y'])).toEqual([{ kind: 'removed', text: 'a b' }]);
  });
});

describe('diffReleases', () => {
  it('finds no change between a snapshot and itself', () => {
    const diff = diffReleases(v1, { ...v1, version: '1.0.1' });
    expect(diff.levels).toEqual([]);
    expect(diff.competencies).toEqual([]);
    expect(sameLadder(v1, { ...v1, version: '9.9.9' })).toBe(true);
  });

  it('reports a proficiency that moved, at its level and at its competency', () => {
    const diff = diffReleases(v1, next((s) => (s.levels[1]!.expectations['ops']!.proficiency = 4)));
    expect(diff.levels.map((l) => [l.id, l.kind])).toEqual([['lead', 'changed']]);
    expect(diff.competencies.map((c) => [c.id, c.kind])).toEqual([['ops', 'changed']]);
    const [change] = diff.expectations;
    expect(change).toMatchObject({ level: 'lead', competency: 'ops', kind: 'changed', proficiency: { from: 3, to: 4 } });
    expect(diff.competencies[0]!.expectations[0]).toBe(change);
    expect(summarizeExpectation(change!)).toBe('proficiency 3 → 4');
  });

  it('reports reworded behaviors and evidence with a word diff', () => {
    const diff = diffReleases(
      v1,
      next((s) => {
        s.levels[0]!.expectations['design']!.behaviors[0] = 'Designs two services end to end.';
        s.levels[0]!.expectations['design']!.evidence.push('A review of a design by someone else.');
      }),
    );
    const [change] = diff.expectations;
    expect(change!.behaviors.map((b) => b.kind)).toEqual(['reworded']);
    expect(change!.evidence.map((b) => b.kind)).toEqual(['added']);
    expect(summarizeExpectation(change!)).toBe('1 behavior reworded; 1 example of evidence added');
  });

  it('reports an added level and competency, and a removed one', () => {
    const diff = diffReleases(
      v1,
      next((s) => {
        s.competencies.push({ id: 'people', name: 'People', summary: 'Growing people.' });
        s.levels[1]!.expectations['people'] = { proficiency: 2, behaviors: ['Mentors.'], evidence: ['A mentee.'] };
        s.levels.push({ id: 'staff', title: 'Staff', track: 'ic', rank: 3, expectations: { design: { proficiency: 4, behaviors: ['Sets direction.'], evidence: ['A strategy.'] } } });
        s.levels.splice(0, 1);
      }),
    );
    expect(diff.levels.map((l) => [l.id, l.kind])).toEqual([
      ['lead', 'changed'],
      ['staff', 'added'],
      ['senior', 'removed'],
    ]);
    expect(diff.competencies.map((c) => [c.id, c.kind])).toEqual([
      ['design', 'changed'],
      ['ops', 'changed'],
      ['people', 'added'],
    ]);
    const added = diff.expectations.find((e) => e.level === 'lead' && e.competency === 'people')!;
    expect(added).toMatchObject({ kind: 'added', proficiency: { from: undefined, to: 2 } });
    expect(summarizeExpectation(added)).toBe('added at proficiency 2');
  });

  it('reports a renamed level, a level that moved, and a reworded competency summary', () => {
    const diff = diffReleases(
      v1,
      next((s) => {
        s.levels[1]!.title = 'Lead Engineer';
        s.levels[1]!.rank = 3;
        s.competencies[0]!.summary = 'Designing whole systems.';
      }),
    );
    expect(diff.levels[0]).toMatchObject({ id: 'lead', renamed: { from: 'Lead', to: 'Lead Engineer' }, moved: { from: 'ic track, rank 2', to: 'ic track, rank 3' }, expectations: [] });
    expect(diff.competencies[0]!.summary!.filter((p) => p.kind === 'added').map((p) => p.value)).toEqual(['whole ']);
  });

  it('treats the first release as adding everything', () => {
    const diff = diffReleases(undefined, v1);
    expect(diff.from).toBeUndefined();
    expect(diff.levels.every((l) => l.kind === 'added')).toBe(true);
    expect(diff.competencies.map((c) => c.kind)).toEqual(['added', 'added']);
    expect(diff.expectations).toHaveLength(4);
  });
});

describe('ladderSnapshot', () => {
  it('keeps levels in the order given and expectations in competency order, behaviors as behaviors, and each competency’s tracks', () => {
    const snapshot = ladderSnapshot(
      '2.0.0',
      [{ id: 'a', title: 'A', track: 't', rank: 1, expectations: { y: { proficiency: 1, behaviors: ['b'], evidence: ['e'] }, x: { proficiency: 2, behaviors: ['c'], evidence: ['f'] } } }],
      [
        { id: 'x', name: 'X', summary: 'S.', tracks: ['t', 'u'], trackFocus: { t: 'Hands on.', u: 'Through others.' } },
        { id: 'y', name: 'Y', summary: 'T.', tracks: ['t'] },
      ],
    );
    expect(snapshot.competencies.map((c) => c.tracks)).toEqual([['t', 'u'], ['t']]);
    expect(snapshot.competencies[0]!.trackFocus).toEqual({ t: 'Hands on.', u: 'Through others.' });
    expect(Object.keys(snapshot.levels[0]!.expectations)).toEqual(['x', 'y']);
    expect(snapshot.levels[0]!.expectations['x']).toEqual({ proficiency: 2, behaviors: ['c'], evidence: ['f'] });
    expect(snapshot.version).toBe('2.0.0');
  });
});
