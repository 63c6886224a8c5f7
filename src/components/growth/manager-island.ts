/**
 * The manager's view, `<handbook-manager-view>`: the team a manager imported (store
 * `handbook:growth-team`), one person's check-in at a time, the manager's ratings against the same
 * anchors beside the engineer's, and the combined record to export back.
 *
 * The review's controls are built once for the person, check-in and level on screen, then only
 * their values change, so nothing the manager is typing is rebuilt under them.
 */
import { isExternal, type RenderReason } from '../tools/tool-island.ts';
import type { FieldOwner, SyncOptions } from '../tools/text-sync.ts';
import { downloadFile } from '~/lib/browser/download';
import { calendarDateText, localCalendarDate } from '~/lib/browser/dates';
import { createStore, memoryStorage, type Snapshot, type Store } from '~/lib/browser/store';
import { anchorsOf, checkInRatings, competenciesOf, isRating, ratingNames } from '~/lib/growth/check-in-scale';
import { annotateAsReviewer, changeReview, checkInById, checkInsByDate, entryOf, evidenceFor, evidenceOfCheckIn, latestCheckIn, rateAsReviewer, reviewOf, type CheckIn, type GrowthRecord } from '~/lib/growth/growth-record';
import { recordTool, type TeamData } from '~/lib/growth/growth-store';
import { agreementLine, ratingText, reviewOfCheckIn } from '~/lib/growth/review';
import { personName } from '~/lib/growth/calibration';
import { personById, setReviewer, updatePerson, withoutPerson } from '~/lib/growth/team';
import { askedReview, reviewAddress, shownReview } from '~/lib/growth/manager-view';
import { isSafeLink, levelById } from '~/lib/growth/self-assessment';
import { promotionPacketOfHref } from '~/lib/site/urls';
import { all, h, one, setText, siteHref } from '../tools/dom.ts';
import { enableControls } from './growth-islands.ts';
import { TeamIsland } from './team-island.ts';
import { renderReviewRows } from './review-table.ts';
import { undoOffer } from '../tools/undo-lines.ts';

class ManagerIsland extends TeamIsland {
  /** Exports one person's record as the engineer's own page reads it. */
  #personStore!: Store<GrowthRecord>;
  #person: string | null = null;
  #checkIn: string | null = null;
  /**
   * The level the review's controls were built for: they depend on nothing else, so a text being
   * typed stays in its field when the person or check-in on screen changes (text-sync.ts then
   * keeps it from being saved into another person's review).
   */
  #built = '';

