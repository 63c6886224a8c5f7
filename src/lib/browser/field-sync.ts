/**
 * What a field does when the page is redrawn from stored data: the decision of
 * components/tools/text-sync.ts for text and of components/tools/choice-sync.ts for a choice (a
 * rating's radio buttons), kept pure so that every case is tested without a browser. A choice is a
 * field that is never being typed in and never holds anything unsaved (see choice-sync.ts).
 *
 * A field edits one record (a candidate, a check-in, a review) or a value of the whole data (the
 * interviewer's name): its `owner`. Text typed for one record must never be saved into another. So
 * when another tab deletes the record a reader is typing in, and the page moves on to show another
 * record, the field keeps the reader's text, saves it nowhere, and asks (`orphan`): the text was
 * written for the deleted record, not for the one now on screen.
 */

export interface FieldSyncInput {
  /** The record the field edited until now; `undefined` before its first drawing or for a field of no record. */
  ownerBefore: string | undefined;
  /** The record the field edits from now on. */
  owner: string | undefined;
  /** The field holds the text now stored for `owner` (compared as the field compares, e.g. links parsed). */
  valueIsStored: boolean;
  /** The field holds the text last known to be stored for it, i.e. nothing typed is unsaved. Always true before the first drawing. */
  valueIsKnown: boolean;
  /** The stored text is the one last known: the change was not to this field. */
  storedIsKnown: boolean;
  valueIsEmpty: boolean;
  /** The field has the focus in a focused page: its reader is typing. */
  editing: boolean;
  /** The change came from another tab (or the data panel), not from this tab's own edit or choice. */
  external: boolean;
  /** A choice between this tab's text and another tab's is pending. */
  conflict: boolean;
  /** The record whose deletion left the field's text saved nowhere, while its reader has not chosen. */
  orphanOf: string | undefined;
  /** That record (`orphanOf`) is stored again: an undo, here or in another tab, brought it back. */
  orphanIsStored: boolean;
  /** The field's message says that record is back (`back`), not that it was deleted. */
  toldBack: boolean;
  /**
   * While a choice is pending (`conflict`), the record the text in question was typed for: set when
   * the question arose, never changed by a redraw, even when the reader has picked another record since.
   */
  typedFor: string | undefined;
  /**
   * The stored value is the one this field held, for this record, at the revision the write that
   * stored it was based on, as far as this tab's own saves of it since it last took another tab's
   * text tell (`ReplacedValues`): a tab that read the data before this tab's later saves reached it
   * wrote it back with its own change to another field (a stale echo), not an edit of this one.
   */
  storedIsEcho: boolean;
}

export type FieldSyncStep =
  /** Put the stored text in the field. */
  | 'show'
  /** Leave the field as it is. */
  | 'keep'
  /** The field holds the stored text: any pending question is answered. */
  | 'resolve'
  /** Another tab changed this record's text while it was being edited here: keep the text, save nothing, ask. */
  | 'conflict'
  /** The record the text was typed for is no longer stored and another is shown: keep the text, save it nowhere, ask. */
  | 'orphan'
  /** The record the waiting text was typed for is stored again, while another is shown: the text still waits, and the message says the record is back. */
  | 'back'
  /** Another tab's save carried back text this tab's own saves had replaced (`storedIsEcho`): keep the field's text, ask nothing, and save it again. */
  | 'echo';

export function fieldSyncStep(f: FieldSyncInput): FieldSyncStep {
  if (f.orphanOf !== undefined) {
    // The text waits for its reader's choice while its record is not the one shown; the message
    // follows the record: back once an undo brought it back, deleted again once it is gone again.
    if (f.owner !== f.orphanOf) return f.orphanIsStored === f.toldBack ? 'keep' : f.orphanIsStored ? 'back' : 'orphan';
    // Its record is back (brought back here, or by an undo in another tab).
    if (f.valueIsStored) return 'resolve';
    return f.external ? 'conflict' : 'keep';
  }
  if (f.conflict && f.owner !== f.typedFor) {
    // The question is about the record the text was typed for, not the one on screen: the text
    // waits, unless that record was on screen and another tab's change took it away (deleted).
    return f.external && f.ownerBefore === f.typedFor ? 'orphan' : 'keep';
  }
  if (f.valueIsStored) return 'resolve';
  const switched = f.ownerBefore !== undefined && f.owner !== f.ownerBefore;
  // No one edited this text elsewhere: blaming another tab would be false, and taking “its” text
  // would throw away what was typed here. The stored text goes back to the field's.
  if (f.external && !switched && !f.conflict && !f.storedIsKnown && f.storedIsEcho) return 'echo';
  // This tab's own change: text being typed is the source of it. Text whose save was refused (a
  // full storage) is saved nowhere else: a save refused in another field redraws this one, and
  // the stored text must not replace it while it edits the same record.
  if (!f.external) return f.editing || f.conflict || (!f.valueIsKnown && !switched) ? 'keep' : 'show';
  if (switched) return (f.editing && !f.valueIsEmpty) || !f.valueIsKnown || f.conflict ? 'orphan' : 'show';
  if (f.storedIsKnown) return 'keep';
  return f.editing || !f.valueIsKnown || f.conflict ? 'conflict' : 'show';
}

