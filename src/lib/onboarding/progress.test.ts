import { describe, expect, it } from 'vitest';
import {
  futureCompletionText,
  importedOutsidePlanText,
  maxNoteLength,
  mergeWithPlan,
  overallProgress,
  phaseProgress,
  progressText,
  setCompletedOn,
  setDone,
  setNotes,
  stampGoalChanges,
  trackerSpec,
  type TrackerState,
} from './progress';
import type { Plan } from './plan';
import { createStore, memoryStorage, storageFormat } from '../browser/store';
import { applyImport, describePlan, planImport } from '../browser/import-plan';
import { plan } from '../../../tests/support/onboarding.fixture';
import { importDateSlack } from '../browser/dates';
import { parseImport } from '../browser/parse-export';

const today = '2025-03-14';

describe('progress', () => {
  it('counts done goals per phase and overall', () => {
    const state: TrackerState = { goals: [{ id: 'ship', done: true }, { id: 'mentor', done: false }, { id: 'gone', done: true }] };
    const phases = phaseProgress(plan, state);
    expect(phases).toEqual([
      { id: '30-day', title: '30-day goals', done: 1, total: 2, percent: 50 },
      { id: '90-day', title: '90-day goals', done: 0, total: 1, percent: 0 },
    ]);
    expect(overallProgress(phases)).toEqual({ done: 1, total: 3, percent: 33 });
    expect(progressText(phases[0]!)).toBe('1 of 2 goals done');
    expect(progressText({ done: 0, total: 1 })).toBe('0 of 1 goal done');
  });

  it('reaches 100 percent only when every goal is done', () => {
    const three: Plan = { phases: [{ id: 'p', title: 'P', goals: ['a', 'b', 'c'].map((id) => ({ id, text: id })) }] };
    const state = (n: number): TrackerState => ({ goals: ['a', 'b', 'c'].slice(0, n).map((id) => ({ id, done: true })) });
    expect([0, 1, 2, 3].map((n) => phaseProgress(three, state(n))[0]!.percent)).toEqual([0, 33, 66, 100]);
  });

  it('dates a goal when it is ticked, keeps an earlier date, and keeps a typed date when it is unticked', () => {
    let state: TrackerState = { goals: [] };
    state = setDone(state, 'learn', true, today);
    expect(state.goals).toEqual([{ id: 'learn', done: true, completedOn: today }]);
    state = setCompletedOn(state, 'learn', '2025-03-01', today).state;
    state = setDone(state, 'learn', true, today);
    expect(state.goals[0]).toEqual({ id: 'learn', done: true, completedOn: '2025-03-01' });
    state = setDone(state, 'learn', false, today);
    expect(state.goals[0]).toEqual({ id: 'learn', done: false, completedOn: '2025-03-01' });
    // Ticked again: the reader's date, not today's.
    expect(setDone(state, 'learn', true, today).goals[0]).toEqual({ id: 'learn', done: true, completedOn: '2025-03-01' });
  });

  it('ticks a goal when a completion date is entered, and refuses a date that does not exist, saying why', () => {
    const { state } = setCompletedOn({ goals: [] }, 'ship', '2025-02-03', today);
    expect(state.goals).toEqual([{ id: 'ship', done: true, completedOn: '2025-02-03' }]);
    expect(setCompletedOn(state, 'ship', '03/02/2025', today)).toEqual({ state, problem: '“03/02/2025” is not a date written YYYY-MM-DD' });
    expect(setCompletedOn(state, 'ship', '2026-02-31', today)).toEqual({ state, problem: '2026-02-31 is not a date: February 2026 has 28 days' });
    expect(setCompletedOn(state, 'ship', '', today).state.goals).toEqual([{ id: 'ship', done: true }]);
  });

  it('refuses a completion date after today, which would mark a goal done that is not yet (a year mistyped), and takes today itself', () => {
    const { state } = setCompletedOn({ goals: [] }, 'ship', '2025-02-03', today);
    const tomorrow = '2025-03-15';
    const refused = setCompletedOn(state, 'ship', tomorrow, today);
    expect(refused.state).toBe(state);
    expect(refused.problem).toMatch(/after today/);
    expect(setCompletedOn({ goals: [] }, 'learn', tomorrow, today).state.goals).toEqual([]);
    expect(setCompletedOn(state, 'ship', today, today)).toEqual({ state: { goals: [{ id: 'ship', done: true, completedOn: today }] }, problem: null });
  });

  it('keeps notes, drops blank ones and cuts very long ones', () => {
    let state = setNotes({ goals: [] }, 'ship', 'Paired with SRE on alerts.');
    expect(state.goals).toEqual([{ id: 'ship', done: false, notes: 'Paired with SRE on alerts.' }]);
    state = setNotes(state, 'ship', '   ');
    expect(state.goals).toEqual([{ id: 'ship', done: false }]);
    expect(setNotes(state, 'ship', 'x'.repeat(maxNoteLength + 10)).goals[0]!.notes).toHaveLength(maxNoteLength);
  });

  it('never changes the state it is given', () => {
    const state: TrackerState = Object.freeze({ goals: Object.freeze([Object.freeze({ id: 'ship', done: false })]) }) as TrackerState;
    expect(() => setNotes(setDone(state, 'ship', true, today), 'learn', 'n')).not.toThrow();
    expect(state.goals).toEqual([{ id: 'ship', done: false }]);
  });
});