  protected enhance(): void {
    this.#personStore = createStore(this.personSpec, memoryStorage());
    // The review the address asks for (a reload's, or a bookmark's), shown once the team is read.
    ({ person: this.#person, checkIn: this.#checkIn } = askedReview(location.search));
    this.addEventListener('change', (e) => this.#onChange(e));
    this.addEventListener('input', (e) => this.#onInput(e));
    this.addEventListener('click', (e) => this.#onClick(e));
  }

  /** The people just imported: the last of them is shown. */
  protected override imported(snapshot: Snapshot<TeamData>, ids: string[]): void {
    this.#person = ids.at(-1) ?? this.#person;
    this.#checkIn = null;
    super.imported(snapshot, ids);
  }

  protected override showRecord(owner: FieldOwner, team: TeamData): boolean {
    const [person, checkIn] = owner.path ?? [];
    const record = personById(team, person);
    if (!person || !checkIn || !record || !checkInById(record, checkIn)) return false;
    this.#person = person;
    this.#checkIn = checkIn;
    return true;
  }

  /**
   * The review a text field edits, to bring its person back if another tab removes them while it is
   * typed in: the message says they were removed, and that keeping the text adds them back.
   */
  #owner(team: TeamData, person: GrowthRecord, checkIn: CheckIn): SyncOptions {
    const who = personName(person, team.people.indexOf(person));
    const path = [person.id, checkIn.id];
    const date = calendarDateText(checkIn.date);
    return {
      owner: {
        ...{ key: JSON.stringify(path), path, what: `the review of ${who}’s check-in of ${date}`, field: 'people', id: person.id },
        left: (where) => ({
          text: `${who} was removed from the team ${where} while you were typing your review of their check-in of ${date}.`,
          keep: `Add ${who} back with my review`,
          does: `adds ${who} back to the team with your review`,
        }),
      },
    };
  }

  protected render(team: TeamData, reason: RenderReason): void {
    enableControls(this);
    this.texts.sync(one<HTMLInputElement>(this, '[data-mv-reviewer]')!, team.reviewer, isExternal(reason));
    ({ person: this.#person, checkIn: this.#checkIn } = shownReview(team, { person: this.#person, checkIn: this.#checkIn }));
    const person = personById(team, this.#person);
    // The address names the review on screen, so that a reload reopens it (a person since removed falls back to the first).
    const address = reviewAddress(location.href, { person: this.#person, checkIn: this.#checkIn });
    if (address !== location.href) history.replaceState(history.state, '', address);
    one(this, '[data-mv-empty]')!.hidden = team.people.length > 0;
    one(this, '[data-mv-pickers]')!.hidden = team.people.length === 0;
    const personSelect = one<HTMLSelectElement>(this, '[data-mv-person]')!;
    personSelect.replaceChildren(
      ...team.people.map((p, i) => h('option', { value: p.id }, `${personName(p, i)} · ${levelById(this.ladder, latestCheckIn(p)?.level)?.shortTitle ?? 'no check-in'}`)),
    );
    personSelect.value = this.#person ?? '';
    const checkInSelect = one<HTMLSelectElement>(this, '[data-mv-check-in]')!;
    checkInSelect.replaceChildren(
      ...(person ? checkInsByDate(person).reverse() : []).map((c) =>
        h('option', { value: c.id }, `${calendarDateText(c.date)} · ${levelById(this.ladder, c.level)?.shortTitle ?? c.level}${reviewOf(person!, c.id) ? ' · reviewed' : ''}`),
      ),
    );
    checkInSelect.value = this.#checkIn ?? '';
    const checkIn = person && checkInById(person, this.#checkIn);
    this.#renderReview(team, person, checkIn, reason);
    this.#renderSideBySide(team, person, checkIn);
  }

  #renderReview(team: TeamData, person: GrowthRecord | undefined, checkIn: CheckIn | undefined, reason: RenderReason) {
    const box = one(this, '[data-mv-review]')!;
    one(this, '[data-mv-review-empty]')!.hidden = !!checkIn;
    one(this, '[data-mv-summary-field]')!.hidden = !checkIn;
    if (!person || !checkIn) {
      // A note being typed for someone removed in another tab stays, saved nowhere, until its reader
      // chooses: its field stays in sight, with the message, while no review is on screen.
      const summary = one<HTMLTextAreaElement>(this, '[data-mv-summary]')!;
      this.texts.sync(summary, '', isExternal(reason));
      one(this, '[data-mv-summary-field]')!.hidden = !this.texts.inConflict(summary);
      if (!all<HTMLTextAreaElement>(box, '[data-mv-note]').filter((note) => this.#atStake(note, reason)).length) {
        box.replaceChildren();
        this.#built = '';
      }
      // What stays in sight is the notes at stake: a rating could be saved nowhere, so none can be picked.
      for (const radio of all<HTMLInputElement>(box, '[data-mv-rate]')) radio.disabled = true;
      return;
    }
    const key = checkIn.level;
    // A kept note of a competency the level does not rate goes once its reader has chosen.
    for (const kept of all(box, '[data-mv-kept]')) if (!this.texts.inConflict(one<HTMLTextAreaElement>(kept, 'textarea')!)) kept.remove();
    if (key !== this.#built) {
      // A note typed for a review no longer on screen moves into the new controls, still saved nowhere.
      const kept = all<HTMLTextAreaElement>(box, '[data-mv-note]').filter((note) => this.#atStake(note, reason));
      box.replaceChildren(...competenciesOf(this.ladder, checkIn.level).map((c) => this.#competencyBlock(checkIn, c.id, c.name)));
      for (const note of kept) this.#carry(box, note);
      this.#built = key;
    }
    const review = reviewOf(person, checkIn.id);
    const gathered = evidenceOfCheckIn(person, checkIn.id);
    const external = isExternal(reason);
    for (const block of all(box, '[data-mv-competency]')) {
      const c = block.dataset['mvCompetency']!;
      const own = entryOf(checkIn, c);
      const theirs = review?.competencies[c];
      setText(one(block, '[data-mv-engineer-rating]'), ratingText(own.rating));
      const notes = one(block, '[data-mv-engineer-notes]')!;
      notes.replaceChildren(
        own.notes.trim() ? h('p', { class: 'sa-plan-notes' }, own.notes.trim()) : h('p', { class: 'sa-plan-empty' }, 'No notes.'),
        ...(own.links.length ? [h('ul', {}, own.links.map((l) => h('li', {}, isSafeLink(l) ? h('a', { href: l, rel: 'noreferrer noopener' }, l) : l)))] : []),
        ...(evidenceFor(gathered, c).length
          ? [h('p', { class: 'ci-gathered-title' }, 'Logged since the previous check-in:'), h('ul', {}, evidenceFor(gathered, c).map((e) => h('li', {}, `${calendarDateText(e.date)}: ${e.title}`)))]
          : []),
      );
      const owner = this.#owner(team, person, checkIn);
      const radios = all<HTMLInputElement>(block, '[data-mv-rate]');
      for (const radio of radios) radio.disabled = false;
      this.choices.sync(radios, theirs?.rating ?? '', external, owner.owner?.key);
      this.texts.sync(one<HTMLTextAreaElement>(block, '[data-mv-note]')!, theirs?.notes ?? '', external, owner);
    }
    this.texts.sync(one<HTMLTextAreaElement>(this, '[data-mv-summary]')!, review?.summary ?? '', external, this.#owner(team, person, checkIn));
  }

  /**
   * Whether a note must not vanish with its controls: drawn as belonging to no review, a note typed
   * in or unsaved is kept, saved nowhere, until its reader chooses (text-sync.ts).
   */
  #atStake(note: HTMLTextAreaElement, reason: RenderReason): boolean {
    this.texts.sync(note, '', isExternal(reason));
    return this.texts.inConflict(note);
  }

  /** Puts a kept note, with its message, in place of the new controls' note of its competency, or after them when the level has none. */
  #carry(box: HTMLElement, note: HTMLTextAreaElement) {
    const message = note.nextElementSibling?.matches('[data-field-message]') ? note.nextElementSibling : null;
    const c = note.dataset['mvNote']!;
    const twin = one<HTMLTextAreaElement>(box, `[data-mv-note="${CSS.escape(c)}"]`);
    if (twin) twin.replaceWith(note, ...(message ? [message] : []));
    else {
      const name = this.ladder.competencies.find((x) => x.id === c)?.name ?? c;
      // Kept apart from the competencies of the level on screen, and never saved into its review.
      box.append(h('div', { class: 'tool-field', 'data-mv-kept': c }, h('label', { for: note.id }, `Your note: ${name}`), note, message));
    }
  }

  /** One competency's block: the engineer's side, the manager's rating and note, the anchors. */
  #competencyBlock(checkIn: CheckIn, c: string, name: string): HTMLElement {
    const anchors = anchorsOf(this.ladder, checkIn.level, c);
    const id = (suffix: string) => `mv-${c}-${suffix}`;
    const radio = (value: string, label: string, meaning: string) =>
      h(
        'div',
        { class: value ? 'ci-rating' : 'ci-rating ci-rating-none' },
        h('input', { type: 'radio', name: id('rate'), id: id(value || 'none'), value, 'data-mv-rate': c }),
        h('label', { for: id(value || 'none') }, h('span', { class: 'ci-rating-name' }, label), meaning ? h('span', { class: 'ci-rating-meaning' }, meaning) : null),
      );
    const levels = [...new Map(anchors.flatMap((a) => (a.level ? [[a.level.id, a.level] as const] : []))).values()];
    return h(
      'section',
      { class: 'mv-competency', id: id('review'), 'data-mv-competency': c, 'aria-labelledby': id('title') },
      h('h3', { id: id('title') }, name),
      h(
        'div',
        { class: 'mv-sides' },
        h('div', { class: 'mv-engineer' }, h('p', { class: 'mv-side-title' }, 'The engineer rated: ', h('strong', { 'data-mv-engineer-rating': '' })), h('div', { 'data-mv-engineer-notes': '' })),
        h(
          'fieldset',
          { class: 'mv-manager' },
          h('legend', {}, `Your rating: ${name}`),
          h('div', { class: 'ci-scale' }, radio('', 'Not rated', ''), ...checkInRatings.map((r) => radio(r, ratingNames[r], anchors.find((a) => a.rating === r)?.meaning ?? ''))),
          h('div', { class: 'tool-field' }, h('label', { for: id('note') }, `Your note: ${name}`), h('textarea', { id: id('note'), rows: '2', 'data-mv-note': c })),
        ),
      ),
      h(
        'details',
        { class: 'mv-anchors' },
        // The competency ends the name, for a screen reader: its list of the page's disclosures, one per competency, has no heading to tell them apart.
        h('summary', {}, `The anchors: what ${levels.map((l) => l.shortTitle).join(', ')} consistently do`, h('span', { class: 'sr-only' }, ` — ${name}`)),
        ...levels.map((l) =>
          h(
            'div',
            { class: 'ci-level' },
            h('p', { class: 'ci-level-title' }, l.shortTitle, ' ', h('span', { class: 'sa-badge' }, anchors.filter((a) => a.level?.id === l.id).map((a) => ratingNames[a.rating]).join(' · '))),
            h('ul', {}, (l.expectations[c]?.behaviors ?? []).map((b) => h('li', {}, b))),
          ),
        ),
      ),
    );
  }

  #renderSideBySide(team: TeamData, person: GrowthRecord | undefined, checkIn: CheckIn | undefined) {
    const body = one(this, '[data-review-table] tbody')!;
    const summary = one(this, '[data-mv-agreement-summary]')!;
    const packet = one<HTMLAnchorElement>(this, '[data-mv-packet]')!;
    packet.hidden = !person;
    if (person) packet.href = siteHref(promotionPacketOfHref(person.id));
    for (const b of all<HTMLButtonElement>(this, '[data-mv-action]')) b.disabled = !person;
    if (!person || !checkIn) {
      body.replaceChildren();
      setText(summary, 'Rate a check-in above to see where you and the engineer agree.');
      setText(one(this, '[data-mv-print-title]'), '');
      return;
    }
    const { rows, summary: s } = reviewOfCheckIn(this.ladder, person, checkIn);
    const who = personName(person, team.people.indexOf(person));
    setText(one(this, '[data-mv-print-title]'), `${who}: check-in of ${calendarDateText(checkIn.date)} against ${levelById(this.ladder, checkIn.level)?.title ?? checkIn.level}`);
    renderReviewRows(this, rows);
    setText(
      summary,
      s.both
        ? agreementLine(s)
        : `${who} rated ${rows.filter((r) => r.engineer).length} of ${rows.length} competencies; rate them above to compare.`,
    );
  }

  #person$(): GrowthRecord | undefined {
    return personById(this.data, this.#person);
  }

  #review(control: Element, change: Parameters<typeof changeReview>[4]) {
    const person = this.#person;
    const checkIn = this.#checkIn;
    if (!person || !checkIn) return;
    this.change(control, (team) => updatePerson(team, person, (r) => changeReview(r, checkIn, team.reviewer, localCalendarDate(), change)));
  }

  #onChange(event: Event) {
    const el = event.target as HTMLInputElement | HTMLSelectElement;
    if (el.matches('[data-mv-person]')) {
      this.#person = el.value;
      this.#checkIn = null;
      this.render(this.data, 'change');
    } else if (el.matches('[data-mv-check-in]')) {
      this.#checkIn = el.value;
      this.render(this.data, 'change');
    } else if (el.matches('[data-mv-rate]')) {
      const rating = isRating(el.value) ? el.value : null;
      this.#review(el, (v) => rateAsReviewer(v, el.dataset['mvRate']!, rating));
    }
  }

  #onInput(event: Event) {
    const el = event.target as HTMLInputElement | HTMLTextAreaElement;
    if (el.matches('[data-mv-reviewer]')) this.change(el, (team) => setReviewer(team, el.value.slice(0, 120)));
    else if (el.matches('[data-mv-note]') && !el.closest('[data-mv-kept]')) this.#review(el, (v) => annotateAsReviewer(v, el.dataset['mvNote']!, el.value));
    else if (el.matches('[data-mv-summary]')) this.#review(el, (v) => ({ ...v, summary: el.value }));
  }

  #onClick(event: Event) {
    const button = (event.target as Element).closest<HTMLElement>('[data-mv-action]');
    const action = button?.dataset['mvAction'];
    const person = this.#person$();
    if (!button || !action || !person) return;
    if (action === 'export') {
      const name = this.fileName([person.name || 'record', 'reviewed'], recordTool);
      // When the team added them back is the team's, not the engineer's: their file goes without it.
      const { addedAt, ...own } = person;
      downloadFile({ name, type: 'application/json', text: this.#personStore.exportText(own) });
      this.status(`Exported ${name}: the engineer can import it on their check-in page to see your review beside theirs.`);
    } else if (action === 'print') window.print();
    else if (action === 'remove') {
      const who = personName(person, this.data.people.indexOf(person));
      if (!window.confirm(`Remove ${who} and your reviews of them from this browser? You can undo it right after.`)) return;
      if (this.replaceUndoably(button, (data) => withoutPerson(data, person.id), `the removal of ${who}`, () => (this.#person = null))) this.status(`Removed ${who}. ${undoOffer}`);
    }
  }
}

customElements.define('handbook-manager-view', ManagerIsland);
