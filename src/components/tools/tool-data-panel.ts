/**
 * The island side of ToolData.astro: export, import with a preview and a choice, undo, deletion,
 * and the list of data kept aside. Works for any tool's store; the tool redraws itself through
 * `onData` after anything here changed its data.
 */
import { downloadFile, type DownloadFile } from '~/lib/browser/download';
import type { ImportMode } from '~/lib/browser/import-merge';
import type { ImportSource } from '~/lib/browser/import-source';
import { clearUndoMinutes, maxImportBytes, sameUndo, validateStrict, type LeftOutRecord, type Snapshot, type Store, type UndoOffer } from '~/lib/browser/store';
import { clearFieldMessage, showFieldMessage, showSaved, showSaveRefused } from './field-messages.ts';
import { h, setHidden, setText } from './dom.ts';
import { importCodeFailed, lazyCode, readingLine, type CodeOf } from './lazy-code.ts';
import { heldUndoOffer, noLongerUndoable, offerIn, savedSince, undoOffer } from './undo-lines.ts';

/** The code that reads a file and plans its import, loaded when a reader imports (import-code.ts). */
const importCode = lazyCode(() => import('./import-code.ts'));
type ImportCode = CodeOf<typeof importCode>;
/** Loads the import code when the reader points at or focuses `control`, another control whose data the panel's `offer` takes (the debrief's files). */
export const preloadImportOn = (control: Element | null | undefined): void => importCode.preloadOn(control);

export type DataReason = 'import' | 'undo' | 'clear' | 'discard';

/** A line about an import followed by what was mended to read its file (`ImportRead.notices`), so that no mend goes unsaid. */
export const withNotes = (line: string, notes: readonly string[]): string => [line, ...notes].filter(Boolean).join(' ');

export interface ToolDataOptions<T> {
  /** The panel's markup (`[data-tool-data]`). */
  root: HTMLElement;
  store: Store<T>;
  /** The export of everything stored. */
  exportFile: (data: T) => DownloadFile;
  /** A reason to refuse an imported value that the schema accepts (e.g. another role's scorecards), or `null`. */
  checkImport?: (data: T) => string | null;
  /** What the “Imported” line adds about an applied import (where some of it went), or ''. */
  describeImport?: (data: T) => string;
  /** What “delete all” deletes, e.g. `all candidates`; the question asked before it. */
  clearWhat: string;
  confirmClear: string;
  /** Called after the panel changed the data. */
  onData: (snapshot: Snapshot<T>, reason: DataReason) => void;
  /** The browser refused its storage: the data lives in the page only, and is gone when the reader leaves it. */
  keptInPage?: boolean;
}

/**
 * The save status after a change: what failed, or where the change now lives. With the browser's
 * storage refused (the data is held in the page), “saved in this browser” would contradict the
 * alert above it that nothing is kept after the reader leaves.
 */
export function saveStatusText(ok: boolean, failure: string, keptInPage: boolean): string {
  if (!ok) return failure;
  return keptInPage ? 'Kept on this page only: this browser does not let the page store data, so export before you leave.' : 'Every change is saved in this browser.';
}

/** How `offer` takes an import in (its comment). */
interface OfferOptions<T> {
  adding?: boolean;
  show?: (data: T) => T;
  notes?: string[];
  leftOut?: LeftOutRecord[];
}

export class ToolDataPanel<T> {
  #o: ToolDataOptions<T>;
  /** The import code, once loaded (`importCode`): there is no pending import without it. */
  #code: ImportCode | null = null;
  /** The import waiting for the reader's choice, and the revision of the data its question describes. */
  #pending: { data: T; source: ImportSource; show: ((data: T) => T) | undefined; adding: boolean; notes: string[]; leftOut: LeftOutRecord[]; revision: number } | null = null;
  /** Other controls' redraws after each refresh; one that returns true shows the undo on offer itself. */
  #afterRefresh: (() => boolean | void)[] = [];
  /** The timer that redraws the panel when the undo on offer, of a deletion of everything, runs out (the store's `until`). */
  #expiry: ReturnType<typeof setTimeout> | undefined;
  /**
   * The undo the status line offers (`undoOffer`): once another is on offer (a later change, here or
   * in another tab, replaced it, even one of the same label), the line takes its offer back, so that
   * the Undo below is never read as undoing what the line names.
   */
  #offered: UndoOffer | null = null;
  /**
   * How many files were chosen in the import field: a file whose reading or import code was still
   * loading when another was chosen is dropped, as a plan on screen is, so the reader's latest
   * choice is the one imported (the first, made of additions only, would otherwise be applied
   * unasked, then the second: the code arrives late on a slow network).
   */
  #chosen = 0;

