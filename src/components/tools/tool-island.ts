/**
 * The base of every tool's island: a custom element that enhances the complete markup its
 * component rendered on the server.
 *
 * On connection it reads the tool's model from a JSON data block (`setUp`), opens the tool's store
 * in localStorage (or in memory, saying so, when the browser refuses it), draws the stored data
 * with the tool's own `render` (the same pure functions the server used), shows the “Your data”
 * panel (ToolData.astro) and follows other tabs' changes. Changes go through `change`, which
 * applies them to the latest stored data and shows a failed save next to the control the reader
 * used. Once it has drawn the stored data it sets `data-ready` on itself (the tests wait for it).
 */
import { datedFileName, type DownloadFile } from '~/lib/browser/download';
import { createStore, memoryStorage, storeFileWords, type KeyValueStorage, type Snapshot, type Store, type ToolSpec, type ToolPages } from '~/lib/browser/store';
import { goneRecords, hasRecord, partsOf, withRecordBack, type GoneRecord } from '~/lib/browser/gone-records';
import { holdsRefusedText, holdsUnsaved, showSaved, showSaveRefused } from './field-messages.ts';
import { sentenceStart, TextFieldSync, type FieldOwner, type TextField } from './text-sync.ts';
import { ChoiceSync } from './choice-sync.ts';
import { ToolDataPanel } from './tool-data-panel.ts';

/** Why the tool is drawn: its first drawing, its own change, another tab's, or the data panel's. */
export type RenderReason = 'load' | 'change' | 'external' | 'import' | 'undo' | 'clear' | 'discard';

/**
 * Whether a redraw for `reason` brings data this tab's reader did not just type: another tab's
 * change or the data panel's (import, undo, delete all, discard). Text being typed is weighed
 * against it (TextFieldSync) instead of being taken as its source. The one definition every island uses.
 */
export const isExternal = (reason: RenderReason): boolean => reason !== 'load' && reason !== 'change';

/** Where the change drawn for `reason` was made, in words that end a sentence: “was deleted ___”. */
export function changedWhere(reason: RenderReason): string {
  switch (reason) {
    case 'external':
      return 'in another tab';
    case 'import':
      return 'by the import on this page';
    case 'undo':
      return 'by the undo on this page';
    case 'clear':
      return 'with all the data, on this page';
    case 'discard':
      return 'by discarding unreadable data on this page';
    default:
      return 'on this page';
  }
}

/** localStorage, or memory when the browser refuses it. */
export function browserStorage(): { storage: KeyValueStorage; refused: boolean } {
  try {
    const storage = window.localStorage;
    storage.getItem('handbook:probe');
    return { storage, refused: false };
  } catch {
    return { storage: memoryStorage(), refused: true };
  }
}

/** Reads the JSON data block `selector` inside `root`; `null` when it is missing. */
export function readDataBlock<M>(root: ParentNode, selector: string): M | null {
  const text = root.querySelector(selector)?.textContent;
  return text ? (JSON.parse(text) as M) : null;
}

const notText = new Set(['checkbox', 'radio', 'file', 'button', 'submit', 'reset']);
const isChoice = (el: Element): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
const isTextField = (el: Element): el is TextField => el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !notText.has(el.type));

