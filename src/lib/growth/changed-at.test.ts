import { describe, expect, it } from 'vitest';
import { applyImport, describePlan, nothingToImport, planImport } from '../browser/import-plan';
import { annotateCheckIn, changeReview, rateCheckIn, type GrowthRecord } from './growth-record';
import { growthSpec, teamSpec, type TeamData } from './growth-store';
import { newerCopy, stampChanges, stampTeamChanges } from './changed-at';
import { changedAtPattern, nextStamp, stampTime } from '../browser/stamps';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record, review } from '../../../tests/support/growth-record.fixture';

const t1 = '2026-09-01T10:00:00.000Z';
const t2 = '2026-09-02T10:00:00.000Z';
const t3 = '2026-09-03T10:00:00.000Z';
const spec = growthSpec(ladder, ['k1']);

describe('stampChanges', () => {
  const before = record('gr-1', {
    checkIns: [checkIn('c1', '2026-03-01', 'x1', { a: 'meets' }), checkIn('c2', '2026-06-01', 'x1', { a: 'meets' })],
    evidence: [entry('e1', '2026-04-01', ['a'])],
    reviews: [review('v1', 'c1', { a: 'meets' })],
  });

  it('stamps the part a change altered, and no other', () => {
    const after = stampChanges(before, rateCheckIn(before, 'c2', 'a', 'exceeds'), t2);
    expect(after.checkIns.map((c) => c.changedAt)).toEqual([undefined, t2]);
    expect(after.checkIns[0]).toBe(before.checkIns[0]);
    expect(after.evidence).toBe(before.evidence);
    expect(after.reviews).toBe(before.reviews);
  });

  it('stamps a new part, and a review changed by its manager', () => {
    const added = { ...before, evidence: [...before.evidence, entry('e2', '2026-05-01', ['b'])] };
    expect(stampChanges(before, added, t2).evidence.map((e) => e.changedAt)).toEqual([undefined, t2]);
    const reviewed = changeReview(before, 'c1', 'Manager M', '2026-09-02', (v) => ({ ...v, summary: 'Solid quarter.' }));
    expect(stampChanges(before, reviewed, t2).reviews[0]!.changedAt).toBe(t2);
  });

  it('leaves a part rebuilt with the same content, or a change that changed nothing, unstamped', () => {
    const rebuilt = { ...before, checkIns: before.checkIns.map((c) => ({ ...c })) };
    expect(stampChanges(before, rebuilt, t2).checkIns.map((c) => c.changedAt)).toEqual([undefined, undefined]);
    expect(stampChanges(before, before, t2)).toBe(before);
  });

  it('stamps, in a team, only the person whose part changed', () => {
    const team: TeamData = { reviewer: 'M', people: [before, record('gr-2', { checkIns: [checkIn('c9', '2026-03-01', 'x1', {})] })] };
    const changed = { ...team, people: team.people.map((p) => (p.id === 'gr-1' ? annotateCheckIn(p, 'c1', 'a', 'Led the rollout.', []) : p)) };
    const stamped = stampTeamChanges(team, changed, t2);
    expect(stamped.people[0]!.checkIns[0]!.changedAt).toBe(t2);
    expect(stamped.people[1]).toBe(team.people[1]);
  });

  it('writes a stamp the record’s schema accepts', () => {
    const stamped = stampChanges(before, rateCheckIn(before, 'c1', 'a', 'exceeds'), new Date().toISOString());
    expect(stamped.checkIns[0]!.changedAt).toMatch(changedAtPattern);
    expect(spec.schema.safeParse(stamped).success).toBe(true);
    expect(spec.schema.safeParse({ ...stamped, checkIns: [{ ...stamped.checkIns[0], changedAt: 'yesterday' }] }).success).toBe(false);
  });
});

describe('a stamp', () => {
  it('names an instant only when its date and time exist', () => {
    expect(stampTime(t1)).toBe(Date.parse(t1));
    expect(stampTime('2026-09-01T10:00:00Z')).toBe(Date.parse(t1));
    for (const bad of ['9999-99-99T00:00:00Z', '2026-02-30T00:00:00.000Z', '2026-01-01T24:00:00Z', 'yesterday', '2026-09-01', 42, undefined]) expect(stampTime(bad), String(bad)).toBeUndefined();
  });

  it('that the schema holds to existing dates and times', () => {
    const r = record('gr-1', { checkIns: [{ ...checkIn('c1', '2026-03-01', 'x1', { a: 'meets' }), changedAt: '9999-99-99T00:00:00Z' }] });
    expect(spec.schema.safeParse(r).success).toBe(false);
    expect(spec.schema.safeParse({ ...r, checkIns: [{ ...r.checkIns[0], changedAt: t1 }] }).success).toBe(true);
  });

  it('for an edit is never earlier than the stamp of the copy it edits, whatever the clock says', () => {
    expect(nextStamp(t2, t1)).toBe(t2);
    expect(nextStamp(t1, t2)).toBe('2026-09-02T10:00:00.001Z');
    expect(nextStamp(t1, t1)).toBe('2026-09-01T10:00:00.001Z');
    expect(nextStamp(t1, 'garbage')).toBe(t1);
  });
});

