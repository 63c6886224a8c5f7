/**
 * The scorecard calculator's island: enhances the form ScorecardCalculator.astro rendered on the server.
 *
 * Candidates are kept through the shared store (a ToolIsland); every change is a pure function of
 * src/lib/hiring/scorecard-store.ts applied to the latest stored data, so two tabs never erase each
 * other's candidates. Which candidate is on screen belongs to this tab (`#shownId`); the stored
 * `currentId` only brings it back after a reload. The result, decision floors applied, comes from
 * src/lib/hiring/scorecard.ts, the same code the tests and the hiring guide run. Text from storage or
 * an imported file is only ever set with `textContent` or `.value`.
 */
import { computeScorecard, describeResult, floorHitText, uncoveredGapText, type ScorecardModel } from '~/lib/hiring/scorecard';
import {
  candidateExportText,
  candidateMarkdown,
  newCandidate,
  nextCandidateName,
  roleProblem,
  scorecardSpec,
  withAddedCandidate,
  withCandidate,
  withoutCandidate,
  type Candidate,
  type ScorecardData,
} from '~/lib/hiring/scorecard-store';
import { datedFileName, downloadFile } from '~/lib/browser/download';
import { timestamp } from '~/lib/browser/dates';
import type { ToolSpec } from '~/lib/browser/store';
import { isExternal, readDataBlock, ToolIsland, type RenderReason } from '~/components/tools/tool-island';
import type { FieldOwner } from '~/components/tools/text-sync';
import { undoOffer } from '~/components/tools/undo-lines';
import { clearUndoMinutes } from '~/lib/browser/store';

class ScorecardCalculator extends ToolIsland<ScorecardData> {
  #model!: ScorecardModel;
  #spec!: ToolSpec<ScorecardData>;
  /** The candidate this tab shows. */
  #shownId = '';
  /** A new candidate not saved yet: it is stored with its first edit. */
  #draft: Candidate | null = null;
  protected readonly clearWords = {
    what: 'all candidates',
    confirm: `Delete every candidate kept in this browser? You can undo it in the next ${clearUndoMinutes} minutes; export them first to keep a copy.`,
  };