describe('merging stored progress with the current plan', () => {
  it('orders progress by the plan and starts unknown goals blank', () => {
    const merged = mergeWithPlan(plan, { goals: [{ id: 'mentor', done: true, completedOn: today }, { id: 'learn', done: true }] });
    expect(merged.state.goals.map((g) => g.id)).toEqual(['learn', 'ship', 'mentor']);
    expect(merged.state.goals[1]).toEqual({ id: 'ship', done: false });
    expect(merged.retired).toEqual([]);
  });

  it('keeps progress of goals that left the plan when it holds something, and drops blank ones', () => {
    const kept = { id: 'old-goal', done: true, notes: 'Done before the plan changed.' };
    const merged = mergeWithPlan(plan, { goals: [kept, { id: 'blank-old-goal', done: false }, { id: 'learn', done: true }] });
    expect(merged.retired).toEqual([kept]);
    expect(merged.state.goals.map((g) => g.id)).toEqual(['learn', 'ship', 'mentor', 'old-goal']);
    expect(phaseProgress(plan, merged.state).map((p) => p.done)).toEqual([1, 0]);
  });

  it('starts every goal blank when nothing was stored yet', () => {
    expect(mergeWithPlan(plan, { goals: [] })).toEqual({ state: { goals: ['learn', 'ship', 'mentor'].map((id) => ({ id, done: false })) }, retired: [] });
  });

  it('says where an import’s progress on goals outside the plan went, counting only goals that hold progress', () => {
    const planIds = plan.phases.flatMap((p) => p.goals.map((g) => g.id));
    expect(importedOutsidePlanText(plan, { goals: planIds.map((id) => ({ id, done: true })) })).toBe('');
    expect(importedOutsidePlanText(plan, { goals: [{ id: 'old-goal', done: false }] })).toBe('');
    expect(importedOutsidePlanText(plan, { goals: [{ id: 'old-goal', done: true }] })).toMatch(/^One goal of the file is not in this plan: .*“Goals no longer in the plan”/);
    expect(importedOutsidePlanText(plan, { goals: [{ id: 'a', done: false, notes: 'x' }, { id: 'b', done: false, completedOn: today }, { id: planIds[0]!, done: true }] })).toMatch(/^2 goals of the file are not in this plan/);
  });
});

