/**
 * The debrief's island: enhances the frame ScorecardDebrief.astro rendered on the server.
 *
 * The interviewers' scorecards are kept through the shared store (a ToolIsland, key
 * `handbook:debrief`). Files and pasted text are read here, checked by src/lib/hiring/debrief.ts,
 * and offered to the data panel, which adds them at once or, when they would change a stored
 * scorecard, asks first. A refused file is listed with its reason and changes nothing. Everything
 * shown is computed by `debriefOf` and written with `textContent`.
 */
import {
  candidateKey,
  candidatesOf,
  debriefHeading,
  debriefOf,
  debriefSpec,
  describeDebrief,
  refusedSummary,
  scorecardsFromExports,
  shownScorecards,
  type DebriefData,
  type DebriefModel,
  withCandidateShown,
  withoutScorecard,
} from '~/lib/hiring/debrief';
import { formatScore } from '~/lib/hiring/scorecard';
import { listWords } from '~/lib/text/list-words';
import { localCalendarDate } from '~/lib/browser/dates';
import { clearUndoMinutes, maxImportBytes, type ToolSpec } from '~/lib/browser/store';
import { clearFieldMessage, showFieldMessage } from '~/components/tools/field-messages';
import { readDataBlock, ToolIsland, type RenderReason } from '~/components/tools/tool-island';
import { h } from '~/components/tools/dom';
import { preloadImportOn } from '~/components/tools/tool-data-panel';
import { undoOffer } from '~/components/tools/undo-lines';

class ScorecardDebrief extends ToolIsland<DebriefData> {
  #model!: DebriefModel;
  protected readonly clearWords = {
    what: 'all scorecards of the debrief',
    confirm: `Delete every scorecard of the debrief from this browser? You can undo it in the next ${clearUndoMinutes} minutes.`,
  };

