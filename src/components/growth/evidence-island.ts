/**
 * The evidence log's island, `<handbook-evidence-log>`: adds, edits and deletes entries of the
 * person's record (the same record as the check-in page's, in the same store), and lists them
 * newest first, filtered by competency. Each entry's element has the entry's id, so the check-in
 * page can link to it.
 */
import { changedWhere, type RenderReason } from '../tools/tool-island.ts';
import { clearFieldMessage, holdsUnsaved, showFieldMessage } from '../tools/field-messages.ts';
import { calendarDateText, localCalendarDate } from '~/lib/browser/dates';
import { currentLevel, evidenceByDate, evidenceDateProblem, removeEvidence, saveEvidence, type EvidenceEntry, type GrowthRecord } from '~/lib/growth/growth-record';
import { isSafeLink, parseLinks } from '~/lib/growth/self-assessment';
import { changedFields, evidenceFieldWords, mergeEvidenceEdit, type EvidenceField } from '~/lib/growth/evidence-edit';
import { all, h, one, setText } from '../tools/dom.ts';
import { RecordIsland, enableControls } from './growth-islands.ts';
import { undoOffer } from '../tools/undo-lines.ts';
import { asSentence } from '~/lib/text/sentence';

class EvidenceLogIsland extends RecordIsland {
  /** The entry the form edits, and its title then; null when it adds a new one. */
  #editing: string | null = null;
  #editingTitle = '';
  /** The entry as the form was filled from it: what this edit changes, and what another tab's did. */
  #editingBase: EvidenceEntry | null = null;
  /** The entry the form edited until another tab (or the data panel) removed it, while what was typed for it is in the form. */
  #gone: string | null = null;
  #scrolled = false;
  /** Whether the alert says that the entry the page's link points to is not in the log. */
  #saidLinkMissing = false;
  protected enhance(): void {
    one(this, '[data-ev-form]')?.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#save();
    });
    this.addEventListener('click', (e) => this.#onClick(e));
    // Escape leaves the editing of an entry, as Cancel does; changes typed are not dropped without asking.
    one(this, '[data-ev-form]')?.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !this.#editing) return;
      if (this.holdsUnsavedText() && !window.confirm(`Discard your changes to “${this.#editingTitle}”?`)) return;
      this.#cancel();
    });
    one(this, '[data-ev-filter]')?.addEventListener('change', () => this.#renderList(this.data));
    // A save a full storage refused leaves the entry in the form: its message by the button says
    // so, and stays while the form holds it (field-messages.ts).
    const submit = one(this, '[data-ev-submit]');
    holdsUnsaved((control) => control === submit && this.#formHoldsTyped());
  }

  protected render(r: GrowthRecord, reason: RenderReason): void {
    enableControls(this);
    const date = one<HTMLInputElement>(this, '[data-ev-field="date"]')!;
    // The date picker offers no day after today; one typed in is refused next to the field (#save).
    date.max = localCalendarDate();
    if (!date.value) date.value = localCalendarDate();
    // The KPIs of the reader's own level are the ones that apply: their group opens.
    const level = currentLevel(r);
    for (const group of all<HTMLDetailsElement>(this, '[data-ev-kpi-level]')) if (group.dataset['evKpiLevel'] === level) group.open = true;
    // This tab's own deletion of the entry it edits ends the editing; any other removal keeps the text.
    if (this.#editing && !r.evidence.some((e) => e.id === this.#editing)) {
      if (reason === 'change') this.#resetForm();
      else this.#editedGone(reason);
    } else if (this.#gone && r.evidence.some((e) => e.id === this.#gone)) this.#editedBack();
    this.#renderList(r);
    if (!this.#scrolled && location.hash) {
      this.#scrolled = true;
      // A link whose fragment was cut or altered (`#%E0%A4`) is not an entry's: no scroll, and no exception that stops the log.
      let id = location.hash.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // Looked up as it is: no entry has such an id.
      }
      const linked = document.getElementById(id);
      linked?.scrollIntoView();
      // A link to an entry (the check-in page and the comparison write them, and a reader may keep one)
      // that this log does not hold: deleted since, or logged in another browser, whose log is its
      // own. Said, rather than opening silently at the top, until the reader acts on the log.
      if (!linked) {
        this.#saidLinkMissing = true;
        this.alert('The entry this link points to is not in this browser’s evidence log: it was deleted, or logged in another browser (each browser keeps its own log). Every entry this browser holds is listed below.');
      }
    } else if (reason === 'change' && this.#saidLinkMissing) {
      this.#saidLinkMissing = false;
      this.alert('');
    }
  }

  /** Text typed in the form and not yet added or saved, which leaving the page would lose. */
  protected override holdsUnsavedText(): boolean {
    return super.holdsUnsavedText() || this.#formHoldsTyped();
  }

  /** Whether the form holds what was typed in it and not yet added or saved. */
  #formHoldsTyped(): boolean {
    if (this.#gone !== null) return true;
    if (this.#editingBase) return changedFields(this.#editingBase, { ...this.#editingBase, ...this.#draft() }).length > 0;
    return ['title', 'details', 'links'].some((name) => this.#field(name).value.trim() !== '');
  }

  #name(c: string) {
    return this.ladder.competencies.find((x) => x.id === c)?.name ?? c;
  }

  #renderList(r: GrowthRecord) {
    const filter = one<HTMLSelectElement>(this, '[data-ev-filter]')?.value ?? '';
    const entries = evidenceByDate(r.evidence).filter((e) => (filter === '' ? true : filter === '-' ? e.competencies.length === 0 : e.competencies.includes(filter)));
    const total = r.evidence.length;
    setText(
      one(this, '[data-ev-summary]'),
      total === 0 ? 'No entries yet: add your first one above.' : filter ? `${entries.length} of ${total} entries.` : `${total} entr${total === 1 ? 'y' : 'ies'}, newest first.`,
    );
    one(this, '[data-ev-list]')!.replaceChildren(...entries.map((e) => this.#entry(e)));
  }

  #entry(e: EvidenceEntry): HTMLElement {
    const kpiName = (id: string) => this.kpis.find((k) => k.id === id)?.name ?? id;
    const tags = [...e.competencies.map((c) => this.#name(c)), ...e.kpis.map((k) => `KPI: ${kpiName(k)}`)];
    return h(
      'li',
      { class: 'ev-entry', id: e.id },
      h('h3', {}, e.title),
      h('p', { class: 'ev-meta' }, h('time', { datetime: e.date }, calendarDateText(e.date)), tags.length ? ` · ${tags.join(', ')}` : ' · no competency tagged'),
      e.details.trim() ? h('p', { class: 'ev-details' }, e.details.trim()) : null,
      e.links.length ? h('ul', { class: 'ev-links' }, e.links.map((l) => h('li', {}, isSafeLink(l) ? h('a', { href: l, rel: 'noreferrer noopener' }, l) : l))) : null,
      h(
        'div',
        { class: 'tool-buttons' },
        h('button', { type: 'button', class: 'tool-button', 'data-ev-edit': e.id, 'aria-label': `Edit “${e.title}”` }, 'Edit'),
        h('button', { type: 'button', class: 'tool-button ci-danger', 'data-ev-delete': e.id, 'aria-label': `Delete “${e.title}”` }, 'Delete'),
      ),
    );
  }

  #field<E extends HTMLInputElement | HTMLTextAreaElement>(name: string): E {
    return one<E>(this, `[data-ev-field="${name}"]`)!;
  }

  /** What the form holds, as an entry's fields (the title as typed). */
  #draft() {
    const checked = (selector: string) => all<HTMLInputElement>(this, selector).filter((i) => i.checked).map((i) => i.value);
    const order = this.ladder.competencies.map((c) => c.id);
    const competencies = checked('[data-ev-competency]');
    return {
      date: this.#field('date').value,
      title: this.#field('title').value,
      details: this.#field('details').value,
      links: parseLinks(this.#field('links').value),
      competencies: order.filter((c) => competencies.includes(c)),
      kpis: checked('[data-ev-kpi]'),
    };
  }

  #save() {
    const submit = one<HTMLButtonElement>(this, '[data-ev-submit]')!;
    const draft = { ...(this.#editing ? { id: this.#editing } : {}), ...this.#draft() };
    const today = localCalendarDate();
    // A date that cannot be kept is said next to the date field, as the check-ins' is.
    const dateField = this.#field<HTMLInputElement>('date');
    const dateProblem = evidenceDateProblem(draft.date, today);
    if (dateProblem) {
      clearFieldMessage(submit);
      showFieldMessage(dateField, asSentence(dateProblem));
      return dateField.focus();
    }
    clearFieldMessage(dateField);
    const tried = saveEvidence(this.ladder, this.store.read().data, draft, today);
    if (!tried.ok) return void showFieldMessage(submit, asSentence(tried.error));
    let id: string | undefined;
    /** Set when the entry was changed elsewhere, in the same fields as this edit: nothing is saved. */
    const outcome: { clash?: { fields: EvidenceField[]; stored: EvidenceEntry } } = {};
    const base = this.#editing ? this.#editingBase : null;
    const saved = this.change(submit, (r) => {
      const again = saveEvidence(this.ladder, r, draft, today);
      if (!again.ok) return r;
      const stored = r.evidence.find((e) => e.id === again.id);
      const mine = again.record.evidence.find((e) => e.id === again.id)!;
      // Another tab (or an import) may have changed the entry since the form was filled from it:
      // its changes stay, and a field both changed differently is the reader's to settle.
      const merged = base && stored ? mergeEvidenceEdit(base, mine, stored) : ({ ok: true, entry: mine } as const);
      if (!merged.ok) {
        outcome.clash = { fields: merged.clashes, stored: stored! };
        return r;
      }
      id = again.id;
      return { ...again.record, evidence: again.record.evidence.map((e) => (e.id === again.id ? merged.entry : e)) };
    });
    if (!saved) return;
    if (outcome.clash) return this.#clashed(outcome.clash);
    clearFieldMessage(submit);
    this.status(`${this.#editing ? 'Saved' : 'Added'} “${draft.title.trim()}”.`);
    this.#resetForm();
    if (id) document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * The entry being edited was changed elsewhere (another tab, an import) in fields this edit
   * changed too. Nothing is saved: the form keeps the reader's version, and saving again keeps it
   * over the one now stored, whose differing fields the message shows.
   */
  #clashed({ fields, stored }: { fields: EvidenceField[]; stored: EvidenceEntry }) {
    this.#editingBase = stored;
    const shown = fields.map((f) => `its ${evidenceFieldWords[f]} ${f === 'date' || f === 'title' ? 'is' : 'are'} now “${this.#fieldText(f, stored)}”`);
    showFieldMessage(
      one(this, '[data-ev-submit]')!,
      `Not saved: “${this.#editingTitle}” was changed in another tab or by an import while you were editing it (${shown.join('; ')}). Your version is still in the form: save again to keep it, or cancel to keep the one stored.`,
    );
  }

  /** A field of an entry as text, for a message. */
  #fieldText(field: EvidenceField, e: EvidenceEntry): string {
    const text = field === 'competencies' ? e.competencies.map((c) => this.#name(c)).join(', ') : field === 'kpis' || field === 'links' ? e[field].join(', ') : e[field];
    return text.length > 160 ? `${text.slice(0, 160)}…` : text || '(empty)';
  }

  /**
   * The entry being edited was deleted in another tab. What the reader typed stays in the form,
   * which now adds it as a new entry: nothing typed is lost, and nothing is saved until they choose.
   */
  #editedGone(reason: RenderReason) {
    const what = `“${this.#editingTitle}” was deleted ${changedWhere(reason)} while you were editing it. Your text is still in the form and not saved: add it to the log to keep the entry, or cancel.`;
    this.#gone = this.#editing;
    this.#editing = null;
    setText(one(this, '[data-ev-form-title]'), 'New entry, from the deleted one');
    setText(one(this, '[data-ev-submit]'), 'Add to the log');
    showFieldMessage(one(this, '[data-ev-submit]')!, what);
  }

  /** The entry removed while edited is back (an undo, here or in another tab): the form edits it again, with what was typed, instead of adding a copy. */
  #editedBack() {
    this.#editing = this.#gone;
    this.#gone = null;
    clearFieldMessage(one(this, '[data-ev-submit]')!);
    setText(one(this, '[data-ev-form-title]'), `Editing “${this.#editingTitle}”`);
    setText(one(this, '[data-ev-submit]'), 'Save changes');
  }

  #resetForm() {
    clearFieldMessage(one(this, '[data-ev-submit]')!);
    clearFieldMessage(this.#field('date'));
    const date = this.#field('date').value;
    (one<HTMLFormElement>(this, '[data-ev-form]')!).reset();
    this.#field('date').value = date || localCalendarDate();
    this.#editing = null;
    this.#editingBase = null;
    this.#gone = null;
    setText(one(this, '[data-ev-form-title]'), 'New entry');
    setText(one(this, '[data-ev-submit]'), 'Add to the log');
    one(this, '[data-ev-action="cancel"]')!.hidden = true;
  }

  #edit(e: EvidenceEntry) {
    clearFieldMessage(one(this, '[data-ev-submit]')!);
    clearFieldMessage(this.#field('date'));
    this.#editing = e.id;
    this.#editingBase = e;
    this.#gone = null;
    this.#editingTitle = e.title;
    this.#field('date').value = e.date;
    this.#field('title').value = e.title;
    this.#field('details').value = e.details;
    this.#field('links').value = e.links.join('\n');
    for (const box of all<HTMLInputElement>(this, '[data-ev-competency]')) box.checked = e.competencies.includes(box.value);
    for (const box of all<HTMLInputElement>(this, '[data-ev-kpi]')) {
      box.checked = e.kpis.includes(box.value);
      if (box.checked) box.closest('details')!.open = true;
    }
    setText(one(this, '[data-ev-form-title]'), `Editing “${e.title}”`);
    setText(one(this, '[data-ev-submit]'), 'Save changes');
    one(this, '[data-ev-action="cancel"]')!.hidden = false;
    this.#field('title').focus();
  }

  #onClick(event: Event) {
    const target = event.target as Element;
    const edit = target.closest<HTMLElement>('[data-ev-edit]')?.dataset['evEdit'];
    const remove = target.closest<HTMLElement>('[data-ev-delete]');
    if (edit) {
      const entry = this.data.evidence.find((e) => e.id === edit);
      if (entry) this.#edit(entry);
    } else if (remove) {
      const entry = this.data.evidence.find((e) => e.id === remove.dataset['evDelete']);
      if (!entry || !window.confirm(`Delete “${entry.title}” from your evidence log? You can undo it right after.`)) return;
      // The focus stays in the log where the entry was: on the entry after it, or before it, else the form.
      const order = all(this, '[data-ev-delete]').map((b) => b.dataset['evDelete']!);
      const at = order.indexOf(entry.id);
      const neighbour = order[at + 1] ?? order[at - 1];
      if (!this.replaceUndoably(remove, (data) => removeEvidence(data, entry.id), `the deletion of “${entry.title}”`)) return;
      this.status(`Deleted “${entry.title}”. ${undoOffer}`);
      (neighbour ? one(this, `[data-ev-edit="${CSS.escape(neighbour)}"]`) : one(this, '[data-ev-field="title"]'))?.focus();
    } else if (target.closest('[data-ev-action="cancel"]')) this.#cancel();
  }

  /** Leaves the editing of an entry unsaved; the focus goes back to the entry's Edit button (the Cancel button is gone). */
  #cancel() {
    const id = this.#editing;
    this.#resetForm();
    this.status('Editing cancelled: the entry is unchanged.');
    (id ? one<HTMLElement>(this, `[data-ev-edit="${CSS.escape(id)}"]`) : null)?.focus();
  }
}

customElements.define('handbook-evidence-log', EvidenceLogIsland);
