import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  localIsoDate,
  maxNoteLength,
  mergeWithPlan,
  overallProgress,
  phaseProgress,
  progressText,
  setCompletedOn,
  setDone,
  setNotes,
  trackerSchema,
  trackerSpec,
  type TrackerState,
} from './progress';
import type { Plan } from './plan';
import { createStore, memoryStorage } from '../browser/storage';
import { plan } from '../../../tests/support/onboarding.fixture';

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

  it('dates a goal when it is ticked, keeps an earlier date, and clears the date when it is unticked', () => {
    let state: TrackerState = { goals: [] };
    state = setDone(state, 'learn', true, today);
    expect(state.goals).toEqual([{ id: 'learn', done: true, completedOn: today }]);
    state = setCompletedOn(state, 'learn', '2025-03-01');
    state = setDone(state, 'learn', true, today);
    expect(state.goals[0]).toEqual({ id: 'learn', done: true, completedOn: '2025-03-01' });
    state = setDone(state, 'learn', false, today);
    expect(state.goals[0]).toEqual({ id: 'learn', done: false });
  });

  it('ticks a goal when a completion date is entered, and ignores a date that is not YYYY-MM-DD', () => {
    const state = setCompletedOn({ goals: [] }, 'ship', '2025-02-03');
    expect(state.goals).toEqual([{ id: 'ship', done: true, completedOn: '2025-02-03' }]);
    expect(setCompletedOn(state, 'ship', '03/02/2025')).toBe(state);
    expect(setCompletedOn(state, 'ship', '').goals).toEqual([{ id: 'ship', done: true }]);
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
    expect(merged.added).toEqual(['ship']);
    expect(merged.retired).toEqual([]);
  });

  it('keeps progress of goals that left the plan when it holds something, and drops blank ones', () => {
    const kept = { id: 'old-goal', done: true, notes: 'Done before the plan changed.' };
    const merged = mergeWithPlan(plan, { goals: [kept, { id: 'blank-old-goal', done: false }, { id: 'learn', done: true }] });
    expect(merged.retired).toEqual([kept]);
    expect(merged.state.goals.map((g) => g.id)).toEqual(['learn', 'ship', 'mentor', 'old-goal']);
    expect(phaseProgress(plan, merged.state).map((p) => p.done)).toEqual([1, 0]);
  });

  it('reports no added goals when nothing was stored yet', () => {
    expect(mergeWithPlan(plan, { goals: [] })).toEqual({ state: { goals: ['learn', 'ship', 'mentor'].map((id) => ({ id, done: false })) }, retired: [], added: [] });
  });
});

describe('what the tracker stores', () => {
  it('accepts its own state and round-trips an export through the storage module', () => {
    const store = createStore(trackerSpec, memoryStorage());
    expect(store.key).toBe('handbook:onboarding');
    const state = setNotes(setDone({ goals: [] }, 'ship', true, today), 'learn', 'Met PM and SRE.');
    expect(store.save(state).ok).toBe(true);
    const text = store.exportText(store.load().value);
    store.clear();
    expect(store.importText(text)).toEqual({ ok: true, value: state });
  });

  it.each([
    ['a goal id that is not an id', { goals: [{ id: 'Not an id', done: true }] }, 'goals.0.id: expected a goal id'],
    ['a date that is not YYYY-MM-DD', { goals: [{ id: 'ship', done: true, completedOn: '14/03/2025' }] }, 'goals.0.completedOn: expected a date written YYYY-MM-DD'],
    ['notes that are too long', { goals: [{ id: 'ship', done: true, notes: 'x'.repeat(maxNoteLength + 1) }] }, 'goals.0.notes: expected notes of at most'],
    ['a goal twice', { goals: [{ id: 'ship', done: true }, { id: 'ship', done: false }] }, 'goals: expected each goal id once'],
    ['an unknown field', { goals: [{ id: 'ship', done: true, owner: 'me' }] }, 'goals.0'],
    ['a missing list', {}, 'goals'],
  ])('refuses %s with a message that names the field', (_name, data, message) => {
    const store = createStore(trackerSpec, memoryStorage());
    const result = store.importText(JSON.stringify({ format: 'ml-career-handbook', tool: 'onboarding', version: 1, savedAt: '', data }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
    expect(trackerSchema.safeParse(data).success).toBe(false);
  });

  it('refuses a file exported by another tool', () => {
    const store = createStore(trackerSpec, memoryStorage());
    const result = store.importText(JSON.stringify({ format: 'ml-career-handbook', tool: 'scorecard', version: 1, savedAt: '', data: { goals: [] } }));
    expect(!result.ok && result.error).toContain('exported by the “scorecard” tool, not the onboarding tool');
  });
});

describe('dates and file names', () => {
  it('writes the reader’s local date', () => {
    expect(localIsoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(exportFileName(new Date(2025, 11, 31))).toBe('onboarding-progress-2025-12-31.json');
  });
});