describe('completion dates after today in an imported file', () => {
  const [first, second] = plan.phases.flatMap((p) => p.goals);
  const ahead = (days: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };

  it('names each goal the file marks done after today, by the name the page shows, with its date', () => {
    const text = futureCompletionText(plan, { goals: [{ id: first!.id, done: true, completedOn: '2099-01-01' }, { id: second!.id, done: true, completedOn: today }] }, today);
    expect(text).toContain('1 January 2099');
    expect(text).toContain(`“${first!.text.replace(/\s*:\s*$/, '')}”`);
    expect(text).not.toContain(second!.text.replace(/\s*:\s*$/, ''));
    expect(text).toMatch(/check its date\.$/);
  });

  it('says nothing of dates up to today, or within the slack a colleague’s time zone gives', () => {
    expect(futureCompletionText(plan, { goals: [{ id: first!.id, done: true, completedOn: today }] }, today)).toBe('');
    expect(futureCompletionText(plan, { goals: [{ id: first!.id, done: true, completedOn: ahead(importDateSlack) }] }, today)).toBe('');
    expect(futureCompletionText(plan, { goals: [{ id: first!.id, done: true, completedOn: ahead(importDateSlack + 1) }] }, today)).not.toBe('');
    expect(futureCompletionText(plan, { goals: [{ id: first!.id, done: false }] }, today)).toBe('');
  });

  it('names a goal outside the plan by its id, and counts several', () => {
    const text = futureCompletionText(plan, { goals: [{ id: 'old-goal', done: true, completedOn: '2099-01-01' }, { id: first!.id, done: true, completedOn: '2099-02-01' }] }, today);
    expect(text).toMatch(/^The file marks 2 goals done after today/);
    expect(text).toContain('“old-goal” on 1 January 2099');
    expect(text).toMatch(/check their dates\.$/);
  });
});