describe('an edit on a machine whose clock is behind', () => {
  it('is kept when the copy it edited, stamped later by another clock, comes back in a file', () => {
    const fromLaptop = record('gr-1', { checkIns: [{ ...checkIn('c1', '2026-03-01', 'x1', { a: 'meets' }), changedAt: t3 }] });
    // This machine's clock says t1, two days before the laptop's stamp.
    const edited = stampChanges(fromLaptop, rateCheckIn(fromLaptop, 'c1', 'a', 'exceeds'), t1);
    expect(stampTime(edited.checkIns[0]!.changedAt)).toBeGreaterThan(stampTime(t3)!);
    expect(applyImport(spec, edited, fromLaptop, 'merge')).toEqual(edited);
  });

  it('is not called “already here” when the file that comes back holds the older copy', () => {
    const fromLaptop = record('gr-1', { checkIns: [{ ...checkIn('c1', '2026-03-01', 'x1', { a: 'meets' }), changedAt: t3 }] });
    const edited = stampChanges(fromLaptop, rateCheckIn(fromLaptop, 'c1', 'a', 'exceeds'), t1);
    const plan = planImport(spec, edited, fromLaptop);
    expect(plan.olderInFile.map((c) => c.id)).toEqual(['c1']);
    expect(nothingToImport(spec, plan, 'mine.json')).not.toMatch(/already here/);
    expect(nothingToImport(spec, plan, 'mine.json')).toMatch(/1 check-in .*newer/);
    expect(nothingToImport(spec, planImport(spec, edited, edited), 'mine.json')).toMatch(/already here/);
    // Replacing would take the file's older copy: the plan says so rather than “unchanged”.
    expect(describePlan(spec, plan).replace).toMatch(/puts back the file’s older copy of 1 check-in/);
    expect(describePlan(spec, plan).merge).toMatch(/keeps the newer copy here of 1 check-in, changed since the file was made/);
  });
});

describe('newerCopy', () => {
  it('compares stamps as instants, not as text', () => {
    // As text “…:00Z” sorts after “…:00.900Z”; as instants it is 900 ms earlier.
    expect(newerCopy({ n: 'here', changedAt: '2026-09-01T10:00:00.900Z' }, { n: 'file', changedAt: '2026-09-01T10:00:00Z' })).toMatchObject({ n: 'here' });
    expect(newerCopy({ n: 'here', changedAt: t1 }, { n: 'file', changedAt: '9999-99-99T00:00:00Z' })).toMatchObject({ n: 'here' });
  });

  it('keeps the copy changed last, the file’s when neither or both say the same', () => {
    expect(newerCopy({ n: 'here', changedAt: t2 }, { n: 'file', changedAt: t1 })).toMatchObject({ n: 'here' });
    expect(newerCopy({ n: 'here', changedAt: t1 }, { n: 'file', changedAt: t2 })).toMatchObject({ n: 'file' });
    expect(newerCopy({ n: 'here', changedAt: t1 }, { n: 'file' })).toMatchObject({ n: 'here' });
    expect(newerCopy({ n: 'here' }, { n: 'file', changedAt: t1 })).toMatchObject({ n: 'file' });
    expect(newerCopy({ n: 'here' }, { n: 'file' })).toMatchObject({ n: 'file' });
  });
});

describe('a record handed back and forth between an engineer and their manager', () => {
  const september = (notes: string, changedAt: string) => ({ ...checkIn('c9', '2026-09-01', 'x1', { a: 'meets' }), summary: notes, changedAt });

  it('keeps the engineer’s newer notes when the manager’s file, made before them, is merged, and takes the manager’s review', () => {
    const mine: GrowthRecord = record('gr-1', { checkIns: [september('updated after 1:1', t3)] });
    const managers: GrowthRecord = record('gr-1', { checkIns: [september('first draft', t1)], reviews: [{ ...review('v1', 'c9', { a: 'exceeds' }), changedAt: t2 }] });
    const plan = planImport(spec, mine, managers);
    expect([plan.updated, plan.unchanged.map((c) => c.id), plan.added.map((c) => c.id)]).toEqual([[], ['c9'], ['v1']]);
    expect(describePlan(spec, plan).merge).not.toMatch(/updates/);
    expect(applyImport(spec, mine, managers, 'merge')).toEqual({ ...mine, reviews: managers.reviews });
  });

  it('keeps the manager’s revised review when the engineer’s later file carries the earlier one', () => {
    const team = teamSpec(ladder, ['k1']);
    const revised = { ...review('v1', 'c9', { a: 'meets' }), summary: 'Revised after calibration.', changedAt: t3 };
    const stored: TeamData = { reviewer: 'M', people: [record('gr-1', { checkIns: [september('draft', t1)], reviews: [revised] })] };
    const engineers = record('gr-1', { checkIns: [september('draft', t1), checkIn('c10', '2026-10-01', 'x1', {})], reviews: [{ ...review('v1', 'c9', { a: 'exceeds' }), changedAt: t2 }] });
    const merged = applyImport(team, stored, { reviewer: 'M', people: [engineers] }, 'merge');
    expect(merged.people[0]!.reviews).toEqual([revised]);
    expect(merged.people[0]!.checkIns.map((c) => c.id)).toEqual(['c9', 'c10']);
  });

  it('still takes the file’s copy of a part neither side stamped (files of earlier releases)', () => {
    const here = record('gr-1', { checkIns: [checkIn('c1', '2026-03-01', 'x1', { a: 'meets' })] });
    const file = record('gr-1', { checkIns: [checkIn('c1', '2026-03-01', 'x1', { a: 'exceeds' })] });
    expect(applyImport(spec, here, file, 'merge')).toEqual(file);
  });
});
