/**
 * The check-in page's island, `<handbook-check-ins>`. The server renders the whole page (every
 * level's expectations per competency, disabled controls, an empty chart); this element enables the
 * controls, draws the stored record and keeps it in step with other tabs (ToolIsland).
 *
 * The record lives in the shared store; every change is a pure function of `~/lib/growth/*` applied
 * to the latest stored record (`this.change`). Which check-in is open is the page's own state, not
 * stored: the latest one when the page opens, or the one the reader picks.
 */
import { isExternal, type RenderReason } from '../tools/tool-island.ts';
import type { FieldOwner, SyncOptions } from '../tools/text-sync.ts';
import { showFieldMessage, clearFieldMessage, hasFieldMessage } from '../tools/field-messages.ts';
import { downloadFile } from '~/lib/browser/download';
import { growthPlanFileName } from '~/lib/growth/growth-store';
import { calendarDateText, localCalendarDate } from '~/lib/browser/dates';
import { anchorsOf, competenciesOf, isRating, ratingNames } from '~/lib/growth/check-in-scale';
import {
  addCheckIn,
  annotateCheckIn,
  checkInById,
  checkInsByDate,
  currentLevel,
  entryOf,
  evidenceFor,
  evidenceOfCheckIn,
  latestCheckIn,
  rateCheckIn,
  reviewOf,
  rateUnratedIn,
  removeCheckIn,
  setCheckInDate,
  setCheckInLevel,
  setCheckInSummary,
  setName,
  setTarget,
  type CheckIn,
  type GrowthRecord,
} from '~/lib/growth/growth-record';
import { growthPlanMarkdown } from '~/lib/growth/growth-plan';
import { applyShare, decodeShare, encodeShare, hasRatings, sameAsRecord, shareApplied, sharePrompt, type SharedCheckIn } from '~/lib/growth/share-link';
import { levelById, parseLinks, withBehaviors } from '~/lib/growth/self-assessment';
import { evidenceEntryHref } from '~/lib/site/urls';
import { agreementLine, agreementText, ratingText, reviewedMark, reviewOfCheckIn, type ReviewRow } from '~/lib/growth/review';
import { all, h, one, setDisabled, setHidden, setText } from '../tools/dom.ts';
import { renderProfile } from './profile-view.ts';
import { renderReviewRows } from './review-table.ts';
import { RecordIsland, enableControls } from './growth-islands.ts';
import { undoOffer } from '../tools/undo-lines.ts';
import { asSentence } from '~/lib/text/sentence';

/** The controls each drawing enables or disables itself, by the open check-in and its level. */
const drawnControls = '[data-ci-rate], [data-ci-notes], [data-ci-links]';

