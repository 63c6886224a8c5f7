/**
 * The tracker's progress through the onboarding plan: pure functions shared by the build (the
 * tracker page renders the initial state) and the tracker island (which keeps progress in the browser).
 *
 * What the tracker keeps, under `handbook:onboarding` through `src/lib/browser/store.ts`:
 *   { goals: [{ id, done, completedOn?, notes?, changedAt? }] }
 * One item per goal the reader has touched. Each goal is a record of the store: one that cannot be
 * read is set aside without hiding the others, and an import matches goals by id. Progress for a
 * goal that later leaves the plan (goals.yaml changed) is kept, never dropped, so an update of the
 * handbook cannot erase notes; the tracker lists it apart as "no longer in the plan".
 * `completedOn` is a calendar date of the reader (src/lib/browser/dates.ts), checked strictly.
 * `changedAt`: when the page last saved a change to the goal (a stamp, ../browser/stamps.ts). A
 * reader moving between two browsers by files once lost the newer notes of a goal to a merge of an
 * older file, which took the file's copy; now a merge keeps the newer copy of each goal. A goal
 * without a stamp (saved before stamps, or written by hand) counts as older than any stamped one.
 *
 * This module is imported by the island: keep it free of Astro and Node imports, and use zod/mini.
 */
import * as z from 'zod/mini';
import { idPattern } from '../content/id.ts';
import { calendarDateProblem, calendarDateSchema, calendarDateText, dateNotComeAnywhere, futureDateProblem } from '../browser/dates.ts';
import { listWords } from '../text/list-words.ts';
import { changedAtPattern, isStamp, newerCopy, nextStamp } from '../browser/stamps.ts';
import type { ToolSpec } from '../browser/store.ts';
import { goalNames, type Plan } from './plan.ts';
/** Longest note kept per goal, in characters. */
export const maxNoteLength = 5000;
/** Most goals a stored or imported file may hold (the plan has a few dozen). */
export const maxGoals = 500;

export const goalProgressSchema = z.strictObject({
  /** Id of the goal in goals.yaml, e.g. `ship-first-improvement`. */
  id: z.string().check(z.maxLength(100), z.regex(idPattern, 'expected a goal id such as “ship-first-improvement”')),
  /** Ticked off by the reader. */
  done: z.boolean(),
  /** When it was done, `YYYY-MM-DD` (the reader's local calendar date); absent when not given. Kept when the goal is unticked. */
  completedOn: z.optional(calendarDateSchema),
  /** The reader's notes; absent when empty. */
  notes: z.optional(z.string().check(z.maxLength(maxNoteLength))),
  /** When the page last saved a change to it (ISO time; `stampGoalChanges`): an import's merge keeps the newer copy. */
  changedAt: z.optional(z.string().check(z.regex(changedAtPattern), z.refine(isStamp, 'a date and time that exists'))),
});

/** The stored progress. The number of goals and the uniqueness of their ids are checked by the store, goal by goal (`trackerSpec.records`). */
export const trackerSchema = z.strictObject({
  goals: z.array(goalProgressSchema),
});

export type GoalProgress = z.infer<typeof goalProgressSchema>;
export type TrackerState = z.infer<typeof trackerSchema>;

/** The store name of the tracker (`handbook:onboarding`). */
export const trackerTool = 'onboarding';

/** The storage spec of the tracker: key `handbook:onboarding`, version 1 (unchanged since framework 1.0). */
export const trackerSpec: ToolSpec<TrackerState> = {
  tool: trackerTool,
  version: 1,
  schema: trackerSchema,
  empty: () => ({ goals: [] }),
  // A goal both sides hold merges as its newer copy: a file made before a change here never undoes it.
  records: [{ field: 'goals', noun: 'goal', plural: 'goals', max: maxGoals, merge: newerCopy }],
  fieldWords: { completedOn: 'completion date', changedAt: 'time of the last change' },
};

/** True when a goal's progress holds nothing worth keeping. */
export function isBlank(p: GoalProgress): boolean {
  return !p.done && !p.completedOn && !p.notes;
}