  #el<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-debrief="${name}"]`)!;
  }

  protected setUp(): ToolSpec<DebriefData> | null {
    const model = readDataBlock<DebriefModel>(this, 'script[data-debrief-model]');
    if (!model) return null;
    this.#model = model;
    this.addEventListener('change', this.#onChange);
    this.addEventListener('click', this.#onClick);
    // What the data panel's `offer` needs to plan the scorecards added, loaded before they are read.
    for (const control of ['files', 'paste']) preloadImportOn(this.#el(control));
    return debriefSpec(model);
  }

  protected override checkImport(data: DebriefData): string | null {
    return data.role === this.#model.role ? null : `the debrief is for the role “${data.role}”, not “${this.#model.role}”`;
  }

  protected exportFile(data: DebriefData) {
    return { name: this.fileName([this.#model.role]), type: 'application/json', text: this.store.exportText(data) };
  }

  #onChange = (event: Event) => {
    const t = event.target as HTMLElement;
    if (t === this.#el('files')) void this.#readFiles(t as HTMLInputElement);
    else if (t === this.#el('candidate')) {
      const key = (t as HTMLSelectElement).value;
      this.change(t, (data) => ({ ...data, candidate: key }));
    }
  };

  #onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    const action = button?.dataset['debriefAction'];
    if (!button || !action) return;
    if (action === 'print') window.print();
    else if (action === 'paste') {
      const paste = this.#el<HTMLTextAreaElement>('paste');
      const text = paste.value;
      // Emptied once the import is offered, not before: when its code cannot be loaded (offline),
      // the text stays for the next try; and text pasted since, while the code loaded, stays too.
      void this.#add([{ name: 'pasted text', text, pasted: true }], paste).then((added) => {
        if (added && paste.value === text) paste.value = '';
      });
    } else if (action === 'remove') {
      const id = button.dataset['id']!;
      const who = button.dataset['label'] ? `the scorecard “${button.dataset['label']}”` : 'the scorecard';
      // Asked first, and undoable right after, as every tool's deletion of one record is.
      if (!this.data.scorecards.some((s) => s.id === id) || !window.confirm(`Remove ${who} from the debrief? You can undo it right after.`)) return;
      const removeButtons = () => [...this.#el('list').querySelectorAll<HTMLElement>('[data-debrief-action="remove"]')];
      const at = removeButtons().indexOf(button);
      if (!this.replaceUndoably(button, (data) => withoutScorecard(data, id), `the removal of ${who}`)) return;
      this.status(`Removed ${who}. ${undoOffer}`);
      // The button went with its scorecard, and the focus with it to the page's start: it goes to the
      // scorecard that took its place, the one before it at the end of the list, or the field that adds scorecards.
      const left = removeButtons();
      (left[Math.min(at, left.length - 1)] ?? this.#el('files')).focus();
    }
  };

  async #readFiles(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (!files.length) return;
    const read = await Promise.all(
      files.map(async (file) => {
        if (file.size > maxImportBytes) return { name: file.name, text: '', error: `too large (${Math.round(file.size / 1000)} kB; the limit is ${maxImportBytes / 1000} kB)` };
        try {
          return { name: file.name, text: await file.text() };
        } catch {
          return { name: file.name, text: '', error: 'it could not be read' };
        }
      }),
    );
    await this.#add(read, input);
  }

  /**
   * Reads each export, lists the refused ones with their reason, and offers the rest to the data
   * panel. Resolves, once the panel has its import code, to whether any was offered.
   */
  async #add(sources: { name: string; text: string; error?: string; pasted?: boolean }[], control: HTMLElement): Promise<boolean> {
    const { scorecards, refused, refusedFiles, notes } = scorecardsFromExports(this.#model, sources, this.toolPages, this.data.scorecards);
    this.#el('refused').replaceChildren(...refused.map((text) => h('li', {}, `Not added: ${text}. Nothing was changed by it.`)));
    if (refused.length) showFieldMessage(control, refusedSummary(refusedFiles, sources.every((s) => s.pasted)));
    else clearFieldMessage(control);
    if (!scorecards.length) return false;
    const files = new Set(scorecards.map((s) => s.file));
    // What its lines name, the reading line while the import code loads among them: the file
    // (quoted), how many files, or the pasted text (importSourceWords).
    const source = sources.every((s) => s.pasted) ? { pasted: true as const } : { files: [...files] };
    // The candidate of the new scorecards comes on screen, remembered in the import's own save: a
    // save of its own after the import would take the import's undo away.
    const shown = candidateKey(scorecards[0]!.candidate);
    const offered = await this.panel.offer({ role: this.#model.role, candidate: shown, scorecards }, source, { adding: true, show: (data) => withCandidateShown(data, shown), notes, control });
    return offered !== 'failed';
  }

  protected render(data: DebriefData, _reason: RenderReason) {
    const candidates = candidatesOf(data);
    const { key, scorecards } = shownScorecards(data);
    const box = this.#el('candidate-box');
    box.hidden = candidates.length < 2;
    const select = this.#el<HTMLSelectElement>('candidate');
    const options = candidates.map((c) => [c.key, `${c.name} (${c.scorecards} ${c.scorecards === 1 ? 'scorecard' : 'scorecards'})`] as const);
    if (JSON.stringify(options) !== JSON.stringify([...select.options].map((o) => [o.value, o.text]))) select.replaceChildren(...options.map(([v, t]) => new Option(t, v)));
    select.value = key;

    // Whose debrief, for which role, on which day: at the top of the page and of the printed sheet.
    const heading = debriefHeading(this.#model, data, localCalendarDate());
    this.#el('heading-candidate').textContent = heading.candidate;
    this.#el('heading-line').textContent = heading.line;

    const d = debriefOf(this.#model, scorecards);
    this.#el('list').replaceChildren(
      ...(scorecards.length ? [] : [h('li', {}, 'None yet: add the interviewers’ exports above.')]),
      ...scorecards.map((s, i) => {
        const label = `${d.interviewers[i]} on ${s.candidate}`;
        const remove = h('button', { type: 'button', class: 'tool-button', 'data-debrief-action': 'remove', 'data-id': s.id, 'data-label': label, 'aria-label': `Remove ${label}` }, 'Remove');
        return h('li', {}, `${d.interviewers[i]} (from ${s.file || 'an unknown file'})`, remove);
      }),
    );

    const { headline, detail } = describeDebrief(this.#model, d);
    const setText = (e: HTMLElement, text: string) => {
      if (e.textContent !== text) e.textContent = text;
    };
    setText(this.#el('headline'), headline);
    setText(this.#el('detail'), detail);

    const table = this.#el<HTMLTableElement>('table');
    table.tHead!.rows[0]!.replaceChildren(
      h('th', { scope: 'col' }, 'Dimension'),
      ...d.interviewers.map((name) => h('th', { scope: 'col', class: 'debrief-interviewer' }, name)),
      h('th', { scope: 'col' }, 'Spread'),
      h('th', { scope: 'col' }, 'Mean'),
    );
    table.tBodies[0]!.replaceChildren(
      ...d.rows.map((row) => {
        const tr = h(
          'tr',
          {},
          h('th', { scope: 'row' }, `${row.dimension.label} (${row.dimension.weight}%)`, ...(row.contested ? [h('span', { class: 'debrief-tag' }, `contested: ${row.spread} points apart`)] : [])),
          ...row.ratings.map((r) => h('td', { class: 'debrief-rating' }, r.rating === null ? '—' : String(r.rating), ...(r.note ? [h('span', { class: 'debrief-evidence' }, r.note)] : []))),
          h('td', {}, row.spread === null ? '—' : String(row.spread)),
          h('td', {}, row.mean === null ? '—' : formatScore(row.mean)),
        );
        if (row.contested) tr.dataset['contested'] = '';
        return tr;
      }),
    );

    this.#el('flags').replaceChildren(...(d.redFlags.length ? d.redFlags.map((f) => h('li', {}, `${f.flag.text} Raised by ${listWords(f.raisedBy)}.`)) : [h('li', {}, 'None raised.')]));
    this.#el('agenda').replaceChildren(
      ...(d.agenda.length ? d.agenda.map((item) => h('li', { 'data-kind': item.kind }, h('strong', {}, item.title), ` ${item.detail}`)) : [h('li', {}, 'Add the scorecards first.')]),
    );
  }
}

if (!customElements.get('handbook-scorecard-debrief')) customElements.define('handbook-scorecard-debrief', ScorecardDebrief);
