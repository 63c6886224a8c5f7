/**
 * The tracker's island: enhances the checklist that Tracker.astro rendered on the server.
 *
 * Progress is kept through the shared store (src/lib/browser/store.ts, key `handbook:onboarding`);
 * every change is a pure function of src/lib/onboarding/progress.ts applied to the latest stored
 * progress, so two tabs never erase each other's ticks, dates or notes. The page is redrawn from the
 * stored state, merged with the plan the page carries. Text that comes from storage or an imported
 * file is only ever set with `textContent` or `.value`.
 */
import {
  futureCompletionText,
  goalsOutsidePlan,
  importedOutsidePlanText,
  mergeWithPlan,
  overallProgress,
  phaseProgress,
  progressText,
  progressOf,
  setCompletedOn,
  setDone,
  setNotes,
  stampGoalChanges,
  trackerSpec,
  type TrackerState,
} from '~/lib/onboarding/progress';
import { goalNames, type Plan } from '~/lib/onboarding/plan';
import { localCalendarDate } from '~/lib/browser/dates';
import type { ToolSpec } from '~/lib/browser/store';
import { clearFieldMessage, showFieldMessage } from '~/components/tools/field-messages';
import { isExternal, readDataBlock, ToolIsland, type RenderReason } from '~/components/tools/tool-island';
import { setHidden, setText } from '~/components/tools/dom';
import { clearUndoMinutes } from '~/lib/browser/store';

/** A date input holds '' while what is typed is not a real, whole date (e.g. 31 February): say so rather than clear the date. */
const badDate = 'Not saved: this is not a date that exists, or not a whole one. Pick a date from the calendar, or clear the field.';

class OnboardingTracker extends ToolIsland<TrackerState> {
  #plan: Plan = { phases: [] };
  protected readonly clearWords = {
    what: 'your onboarding progress',
    confirm: `Delete your ticks, dates and notes from this browser? You can undo it in the next ${clearUndoMinutes} minutes; export them first to keep a copy.`,
  };

  protected setUp(): ToolSpec<TrackerState> | null {
    const plan = readDataBlock<Plan>(this, 'script[data-tracker-plan]');
    if (!plan) return null;
    this.#plan = plan;
    const names = goalNames(plan);
    this.addEventListener('change', this.#onChange);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('click', this.#onClick);
    // A date input fires no change while what is typed is not a whole, real date: check on leaving it.
    this.addEventListener('focusout', this.#onLeave);
    return { ...trackerSpec, records: trackerSpec.records!.map((r) => ({ ...r, labelOf: (_: unknown, id: string) => names.get(id) ?? id })) };
  }

  protected exportFile(data: TrackerState) {
    return { name: this.fileName(), type: 'application/json', text: this.store.exportText(data) };
  }

  /** Each goal a change touches stamped, so that an import's merge keeps the newer copy of it (progress.ts). */
  protected override stamped(before: TrackerState, after: TrackerState): TrackerState {
    return stampGoalChanges(before, after, new Date().toISOString());
  }

  /** Where progress outside the plan went, and any completion date after today the file holds (the date field refuses one; a file does not). */
  protected override describeImport(data: TrackerState): string {
    return [importedOutsidePlanText(this.#plan, data), futureCompletionText(this.#plan, data, localCalendarDate())].filter(Boolean).join(' ');
  }

  #goalOf(target: EventTarget | null): { id: string; field: string; el: HTMLInputElement | HTMLTextAreaElement } | undefined {
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return undefined;
    const id = target.closest<HTMLElement>('[data-goal]')?.dataset['goal'];
    const field = target.dataset['field'];
    return id && field ? { id, field, el: target } : undefined;
  }

  #onChange = (event: Event) => {
    const goal = this.#goalOf(event.target);
    if (!goal) return;
    const input = goal.el as HTMLInputElement;
    if (goal.field === 'done') this.change(input, (s) => setDone(s, goal.id, input.checked, localCalendarDate()));
    if (goal.field === 'completedOn') {
      if (input.validity.badInput) {
        this.#badDates.add(input);
        return void showFieldMessage(input, badDate);
      }
      this.#badDates.delete(input);
      const today = localCalendarDate();
      const { problem } = setCompletedOn({ goals: [] }, goal.id, input.value, today);
      if (problem) return void showFieldMessage(input, `Not saved: ${problem}.`);
      this.change(input, (s) => setCompletedOn(s, goal.id, input.value, today).state);
    }
  };

  /** Date fields showing `badDate`, cleared once they hold a real date or nothing. */
  #badDates = new Set<HTMLInputElement>();

  #onLeave = (event: Event) => {
    const goal = this.#goalOf(event.target);
    if (goal?.field !== 'completedOn') return;
    const input = goal.el as HTMLInputElement;
    if (input.validity.badInput) {
      this.#badDates.add(input);
      showFieldMessage(input, badDate);
    } else if (this.#badDates.delete(input)) clearFieldMessage(input);
  };

  #onInput = (event: Event) => {
    const goal = this.#goalOf(event.target);
    if (goal?.field === 'notes') this.change(goal.el, (s) => setNotes(s, goal.id, goal.el.value));
  };

  #onClick = (event: Event) => {
    if ((event.target as HTMLElement).closest('[data-action="print"]')) window.print();
  };