export abstract class ToolIsland<T> extends HTMLElement {
  protected store!: Store<T>;
  /** The data as last read or saved. */
  protected data!: T;
  protected panel!: ToolDataPanel<T>;
  /** The tool pages by store (ToolData.astro renders them), to name another tool's file by its page, and where it is. */
  protected toolPages: ToolPages = {};
  /** Text fields in step with the data, never overwritten while typed in, never saved into a record they were not typed for. */
  protected texts = new TextFieldSync({
    // As typing does; a date field saves on `change`.
    keep: (field) => {
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    restore: (_field, owner) => this.#restore(owner),
    stored: (owner) => hasRecord(this.store.spec.records ?? [], this.data, owner.field, owner.id),
  });
  /** Choices (a rating's radio buttons, a ticked box) in step with the data: another tab's save carrying back this tab's older choice does not undo its click. */
  protected choices = new ChoiceSync({
    // As a click does.
    keep: (input) => input.dispatchEvent(new Event('change', { bubbles: true })),
  });
  /** The revision of `data`: a save that finds another one stored learns that another tab wrote. */
  #revision = 0;
  /** The records that disappeared from the data this tab showed, by collection and id, to bring one back with a reader's text. */
  #gone = new Map<string, GoneRecord & { take: number }>();
  /** Counts the redraws, so that the records that left together (a check-in and its reviews) come back together. */
  #takes = 0;
  /**
   * What this tab's last deletion (`replaceUndoably`) took away, and its name: when another tab brings
   * it back (with text typed there for it, or by its Undo), the status line that said it was deleted
   * says so, rather than go on saying it is gone while the page shows it.
   */
  #deletion: { gone: GoneRecord[]; what: string } | null = null;
  #started = false;

  /** Reads the model the server put in the markup and returns the store's spec; `null` stops the island. */
  protected abstract setUp(): ToolSpec<T> | null;
  /** Draws `data` into the markup. */
  protected abstract render(data: T, reason: RenderReason): void;
  /** The export of all stored data. */
  protected abstract exportFile(data: T): DownloadFile;
  /** What the delete button deletes (`all candidates`) and the question asked first. */
  protected abstract readonly clearWords: { what: string; confirm: string };
  /** A reason to refuse an import the schema accepts; `null` to accept it. */
  protected checkImport(_data: T): string | null {
    return null;
  }
  /** What the “Imported” line adds about an applied import, e.g. where some of it went; '' for nothing. */
  protected describeImport(_data: T): string {
    return '';
  }
  /**
   * Puts the record `owner` on screen again in `data` (it was just brought back); false when `data`
   * does not hold what the field edits. Tools with text fields of records override it.
   */
  protected showRecord(_owner: FieldOwner, _data: T): boolean {
    return true;
  }

  /**
   * Whether the setup waits for a task of its own. The custom element is upgraded while its module
   * is evaluated, in the same task as the page's other modules; an island whose controls all stay
   * disabled until its first drawing (the growth tools) loses nothing by starting a task later, and
   * that long task is shorter by its setup. The other tools' controls work before the first drawing
   * (see below), so their listeners go in at once.
   */
  protected readonly setUpInOwnTask: boolean = false;
  #waiting = false;

  connectedCallback(): void {
    if (this.#started || this.#waiting) return;
    if (!this.setUpInOwnTask) return this.#start();
    this.#waiting = true;
    setTimeout(() => {
      this.#waiting = false;
      if (this.isConnected && !this.#started) this.#start();
    }, 0);
  }

  #start(): void {
    const spec = this.setUp();
    if (!spec) return;
    this.#started = true;
    const { storage, refused } = browserStorage();
    this.toolPages = readDataBlock<ToolPages>(this, '[data-tool-pages]') ?? {};
    this.store = createStore(spec, storage, { toolPages: this.toolPages });
    holdsUnsaved((control) => this.contains(control) && isTextField(control) && this.texts.holdsUnsaved(control));
    const snapshot = this.store.read();
    this.data = snapshot.data;
    this.#revision = snapshot.revision;
    const notices = snapshot.notices.map((n) => n.message);
    if (refused) notices.unshift('This browser does not let the page store data: nothing is kept after you leave the page. Export your data before you go.');
    this.alert(notices.join(' '));

    const root = this.querySelector<HTMLElement>('[data-tool-data]');
    if (root)
      this.panel = new ToolDataPanel({
        root,
        store: this.store,
        exportFile: (data) => this.exportFile(data),
        checkImport: (data) => this.checkImport(data),
        describeImport: (data) => this.describeImport(data),
        clearWhat: this.clearWords.what,
        confirmClear: this.clearWords.confirm,
        onData: (s, reason) => this.#take(s, reason),
        keptInPage: refused,
      });
    // The stored data is drawn in a task of its own: the page's scripts, this setup and the first
    // drawing (with the layout of the whole form it causes) would otherwise be one long task, in
    // which the page answers no input. Meanwhile the server's markup is on screen: the growth
    // tools' controls are disabled until the drawing enables them; the other tools' controls
    // already work, since their listeners are in place and a change is saved to the store that
    // the drawing then reads. Another tab's change redraws with the latest data.
    setTimeout(() => {
      this.render(this.data, 'load');
      this.dataset['ready'] = '';
    }, 0);
    this.store.subscribe((s, { removed }) => {
      this.#take(s, 'external', removed);
      this.panel?.refresh();
      if (s.notices.length) this.alert(s.notices.map((n) => n.message).join(' '));
    });
    // Text saved nowhere (another tab's version in question, or its record deleted) would be lost
    // by a reload or by leaving: the browser asks first, with its standard prompt.
    window.addEventListener('beforeunload', (event) => {
      if (!this.holdsUnsavedText()) return;
      event.preventDefault();
      event.returnValue = '';
    });
  }

  /** `removed`: another tab's change removed the data, whatever was written since (`StorageChange`). */
  #take(snapshot: Snapshot<T>, reason: RenderReason, removed = false) {
    const take = ++this.#takes;
    const records = this.store.spec.records ?? [];
    for (const gone of goneRecords(records, this.data, snapshot.data)) this.#gone.set(`${gone.field}\u0000${gone.id}`, { ...gone, take });
    const back = reason === 'external' && !!this.#deletion?.gone.some((g) => hasRecord(records, snapshot.data, g.field, g.id));
    if (back) this.status(`${sentenceStart(this.#deletion!.what)} was reversed in another tab: what it took away is stored again.`);
    // This page's own undo, import or deletion of all says what it did itself.
    if (back || (reason !== 'external' && reason !== 'change')) this.#deletion = null;
    this.data = snapshot.data;
    this.#revision = snapshot.revision;
    this.texts.where = changedWhere(reason);
    this.texts.drawing(snapshot.revision, removed);
    this.choices.drawing(snapshot.revision, removed);
    this.render(this.data, reason);
  }

  /** Draws `snapshot`, newly read or saved outside `change` (an island's own import): as every redraw, it keeps track of the records that left. */
  protected take(snapshot: Snapshot<T>, reason: RenderReason): void {
    this.#take(snapshot, reason);
  }

  /** Brings back the deleted record `owner` as this tab last had it, and shows it; a reason in words when it cannot. */
  #restore(owner: FieldOwner): string | null {
    const records = this.store.spec.records ?? [];
    const gone = this.#gone.get(`${owner.field}\u0000${owner.id}`);
    // What left with it (a check-in's reviews) comes back with it.
    const parts = gone ? partsOf(records, gone, [...this.#gone.values()].filter((g) => g.take === gone.take)) : [];
    const result = this.store.update((data) => (gone ? this.stamped(data, [gone, ...parts].reduce((d, g) => withRecordBack(records, d, g), data)) : data));
    if (!result.ok) return result.error.message;
    if (!hasRecord(records, result.value.data, owner.field, owner.id) || !this.showRecord(owner, result.value.data)) return `This page has no copy of ${owner.what} to bring back.`;
    this.#take(result.value, 'change');
    this.panel?.saved(true);
    this.panel?.refresh();
    return null;
  }

  /**
   * `after`, a change of `before` the reader made (an edit, a deletion, a record brought back), as it
   * is saved: the growth tools stamp what it touched there (changed-at.ts), so that an older file's
   * merge neither undoes an edit nor brings back what was deleted.
   */
  protected stamped(_before: T, after: T): T {
    return after;
  }

  /**
   * Saves `change`, applied to the latest stored data. A failure is shown next to `control` and in
   * the save status; the page is redrawn from what is stored either way. Returns whether it saved.
   */
  protected change(control: Element, change: (current: T) => T): boolean {
    const field = isTextField(control) ? control : null;
    if (field && this.texts.inConflict(field)) return false;
    let changed = false;
    const result = this.store.update((current) => {
      const next = this.stamped(current, change(current));
      changed = !Object.is(next, current);
      return next;
    });
    if (!result.ok) {
      showSaveRefused(control, result.error, true);
      this.panel?.saved(false, result.error.message);
      // The page shows what is stored, not what failed to be; text being typed stays as typed.
      //
      // A full storage refuses a choice (a rating, a ticked box, a new check-in) outright rather
      // than keeping it on the page unsaved, and says so by it (`storageFullFate`). Kept, it would
      // be shown while every other part of the tool works on what is stored: an export (the way
      // out of a full storage the message gives) would not hold it, an import's plan and an undo
      // would not count it, the next change or another tab's would redraw the page without it, and
      // the page would tell the reader something is theirs that no reload will show. Keeping it
      // for real means a layer of refused changes, replayed over every read, exported, and weighed
      // against other tabs' text; a choice is one click to make again once there is room. What was
      // typed is another matter, as it cannot be made again by a click: it stays where it was
      // typed (TextFieldSync, a form's own fields), said, and leaving the page asks first
      // (`holdsUnsavedText`). Nothing stored is touched by a refused save.
      this.#take(this.store.read(), 'change');
      return false;
    }
    showSaved(control);
    if (field && changed) this.texts.saved(field, result.value.revision);
    else if (isChoice(control) && changed) this.choices.saved(control, result.value.revision);
    this.panel?.saved(true);
    this.panel?.refresh();
    // Another tab wrote since this one last read (its storage event may not have arrived yet): the
    // page is redrawn as for its change, so that a record it deleted is seen as deleted.
    const theirs = result.value.revision - (changed ? 1 : 0) !== this.#revision;
    this.#take(result.value, theirs ? 'external' : 'change');
    return true;
  }

  /**
   * Saves `next(stored data)` in place of the stored data as one step the data panel can undo,
   * named there by `what` (“the deletion of …”): how every tool deletes what the reader confirmed.
   * A failure is shown next to `control`; `settle` updates the island's own state (what is open)
   * before the page is redrawn from what is stored. Returns whether it saved.
   */
  protected replaceUndoably(control: Element, next: (current: T) => T, what: string, settle?: () => void): boolean {
    const { data } = this.store.read();
    const result = this.store.replace(this.stamped(data, next(data)), what);
    if (!result.ok) {
      showSaveRefused(control, result.error);
      return false;
    }
    showSaved(control);
    settle?.();
    const gone = goneRecords(this.store.spec.records ?? [], data, result.value.data);
    this.#deletion = gone.length ? { gone, what } : null;
    this.#take(result.value, 'change');
    this.panel?.refresh();
    return true;
  }

  /** Whether the page holds text saved nowhere (waiting for its reader's choice, or refused by a full storage), which leaving the page would lose. */
  protected holdsUnsavedText(): boolean {
    return this.texts.pending() || holdsRefusedText(this);
  }

  /** The tool's alert line (`[data-tool="alert"]`), for what the reader must know at once. */
  protected alert(text: string): void {
    const el = this.querySelector<HTMLElement>('[data-tool="alert"]');
    if (el && el.textContent !== text) el.textContent = text;
  }

  /** The name of a file of `tool`'s data (this tool's by default): its page's title, `parts`, and the date. */
  protected fileName(parts: readonly string[] = [], tool = this.store.spec.tool): string {
    return datedFileName([storeFileWords(this.toolPages, tool), ...parts], 'json');
  }

  /** A status line in the data panel. */
  protected status(text: string): void {
    this.panel?.status(text);
  }
}