/**
 * Whether a field that took `step` starts its memory of replaced values again (`ReplacedValues`):
 * it showed another tab's value or asks about one, so a value stored again from now on is that
 * tab's choice, not an echo of this tab's past.
 */
export const forgetsReplaced = (step: FieldSyncStep): boolean => step !== 'echo' && step !== 'keep' && step !== 'resolve';

/** How many values replaced by a field's own saves it remembers: a stale read is a few keystrokes behind. */
const maxReplaced = 64;

/** A value this tab's save replaced, and the revisions in which it was the stored one as far as this tab knows. */
interface Span {
  value: string;
  /**
   * The revision of this tab's previous save of the field (for the same record), from which its
   * value stood; none for the first remembered. At most `to`: a save that took back an echo
   * replaced a value another tab wrote under a revision below this tab's previous save's.
   */
  from: number;
  /** The last revision in which it stood: the one the replacing save was based on. */
  to: number;
}

interface Replaced {
  owner: string | undefined;
  spans: Span[];
  /** The revision the field's latest save wrote. */
  revision: number;
  /** How many times every field had forgotten (`drawing`) when it was saved: after a later one, it is not read. */
  count: number;
}

/** Where `ReplacedValues` keeps each field's: a WeakMap for fields that are elements, a Map for fields named by a string. */
interface ReplacedByField<K> {
  get(field: K): Replaced | undefined;
  set(field: K, replaced: Replaced): unknown;
  delete(field: K): boolean;
}

/**
 * For each field (a text box, a rating's group of radio buttons), the values this tab's own saves
 * replaced in it, for the record it then edited, since the field last took another tab's value,
 * each with the revisions in which it was the stored one. A write of revision r was based on data
 * of revision r − 1 (a save writes the revision it read plus one): it is a stale echo
 * (`storedIsEcho`) only when it carries the value that stood at r − 1, the one its tab could have
 * read. Only then: a value replaced long ago, stored again by a tab that had seen a later one, is
 * that tab's click (a rating has few values: another tab clicking one this tab once left is
 * common), and overwriting it would lose it unseen. Chromium's tabs see each other's localStorage
 * writes a moment late, so a tab saving its change to one field can write back another tab's
 * older value of another, several saves old when its reader clicked or typed fast. The latest few
 * only: a stale read lags a few keystrokes behind, and a long note is kept whole.
 */
export class ReplacedValues<K> {
  #byField: ReplacedByField<K>;
  #count = 0;

  constructor(byField: ReplacedByField<K>) {
    this.#byField = byField;
  }

  #of(field: K): Replaced | undefined {
    const replaced = this.#byField.get(field);
    return replaced?.count === this.#count ? replaced : undefined;
  }

  /** This tab saved `field` for `owner` under `revision`, replacing `before`. */
  saved(field: K, owner: string | undefined, before: string, revision: number): void {
    const replaced = this.#of(field);
    const known = replaced && replaced.owner === owner ? replaced : undefined;
    const span: Span = { value: before, from: known ? Math.min(known.revision, revision - 1) : -Infinity, to: revision - 1 };
    this.#byField.set(field, { owner, spans: [...(known?.spans ?? []), span].slice(-maxReplaced), revision, count: this.#count });
  }

  /**
   * Data of `revision` is drawn next. The count of revisions started again when nothing is stored
   * (revision 0), and also when another tab removed the data since the last drawing (`removed`,
   * the store's `StorageChange`) though what is drawn is already a later write: “Delete all” then
   * an import (or a click) in another tab, read here at once, is revision 1 again, and the first
   * value this tab's saves replaced, remembered from no lower revision, would look like its echo.
   * Taken for one, this tab would save its deleted value over the reader's new one. Either way
   * every field forgets: a value saved before is no echo of anything written since, whatever its
   * revision.
   */
  drawing(revision: number, removed: boolean): void {
    if (!revision || removed) this.#count++;
  }

  /**
   * Whether data of `revision` stores in `field`, for `owner`, a value this tab's saves replaced
   * (`isStored` says which) that stood at the revision that data was based on (`revision` − 1).
   */
  isEcho(field: K, owner: string | undefined, revision: number, isStored: (value: string) => boolean): boolean {
    const replaced = this.#of(field);
    const base = revision - 1;
    return !!replaced && replaced.owner === owner && replaced.spans.some((s) => s.from <= base && base <= s.to && isStored(s.value));
  }

  /** The field took `step`: its memory starts again when the step says so (`forgetsReplaced`). */
  took(field: K, step: FieldSyncStep): void {
    if (forgetsReplaced(step)) this.#byField.delete(field);
  }
}
