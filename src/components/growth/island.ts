/**
 * The self-assessment's island. The server renders the whole tool (ladder texts, disabled controls,
 * an empty chart); this script enables the controls, restores what the reader saved, and redraws
 * the results with the same pure functions the server used (`~/lib/*`).
 *
 * State lives in one `Assessment` value. Handlers never change it in place: they compute the next
 * value with the update functions of `~/lib/self-assessment`, then `commit` saves and re-renders.
 * Nothing here talks to a network: storage is the browser's localStorage, exports are local files.
 */
import { growthPlanMarkdown, chartModel, chartRows } from '~/lib/growth/growth-plan';
import { describeGap, rankGaps, type Gap } from '~/lib/growth/gaps';
import { radarSvg } from '~/lib/growth/radar';
import {
  annotate,
  emptyAssessment,
  hasContent,
  isSafeLink,
  levelById,
  notesOf,
  parseLinks,
  rate,
  rateUnrated,
  selfAssessmentSpec,
  setLevel,
  visibleTracks,
  type Assessment,
  type Ladder,
} from '~/lib/growth/self-assessment';
import { applyShared, decodeShare, encodeShare, fromShared, sameAsShared, type Shared } from '~/lib/growth/share-link';
import { createStore, memoryStorage, type KeyValueStorage } from '~/lib/browser/storage';
import { expectationHref } from '~/lib/site/urls';
import { outOf } from '~/lib/ladder/proficiency-scale';

type Child = Node | string | null | undefined | false;

/** A small element builder: text children are set as text, never parsed as HTML. */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<T>(selector)];
const today = () => new Date().toISOString().slice(0, 10);

function browserStorage(): KeyValueStorage {
  try {
    return window.localStorage;
  } catch {
    return memoryStorage();
  }
}

