/**
 * The scorecard calculator's island: enhances the form ScorecardCalculator.astro rendered on the server.
 *
 * State lives in one place (`#data`, the candidates as stored); every change goes through the pure
 * functions of src/lib/hiring/scorecard-store.ts, is saved at once through src/lib/browser/storage.ts, and the page
 * is redrawn from the state. The result comes from src/lib/hiring/scorecard.ts, the same code the tests run.
 * Text from storage or an imported file is only ever set with `textContent` or `.value`.
 */
import { computeScorecard, describeResult, type ScorecardModel } from '~/lib/hiring/scorecard';
import {
  candidateMarkdown,
  currentCandidate,
  fileSlug,
  importScorecards,
  newCandidate,
  nextCandidateName,
  scorecardSpec,
  withCandidate,
  withoutCandidate,
  type Candidate,
  type ScorecardData,
} from '~/lib/hiring/scorecard-store';
import { createStore, maxImportBytes, memoryStorage, type KeyValueStorage, type Store, type StoreSpec } from '~/lib/browser/storage';

/** localStorage, or memory when the browser refuses it (the page then says that nothing is kept). */
function browserStorage(): { storage: KeyValueStorage; refused: boolean } {
  try {
    const storage = window.localStorage;
    storage.getItem('handbook:scorecard');
    return { storage, refused: false };
  } catch {
    return { storage: memoryStorage(), refused: true };
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/** Offers `text` as a file download; a Blob URL, so nothing goes over the network. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

class ScorecardCalculator extends HTMLElement {
  #model!: ScorecardModel;
  #spec!: StoreSpec<ScorecardData>;
  #store!: Store<ScorecardData>;
  #data!: ScorecardData;

  #el<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-sc="${name}"]`)!;
  }

  connectedCallback() {
    const json = this.querySelector('script[data-scorecard-model]')?.textContent;
    if (!json || this.#data) return;
    this.#model = JSON.parse(json) as ScorecardModel;
    this.#spec = scorecardSpec(this.#model);
    const { storage, refused } = browserStorage();
    this.#store = createStore(this.#spec, storage);
    const loaded = this.#store.load();
    this.#data = loaded.value.role === this.#model.role ? loaded.value : this.#spec.empty();
    if (refused) this.#alert('This browser does not allow this page to store data: the ratings will be lost when you leave the page. Export them before you go.');
    else if (loaded.problem) this.#alert(`${loaded.problem.charAt(0).toUpperCase()}${loaded.problem.slice(1)}.`);
    this.#ensureCandidate();

    for (const el of this.querySelectorAll<HTMLElement>('[data-sc-enhanced]')) el.hidden = false;
    this.addEventListener('change', this.#onChange);
    this.addEventListener('input', this.#onInput);
    this.addEventListener('click', this.#onClick);
    this.#el<HTMLFormElement>('form').addEventListener('submit', (e) => e.preventDefault());
    this.#render();
  }

  /** There is always a candidate on screen; a new, untouched one is saved only when edited. */
  #ensureCandidate() {
    if (!this.#data.candidates.length) this.#data = withCandidate(this.#data, newCandidate(this.#data, nextCandidateName(this.#data)));
    else if (!this.#data.candidates.some((c) => c.id === this.#data.currentId)) this.#data = { ...this.#data, currentId: this.#data.candidates[0]!.id };
  }

  get #current(): Candidate {
    return currentCandidate(this.#data)!;
  }

  #save(data: ScorecardData) {
    this.#data = data;
    const saved = this.#store.save(data);
    if (saved.ok) this.#alert('');
    else this.#alert(`Your last change was not saved: ${saved.error}.`);
    this.#render();
  }

  #edit(change: (c: Candidate) => Candidate) {
    this.#save(withCandidate(this.#data, { ...change(this.#current), updatedAt: new Date().toISOString() }));
  }

  #alert(text: string) {
    const el = this.#el('alert');
    if (el.textContent !== text) el.textContent = text;
  }

  #status(text: string) {
    this.#el('status').textContent = text;
  }

  #onChange = (event: Event) => {
    const t = event.target as HTMLInputElement | HTMLSelectElement;
    if (t instanceof HTMLInputElement && t.type === 'radio' && t.dataset['dimension']) {
      const dimension = t.dataset['dimension'];
      this.#edit((c) => ({ ...c, ratings: { ...c.ratings, [dimension]: Number(t.value) } }));
    } else if (t instanceof HTMLInputElement && t.type === 'checkbox' && t.dataset['flag']) {
      const flag = t.dataset['flag'];
      this.#edit((c) => ({ ...c, redFlags: this.#model.redFlags.map((f) => f.id).filter((id) => (id === flag ? t.checked : c.redFlags.includes(id))) }));
    } else if (t === this.#el('select')) {
      this.#save({ ...this.#data, currentId: t.value });
      this.#status(`Showing ${this.#current.name}.`);
    } else if (t instanceof HTMLInputElement && t.type === 'file') {
      void this.#import(t);
    }
  };

  #onInput = (event: Event) => {
    const t = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (t instanceof HTMLTextAreaElement && t.dataset['note']) {
      const dimension = t.dataset['note'];
      this.#edit((c) => {
        const notes = { ...c.notes, [dimension]: t.value };
        if (!t.value) delete notes[dimension];
        return { ...c, notes };
      });
    } else if (t === this.#el('name')) {
      // An empty name is kept on screen while typing but never stored.
      if (t.value.trim()) this.#edit((c) => ({ ...c, name: t.value }));
    }
  };

  #onClick = (event: Event) => {
    const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset['action'];
    if (!action) return;
    if (action === 'add') {
      this.#save(withCandidate(this.#data, newCandidate(this.#data, nextCandidateName(this.#data))));
      this.#status(`Added ${this.#current.name}.`);
      const name = this.#el<HTMLInputElement>('name');
      name.focus();
      name.select();
    } else if (action === 'delete') {
      const { name, id } = this.#current;
      if (!window.confirm(`Delete the scorecard of “${name}”? This cannot be undone.`)) return;
      this.#data = withoutCandidate(this.#data, id);
      this.#ensureCandidate();
      this.#save(this.#data);
      this.#status(`Deleted ${name}.`);
    } else if (action === 'clear') {
      if (!window.confirm('Delete every candidate kept in this browser? This cannot be undone; export them first to keep a copy.')) return;
      this.#store.clear();
      this.#data = this.#spec.empty();
      this.#ensureCandidate();
      this.#alert('');
      this.#render();
      this.#status('All candidates deleted.');
    } else if (action === 'export-json') {
      download(`scorecards-${this.#model.role}-${today()}.json`, 'application/json', this.#store.exportText(this.#data));
      this.#status(`Exported ${this.#data.candidates.length} ${this.#data.candidates.length === 1 ? 'candidate' : 'candidates'}.`);
    } else if (action === 'export-md') {
      download(`scorecard-${fileSlug(this.#current.name)}-${today()}.md`, 'text/markdown', candidateMarkdown(this.#model, this.#current));
      this.#status(`Exported ${this.#current.name} as Markdown.`);
    }
  };

  async #import(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > maxImportBytes) {
      this.#alert(`Import failed: the file is too large (${Math.round(file.size / 1000)} kB; the limit is ${maxImportBytes / 1000} kB). Nothing was changed.`);
      return;
    }
    const result = importScorecards(this.#store, this.#spec, this.#model, await file.text());
    if (!result.ok) {
      this.#status('');
      this.#alert(result.error);
      return;
    }
    this.#alert('');
    this.#data = result.value.data;
    this.#ensureCandidate();
    this.#render();
    this.#status(result.value.message);
  }

  #render() {
    const data = this.#data;
    const c = this.#current;

    const select = this.#el<HTMLSelectElement>('select');
    const options = data.candidates.map((x) => [x.id, x.name] as const);
    if (JSON.stringify(options) !== JSON.stringify([...select.options].map((o) => [o.value, o.text]))) {
      select.replaceChildren(...options.map(([id, name]) => new Option(name, id)));
    }
    select.value = c.id;
    const name = this.#el<HTMLInputElement>('name');
    if (name.value.trim() !== c.name.trim() && !(document.activeElement === name && !name.value.trim())) name.value = c.name;

    for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"][data-dimension]'))
      radio.checked = c.ratings[radio.dataset['dimension']!] === Number(radio.value);
    for (const note of this.querySelectorAll<HTMLTextAreaElement>('textarea[data-note]')) {
      const value = c.notes[note.dataset['note']!] ?? '';
      if (note.value !== value) note.value = value;
    }
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-flag]')) box.checked = c.redFlags.includes(box.dataset['flag']!);

    const result = computeScorecard(this.#model, c);
    const { headline, detail } = describeResult(this.#model, result);
    this.#el('outcome').closest('section')!.dataset['outcome'] = result.outcome;
    // Only changed text is written, so the live region speaks when the result changes, not on every keystroke.
    const setText = (el: HTMLElement, text: string) => {
      if (el.textContent !== text) el.textContent = text;
    };
    setText(this.#el('headline'), headline);
    setText(this.#el('detail'), detail);
    setText(this.#el('sticky'), `${c.name}: ${headline}`);
    const items = result.redFlags.map((f) => `Red flag: ${f.text}`).concat(result.warnings.map((w) => w.message));
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

if (!customElements.get('scorecard-calculator')) customElements.define('scorecard-calculator', ScorecardCalculator);
