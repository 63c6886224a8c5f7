/**
 * Keeps text fields in step with stored data without ever replacing what a reader is typing.
 *
 * Every keystroke is saved, so a field normally holds what is stored. When another tab changes the
 * stored text of a field this tab's reader is editing (it has the focus, or holds text that could
 * not be saved), the field keeps the reader's text and a message next to it says what happened and
 * offers both versions. Until the reader chooses, their text in that field is not saved, so
 * neither version is overwritten silently.
 */
import { clearFieldMessage, showFieldMessage } from './field-messages.ts';

export type TextField = HTMLInputElement | HTMLTextAreaElement;

export class TextFieldSync {
  /** The text last known to be stored for each field. */
  #stored = new WeakMap<TextField, string>();
  /** The other tab's text, for fields in conflict. */
  #theirs = new Map<TextField, string>();
  #keep: (field: TextField) => void;

  /** `keep` saves the field's own text when its reader chooses to keep it. */
  constructor(keep: (field: TextField) => void) {
    this.#keep = keep;
  }

  /**
   * Shows `stored` in `field`. `external` is true when the change came from another tab. A field
   * with the focus is left as typed after this tab's own changes (its text is the source of them).
   */
  sync(field: TextField, stored: string, external: boolean): void {
    const known = this.#stored.get(field);
    this.#stored.set(field, stored);
    if (field.value === stored) return this.#resolved(field);
    const doc = field.ownerDocument;
    const editing = doc.activeElement === field && doc.hasFocus();
    if (!external) {
      if (!editing && !this.#theirs.has(field)) field.value = stored;
      return;
    }
    if (known !== undefined && stored === known) return;
    const unsaved = known !== undefined && field.value !== known;
    if (editing || unsaved || this.#theirs.has(field)) return this.#conflict(field, stored);
    field.value = stored;
  }

  /** The field's text is now stored (after a successful save). */
  saved(field: TextField): void {
    this.#stored.set(field, field.value);
    this.#resolved(field);
  }

  /** True while the field holds text that differs from another tab's and the reader has not chosen. */
  inConflict(field: TextField): boolean {
    return this.#theirs.has(field);
  }

  #conflict(field: TextField, theirs: string) {
    this.#theirs.set(field, theirs);
    showFieldMessage(field, 'Another tab changed this text while you were editing it here. Your text in this field is not saved until you choose which version to keep.', [
      {
        label: 'Keep my text',
        run: () => {
          this.#theirs.delete(field);
          this.#keep(field);
        },
      },
      {
        label: 'Use the other tab’s text',
        run: () => {
          field.value = this.#theirs.get(field) ?? field.value;
          this.#stored.set(field, field.value);
          this.#resolved(field);
          field.focus();
        },
      },
    ]);
  }

  #resolved(field: TextField) {
    if (!this.#theirs.delete(field)) return;
    clearFieldMessage(field);
  }
}