  #el<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-sc="${name}"]`)!;
  }

  protected setUp(): ToolSpec<ScorecardData> | null {
    const model = readDataBlock<ScorecardModel>(this, 'script[data-scorecard-model]');
    if (!model) return null;
    this.#model = model;
    this.#spec = scorecardSpec(model);
    this.addEventListener('change', this.#onChange);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('click', this.#onClick);
    this.#el<HTMLFormElement>('form').addEventListener('submit', (e) => e.preventDefault());
    // The sticky result bar covers the bottom of the viewport; the page's bottom scroll padding
    // (scorecard-calculator.css) keeps a focused control above it (WCAG 2.2 SC 2.4.11). It follows
    // the bar's height, which grows when its text wraps on a phone.
    const sticky = this.#el('sticky');
    new ResizeObserver(() => document.documentElement.style.setProperty('--sc-sticky-block-size', `${sticky.offsetHeight}px`)).observe(sticky);
    // The bar is drawn only once the ratings' heading is above the screen (scorecard-calculator.css
    // says why); scrolled back up to it, or at the page's top, the bar is out of the way again. The
    // heading is watched against the screen and everything below it (a bottom root margin longer than
    // any page), so the one crossing is the screen's top edge: a jump past the heading (a link, Home,
    // find) is seen as well as a scroll through it.
    new IntersectionObserver(
      (entries) => {
        const heading = entries.at(-1);
        if (heading) sticky.toggleAttribute('data-before-ratings', heading.isIntersecting);
      },
      { rootMargin: '0px 0px 1000000px 0px' },
    ).observe(this.#el('ratings-heading'));
    // While the result itself is on screen the bar only repeats its headline, over its detail: on a
    // 320-px phone it covered the lines that say which rating a decision floor caught.
    new IntersectionObserver((entries) => {
      const result = entries.at(-1);
      if (result) sticky.toggleAttribute('data-result-in-view', result.isIntersecting);
    }).observe(this.#el('outcome'));
    return this.#spec;
  }

  protected override checkImport(data: ScorecardData): string | null {
    return roleProblem(this.#model, data);
  }

  protected exportFile(data: ScorecardData) {
    return { name: this.fileName([this.#model.role]), type: 'application/json', text: this.store.exportText(data) };
  }

  /** The candidate on screen in `data`: the one this tab shows, else the draft. */
  #current(data: ScorecardData): Candidate {
    return data.candidates.find((c) => c.id === this.#shownId) ?? this.#draft ?? data.candidates[0]!;
  }

  /**
   * Picks what to show after `data` changed: the same candidate if it is still there, else the
   * stored current one or the first, else a draft. A draft exists only while nothing is stored
   * (adding a candidate saves it), so stored candidates, from another tab or an undo, replace it.
   */
  #settle(data: ScorecardData, reason: RenderReason) {
    if (data.candidates.some((c) => c.id === this.#shownId)) {
      this.#draft = null;
      return;
    }
    if (this.#draft?.id === this.#shownId && !data.candidates.length) return;
    // A draft replaced by another tab's first candidate was never stored, so nothing was deleted.
    const gone = this.#shownId && reason === 'external' && this.#draft?.id !== this.#shownId;
    this.#draft = null;
    const next = data.candidates.find((c) => c.id === data.currentId) ?? data.candidates[0];
    if (next) this.#shownId = next.id;
    else {
      this.#draft = newCandidate(data, nextCandidateName(data));
      this.#shownId = this.#draft.id;
    }
    if (gone) this.status('The candidate you were looking at was deleted in another tab.');
  }

  /**
   * Saves a change to the candidate on screen, applied to the latest stored data. When another tab
   * deleted that candidate and this tab has not heard yet, nothing is saved (never into another
   * candidate): the page is then redrawn as after the deletion, and the text field says so.
   */
  #edit(control: Element, change: (c: Candidate) => Candidate) {
    const id = this.#shownId;
    this.change(control, (data) => {
      const shown = data.candidates.find((c) => c.id === id) ?? (this.#draft?.id === id ? this.#draft : undefined);
      return shown ? withCandidate(data, { ...change(shown), updatedAt: timestamp() }) : data;
    });
  }

  /** The candidate a text field edits, to bring it back if another tab deletes it while it is typed in. */
  #owner(c: Candidate): FieldOwner {
    return { key: c.id, what: `the candidate “${c.name}”`, field: 'candidates', id: c.id };
  }

  protected override showRecord(owner: FieldOwner): boolean {
    this.#shownId = owner.id;
    this.#draft = null;
    return true;
  }

  #onChange = (event: Event) => {
    const t = event.target as HTMLInputElement | HTMLSelectElement;
    if (t instanceof HTMLInputElement && t.type === 'radio' && t.dataset['dimension']) {
      const dimension = t.dataset['dimension'];
      this.#edit(t, (c) => {
        const ratings = { ...c.ratings, [dimension]: Number(t.value) };
        // “Not rated” (an empty value) takes the rating back.
        if (!t.value) delete ratings[dimension];
        return { ...c, ratings };
      });
    } else if (t instanceof HTMLInputElement && t.type === 'checkbox' && t.dataset['flag']) {
      const flag = t.dataset['flag'];
      this.#edit(t, (c) => ({ ...c, redFlags: this.#model.redFlags.map((f) => f.id).filter((id) => (id === flag ? t.checked : c.redFlags.includes(id))) }));
    } else if (t === this.#el('select')) {
      this.#shownId = t.value;
      this.#draft = null;
      // Remembered for the next visit; a failure to remember changes nothing on screen.
      this.change(t, (data) => (data.candidates.some((c) => c.id === t.value) ? { ...data, currentId: t.value } : data));
      this.render(this.data, 'change');
      this.status(`Showing ${this.#current(this.data).name}.`);
    }
  };

  #onInput = (event: Event) => {
    const t = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (t instanceof HTMLTextAreaElement && t.dataset['note']) {
      const dimension = t.dataset['note'];
      this.#edit(t, (c) => {
        const notes = { ...c.notes, [dimension]: t.value };
        if (!t.value) delete notes[dimension];
        return { ...c, notes };
      });
    } else if (t === this.#el('name')) {
      // An empty name is kept on screen while typing but never stored.
      if (t.value.trim()) this.#edit(t, (c) => ({ ...c, name: t.value }));
    } else if (t === this.#el('interviewer')) {
      this.change(t, (data) => ({ ...data, interviewer: t.value }));
    }
  };

  #onClick = (event: Event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
    const action = button?.dataset['action'];
    if (!button || !action) return;
    if (action === 'add') {
      const draft = this.#draft?.id === this.#shownId ? this.#draft : null;
      const added = this.change(button, (data) => {
        const next = withAddedCandidate(data, draft);
        this.#shownId = next.added.id;
        return next.data;
      });
      if (!added) return;
      this.status(`Added ${this.#current(this.data).name}.`);
      const name = this.#el<HTMLInputElement>('name');
      name.focus();
      name.select();
    } else if (action === 'delete') {
      const { name, id } = this.#current(this.data);
      if (!this.data.candidates.some((c) => c.id === id)) {
        // A draft holds nothing yet (its first edit stores it): there is nothing to delete or undo.
        this.#draft = null;
        this.render(this.data, 'change');
        this.status(`${name} held nothing yet: nothing was deleted.`);
        return;
      }
      if (!window.confirm(`Delete the scorecard of “${name}”? You can undo it right after.`)) return;
      if (this.replaceUndoably(button, (data) => withoutCandidate(data, id), `the deletion of “${name}”`)) this.status(`Deleted ${name}. ${undoOffer}`);
    } else if (action === 'export-debrief') {
      const c = this.#current(this.data);
      const data = this.data.candidates.some((x) => x.id === c.id) ? this.data : withCandidate(this.data, c);
      const name = datedFileName(['scorecard', c.name, this.data.interviewer || 'interviewer'], 'json');
      downloadFile({ name, type: 'application/json', text: candidateExportText(this.#spec, data, c.id) });
      this.status(this.data.interviewer.trim() ? `Exported ${c.name} for the debrief as ${name}.` : `Exported ${c.name} as ${name}. Add your name above so the debrief knows who rated what.`);
    } else if (action === 'export-md') {
      const c = this.#current(this.data);
      const name = datedFileName(['scorecard', c.name], 'md');
      downloadFile({ name, type: 'text/markdown', text: candidateMarkdown(this.#model, c, new Date(), this.data.interviewer) });
      this.status(`Exported ${c.name} as Markdown.`);
    }
  };

  protected render(data: ScorecardData, reason: RenderReason) {
    // After an undo, the candidate that was on screen then (a deleted one, restored) comes back on screen.
    if (reason === 'load' || reason === 'undo') this.#shownId = data.currentId;
    this.#settle(data, reason);
    const c = this.#current(data);
    const external = isExternal(reason);

    const select = this.#el<HTMLSelectElement>('select');
    const candidates = data.candidates.some((x) => x.id === c.id) ? data.candidates : [...data.candidates, c];
    const options = candidates.map((x) => [x.id, x.name] as const);
    if (JSON.stringify(options) !== JSON.stringify([...select.options].map((o) => [o.value, o.text]))) {
      select.replaceChildren(...options.map(([id, name]) => new Option(name, id)));
    }
    select.value = c.id;
    const name = this.#el<HTMLInputElement>('name');
    // A name emptied while typing stays empty on screen (it is never stored).
    const owner = { owner: this.#owner(c) };
    if (!(name.ownerDocument.activeElement === name && !name.value.trim())) this.texts.sync(name, c.name, external, owner);
    this.texts.sync(this.#el<HTMLInputElement>('interviewer'), data.interviewer, external);

    const radios = [...this.querySelectorAll<HTMLInputElement>('input[type="radio"][data-dimension]')];
    for (const dimension of new Set(radios.map((r) => r.dataset['dimension']!))) {
      const rating = c.ratings[dimension];
      this.choices.sync(radios.filter((r) => r.dataset['dimension'] === dimension), rating === undefined ? '' : String(rating), external, c.id);
    }
    for (const note of this.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]')) this.texts.sync(note, c.notes[note.dataset['note']!] ?? '', external, owner);
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-flag]')) this.choices.syncBox(box, c.redFlags.includes(box.dataset['flag']!), external, c.id);

    const result = computeScorecard(this.#model, c);
    const { headline, detail } = describeResult(this.#model, result);
    this.#el('outcome').closest('section')!.dataset['outcome'] = result.outcome;
    // Only changed text is written, so the live region speaks when the result changes, not on every keystroke.
    const setText = (el: HTMLElement, text: string) => {
      if (el.textContent !== text) el.textContent = text;
    };
    setText(this.#el('headline'), headline);
    setText(this.#el('detail'), detail);
    setText(this.#el('sticky-name'), c.name);
    setText(this.#el('sticky-headline'), headline);
    const items = [
      ...result.redFlags.map((f) => `Red flag: ${f.text}`),
      ...result.floorHits.map((h) => `Decision floor: ${floorHitText(this.#model, h)}.`),
      ...result.uncoveredGaps.map((g) => uncoveredGapText(this.#model, g)),
      ...result.warnings.map((w) => w.message),
    ];
    const list = this.#el<HTMLUListElement>('warnings');
    if (JSON.stringify(items) !== JSON.stringify([...list.children].map((li) => li.textContent))) {
      list.replaceChildren(
        ...items.map((text) => {
          const li = document.createElement('li');
          li.textContent = text;
          return li;
        }),
      );
    }
    this.#el('warnings-box').hidden = items.length === 0;
  }
}

if (!customElements.get('handbook-scorecard-calculator')) customElements.define('handbook-scorecard-calculator', ScorecardCalculator);
