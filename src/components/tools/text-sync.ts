/**
 * Keeps text fields in step with stored data without ever replacing what a reader is typing, and
 * without ever saving it into a record it was not typed for.
 *
 * Every keystroke is saved, so a field normally holds what is stored. When another tab changes the
 * stored text of a field this tab's reader is editing (it has the focus, or holds text that could
 * not be saved), the field keeps the reader's text and a message next to it says what happened and
 * offers both versions. When another tab deletes the record the reader is typing in, and the page
 * shows another record in its place, the field keeps the text and the message names the deleted
 * record and offers to bring it back with the text. Until the reader chooses, their text in that
 * field is not saved, so neither version is overwritten silently and no record gets another's text.
 * A tab saving its change to another field may carry back an older text of this one, read before
 * this tab's latest saves reached it (a browser's tabs see each other's writes a moment late): the
 * field recognises a text its own saves replaced, keeps what its reader typed and saves it again,
 * without blaming the other tab. The decision is `fieldSyncStep` (lib/browser/field-sync.ts).
 */
import { fieldSyncStep, ReplacedValues } from '~/lib/browser/field-sync';
import { clearFieldMessage, showFieldMessage } from './field-messages.ts';

export type TextField = HTMLInputElement | HTMLTextAreaElement;

/** `what` (`the check-in of 3 March 2026`) at the start of a sentence. */
export const sentenceStart = (what: string): string => what.charAt(0).toUpperCase() + what.slice(1);

/** The record a field edits: a key unique in the tool, what the page calls it, and its place in the data. */
export interface FieldOwner {
  /** E.g. the candidate's id; for a record inside another, both ids. */
  key: string;
  /** The record in words, e.g. `the candidate “Bob”`. */
  what: string;
  /** The record collection (store.ts) and id under which it is stored, to bring it back. */
  field: string;
  id: string;
  /** For a record inside another, the ids from the outer record in, e.g. a person's then a check-in's, to show it again. */
  path?: readonly string[];
  /**
   * How its deletion is said when the record stored under `field` and `id` is more than what the
   * field edits (a person removed from a team, for a note of their review): the sentence, with
   * `where` the change was made (`in another tab`), the button that keeps the text, and what that
   * does, said before it is chosen (it brings back the whole record).
   */
  left?: (where: string) => { text: string; keep: string; does: string };
}

export interface TextFieldSyncActions {
  /** Saves the field's own text, as typing does, when its reader chooses to keep it. */
  keep: (field: TextField) => void;
  /** Brings back the deleted record `owner` and shows it, the field's text untouched; returns a reason in words when it cannot. */
  restore: (field: TextField, owner: FieldOwner) => string | null;
  /** Whether the record `owner` is in the data being drawn: one deleted may be brought back by an undo, here or in another tab. */
  stored: (owner: FieldOwner) => boolean;
}

export interface SyncOptions {
  /** The record the field edits now; none for a value of the whole data. */
  owner?: FieldOwner;
  /** Whether two texts are the same for this field (default: equal strings), e.g. links compared once parsed. */
  same?: (a: string, b: string) => boolean;
}

export class TextFieldSync {
  /** The text last known to be stored for each field. */
  #stored = new WeakMap<TextField, string>();
  /** The record each field edits. */
  #owner = new WeakMap<TextField, FieldOwner | undefined>();
  /** The other tab's text, for fields in conflict. */
  #theirs = new Map<TextField, string>();
  /** The fields whose record was deleted while they hold its text, saved nowhere, until their reader chooses. */
  #orphans = new Set<TextField>();
  /**
   * For a field whose text waits for its reader's choice (`#theirs` or `#orphans`), the record that
   * text was typed for: set when the text first becomes pending, never changed by a redraw (the
   * reader may pick another record, another tab may delete the one shown), so that the message
   * names it and keeping the text saves it there and nowhere else.
   */
  #typedFor = new Map<TextField, FieldOwner | undefined>();
  /** The texts this tab's own saves replaced in each field, to tell a stale echo of them from another tab's edit. */
  #replaced = new ReplacedValues<TextField>(new WeakMap());
  /** The orphaned fields whose message says their record is back (an undo brought it back while another is shown). */
  #toldBack = new Set<TextField>();
  #actions: TextFieldSyncActions;
  /**
   * Where the change being drawn was made, in words that end “was deleted ___”: another tab, or
   * this page's data panel (an import, an undo, a deletion of all). Set before each redraw (ToolIsland).
   */
  where = 'in another tab';
  /**
   * Data of `revision` is drawn next (ToolIsland, before each redraw); `removed`: another tab removed
   * the data since the last drawing, whatever it wrote after (ReplacedValues.drawing).
   */
  drawing(revision: number, removed = false): void {
    this.revision = revision;
    this.#replaced.drawing(revision, removed);
  }
  /** The revision of the data being drawn (`drawing`, called with `where` set before each redraw by ToolIsland). */
  revision = 0;