function start(): void {
  const data = $('#self-assessment-data');
  if (!data?.textContent) return;
  const ladder = JSON.parse(data.textContent) as Ladder;
  const store = createStore(selfAssessmentSpec(ladder), browserStorage());
  const loaded = store.load();
  let state: Assessment = loaded.value;

  const status = $('[data-sa-status]');
  const alert = $('[data-sa-alert]');
  const notice = (text: string) => {
    const el = $('[data-sa-notice]');
    if (el) el.textContent = text;
  };
  const say = (text: string) => {
    if (alert) alert.textContent = '';
    if (status) status.textContent = text;
  };
  const warn = (text: string) => {
    if (status) status.textContent = '';
    if (alert) alert.textContent = text;
  };
  const name = (competency: string) => ladder.competencies.find((c) => c.id === competency)?.name ?? competency;

  const commit = (next: Assessment) => {
    state = next;
    const saved = store.save(next);
    if (!saved.ok) warn(saved.error);
    render();
  };

  /** Puts the state into the form controls; only after loading, importing, clearing or applying a link. */
  function syncControls(): void {
    for (const select of $$<HTMLSelectElement>('[data-sa-level]')) select.value = state[select.dataset['saLevel'] as 'current' | 'target'] ?? '';
    for (const c of ladder.competencies) {
      const { demonstrated, notes, links } = notesOf(state, c.id);
      for (const radio of $$<HTMLInputElement>(`input[name="sa-rate-${c.id}"]`)) radio.checked = radio.value === (demonstrated ?? '');
      const n = $<HTMLTextAreaElement>(`[data-sa-notes="${c.id}"]`);
      const l = $<HTMLTextAreaElement>(`[data-sa-links="${c.id}"]`);
      if (n) n.value = notes;
      if (l) l.value = links.join('\n');
    }
  }

  /** Everything derived from the state: option visibility, badges, chart, table, gaps, plan. */
  function render(): void {
    const tracks = visibleTracks(ladder, state);
    const current = levelById(ladder, state.current);
    const target = levelById(ladder, state.target);
    for (const option of $$('[data-sa-option]')) {
      const level = option.dataset['saOption'] ?? '';
      option.hidden = !tracks.includes(levelById(ladder, level)?.track ?? '');
      const badge = option.querySelector('[data-sa-badge]');
      if (badge) badge.textContent = [level === state.current && 'your level', level === state.target && 'target'].filter(Boolean).join(', ');
    }
    const fill = $<HTMLButtonElement>('[data-sa-action="fill"]');
    if (fill) {
      fill.disabled = !current;
      fill.textContent = current ? `Rate every unrated competency as ${current.shortTitle}` : 'Rate every unrated competency as your current level';
    }

    const chart = $('[data-sa-chart]');
    if (chart) chart.innerHTML = radarSvg(chartModel(ladder, state));
    const legend = $('[data-sa-legend-target]');
    if (legend) legend.textContent = target ? `Target: ${target.shortTitle}` : 'Target: not chosen';
    const head = $('[data-sa-table-target]');
    if (head) head.textContent = target ? `${target.shortTitle} expects` : 'Target expects';
    const body = $('[data-sa-table] tbody');
    body?.replaceChildren(
      ...chartRows(ladder, state).map((r) =>
        h('tr', {}, h('th', { scope: 'row' }, r.name), h('td', {}, r.you), h('td', {}, r.target), h('td', {}, r.gap)),
      ),
    );
    renderGaps();
    renderPlan();
  }

  function renderGaps(): void {
    const list = $('[data-sa-gap-list]');
    const summary = $('[data-sa-gap-summary]');
    if (!list || !summary) return;
    const report = rankGaps(ladder, state);
    const target = levelById(ladder, state.target);
    if (!report || !target) {
      list.replaceChildren();
      summary.textContent = 'Choose a target level and rate your competencies to see your gaps, most pressing first.';
      return;
    }
    const item = (g: Gap, i: number) => {
      const expectation = target.expectations[g.competency];
      return h(
        'li',
        { class: 'sa-gap', 'data-competency': g.competency },
        h('h3', {}, `${i + 1}. ${name(g.competency)}`),
        h('p', { class: 'sa-gap-meta' }, `${describeGap(ladder, target.id, g)} Scorecard weight ${g.weight}%.`),
        h('p', { class: 'sa-gap-label' }, `What ${target.shortTitle} consistently does`),
        h('ul', {}, ...(expectation?.behaviors ?? []).map((b) => h('li', {}, b))),
        h('p', { class: 'sa-gap-label' }, 'Example evidence'),
        h('ul', {}, ...(expectation?.evidence ?? []).map((e) => h('li', {}, e))),
        h(
          'p',
          { class: 'sa-gap-links' },
          h('a', { href: expectationHref(target.id, g.competency) }, `${name(g.competency)} at ${target.shortTitle}`),
          h('span', { class: 'sa-screen-only' }, ' · ', h('a', { href: `#rate-${g.competency}` }, 'Change your rating')),
        ),
      );
    };
    list.replaceChildren(...report.gaps.map(item));
    const parts = [
      report.gaps.length
        ? `${report.gaps.length} gap${report.gaps.length === 1 ? '' : 's'} to close for ${target.shortTitle}, most pressing first.`
        : report.met.length
          ? `No gaps to close for ${target.shortTitle} among the competencies you rated.`
          : '',
      report.met.length ? `Already at the target: ${report.met.map((g) => name(g.competency)).join(', ')}.` : '',
      report.unrated.length ? `Not rated yet: ${report.unrated.map(name).join(', ')}.` : '',
    ];
    summary.textContent = parts.filter(Boolean).join(' ');
  }

  function renderPlan(): void {
    const plan = $('[data-sa-plan]');
    if (!plan) return;
    const current = levelById(ladder, state.current);
    const target = levelById(ladder, state.target);
    const proficiency = (level: string | null | undefined, c: string) => levelById(ladder, level)?.expectations[c]?.proficiency;
    const levels = `${current?.title ?? 'Current level not chosen'} → ${target?.title ?? 'target level not chosen'} · ${today()}`;
    const line = $('[data-sa-levels-line]');
    if (line) line.textContent = levels;
    plan.replaceChildren(
      h('p', { class: 'sa-plan-levels' }, levels),
      ...ladder.competencies.map((c) => {
        const { demonstrated, notes, links } = notesOf(state, c.id);
        const level = levelById(ladder, demonstrated);
        return h(
          'section',
          { class: 'sa-plan-item' },
          h('h3', {}, c.name),
          h(
            'p',
            { class: 'sa-plan-meta' },
            level ? `Demonstrates ${level.shortTitle} (${outOf(proficiency(demonstrated, c.id) ?? 0, ladder.scale)})` : 'Not rated yet',
            target ? ` · ${target.shortTitle} expects ${outOf(proficiency(target.id, c.id) ?? 0, ladder.scale)}` : '',
          ),
          notes.trim() ? h('p', { class: 'sa-plan-notes' }, notes.trim()) : h('p', { class: 'sa-plan-empty' }, 'No evidence noted yet.'),
          links.length
            ? h('ul', {}, ...links.map((l) => h('li', {}, isSafeLink(l) ? h('a', { href: l, rel: 'noreferrer noopener' }, l) : l)))
            : null,
        );
      }),
    );
  }

  function download(file: string, type: string, text: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = h('a', { href: url, download: file, hidden: '' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async function importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = store.importText(await file.text());
    if (!result.ok) return warn(result.error);
    state = result.value;
    syncControls();
    render();
    say(`Imported “${file.name}”: your levels, ratings, notes and links are restored.`);
  }

  async function share(): Promise<void> {
    const url = `${location.origin}${location.pathname}#${encodeShare(ladder, state)}`;
    const box = $<HTMLInputElement>('[data-sa-share-url]');
    if (box) {
      box.value = url;
      box.closest<HTMLElement>('[data-sa-share-box]')!.hidden = false;
    }
    try {
      await navigator.clipboard.writeText(url);
      say('Share link copied. It carries your levels and ratings, never your notes or links.');
    } catch {
      box?.select();
      say('Copy the share link below. It carries your levels and ratings, never your notes or links.');
    }
  }

  const actions: Record<string, () => void> = {
    fill: () => {
      if (!state.current) return;
      commit(rateUnrated(ladder, state, state.current));
      syncControls();
    },
    'export-json': () => download(`self-assessment-${today()}.json`, 'application/json', store.exportText(state)),
    'export-md': () => download(`growth-plan-${today()}.md`, 'text/markdown', growthPlanMarkdown(ladder, state, location.origin)),
    print: () => window.print(),
    share: () => void share(),
    clear: () => {
      if (!window.confirm('Clear your levels, ratings, notes and links from this browser? Export them first to keep a copy.')) return;
      store.clear();
      state = emptyAssessment();
      syncControls();
      render();
      say('Cleared. Nothing about your assessment is stored in this browser now.');
    },
  };

  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-sa-action]');
    const action = button && actions[button.dataset['saAction'] ?? ''];
    if (action) action();
  });
  document.addEventListener('change', (event) => {
    const el = event.target as HTMLInputElement;
    if (el.matches('[data-sa-level]')) commit(setLevel(state, el.dataset['saLevel'] as 'current' | 'target', el.value || null));
    else if (el.matches('[data-sa-rate]')) commit(rate(state, el.dataset['saRate'] ?? '', el.value || null));
    else if (el.matches('[data-sa-import]')) void importFile(el);
  });
  document.addEventListener('input', (event) => {
    const c = (event.target as HTMLElement).closest<HTMLElement>('[data-sa-competency]')?.dataset['saCompetency'];
    if (!c || !(event.target as Element).matches('textarea')) return;
    const notes = $<HTMLTextAreaElement>(`[data-sa-notes="${c}"]`)?.value ?? '';
    commit(annotate(state, c, notes, parseLinks($<HTMLTextAreaElement>(`[data-sa-links="${c}"]`)?.value ?? '')));
  });

  // A share link in the URL: apply it at once when nothing is stored; otherwise ask, because the
  // link's levels and ratings would replace the stored ones (stored notes and links are kept).
  const clearHash = () => history.replaceState(history.state, '', location.pathname + location.search);
  const prompt = $('[data-sa-shared]');
  let pending: Shared | null = null;
  const applyLink = (value: Shared, message: string) => {
    commit(hasContent(state) ? applyShared(state, value) : fromShared(value));
    syncControls();
    clearHash();
    notice(message);
  };
  function readShareLink(): void {
    const shared = decodeShare(ladder, location.hash);
    if (!shared) return;
    if (!shared.ok) {
      clearHash();
      notice(`This share link could not be read: ${shared.error}. Your saved assessment is shown instead.`);
    } else if (!hasContent(state)) applyLink(shared.value, 'Loaded the levels and ratings from the share link.');
    else if (sameAsShared(state, shared.value)) clearHash();
    else if (prompt) {
      pending = shared.value;
      const from = levelById(ladder, pending.current)?.shortTitle ?? 'no current level';
      const to = levelById(ladder, pending.target)?.shortTitle ?? 'no target';
      const text = prompt.querySelector('[data-sa-shared-text]');
      if (text) text.textContent = `This link carries a self-assessment (${from} → ${to}, ${Object.keys(pending.ratings).length} of ${ladder.competencies.length} competencies rated). This browser already holds yours. Use the link’s levels and ratings? Your notes and links stay as they are.`;
      prompt.hidden = false;
    }
  }
  prompt?.addEventListener('click', (event) => {
    const choice = (event.target as Element).closest<HTMLElement>('[data-sa-shared-choice]')?.dataset['saSharedChoice'];
    if (!choice || !pending) return;
    prompt.hidden = true;
    if (choice === 'apply') applyLink(pending, 'Applied the share link’s levels and ratings; your notes and links are unchanged.');
    else {
      clearHash();
      notice('Kept the assessment saved in this browser; the share link was ignored.');
    }
    pending = null;
  });
  readShareLink();
  // A share link pasted into the address bar of this open page changes only the fragment.
  window.addEventListener('hashchange', readShareLink);

  for (const el of $$<HTMLInputElement>('[data-sa-control]')) el.disabled = false;
  syncControls();
  render();
  if (loaded.problem) notice(loaded.problem.charAt(0).toUpperCase() + loaded.problem.slice(1) + '.');
  document.documentElement.dataset['saReady'] = '';
}

start();