class CheckInsIsland extends RecordIsland {
  /** The check-in on screen; null before there is one. */
  #open: string | null = null;
  #pendingLink: SharedCheckIn | null = null;
  protected enhance(): void {
    // The page lists every level's behaviors for each competency (CheckInRatings.astro); the model
    // leaves them out so that the page does not carry them twice.
    this.ladder = withBehaviors(this.ladder, (level, competency) => all(this, `[data-ci-anchors="${CSS.escape(competency)}"] [data-ci-level="${CSS.escape(level)}"] li`).map((li) => li.textContent ?? ''));
    this.addEventListener('click', (e) => this.#onClick(e));
    this.addEventListener('change', (e) => this.#onChange(e));
    this.addEventListener('input', (e) => this.#onInput(e));
    this.addEventListener('focusout', (e) => this.#onFocusOut(e));
    window.addEventListener('hashchange', () => this.#readLink());
  }

  protected override showRecord(owner: FieldOwner): boolean {
    this.#open = owner.id;
    return true;
  }

  /** The check-in a text field edits, to bring it back if another tab deletes it while it is typed in. */
  #owner(c: CheckIn): SyncOptions {
    return { owner: { key: c.id, what: `the check-in of ${calendarDateText(c.date)}`, field: 'checkIns', id: c.id } };
  }

  protected render(r: GrowthRecord, reason: RenderReason): void {
    if (!checkInById(r, this.#open)) this.#open = latestCheckIn(r)?.id ?? null;
    enableControls(this, drawnControls);
    this.#renderRecord(r, reason);
    this.#renderEditor(r, reason);
    renderProfile(this, this.ladder, r);
    // A question still open is asked again of the record as it now stands (another tab may have
    // changed the target it names), so that it never describes a change other than the one it makes.
    if (reason === 'load' || this.#pendingLink) this.#readLink();
  }

  /* ---------- Drawing ---------- */

  #renderRecord(r: GrowthRecord, reason: RenderReason) {
    const external = isExternal(reason);
    const name = one<HTMLInputElement>(this, '[data-ci-name]');
    if (name) this.texts.sync(name, r.name, external);
    const target = one<HTMLSelectElement>(this, '[data-ci-target]');
    if (target) target.value = r.target ?? '';
    const sorted = checkInsByDate(r).reverse();
    setHidden(one(this, '[data-ci-empty]')!, sorted.length > 0);
    one(this, '[data-ci-list]')!.replaceChildren(
      ...sorted.map((c) => {
        const rated = competenciesOf(this.ladder, c.level);
        const count = rated.filter((x) => entryOf(c, x.id).rating).length;
        const level = levelById(this.ladder, c.level);
        return h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'tool-button ci-pick', 'data-ci-pick': c.id, 'aria-current': c.id === this.#open ? 'true' : undefined },
            h('span', { class: 'ci-pick-date' }, calendarDateText(c.date)),
            ` · ${level?.shortTitle ?? c.level} · ${count} of ${rated.length} rated${reviewOf(r, c.id) ? ' · reviewed by your manager' : ''}`,
          ),
        );
      }),
    );
    const today = localCalendarDate();
    // The date picker offers no day after today; one typed in is refused by addCheckIn and setCheckInDate.
    for (const input of all<HTMLInputElement>(this, '[data-ci-new-date], [data-ci-date]')) if (input.max !== today) input.max = today;
    const date = one<HTMLInputElement>(this, '[data-ci-new-date]');
    if (date && !date.value) date.value = today;
    const level = one<HTMLSelectElement>(this, '[data-ci-new-level]');
    if (level && !level.value) level.value = currentLevel(r) ?? '';
  }

  #renderEditor(r: GrowthRecord, reason: RenderReason) {
    const checkIn = checkInById(r, this.#open);
    const external = isExternal(reason);
    const editor = one(this, '[data-ci-editor]')!;
    if (checkIn) {
      const level = levelById(this.ladder, checkIn.level);
      setText(one(this, '[data-ci-open-title]'), `Check-in of ${calendarDateText(checkIn.date)}, against ${level?.title ?? checkIn.level}`);
      one<HTMLSelectElement>(this, '[data-ci-level]')!.value = checkIn.level;
    }
    // Drawn as belonging to no check-in when there is none: text typed for one another tab deleted is kept (text-sync.ts).
    this.texts.sync(one<HTMLInputElement>(this, '[data-ci-date]')!, checkIn?.date ?? '', external, checkIn ? this.#owner(checkIn) : {});
    this.texts.sync(one<HTMLTextAreaElement>(this, '[data-ci-summary]')!, checkIn?.summary ?? '', external, checkIn ? this.#owner(checkIn) : {});
    const rows = this.#renderReview(r, checkIn);
    const gathered = checkIn ? evidenceOfCheckIn(r, checkIn.id) : [];
    for (const fieldset of all(this, '[data-ci-competency]')) {
      this.#renderCompetency(fieldset, checkIn, gathered, external);
      this.#renderManagerRating(fieldset, rows.find((row) => row.competency === fieldset.dataset['ciCompetency']));
    }
    // With no check-in left, the editor goes, unless it holds text saved nowhere: that stays in sight with its message.
    const waiting = all<HTMLInputElement | HTMLTextAreaElement>(editor, 'input, textarea').some((f) => this.texts.inConflict(f));
    setHidden(editor, !checkIn && !waiting);
    setHidden(one(this, '[data-ci-editor-empty]')!, !!checkIn);
  }

  /** The manager's review of the open check-in, once the combined record is imported; returns its rows (none without a review). */
  #renderReview(r: GrowthRecord, checkIn: CheckIn | undefined): ReviewRow[] {
    const box = one(this, '[data-ci-review]')!;
    const reviewed = checkIn && reviewOfCheckIn(this.ladder, r, checkIn);
    setHidden(box, !reviewed?.review);
    if (!reviewed?.review) return [];
    const { rows, summary, review } = reviewed;
    setText(one(box, '[data-ci-review-mark]'), `${reviewedMark(review)}: your manager’s ratings beside yours.`);
    setText(one(box, '[data-ci-review-agreement]'), agreementLine(summary) || 'Your manager has not rated any competency you rated yet.');
    renderReviewRows(box, rows);
    const note = one(box, '[data-ci-review-summary]')!;
    setHidden(note, !review.summary.trim());
    setText(note, review.summary.trim() ? `Your manager’s summary: ${review.summary.trim()}` : '');
    return rows;
  }

  /** Beside a competency's own rating: the manager's, with whether the two agree and the manager's note. */
  #renderManagerRating(fieldset: HTMLElement, row: ReviewRow | undefined) {
    const line = one(fieldset, '[data-ci-manager]')!;
    const shown = !fieldset.hidden && !!row && (!!row.manager || !!row.managerNotes.trim());
    setHidden(line, !shown);
    if (!shown) return line.replaceChildren();
    line.replaceChildren(
      'Your manager rated: ',
      h('strong', {}, ratingText(row.manager)),
      ` (${agreementText(row)})${row.managerNotes.trim() ? `. Their note: ${row.managerNotes.trim()}` : '.'}`,
    );
  }

  #renderCompetency(fieldset: HTMLElement, checkIn: CheckIn | undefined, gathered: ReturnType<typeof evidenceOfCheckIn>, external: boolean) {
    const c = fieldset.dataset['ciCompetency']!;
    const anchors = checkIn ? anchorsOf(this.ladder, checkIn.level, c) : [];
    // A level without an expectation for this competency does not rate it; but when another tab
    // changes the level while the reader types in it, it stays until the next drawing after they
    // leave it, or their keystrokes would go to a hidden box. What they type is still saved: a
    // check-in keeps every competency's notes whatever its level.
    const notRated = !!checkIn && anchors.length === 0;
    const typedIn = notRated && !fieldset.hidden && fieldset.contains(document.activeElement);
    setHidden(fieldset, notRated && !typedIn);
    const legend = one(fieldset, 'legend')!;
    // Said once per change of level: a redraw for the reader's own keystrokes would say it again
    // (an alert, read out each time) and name this page as where the level was changed.
    if (typedIn && !(hasFieldMessage(legend) && legend.dataset['ciSaidLevel'] === checkIn.level)) {
      legend.dataset['ciSaidLevel'] = checkIn.level;
      const level = levelById(this.ladder, checkIn.level);
      showFieldMessage(legend, `This check-in's level was changed ${this.texts.where} to ${level?.title ?? checkIn.level}, which does not rate this competency. What you type here is still saved with the check-in; the competency is hidden once you leave it.`);
    } else if (!typedIn) clearFieldMessage(legend);
    const entry = checkIn ? entryOf(checkIn, c) : { rating: null, notes: '', links: [] as string[] };
    const radios = all<HTMLInputElement>(fieldset, '[data-ci-rate]');
    this.choices.sync(radios, entry.rating ?? '', external, checkIn?.id);
    for (const radio of radios) {
      setDisabled(radio, !checkIn || notRated);
      const anchor = anchors.find((a) => a.rating === radio.value);
      if (anchor?.level) radio.setAttribute('aria-describedby', `ci-${c}-${anchor.level.id}`);
      else radio.removeAttribute('aria-describedby');
    }
    for (const option of all(fieldset, '[data-ci-rating]')) {
      const anchor = anchors.find((a) => a.rating === option.dataset['ciRating']);
      const meaning = one(option, '[data-ci-meaning]');
      if (anchor) setText(meaning, anchor.meaning);
    }
    // Only the anchoring levels stay visible, each named by the ratings it anchors.
    const roles = new Map<string, string[]>();
    for (const a of anchors) if (a.level) roles.set(a.level.id, [...(roles.get(a.level.id) ?? []), ratingNames[a.rating]]);
    for (const block of all(fieldset, '[data-ci-level]')) {
      const role = roles.get(block.dataset['ciLevel']!);
      setHidden(block, !!checkIn && !role);
      setText(one(block, '[data-ci-anchor-of]'), role ? role.join(' · ') : '');
    }
    for (const track of all(fieldset, '[data-ci-track]')) setHidden(track, !all(track, '[data-ci-level]').some((b) => !b.hidden));
    const level = checkIn && levelById(this.ladder, checkIn.level);
    setText(one(fieldset, '[data-ci-anchors-note]'), level ? `What the levels around ${level.shortTitle} consistently do, the anchors of your rating:` : 'What each level consistently does:');

    const notes = one<HTMLTextAreaElement>(fieldset, '[data-ci-notes]')!;
    const links = one<HTMLTextAreaElement>(fieldset, '[data-ci-links]')!;
    const owner = checkIn ? this.#owner(checkIn) : {};
    // Synced before being disabled: disabling a box takes its focus, and with it the sign that its text is being typed.
    this.texts.sync(notes, entry.notes, external, owner);
    // Links typed one per line are the same links however they are spaced.
    this.texts.sync(links, entry.links.join('\n'), external, { ...owner, same: (a, b) => parseLinks(a).join('\n') === parseLinks(b).join('\n') });
    for (const box of [notes, links]) setDisabled(box, !checkIn && !this.texts.inConflict(box));

    const box = one(fieldset, '[data-ci-gathered]')!;
    const entries = evidenceFor(gathered, c);
    const earlier = checkIn && entryOf(checkIn, c).demonstrated;
    setHidden(box, !entries.length && !earlier);
    box.replaceChildren(
      ...(earlier ? [h('p', {}, `In your earlier self-assessment you chose ${levelById(this.ladder, earlier)?.title ?? earlier} for this competency.`)] : []),
      ...(entries.length
        ? [
            h('p', { class: 'ci-gathered-title' }, `Logged since the previous check-in (${entries.length}):`),
            h('ul', {}, entries.map((e) => h('li', {}, `${calendarDateText(e.date)}: `, h('a', { href: evidenceEntryHref(e.id) }, e.title)))),
          ]
        : []),
    );
  }

  /* ---------- Events ---------- */

  #onClick(event: Event) {
    const target = event.target as Element;
    const pick = target.closest<HTMLElement>('[data-ci-pick]');
    if (pick) {
      this.#open = pick.dataset['ciPick']!;
      this.render(this.data, 'change');
      one(this, '[data-ci-open-title]')?.scrollIntoView({ block: 'nearest' });
      return;
    }
    const button = target.closest<HTMLElement>('[data-ci-action]');
    const action = button?.dataset['ciAction'];
    if (!button || !action) return;
    if (action === 'new') this.#newCheckIn(button);
    else if (action === 'fill' && this.#open) {
      const id = this.#open;
      this.change(button, (r) => rateUnratedIn(this.ladder, r, id, 'meets'));
    } else if (action === 'delete') this.#deleteCheckIn(button);
    else if (action === 'export-md') {
      downloadFile({ name: growthPlanFileName(this.data), type: 'text/markdown', text: growthPlanMarkdown(this.ladder, this.data, location.origin + import.meta.env.BASE_URL) });
      this.status('Exported your growth plan as Markdown.');
    } else if (action === 'print') window.print();
    else if (action === 'share') void this.#share();
    else if (action === 'link-apply') this.#applyLink(button);
    else if (action === 'link-ignore') this.#ignoreLink();
  }

  #onChange(event: Event) {
    const el = event.target as HTMLInputElement | HTMLSelectElement;
    const open = this.#open;
    if (el.matches('[data-ci-target]')) this.change(el, (r) => setTarget(r, el.value || null));
    else if (el.matches('[data-ci-level]') && open && el.value) this.change(el, (r) => setCheckInLevel(r, open, el.value));
    else if (el.matches('[data-ci-date]') && open) this.#changeDate(el as HTMLInputElement, open);
    else if (el.matches('[data-ci-rate]') && open) {
      const rating = isRating(el.value) ? el.value : null;
      this.change(el, (r) => rateCheckIn(r, open, el.dataset['ciRate']!, rating));
    }
  }

  /** A competency kept on screen only because it was being typed in (#renderCompetency) goes once the reader leaves it. */
  #onFocusOut(event: FocusEvent) {
    const fieldset = (event.target as Element).closest<HTMLElement>('[data-ci-competency]');
    const legend = fieldset && one(fieldset, 'legend');
    if (!fieldset || !legend || !hasFieldMessage(legend) || fieldset.contains(event.relatedTarget as Node | null)) return;
    // After the focus has moved: drawing now would still find it in the box being left.
    setTimeout(() => this.render(this.data, 'change'));
  }

