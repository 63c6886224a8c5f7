/**
 * The tracker's island: enhances the checklist that Tracker.astro rendered on the server.
 *
 * State lives in one place (`state`), changes go through the pure functions of src/lib/onboarding/progress.ts,
 * every change is saved at once through src/lib/browser/storage.ts, and the page is redrawn from the state.
 * Text that comes from storage or an imported file is only ever set with `textContent` or `.value`.
 */
import {
  exportFileName,
  localIsoDate,
  mergeWithPlan,
  overallProgress,
  phaseProgress,
  progressText,
  progressOf,
  setCompletedOn,
  setDone,
  setNotes,
  trackerSpec,
  type TrackerState,
} from '~/lib/onboarding/progress';
import type { Plan } from '~/lib/onboarding/plan';
import { createStore, memoryStorage, type KeyValueStorage } from '~/lib/browser/storage';

/** localStorage, or memory when the browser refuses it (the store then reports that nothing is kept). */
function browserStorage(): { storage: KeyValueStorage; refused: boolean } {
  try {
    const storage = window.localStorage;
    storage.getItem(trackerSpec.tool);
    return { storage, refused: false };
  } catch {
    return { storage: memoryStorage(), refused: true };
  }
}

class OnboardingTracker extends HTMLElement {
  #plan: Plan = { phases: [] };
  #state: TrackerState = { goals: [] };
  #store = createStore(trackerSpec, memoryStorage());

  connectedCallback() {
    const json = this.querySelector('script[data-tracker-plan]')?.textContent;
    if (!json) return;
    this.#plan = JSON.parse(json) as Plan;

    const { storage, refused } = browserStorage();
    this.#store = createStore(trackerSpec, storage);
    const loaded = this.#store.load();
    const merged = mergeWithPlan(this.#plan, loaded.value);
    this.#state = merged.state;
    if (refused) this.#alert('This browser does not allow this page to store data: your progress will be lost when you leave the page. Export it before you go.');
    else if (loaded.problem) this.#alert(`${loaded.problem.charAt(0).toUpperCase()}${loaded.problem.slice(1)}.`);
    if (merged.added.length) this.#status(`The plan has ${merged.added.length} new ${merged.added.length === 1 ? 'goal' : 'goals'} since you last saved.`);

    for (const el of this.querySelectorAll<HTMLElement>('[data-tracker-actions], [data-tracker-hint]')) el.hidden = false;
    this.addEventListener('change', this.#onChange);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('click', this.#onClick);
    this.#render();
  }

  #goalOf(target: EventTarget | null): { id: string; field: string } | undefined {
    if (!(target instanceof HTMLElement)) return undefined;
    const id = target.closest<HTMLElement>('[data-goal]')?.dataset['goal'];
    const field = target.dataset['field'];
    return id && field ? { id, field } : undefined;
  }

  #onChange = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (target.dataset['action'] === 'import') return void this.#import(target);
    const goal = this.#goalOf(target);
    if (!goal) return;
    if (goal.field === 'done') this.#update(setDone(this.#state, goal.id, target.checked, localIsoDate(new Date())));
    if (goal.field === 'completedOn') this.#update(setCompletedOn(this.#state, goal.id, target.value));
  };

  #onInput = (event: Event) => {
    const goal = this.#goalOf(event.target);
    if (goal?.field === 'notes') this.#update(setNotes(this.#state, goal.id, (event.target as HTMLTextAreaElement).value), goal.id);
  };

  #onClick = (event: Event) => {
    const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (action === 'export') this.#export();
    if (action === 'print') window.print();
  };

  /** Saves a new state and redraws; `typing` is the goal whose notes are being typed (left as typed). */
  #update(next: TrackerState, typing?: string) {
    this.#state = next;
    const saved = this.#store.save(next);
    if (!saved.ok) this.#alert(`Your progress could not be saved: ${saved.error}. Export it to keep a copy.`);
    else if (this.#alertEl().textContent?.startsWith('Your progress could not be saved')) this.#alert('');
    this.#render(typing);
  }

  #export() {
    const url = URL.createObjectURL(new Blob([this.#store.exportText(this.#state)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: exportFileName(new Date()) });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    this.#status(`Exported ${progressText(overallProgress(phaseProgress(this.#plan, this.#state)))} to ${link.download}.`);
  }

  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.#alert(`Import failed: “${file.name}” could not be read. Nothing was changed.`);
      return;
    }
    // The storage module validates the whole file before it writes anything.
    const result = this.#store.importText(text);
    if (!result.ok) {
      this.#status('');
      this.#alert(`${result.error} (File: “${file.name}”.)`);
      return;
    }
    this.#alert('');
    this.#state = mergeWithPlan(this.#plan, result.value).state;
    this.#render();
    this.#status(`Imported ${file.name}: ${progressText(overallProgress(phaseProgress(this.#plan, this.#state)))}.`);
  }

  #render(typing?: string) {
    for (const item of this.querySelectorAll<HTMLElement>('[data-goal]')) {
      const id = item.dataset['goal']!;
      const p = progressOf(this.#state, id);
      const field = <T extends HTMLElement>(name: string) => item.querySelector<T>(`[data-field="${name}"]`)!;
      field<HTMLInputElement>('done').checked = p.done;
      field<HTMLInputElement>('completedOn').value = p.completedOn ?? '';
      if (id !== typing) field<HTMLTextAreaElement>('notes').value = p.notes ?? '';
      item.querySelector<HTMLElement>('[data-print="completedOn"]')!.textContent = p.completedOn ?? '';
      item.querySelector<HTMLElement>('[data-print="notes"]')!.textContent = p.notes ?? '';
      item.querySelector<HTMLElement>('[data-has-notes]')!.hidden = !p.notes;
    }
    const phases = phaseProgress(this.#plan, this.#state);
    for (const p of phases) {
      const bar = this.querySelector<HTMLProgressElement>(`[data-progress-bar="${p.id}"]`);
      if (bar) {
        bar.value = p.done;
        bar.textContent = progressText(p);
      }
      for (const el of this.querySelectorAll(`[data-progress-text="${p.id}"]`)) el.textContent = progressText(p);
    }
    const all = this.querySelector('[data-progress-text="all"]');
    if (all) all.textContent = progressText(overallProgress(phases));
    this.#renderRetired();
  }

  #renderRetired() {
    const section = this.querySelector<HTMLElement>('[data-tracker-retired]')!;
    const inPlan = new Set(this.#plan.phases.flatMap((p) => p.goals.map((g) => g.id)));
    const retired = this.#state.goals.filter((g) => !inPlan.has(g.id));
    section.hidden = retired.length === 0;
    section.querySelector('[data-retired-list]')!.replaceChildren(
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

  #alertEl = () => this.querySelector<HTMLElement>('[data-tracker-alert]')!;
  #alert(message: string) {
    this.#alertEl().textContent = message;
  }
  #status(message: string) {
    const el = this.querySelector<HTMLElement>('[data-tracker-status]');
    if (el) el.textContent = message;
  }
}

customElements.define('onboarding-tracker', OnboardingTracker);