export interface Merged {
  /** Progress of the plan's goals in plan order (blank for goals without any), then kept retired goals. */
  state: TrackerState;
  /** Progress of goals no longer in the plan that holds something (done, a date or notes). */
  retired: GoalProgress[];
}

/**
 * Fits stored progress to the current plan: goals added to the plan start blank, goals removed
 * from it keep their progress (listed as retired) unless it is blank, and the order follows the plan.
 */
export function mergeWithPlan(plan: Plan, stored: TrackerState): Merged {
  const byId = new Map(stored.goals.map((g) => [g.id, g]));
  const current = planGoalIds(plan).map((id) => byId.get(id) ?? { id, done: false });
  const retired = goalsOutsidePlan(plan, stored);
  // Which goals the plan gained since the last save cannot be told: only the goals a reader has
  // touched are stored, so a goal missing from storage is as likely untouched as new. New goals
  // simply appear, blank, in their phase.
  return { state: { goals: [...current, ...retired] }, retired };
}

/** The ids of the plan's goals, in plan order. */
const planGoalIds = (plan: Plan): string[] => plan.phases.flatMap((p) => p.goals.map((g) => g.id));

/** The goals of `state` that hold progress (done, a date or notes) and that `plan` no longer has. */
export function goalsOutsidePlan(plan: Plan, state: TrackerState): GoalProgress[] {
  const inPlan = new Set(planGoalIds(plan));
  return state.goals.filter((g) => !inPlan.has(g.id) && !isBlank(g));
}

/**
 * What an import adds to its “Imported” line when the file holds progress on goals the plan does
 * not have (an older plan, or another team's): where that progress went. Empty when there is none.
 */
export function importedOutsidePlanText(plan: Plan, imported: TrackerState): string {
  const outside = goalsOutsidePlan(plan, imported).length;
  if (!outside) return '';
  return outside === 1
    ? 'One goal of the file is not in this plan: its progress is kept under “Goals no longer in the plan”.'
    : `${outside} goals of the file are not in this plan: their progress is kept under “Goals no longer in the plan”.`;
}

/**
 * What an import adds to its “Imported” line when the file marks goals done after `today` (the
 * reader's calendar date) by more than a day's slack (`dateNotComeAnywhere`): the goals, named as the page names them,
 * the first few. The tracker's own date field refuses such a date (`setCompletedOn`), but a file
 * edited by hand or made on a wrong clock carries one in; it is imported all the same (a backup that
 * could not be restored would lose its notes), and said, with the import's Undo beside it. Empty
 * when there is none.
 */
export function futureCompletionText(plan: Plan, imported: TrackerState, today: string): string {
  const names = goalNames(plan);
  const named = imported.goals
    .filter((g) => g.completedOn !== undefined && dateNotComeAnywhere(g.completedOn, today))
    .map((g) => {
      const name = names.get(g.id) ?? g.id;
      return `“${name.length > 60 ? `${name.slice(0, 60)}…` : name}” on ${calendarDateText(g.completedOn!)}`;
    });
  if (!named.length) return '';
  const one = named.length === 1;
  return `The file marks ${one ? 'a goal' : `${named.length} goals`} done after today, ${calendarDateText(today)}: ${listWords(named, 3)}. A goal is done on the day you reached it, so check ${one ? 'its date' : 'their dates'}.`;
}

function update(state: TrackerState, id: string, change: (p: GoalProgress) => GoalProgress): TrackerState {
  const found = state.goals.some((g) => g.id === id);
  const goals = found ? state.goals.map((g) => (g.id === id ? change(g) : g)) : [...state.goals, change({ id, done: false })];
  return { goals };
}

/** Drops empty optional fields so stored and exported files stay small and stable. */
function tidy(p: { id: string; done: boolean; completedOn?: string | undefined; notes?: string | undefined; changedAt?: string | undefined }): GoalProgress {
  const out: GoalProgress = { id: p.id, done: p.done };
  if (p.completedOn) out.completedOn = p.completedOn;
  if (p.notes) out.notes = p.notes;
  if (p.changedAt) out.changedAt = p.changedAt;
  return out;
}

