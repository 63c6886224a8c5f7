/**
 * Keeps choices (a rating's radio buttons, a ticked box) in step with stored data, as text-sync.ts
 * keeps text fields, through the same decision (`fieldSyncStep`, lib/browser/field-sync.ts). A
 * checkbox is a group of one whose choices are ticked (`ticked`) and not ('').
 *
 * A click is saved at once, so a choice is never being typed in and never holds anything unsaved (a
 * choice a full storage refused is not kept: ToolIsland.change). Another tab's choice is shown, as
 * it always was; only its echo is told apart. A tab saving its change to another field may carry
 * back this tab's older choice, read before this tab's latest click reached it (a browser's tabs
 * see each other's writes a moment late): the group recognises a choice its own saves replaced,
 * that stood at the revision the write was based on (ReplacedValues), keeps what its reader clicked
 * and saves it again.
 */
import { fieldSyncStep, ReplacedValues } from '~/lib/browser/field-sync';

/**
 * The radio buttons of one choice: one `name`, each `value` a choice ('' for none, e.g. “Not
 * rated”); or one checkbox, known by its `id`.
 */
export type ChoiceGroup = readonly HTMLInputElement[];

export interface ChoiceSyncActions {
  /** Saves the choice `input` holds, as a click does. */
  keep: (input: HTMLInputElement) => void;
}

/** The choice of a checkbox that is ticked. */
export const ticked = 'ticked';

const isBox = (input: HTMLInputElement): boolean => input.type === 'checkbox';
/** The group `input` belongs to: radio buttons share a name; a checkbox is a group of its own. */
const groupOf = (input: HTMLInputElement): string => (isBox(input) ? input.id : input.name);
/** The choice `input` stands for when checked: a radio button's value, a checkbox's being ticked. */
const choiceOf = (input: HTMLInputElement): string => (isBox(input) ? ticked : input.value);
/** The choice a group shows: its checked input's, or none ('') when nothing is checked. */
const shownIn = (group: ChoiceGroup): string => {
  const on = group.find((r) => r.checked);
  return on ? choiceOf(on) : '';
};

export class ChoiceSync {
  /** The choice last known to be stored, by group (`name`). */
  #stored = new Map<string, string>();
  /** The record each group edits, by group. */
  #owner = new Map<string, string | undefined>();
  /** The choices this tab's own saves replaced in each group, to tell a stale echo of them from another tab's choice. */
  #replaced = new ReplacedValues<string>(new Map());
  /**
   * The buttons drawn so far. A group of new buttons under a known name (the manager's view rebuilt
   * for another level, or after its check-in came back) shows nothing chosen yet, not a click: it
   * is drawn as a first drawing, or an external redraw would take the stored choice as known and
   * keep the new buttons blank, or an echo check would save their blank.
   */
  #drawn = new WeakSet<HTMLInputElement>();
  #actions: ChoiceSyncActions;
  /**
   * Data of `revision` is drawn next (ToolIsland, before each redraw); `removed`: another tab removed
   * the data since the last drawing, whatever it wrote after (ReplacedValues.drawing).
   */
  drawing(revision: number, removed = false): void {
    this.revision = revision;
    this.#replaced.drawing(revision, removed);
  }
  /** The revision of the data being drawn (`drawing`). */
  revision = 0;

  constructor(actions: ChoiceSyncActions) {
    this.#actions = actions;
  }

  /**
   * Shows `stored` in `group`, the choice stored for the record `owner` (its key; none for a value of
   * the whole data). `external` is true when the change came from another tab or the data panel.
   */
  sync(group: ChoiceGroup, stored: string, external: boolean, owner?: string): void {
    const name = group[0] && groupOf(group[0]);
    if (name === undefined) return;
    const shown = shownIn(group);
    const fresh = !this.#drawn.has(group[0]!);
    for (const radio of group) this.#drawn.add(radio);
    const known = fresh ? undefined : this.#stored.get(name);
    const ownerBefore = known === undefined ? undefined : this.#owner.get(name);
    this.#stored.set(name, stored);
    this.#owner.set(name, owner);
    const step = fieldSyncStep({
      ownerBefore,
      owner,
      valueIsStored: shown === stored,
      // Nothing clicked is ever unsaved: a refused click is shown as stored again.
      valueIsKnown: true,
      storedIsKnown: known === stored,
      valueIsEmpty: shown === '',
      editing: false,
      external,
      conflict: false,
      orphanOf: undefined,
      orphanIsStored: false,
      toldBack: false,
      typedFor: undefined,
      storedIsEcho: !fresh && shown !== stored && this.#replaced.isEcho(name, owner, this.revision, (value) => value === stored),
    });
    this.#replaced.took(name, step);
    if (step === 'echo') {
      // Saved once this drawing is over, as a click would: the save redraws the page.
      queueMicrotask(() => {
        // A checkbox saves its state, ticked or not; a radio group the button checked. A disabled
        // one (a competency the level does not rate, a rating of no check-in on screen) takes no
        // click, so it saves nothing either: the drawing that disabled it said it edits nothing.
        const input = group.find((r) => r.checked || isBox(r));
        if (input?.isConnected && !input.disabled && this.#owner.get(name) === owner && this.#stored.get(name) !== shownIn(group)) this.#actions.keep(input);
      });
    } else if (step === 'show')
      for (const input of group) {
        // Only what differs is written: a write of the same state still restyles the form.
        const checked = choiceOf(input) === stored;
        if (input.checked !== checked) input.checked = checked;
      }
  }

  /** `input`'s choice (a radio button's, or a checkbox's state) is now stored (after a successful save), under `revision`. */
  saved(input: HTMLInputElement, revision: number): void {
    const name = groupOf(input);
    const value = shownIn([input]);
    const before = this.#stored.get(name);
    if (before !== undefined && before !== value) this.#replaced.saved(name, this.#owner.get(name), before, revision);
    this.#stored.set(name, value);
  }

  /** Shows `isTicked` in the checkbox `box`, as `sync` shows a choice. */
  syncBox(box: HTMLInputElement, isTicked: boolean, external: boolean, owner?: string): void {
    this.sync([box], isTicked ? ticked : '', external, owner);
  }
}