  constructor(actions: TextFieldSyncActions) {
    this.#actions = actions;
  }

  /**
   * Shows `stored` in `field`. `external` is true when the change came from another tab. A field
   * with the focus is left as typed after this tab's own changes (its text is the source of them).
   */
  sync(field: TextField, stored: string, external: boolean, options: SyncOptions = {}): void {
    const same = options.same ?? ((a: string, b: string) => a === b);
    const known = this.#stored.get(field);
    // Before its first drawing a field edits nothing yet.
    const ownerBefore = known === undefined ? undefined : this.#owner.get(field);
    const owner = options.owner;
    this.#stored.set(field, stored);
    this.#owner.set(field, owner);
    const doc = field.ownerDocument;
    const typedFor = this.#typedFor.get(field);
    const orphanOf = this.#orphans.has(field) ? typedFor : undefined;
    const step = fieldSyncStep({
      ownerBefore: ownerBefore?.key,
      owner: owner?.key,
      valueIsStored: same(field.value, stored),
      valueIsKnown: known === undefined || same(field.value, known),
      storedIsKnown: known !== undefined && same(stored, known),
      valueIsEmpty: !field.value.trim(),
      editing: doc.activeElement === field && doc.hasFocus(),
      external,
      conflict: this.#theirs.has(field),
      orphanOf: orphanOf?.key,
      orphanIsStored: !!orphanOf && this.#actions.stored(orphanOf),
      toldBack: this.#toldBack.has(field),
      typedFor: typedFor?.key,
      storedIsEcho: !same(stored, field.value) && this.#replaced.isEcho(field, owner?.key, this.revision, (text) => same(text, stored)),
    });
    this.#replaced.took(field, step);
    if (step === 'echo') {
      // Saved once this drawing is over, as typing would: the save redraws the page.
      queueMicrotask(() => {
        if (this.#owner.get(field)?.key === owner?.key && !this.inConflict(field) && this.holdsUnsaved(field)) this.#actions.keep(field);
      });
    } else if (step === 'show') field.value = stored;
    else if (step === 'resolve') this.#resolved(field);
    else if (step === 'conflict') {
      // An orphaned text whose record an undo brought back, with the text it had: the question is which to keep.
      const broughtBack = this.#orphans.delete(field);
      this.#conflict(field, stored, this.#typedFor.has(field) ? typedFor : owner, broughtBack);
    } else if (step === 'orphan') {
      this.#theirs.delete(field);
      this.#orphan(field, (this.#typedFor.has(field) ? typedFor : ownerBefore)!);
    } else if (step === 'back') this.#orphan(field, orphanOf!, '', true);
  }

  /** The field's text is now stored (after a successful save), under `revision`. */
  saved(field: TextField, revision: number): void {
    const before = this.#stored.get(field);
    if (before !== undefined && before !== field.value) this.#replaced.saved(field, this.#owner.get(field)?.key, before, revision);
    this.#stored.set(field, field.value);
    this.#resolved(field);
  }

  /** True when `field` holds text other than what is last known to be stored for it: a save of it was refused (a full storage). */
  holdsUnsaved(field: TextField): boolean {
    const known = this.#stored.get(field);
    return known !== undefined && field.value !== known;
  }

  /** True while any field holds text saved nowhere, waiting for its reader's choice: leaving the page would lose it. */
  pending(): boolean {
    return this.#theirs.size > 0 || this.#orphans.size > 0;
  }

  /** True while the field holds text that must not be saved until its reader chooses: another tab's text differs, or its record was deleted. */
  inConflict(field: TextField): boolean {
    return this.#theirs.has(field) || this.#orphans.has(field);
  }

  /** The record `owner` of the text in `field` holds `theirs`, from another tab: the text waits, saved nowhere, until its reader chooses. */
  #conflict(field: TextField, theirs: string, owner: FieldOwner | undefined, broughtBack = false) {
    this.#theirs.set(field, theirs);
    this.#typedFor.set(field, owner);
    this.#toldBack.delete(field);
    // The reader may pick another record before choosing: both choices stay about this one.
    const elsewhere = () => !!owner && this.#owner.get(field)?.key !== owner.key;
    const byTab = this.where === 'in another tab';
    const changed =
      broughtBack && owner
        ? `${sentenceStart(owner.what)} was brought back ${this.where}, with the text it had before you typed here.`
        : byTab
          ? 'Another tab changed this text while you were editing it here.'
          : `This text was changed ${this.where} while you were editing it.`;
    showFieldMessage(field, `${changed} Your text in this field is not saved until you choose which version to keep.`, [
      {
        label: 'Keep my text',
        run: () => {
          const error = elsewhere() ? this.#actions.restore(field, owner!) : null;
          this.#theirs.delete(field);
          if (error) return this.#orphan(field, owner!, `${error} `);
          this.#typedFor.delete(field);
          clearFieldMessage(field);
          this.#actions.keep(field);
        },
      },
      {
        label: byTab ? 'Use the other tab’s text' : 'Use the stored text',
        run: () => {
          field.value = elsewhere() ? (this.#stored.get(field) ?? '') : (this.#theirs.get(field) ?? field.value);
          this.#stored.set(field, field.value);
          this.#resolved(field);
          field.focus();
        },
      },
    ]);
  }

  /**
   * The record `owner`, whose text the field holds, was deleted in another tab: the text stays here,
   * saved nowhere, until its reader chooses. `back`: an undo has brought the record back since, while
   * another is shown; the text still waits, and the message says so (never that it is still deleted).
   */
  #orphan(field: TextField, owner: FieldOwner, problem = '', back = false) {
    this.#orphans.add(field);
    this.#typedFor.set(field, owner);
    if (back) this.#toldBack.add(field);
    else this.#toldBack.delete(field);
    const what = sentenceStart(owner.what);
    const stays = 'Your text stays in this field, saved nowhere (not in what the page shows now), until you choose:';
    const left = back ? undefined : owner.left?.(this.where);
    const text = back
      ? `${what} was brought back ${this.where} while your text for it waited here. ${stays} keep it in ${owner.what}, or let it go.`
      : left
        ? `${problem}${left.text} ${stays} “${left.keep}” ${left.does}; “Let my text go” changes nothing else.`
        : `${problem}${what} was deleted ${this.where} while you were typing in it. ${stays} keep ${owner.what} with your text, or let the text go.`;
    // The two choices keep their order in both messages: a reader whose focus is on one keeps it on the same one.
    showFieldMessage(field, text, [
      {
        label: back ? `Keep my text in ${owner.what}` : (left?.keep ?? `Keep ${owner.what}, with my text`),
        run: () => {
          const error = this.#actions.restore(field, owner);
          if (error) return this.#orphan(field, owner, `${error} `);
          // The record is back and on screen: the text is saved into it, as typing would.
          this.#orphans.delete(field);
          this.#toldBack.delete(field);
          this.#typedFor.delete(field);
          clearFieldMessage(field);
          this.#actions.keep(field);
          field.focus();
        },
      },
      {
        label: 'Let my text go',
        run: () => {
          field.value = this.#stored.get(field) ?? '';
          this.#orphans.delete(field);
          this.#toldBack.delete(field);
          this.#typedFor.delete(field);
          clearFieldMessage(field);
          field.focus();
        },
      },
    ], back);
  }

  #resolved(field: TextField) {
    const asked = this.#theirs.delete(field);
    const orphaned = this.#orphans.delete(field);
    this.#typedFor.delete(field);
    this.#toldBack.delete(field);
    if (asked || orphaned) clearFieldMessage(field);
  }
}