  #onInput(event: Event) {
    const el = event.target as HTMLInputElement | HTMLTextAreaElement;
    const open = this.#open;
    if (el.matches('[data-ci-name]')) this.change(el, (r) => setName(r, el.value));
    else if (el.matches('[data-ci-summary]') && open) this.change(el, (r) => setCheckInSummary(r, open, el.value));
    else if (el.matches('[data-ci-notes], [data-ci-links]') && open) {
      const c = el.closest<HTMLElement>('[data-ci-competency]')!.dataset['ciCompetency']!;
      // Each box saves only its own text; the other's is kept as stored. The box beside may hold
      // text saved nowhere (another tab's version in question, or its check-in deleted).
      const own = el.matches('[data-ci-notes]') ? { notes: el.value } : { links: parseLinks(el.value) };
      this.change(el, (r) => {
        const checkIn = checkInById(r, open);
        if (!checkIn) return r;
        const stored = entryOf(checkIn, c);
        return annotateCheckIn(r, open, c, own.notes ?? stored.notes, own.links ?? stored.links);
      });
    }
  }

  /** Applies a change that can be refused (a date taken, a date that does not exist), with the refusal next to `control`. */
  #attempt(control: Element, change: (r: GrowthRecord) => { ok: true; record: GrowthRecord; id?: string } | { ok: false; error: string }): string | undefined | false {
    const tried = change(this.store.read().data);
    if (!tried.ok) {
      showFieldMessage(control, asSentence(tried.error));
      return false;
    }
    let made: string | undefined;
    const saved = this.change(control, (r) => {
      const again = change(r);
      if (!again.ok) return r;
      made = again.id;
      return again.record;
    });
    return saved ? made : false;
  }

  #newCheckIn(button: HTMLElement) {
    const date = one<HTMLInputElement>(this, '[data-ci-new-date]')!;
    const level = one<HTMLSelectElement>(this, '[data-ci-new-level]')!;
    clearFieldMessage(button);
    if (!level.value) {
      showFieldMessage(button, 'Choose the level you held on that date: the check-in rates the competencies of that level.');
      return level.focus();
    }
    const made = this.#attempt(button, (r) => addCheckIn(r, date.value, level.value, localCalendarDate()));
    if (!made) return;
    this.#open = made;
    this.render(this.data, 'change');
    this.status(`Started the check-in of ${calendarDateText(date.value)}${checkInsByDate(this.data).length > 1 ? ', with your last ratings at that level to change where they moved' : ''}.`);
    one(this, '[data-ci-open-title]')?.setAttribute('tabindex', '-1');
    one(this, '[data-ci-open-title]')?.focus();
  }

  #changeDate(input: HTMLInputElement, id: string) {
    if (this.#attempt(input, (r) => setCheckInDate(r, id, input.value, localCalendarDate())) === false) return;
    clearFieldMessage(input);
  }

  #deleteCheckIn(button: HTMLElement) {
    const checkIn = checkInById(this.data, this.#open);
    if (!checkIn || !window.confirm(`Delete the check-in of ${calendarDateText(checkIn.date)}, with its notes and any review of it? You can undo it right after.`)) return;
    const what = `the deletion of the check-in of ${calendarDateText(checkIn.date)}`;
    if (!this.replaceUndoably(button, (data) => removeCheckIn(data, checkIn.id), what, () => (this.#open = null))) return;
    this.status(`Deleted the check-in of ${calendarDateText(checkIn.date)}. ${undoOffer}`);
    // The delete button now deletes the check-in shown in its place: the focus goes to that one in the list instead.
    const shown = this.#open ? one<HTMLElement>(this, `[data-ci-pick="${CSS.escape(this.#open)}"]`) : null;
    (shown ?? one<HTMLElement>(this, '[data-ci-new-date]'))?.focus();
  }

  async #share() {
    const url = `${location.origin}${location.pathname}#${encodeShare(this.ladder, this.data)}`;
    const box = one<HTMLInputElement>(this, '[data-sa-share-url]');
    if (box) {
      box.value = url;
      box.closest<HTMLElement>('[data-sa-share-box]')!.hidden = false;
    }
    try {
      await navigator.clipboard.writeText(url);
      this.status('Share link copied. It carries your latest check-in’s level and ratings and your target, never your name, notes, links or evidence.');
    } catch {
      box?.select();
      this.status('Copy the share link below. It carries your latest check-in’s level and ratings and your target, never your name, notes, links or evidence.');
    }
  }

  /* ---------- Share links ---------- */

  #clearHash() {
    history.replaceState(history.state, '', location.pathname + location.search);
  }

  /** Takes back the question about a link, as when the address no longer holds it. */
  #dropLink() {
    this.#pendingLink = null;
    setHidden(one(this, '[data-ci-link]')!, true);
  }

  /**
   * A share link in the address: never applied by itself; the page says what it holds and asks.
   * Read again on every change of the fragment: Back to the address without the link (or on to
   * another fragment) takes the question back, so that “Use the link” never applies a link that is
   * no longer in the address.
   */
  #readLink() {
    const shared = decodeShare(this.ladder, location.hash);
    if (!shared?.ok) this.#dropLink();
    if (!shared) return;
    const notice = one(this, '[data-ci-notice]');
    if (!shared.ok) {
      this.#clearHash();
      return setText(notice, `This share link could not be read: ${shared.error}. Nothing was changed.`);
    }
    if (sameAsRecord(this.ladder, this.data, shared.value)) {
      this.#dropLink();
      this.#clearHash();
      return setText(notice, 'The share link holds what this browser already has: nothing to change.');
    }
    this.#pendingLink = shared.value;
    // What the page said of a link before (refused, ignored, used) is not about this one: beside its
    // question, “could not be read. Nothing was changed.” would contradict it.
    setText(notice, '');
    const text = sharePrompt(this.ladder, this.data, shared.value);
    const prompt = one(this, '[data-ci-link]')!;
    setText(one(prompt, '[data-ci-link-text]'), text);
    prompt.hidden = false;
  }

  #applyLink(button: HTMLElement) {
    const s = this.#pendingLink;
    if (!s) return;
    const before = this.store.read().data;
    const tried = applyShare(before, s, localCalendarDate());
    if (!tried.ok) {
      showFieldMessage(button, asSentence(tried.error));
      return;
    }
    // One step the data panel can undo: the link may replace the saved target (the prompt said so).
    let made: string | undefined;
    const use = (r: GrowthRecord) => {
      const again = applyShare(r, s, localCalendarDate());
      if (!again.ok) return r;
      made = again.id;
      return again.record;
    };
    // The redraw that saving brings must not read the link again (it asks only before it is used).
    this.#pendingLink = null;
    if (!this.replaceUndoably(button, use, 'the use of the share link', () => made && (this.#open = made))) return void (this.#pendingLink = s);
    if (s.level && !hasRatings(s)) one<HTMLSelectElement>(this, '[data-ci-new-level]')!.value = s.level;
    this.#dropLink();
    this.#clearHash();
    this.render(this.data, 'change');
    setText(one(this, '[data-ci-notice]'), shareApplied(this.ladder, before, s));
    this.status(`Used the link. ${undoOffer}`);
  }

  #ignoreLink() {
    this.#dropLink();
    this.#clearHash();
    setText(one(this, '[data-ci-notice]'), 'Ignored the link: nothing was changed.');
  }
}

customElements.define('handbook-check-ins', CheckInsIsland);