/** The same goal but for its stamp. */
const sameBut = (a: GoalProgress, b: GoalProgress) => JSON.stringify(tidy({ ...a, changedAt: '' })) === JSON.stringify(tidy({ ...b, changedAt: '' }));

/**
 * `after` (a change of `before`) with each goal the change made or altered stamped `now`, or just
 * after its previous stamp when that is not earlier (a clock behind the one that stamped the copy it
 * edited), so that a merge of a file made before the change keeps the change. Clearing a goal's
 * notes is a change too: the goal stays, blank and stamped, so an older file's notes do not return.
 */
export function stampGoalChanges(before: TrackerState, after: TrackerState, now: string): TrackerState {
  if (before === after || before.goals === after.goals) return after;
  const earlier = new Map(before.goals.map((g) => [g.id, g]));
  let changed = false;
  const goals = after.goals.map((g) => {
    const was = earlier.get(g.id);
    if (was === g || (was && sameBut(was, g))) return g;
    changed = true;
    return { ...g, changedAt: nextStamp(now, was?.changedAt) };
  });
  return changed ? { ...after, goals } : after;
}

/**
 * Ticks a goal on or off. Ticking it on dates it `today` unless it already has a date; ticking it
 * off keeps the date the reader gave, so ticking it on again by mistake and back loses nothing.
 */
export function setDone(state: TrackerState, id: string, done: boolean, today: string): TrackerState {
  return update(state, id, (p) => tidy({ ...p, done, completedOn: done ? p.completedOn || today : p.completedOn }));
}

/**
 * Sets or clears (`''`) the completion date; setting a date also ticks the goal off. A date that
 * does not exist (`2026-02-31`), or one after `today` (the reader's calendar date), which would tick
 * off a goal not reached yet (a mistyped year), changes nothing and comes back as the reason, for the
 * page to show.
 */
export function setCompletedOn(state: TrackerState, id: string, date: string, today: string): { state: TrackerState; problem: string | null } {
  const future = date && !calendarDateProblem(date) ? futureDateProblem(date, today) : null;
  const problem = date ? (calendarDateProblem(date) ?? (future && `${future}: a goal is done on the day you reached it, so its date is today or earlier`)) : null;
  if (problem) return { state, problem };
  return { state: update(state, id, (p) => tidy({ ...p, completedOn: date || undefined, done: date ? true : p.done })), problem: null };
}

export function setNotes(state: TrackerState, id: string, notes: string): TrackerState {
  return update(state, id, (p) => tidy({ ...p, notes: notes.trim() ? notes.slice(0, maxNoteLength) : undefined }));
}

export function progressOf(state: TrackerState, id: string): GoalProgress {
  return state.goals.find((g) => g.id === id) ?? { id, done: false };
}

export interface PhaseProgress {
  id: string;
  title: string;
  done: number;
  total: number;
  /** Whole percent, 0–100, rounded down so 100 means every goal is done. */
  percent: number;
}

const percent = (done: number, total: number) => (total ? Math.floor((100 * done) / total) : 0);

/** Done and total goals per phase of the plan; goals outside the plan do not count. */
export function phaseProgress(plan: Plan, state: TrackerState): PhaseProgress[] {
  const done = new Set(state.goals.filter((g) => g.done).map((g) => g.id));
  return plan.phases.map((p) => {
    const n = p.goals.filter((g) => done.has(g.id)).length;
    return { id: p.id, title: p.title, done: n, total: p.goals.length, percent: percent(n, p.goals.length) };
  });
}

export function overallProgress(phases: readonly PhaseProgress[]): { done: number; total: number; percent: number } {
  const done = phases.reduce((s, p) => s + p.done, 0);
  const total = phases.reduce((s, p) => s + p.total, 0);
  return { done, total, percent: percent(done, total) };
}


/** "3 of 5 goals done", for progress text and the bars' accessible value. */
export function progressText(p: { done: number; total: number }): string {
  return `${p.done} of ${p.total} ${p.total === 1 ? 'goal' : 'goals'} done`;
}