describe('what the tracker stores', () => {
  it('accepts its own state and round-trips an export through the store', () => {
    const store = createStore(trackerSpec, memoryStorage());
    expect(store.key).toBe('handbook:onboarding');
    const state = setNotes(setDone({ goals: [] }, 'ship', true, today), 'learn', 'Met PM and SRE.');
    expect(store.update(() => state).ok).toBe(true);
    const text = store.exportText(store.read().data);
    store.clear('test');
    expect(parseImport(store, text)).toEqual({ ok: true, value: state, notices: [] });
  });

  it.each([
    ['a goal id that is not an id', { goals: [{ id: 'Not an id', done: true }] }, 'goal 1, id: expected a goal id'],
    ['a date that is not YYYY-MM-DD', { goals: [{ id: 'ship', done: true, completedOn: '14/03/2025' }] }, 'goal 1, completion date: expected a real date written YYYY-MM-DD'],
    ['a date that does not exist', { goals: [{ id: 'ship', done: true, completedOn: '2026-02-31' }] }, 'goal 1, completion date: expected a real date written YYYY-MM-DD'],
    ['notes that are too long', { goals: [{ id: 'ship', done: true, notes: 'x'.repeat(maxNoteLength + 1) }] }, `goal 1, notes: at most ${maxNoteLength} characters`],
    ['a goal twice', { goals: [{ id: 'ship', done: true }, { id: 'ship', done: false }] }, 'goal 2: the same id as goal 1'],
    ['an unknown field', { goals: [{ id: 'ship', done: true, owner: 'me' }] }, 'goal 1: unknown field “owner”'],
    ['a missing list', {}, 'goals: missing'],
  ])('refuses %s with a message that names the goal and field', (_name, data, message) => {
    const store = createStore(trackerSpec, memoryStorage());
    const result = parseImport(store, JSON.stringify({ format: storageFormat, tool: 'onboarding', version: 1, savedAt: '', data }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('sets a goal that cannot be read aside and keeps the others', () => {
    const goals = [{ id: 'ship', done: true }, { id: 'learn', done: true, completedOn: '2026-02-31' }, { id: 'mentor', done: false, notes: 'Kept.' }];
    const store = createStore(trackerSpec, memoryStorage({ 'handbook:onboarding': JSON.stringify({ format: storageFormat, tool: 'onboarding', version: 1, savedAt: '', data: { goals } }) }));
    expect(store.read().data.goals.map((g) => g.id)).toEqual(['ship', 'mentor']);
    expect(store.unreadable().map((u) => [u.what, u.problem])).toEqual([['goal 2', 'goal 2, completion date: expected a real date written YYYY-MM-DD']]);
  });

  it('refuses a file exported by another tool', () => {
    const store = createStore(trackerSpec, memoryStorage());
    const result = parseImport(store, JSON.stringify({ format: storageFormat, tool: 'scorecard', version: 1, savedAt: '', data: { goals: [] } }));
    expect(!result.ok && result.error).toContain('exported from another tool (“scorecard”), not from this page');
  });
});

describe('two browsers’ progress, merged', () => {
  const [t1, t2, t3] = ['2025-03-10T09:00:00.000Z', '2025-03-11T09:00:00.000Z', '2025-03-12T09:00:00.000Z'];
  /** A reader's edit as the tracker saves it: applied, then stamped. */
  const edit = (state: TrackerState, change: (s: TrackerState) => TrackerState, now: string) => stampGoalChanges(state, change(state), now);

  it('stamps each goal an edit touches, and only those, after any earlier stamp of it', () => {
    const start = edit({ goals: [] }, (s) => setDone(setNotes(s, 'ship', 'a'), 'learn', true, today), t1);
    expect(start.goals.map((g) => g.changedAt)).toEqual([t1, t1]);
    const next = edit(start, (s) => setNotes(s, 'ship', 'b'), t2);
    expect(next.goals.map((g) => [g.id, g.changedAt])).toEqual([['ship', t2], ['learn', t1]]);
    // Nothing changed: the state as it was. A clock behind the last stamp: just after it.
    expect(edit(next, (s) => setNotes(s, 'ship', 'b'), t3)).toEqual(next);
    expect(edit(next, (s) => setNotes(s, 'ship', ''), t1).goals[0]!.changedAt).toBe('2025-03-11T09:00:00.001Z');
  });

  it('keeps the newer notes of a goal when an older file is merged, says so, and a replace still takes the file', () => {
    const exported: TrackerState = { goals: [{ id: 'ship', done: true, completedOn: today, notes: 'From browser 1.', changedAt: t1 }] };
    const here: TrackerState = { goals: [{ id: 'ship', done: false, notes: 'Newer, from browser 2.', changedAt: t2 }] };
    const plan = planImport(trackerSpec, here, exported);
    expect(applyImport(trackerSpec, here, exported, 'merge')).toEqual(here);
    expect(plan.updated).toEqual([]);
    const words = describePlan(trackerSpec, plan);
    expect(words.merge).toMatch(/keeps the newer copy here of 1 goal/);
    expect(words.merge).not.toMatch(/updates/);
    expect(applyImport(trackerSpec, here, exported, 'replace')).toEqual(exported);
    // The file's copy, when it is the newer one, is taken by a merge.
    expect(applyImport(trackerSpec, exported, here, 'merge')).toEqual(here);
  });

  it('counts a goal without a stamp (older data or files) as older than any stamped one, and still reads it', () => {
    const unstamped: TrackerState = { goals: [{ id: 'ship', done: true, notes: 'Saved before stamps.' }] };
    const stamped: TrackerState = { goals: [{ id: 'ship', done: false, notes: 'Stamped.', changedAt: t1 }] };
    expect(applyImport(trackerSpec, stamped, unstamped, 'merge')).toEqual(stamped);
    expect(applyImport(trackerSpec, unstamped, stamped, 'merge')).toEqual(stamped);
    // Neither stamped: the file's, as before stamps.
    const other: TrackerState = { goals: [{ id: 'ship', done: false, notes: 'Other.' }] };
    expect(applyImport(trackerSpec, unstamped, other, 'merge')).toEqual(other);
    const store = createStore(trackerSpec, memoryStorage());
    expect(parseImport(store, JSON.stringify({ format: storageFormat, tool: 'onboarding', version: 1, savedAt: '', data: unstamped }))).toEqual({ ok: true, value: unstamped, notices: [] });
  });

  it('refuses a stamp that names no time, naming the field', () => {
    const store = createStore(trackerSpec, memoryStorage());
    const result = parseImport(store, JSON.stringify({ format: storageFormat, tool: 'onboarding', version: 1, savedAt: '', data: { goals: [{ id: 'ship', done: true, changedAt: '2025-02-30T00:00:00Z' }] } }));
    expect(!result.ok && result.error).toContain('goal 1, time of the last change');
  });
});