  /**
   * Draws the stored progress over the checklist. Only what differs is written: on a first visit the
   * server's markup already shows empty progress, and a write of the same text or state would still
   * have the browser restyle and lay out the checklist again in the page's first seconds.
   */
  protected render(stored: TrackerState, reason: RenderReason) {
    const merged = mergeWithPlan(this.#plan, stored);
    const state = merged.state;
    const external = isExternal(reason);
    for (const item of this.querySelectorAll<HTMLElement>('[data-goal]')) {
      const id = item.dataset['goal']!;
      const p = progressOf(state, id);
      const field = <E extends HTMLElement>(name: string) => item.querySelector<E>(`[data-field="${name}"]`)!;
      this.choices.syncBox(field<HTMLInputElement>('done'), p.done, external);
      this.texts.sync(field<HTMLInputElement>('completedOn'), p.completedOn ?? '', external);
      this.texts.sync(field<HTMLTextAreaElement>('notes'), p.notes ?? '', external);
      setText(item.querySelector('[data-print="completedOn"]'), p.done ? (p.completedOn ?? '') : '');
      setText(item.querySelector('[data-print="notes"]'), p.notes ?? '');
      setHidden(item.querySelector<HTMLElement>('[data-has-notes]')!, !p.notes);
    }
    const phases = phaseProgress(this.#plan, state);
    for (const p of phases) {
      const bar = this.querySelector<HTMLProgressElement>(`[data-progress-bar="${p.id}"]`);
      if (bar) {
        if (bar.value !== p.done) bar.value = p.done;
        setText(bar, progressText(p));
      }
      for (const el of this.querySelectorAll(`[data-progress-text="${p.id}"]`)) setText(el, progressText(p));
    }
    setText(this.querySelector('[data-progress-text="all"]'), progressText(overallProgress(phases)));
    this.#renderRetired(state);
  }

  #renderRetired(state: TrackerState) {
    const section = this.querySelector<HTMLElement>('[data-tracker-retired]')!;
    const retired = goalsOutsidePlan(this.#plan, state);
    setHidden(section, retired.length === 0);
    const list = section.querySelector('[data-retired-list]')!;
    if (retired.length === 0 && !list.hasChildNodes()) return;
    list.replaceChildren(
      ...retired.map((g) => {
        const li = document.createElement('li');
        const name = document.createElement('code');
        name.textContent = g.id;
        const state = g.done ? `done${g.completedOn ? ` on ${g.completedOn}` : ''}` : 'not done';
        li.append(name, ` — ${state}${g.notes ? `. Notes: ${g.notes}` : ''}`);
        return li;
      }),
    );
  }
}

if (!customElements.get('handbook-onboarding-tracker')) customElements.define('handbook-onboarding-tracker', OnboardingTracker);