  constructor(options: ToolDataOptions<T>) {
    this.#o = options;
    options.root.addEventListener('click', this.#onClick);
    options.root.addEventListener('change', this.#onChange);
    options.root.addEventListener('keydown', this.#onKeydown);
    importCode.preloadOn(this.#o.root.querySelector('[data-tool-action="import"]'));
    this.refresh();
  }

  #el<E extends HTMLElement = HTMLElement>(name: string): E {
    return this.#o.root.querySelector<E>(`[data-tool="${name}"]`)!;
  }

  /** A line about what happened, for the reader and for screen readers. */
  status(text: string): void {
    if (text.includes(undoOffer)) {
      this.#offered = this.#o.store.undoable();
      if (this.#offered?.inMemory) text = text.replace(undoOffer, heldUndoOffer);
    }
    setText(this.#el('status'), text);
  }


  /** Says whether the last change was saved: never “saved” when it was not. */
  saved(ok: boolean, message = ''): void {
    const el = this.#el('save-status');
    const text = saveStatusText(ok, message, this.#o.keptInPage === true);
    el.dataset['state'] = ok ? 'saved' : 'failed';
    setText(el, text);
  }

  /**
   * Calls `redraw` after each refresh, for another control that offers an undo (e.g. the team
   * import's, beside where the reader imported): while it returns true, that control offers the
   * undo, and the panel does not offer the same one a second time.
   */
  afterRefresh(redraw: () => boolean | void): void {
    this.#afterRefresh.push(redraw);
  }

  /**
   * The status line must not go on offering an undo that a later save (here or in another tab) took
   * away, or that ran out (a deletion's, kept until the time the offer carries).
   */
  #takeBackGoneOffer(undo: UndoOffer | null): void {
    const said = this.#el('status').textContent ?? '';
    if (offerIn.test(said) && !sameUndo(undo, this.#offered)) {
      const until = this.#offered?.until;
      const why = until !== undefined && Date.now() > until ? `the deleted data was kept ${clearUndoMinutes} minutes for that, and is now gone from this browser` : savedSince;
      this.status(noLongerUndoable(said, why));
    }
  }

  /** Redraws the undo button and the list of data kept aside from storage. */
  refresh(): void {
    // Another tab saved while an import's question is open: the question is asked again about the latest data.
    if (this.#pending && this.#o.store.read().revision !== this.#pending.revision) this.#ask(false);
    const undo = this.#o.store.undoable();
    const box = this.#el('undo');
    const offeredElsewhere = this.#afterRefresh.map((redraw) => redraw()).includes(true);
    setHidden(box, !undo || offeredElsewhere);
    if (undo) this.#el('undo-button').textContent = `Undo ${undo.label}`;
    this.#takeBackGoneOffer(undo);
    // The store forgets a deletion's undo at a set time: the panel says so then, not at the next save.
    clearTimeout(this.#expiry);
    if (undo?.until !== undefined) this.#expiry = setTimeout(() => this.refresh(), Math.max(0, undo.until - Date.now()) + 1000);

    const kept = this.#o.store.unreadable();
    setHidden(this.#el('kept'), kept.length === 0);
    this.#el('kept-list').replaceChildren(
      ...kept.map((entry) => {
        const download = h('button', { type: 'button', class: 'tool-button' }, `Download ${entry.fileName}`);
        download.addEventListener('click', () => downloadFile({ name: entry.fileName, type: entry.fileName.endsWith('.json') ? 'application/json' : 'text/plain', text: entry.text }));
        const discard = h('button', { type: 'button', class: 'tool-button', 'aria-label': `Discard ${entry.fileName}` }, 'Discard');
        discard.addEventListener('click', () => {
          if (!window.confirm(`Discard ${entry.fileName} from this browser? Download it first if you may need it.`)) return;
          this.#o.store.discardUnreadable(entry.key);
          this.refresh();
          this.status(`Discarded ${entry.fileName}.`);
          this.#o.onData(this.#o.store.read(), 'discard');
        });
        return h(
          'li',
          {},
          h('p', {}, `${entry.what.charAt(0).toUpperCase()}${entry.what.slice(1)}, kept ${entry.keptAt.slice(0, 16).replace('T', ' at ')} UTC: ${entry.problem}.`),
          h('div', { class: 'tool-buttons' }, download, discard),
        );
      }),
    );
  }

  #onClick = (event: Event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-tool-action]')?.dataset['toolAction'];
    if (action === 'export') {
      const file = this.#o.exportFile(this.#o.store.read().data);
      downloadFile(file);
      this.status(`Exported ${file.name}.`);
    } else if (action === 'clear') this.#clear();
    else if (action === 'import-merge' || action === 'import-replace' || action === 'import-cancel') {
      if (action === 'import-cancel') this.#cancelImport();
      else this.#apply(action === 'import-merge' ? 'merge' : 'replace');
      // The preview, and the button just used with it, are gone: the focus goes back where the import
      // began. Asked again (the choice was not applied), the focus stays in the question.
      if (this.#el('import-plan').hidden) this.#o.root.querySelector<HTMLElement>('[data-tool-action="import"]')?.focus();
    } else if (action === 'undo') {
      // The undo button is gone once used: keep the focus in the panel.
      if (this.undo().ok) this.#o.root.querySelector<HTMLElement>('[data-tool-action="export"]')?.focus();
    }
  };

  /** Escape in the import's choice is its Cancel, as a reader expects of a question put to them. */
  #onKeydown = (event: KeyboardEvent) => {
    const plan = this.#el('import-plan');
    if (event.key !== 'Escape' || plan.hidden || !plan.contains(event.target as Node)) return;
    event.preventDefault();
    this.#cancelImport();
    this.#o.root.querySelector<HTMLElement>('[data-tool-action="import"]')?.focus();
  };

  #cancelImport(): void {
    this.#hidePlan();
    this.status('Import canceled: nothing was changed.');
  }

  #onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.dataset['toolAction'] === 'import') void this.#read(input);
  };

  async #read(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    const chosen = ++this.#chosen;
    const superseded = () => chosen !== this.#chosen;
    if (!file) return;
    this.#hidePlan();
    clearFieldMessage(input);
    const refuse = (error: string) => {
      this.status('');
      showFieldMessage(input, error);
    };
    if (file.size > maxImportBytes) return refuse(`Import failed: “${file.name}” is too large (${Math.round(file.size / 1000)} kB; the limit is ${maxImportBytes / 1000} kB). Nothing was changed.`);
    let text: string;
    try {
      text = await file.text();
    } catch {
      return superseded() ? undefined : refuse(`Import failed: “${file.name}” could not be read. Nothing was changed.`);
    }
    const code = await this.#load(file.name);
    if (superseded()) return;
    if (!code) return refuse(`${importCodeFailed} (File: “${file.name}”.)`);
    const parsed = code.parseImport(this.#o.store, text);
    if (!parsed.ok) return refuse(`${parsed.error} (File: “${file.name}”.)`);
    const refused = this.#o.checkImport?.(parsed.value);
    if (refused) return refuse(`Import failed: ${refused}. Nothing was changed. (File: “${file.name}”.)`);
    this.#offer(parsed.value, file.name, { notes: parsed.notices, leftOut: parsed.leftOut ?? [] });
  }

  /** The import code, loaded if it is not yet (the status line saying that `source` is being read meanwhile, `readingLine`); `null` when it could not be (offline). */
  async #load(source: ImportSource): Promise<ImportCode | null> {
    // The line it puts back (what the reading line replaced) keeps the undo it offered: the offer is
    // the one said then (`#offered`), taken back if a save while the code loaded took the undo away.
    const statusLine = this.#el('status');
    const say = (text: string) => {
      setText(statusLine, text);
      this.#takeBackGoneOffer(this.#o.store.undoable());
    };
    return (this.#code = await importCode.getOrNull({ key: statusLine, line: readingLine(source), say, shown: () => statusLine.textContent ?? '' }));
  }


  /**
   * Offers `data` (read from `source`: a file, several files, pasted text) for import: applied at once when nothing is
   * stored that it could touch, otherwise shown as a plan with the choice to merge or replace.
   * Nothing changes until then. With `adding` (a tool's own “add” control, such as the debrief's
   * files), new records are merged at once and only an update of a stored record asks. `show`:
   * what the tool changes on screen with the import (the debrief brings the imported candidate on
   * screen), applied to the imported value before it is saved. The import and what it shows are then
   * one saved change, undone together: a save of its own after the import would make its undo stale.
   * `notes`: what was mended to read the file (`ImportRead.notices`: a target level a fork removed,
   * check-ins left out), said on every line about this import until it is applied or canceled;
   * `leftOut`: the records that mend left out (`ImportRead.leftOut`), which the plan names apart.
   */
  async offer(data: T, source: ImportSource, options: OfferOptions<T> & { control?: HTMLElement } = {}): Promise<'nothing' | 'applied' | 'asked' | 'failed'> {
    // Its code loaded first (import-code.ts), the status line naming `source` meanwhile: nothing is
    // planned or changed without it, and the control the reader used (`control`, else the panel's
    // import field) says why.
    if (!(await this.#load(source))) {
      showFieldMessage(options.control ?? this.#o.root.querySelector<HTMLElement>('[data-tool-action="import"]')!, importCodeFailed);
      return 'failed';
    }
    return this.#offer(data, source, options);
  }

  #offer(data: T, source: ImportSource, { adding = false, show, notes = [], leftOut = [] }: OfferOptions<T> = {}): 'nothing' | 'applied' | 'asked' {
    this.#hidePlan();
    this.#pending = { data, source, show, adding, notes, leftOut, revision: 0 };
    return this.#ask(true);
  }

  /**
   * Plans the pending import against the data as it is now and asks how to apply it: what merging
   * (or why it cannot) and replacing would each do. `first`: the file was just chosen, and an import
   * of additions alone is applied without a question. Asked again (`first` false: the data changed
   * since, most often in another tab), nothing is applied without a choice, since the words of
   * before did not name what was saved since, which a replace would remove.
   */
  #ask(first: boolean): 'nothing' | 'applied' | 'asked' {
    const pending = this.#pending!;
    const { applyImport, changesNothing, describePlan, importAskedAgain, importQuestion, importReady, mergeRefusedText, nothingToImport, onlyAdds, planImport } = this.#code!;
    const { spec } = this.#o.store;
    const { data: current, revision } = this.#o.store.read();
    const plan = planImport(spec, current, pending.data, pending.leftOut);
    // What a tool adds is only ever merged: a file already here is nothing to import, whatever else is stored.
    if (changesNothing(plan, 'merge') && (pending.adding || changesNothing(plan, 'replace'))) {
      this.#hidePlan();
      this.status(withNotes(nothingToImport(spec, plan, pending.source), pending.notes));
      return 'nothing';
    }
    pending.revision = revision;
    // A merge the record's own rules refuse (two check-ins on one date, one from each side) is not
    // offered, rather than offered and then refused on saving: the plan says why, and a replace stays.
    const merged = validateStrict(spec, applyImport(spec, current, pending.data, 'merge'));
    // Only additions: nothing stored is touched, so there is nothing to ask (a removal asks).
    if (first && merged.ok && (onlyAdds(plan) || (pending.adding && plan.updated.length + plan.deletedInFile.length === 0))) return this.#apply('merge') ? 'applied' : 'nothing';
    const words = describePlan(spec, plan);
    // Written only where the words change: asked again on every save of another tab, the question a
    // screen reader may be reading is not replaced by the same words.
    setText(this.#el('import-title'), importQuestion(pending.source));
    setText(this.#el('import-merge'), merged.ok ? words.merge : mergeRefusedText(merged.error));
    const mergeButton = this.#o.root.querySelector<HTMLButtonElement>('[data-tool-action="import-merge"]')!;
    mergeButton.disabled = !merged.ok;
    setText(this.#el('import-replace'), words.replace);
    const box = this.#el('import-plan');
    box.hidden = false;
    // Asked again, the reader's focus stays where it is.
    if (first) box.querySelector<HTMLButtonElement>(`[data-tool-action="${merged.ok ? 'import-merge' : 'import-replace'}"]`)!.focus();
    this.status(withNotes((first ? importReady : importAskedAgain)(pending.source), pending.notes));
    return 'asked';
  }

  #hidePlan() {
    this.#pending = null;
    this.#el('import-plan').hidden = true;
  }

  /** Applies the pending import; returns whether it was saved. */
  #apply(mode: ImportMode): boolean {
    const pending = this.#pending;
    if (!pending) return false;
    const { store } = this.#o;
    // The data changed since the question was drawn (the other tab's storage event may not have come
    // yet): the choice was made on words about other data, so it is asked again, not applied.
    if (store.read().revision !== pending.revision) {
      if (this.#ask(false) === 'asked') this.status(this.#code!.importNotApplied(pending.source));
      return false;
    }
    this.#hidePlan();
    // Planned against the data of a moment ago; applied to the latest, in case another tab wrote since.
    const imported = this.#code!.applyImport(store.spec, store.read().data, pending.data, mode);
    const next = pending.show ? pending.show(imported) : imported;
    const result = store.replace(next, this.#code!.importUndoLabel(pending.source));
    const input = this.#o.root.querySelector<HTMLInputElement>('[data-tool-action="import"]')!;
    if (!result.ok) {
      // The question is gone with its plan: its line (“choose how below”) goes too, the refusal said by the field.
      this.status('');
      showSaveRefused(input, result.error);
      return false;
    }
    showSaved(input);
    this.#o.onData(result.value, 'import');
    this.refresh();
    this.status(this.#code!.importedText(pending.source, mode, withNotes(this.#o.describeImport?.(pending.data) ?? '', pending.notes)));
    return true;
  }

  #clear() {
    if (!window.confirm(this.#o.confirmClear)) return;
    const button = this.#o.root.querySelector<HTMLElement>('[data-tool-action="clear"]')!;
    const result = this.#o.store.clear(`the deletion of ${this.#o.clearWhat}`);
    if (!result.ok) {
      showSaveRefused(button, result.error);
      return;
    }
    showSaved(button);
    this.#o.onData(result.value, 'clear');
    this.refresh();
    this.status(`Deleted ${this.#o.clearWhat}. ${undoOffer}`);
  }

  /** Undoes the last import or deletion (from this panel or another control of the tool); says whether it did, and what the panel said. */
  /**
   * Undoes the last change. `quiet`: the caller announces the outcome in its own status line (a
   * control elsewhere on the page), so the panel's line is not announced as well.
   */
  undo({ quiet = false }: { quiet?: boolean } = {}): { ok: boolean; text: string } {
    const way = this.#o.store.undoable();
    const result = this.#o.store.undo();
    const text = !result.ok ? result.error.message : way?.bringsBack ? 'Undone: what was deleted is back, beside what was saved after it.' : 'Undone: the data is back as it was.';
    if (result.ok) {
      showSaved();
      this.#o.onData(result.value, 'undo');
    }
    this.refresh();
    if (!quiet) this.status(text);
    return { ok: result.ok, text };
  }
}
