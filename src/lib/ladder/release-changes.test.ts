import { describe, expect, it } from 'vitest';
import type { ReleaseSnapshot } from '../../schemas/release';
import { snapshotChangeOf, unrecordedChanges } from './release-changes';
import { diffReleases } from './release-diff';
import { next, v1 } from '../../../tests/support/release-snapshot.fixture';

/** A new competency expected at every level, as the guide adds one. */
const addPeople = (s: ReleaseSnapshot) => {
  s.competencies.push({ id: 'people', name: 'People', summary: 'Growing people.' });
  for (const l of s.levels) l.expectations['people'] = { proficiency: l.rank, behaviors: ['Mentors.'], evidence: ['A mentee.'] };
};
const change = (subject: 'level' | 'competency', id: string) => ({ subject, id });

describe('unrecordedChanges', () => {
  it('names every level whose title or expectation changed without a change for it, field by field', () => {
    const diff = diffReleases(
      v1,
      next((s) => {
        s.levels[0]!.title = 'Senior Engineer';
        s.levels[1]!.expectations['ops']!.proficiency = 4;
        s.levels[1]!.expectations['design']!.behaviors[0] = 'Designs whole systems.';
      }),
    );
    expect(unrecordedChanges(diff, [])).toEqual([
      { subject: 'level', id: 'senior', fields: ['title “Senior” → “Senior Engineer”'] },
      { subject: 'level', id: 'lead', fields: ['expectations.design.behaviors: 1 reworded', 'expectations.ops.proficiency 3 → 4'] },
    ]);
    expect(unrecordedChanges(diff, [change('level', 'senior'), change('level', 'lead')])).toEqual([]);
  });

  it('counts a change for a competency as recording its expectations at every level, so adding a competency needs only its own change', () => {
    const diff = diffReleases(v1, next(addPeople));
    expect(unrecordedChanges(diff, [change('competency', 'people')])).toEqual([]);
    expect(unrecordedChanges(diff, []).map((u) => [u.subject, u.id])).toEqual([
      ['level', 'senior'],
      ['level', 'lead'],
      ['competency', 'people'],
    ]);
  });

  it('asks for a change for a competency whose name or summary changed, even when its levels have one', () => {
    const diff = diffReleases(
      v1,
      next((s) => {
        s.competencies[1]!.summary = 'Running systems in production.';
        s.levels[1]!.expectations['ops']!.proficiency = 4;
      }),
    );
    expect(unrecordedChanges(diff, [change('level', 'lead')])).toEqual([{ subject: 'competency', id: 'ops', fields: ['summary reworded'] }]);
    expect(unrecordedChanges(diff, [change('competency', 'ops')])).toEqual([]);
  });

  it('asks for a change for a competency whose tracks or track focus changed, as a new track gains it', () => {
    const withTracks = next((s) => {
      for (const c of s.competencies) Object.assign(c, { tracks: ['ic'], trackFocus: {} });
    });
    const diff = diffReleases(
      withTracks,
      next((s) => {
        for (const c of s.competencies) Object.assign(c, { tracks: ['ic'], trackFocus: {} });
        s.competencies[0]!.tracks = ['ic', 'platform'];
        s.competencies[0]!.trackFocus = { ic: 'Hands on.', platform: 'Through shared services.' };
      }),
    );
    const [unrecorded, ...others] = unrecordedChanges(diff, []);
    expect(others).toEqual([]);
    expect(unrecorded).toMatchObject({ subject: 'competency', id: 'design' });
    expect(unrecorded!.fields.join('; ')).toContain('platform');
    expect(unrecordedChanges(diff, [change('competency', 'design')])).toEqual([]);
  });

  it('compares tracks only where both snapshots record them, so a snapshot written before they were recorded stays valid', () => {
    const recorded = next((s) => {
      for (const c of s.competencies) Object.assign(c, { tracks: ['ic'], trackFocus: {} });
    });
    expect(unrecordedChanges(diffReleases(v1, recorded), [])).toEqual([]);
    expect(unrecordedChanges(diffReleases(recorded, { ...v1, version: '1.2.0' }), [])).toEqual([]);
    // The same tracks in another order are the same tracks.
    const reordered = structuredClone(recorded);
    reordered.competencies[0]!.tracks = ['ic', 'management'];
    const back = structuredClone(reordered);
    back.competencies[0]!.tracks = ['management', 'ic'];
    expect(unrecordedChanges(diffReleases(reordered, back), [])).toEqual([]);
  });

  it('finds nothing when the snapshots hold the same ladder', () => {
    expect(unrecordedChanges(diffReleases(v1, next(() => {})), [])).toEqual([]);
  });
});

describe('snapshotChangeOf', () => {
  const after = next((s) => {
    addPeople(s);
    s.levels[1]!.title = 'Lead Engineer';
    s.levels[1]!.expectations['ops']!.proficiency = 4;
  });
  const diff = diffReleases(v1, after);

  it('says how a release changed a level, naming competencies as the release does', () => {
    expect(snapshotChangeOf(diff, after, 'level', 'lead')).toEqual({
      kind: 'changed',
      what: 'Renamed from “Lead”; its expectation for Operations: proficiency 3 → 4; its expectation for People: added at proficiency 2.',
    });
  });

  it('says how a release changed a competency, naming levels as the release does', () => {
    expect(snapshotChangeOf(diff, after, 'competency', 'ops')).toEqual({ kind: 'changed', what: 'Its expectation at Lead Engineer: proficiency 3 → 4.' });
    expect(snapshotChangeOf(diff, after, 'competency', 'people')?.kind).toBe('added');
  });

  it('has nothing to say about what the release left as it was', () => {
    expect(snapshotChangeOf(diff, after, 'competency', 'design')).toBeUndefined();
    expect(snapshotChangeOf(diffReleases(v1, next(() => {})), v1, 'level', 'senior')).toBeUndefined();
  });
});
