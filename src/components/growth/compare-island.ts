/**
 * Comparing check-ins, `<handbook-check-in-compare>`: reads the person's record (the check-in
 * page's store) and draws the comparison of two check-ins and every competency's timeline with
 * `~/lib/growth/compare-check-ins`. It changes nothing; other tabs' changes redraw it at once.
 */
import type { RenderReason } from '../tools/tool-island.ts';
import { calendarDateText } from '~/lib/browser/dates';
import { ratingNames } from '~/lib/growth/check-in-scale';
import { compareCheckIns, movementText, timelines, type CompetencyMove } from '~/lib/growth/compare-check-ins';
import { checkInById, checkInsByDate, type CheckIn, type GrowthRecord } from '~/lib/growth/growth-record';
import { levelById } from '~/lib/growth/self-assessment';
import { evidenceEntryHref } from '~/lib/site/urls';
import { h, one, setText } from '../tools/dom.ts';
import { RecordIsland, enableControls } from './growth-islands.ts';

const groups: { movement: CompetencyMove['movement']; words: string }[] = [
  { movement: 'up', words: 'Moved up' },
  { movement: 'down', words: 'Moved down' },
  { movement: 'same', words: 'Did not move' },
  { movement: 'newly-rated', words: 'Rated for the first time' },
  { movement: 'no-longer-rated', words: 'Rated before, not now' },
];

class CompareIsland extends RecordIsland {
  protected enhance(): void {
    this.addEventListener('change', (e) => {
      if ((e.target as Element).matches('[data-cmp-pick]')) this.render(this.data, 'change');
    });
  }

  #label(c: CheckIn) {
    return `${calendarDateText(c.date)} · ${levelById(this.ladder, c.level)?.shortTitle ?? c.level}`;
  }

  protected render(r: GrowthRecord, _reason: RenderReason): void {
    enableControls(this);
    const sorted = checkInsByDate(r);
    const [earlierSelect, laterSelect] = ['earlier', 'later'].map((w) => one<HTMLSelectElement>(this, `[data-cmp-pick="${w}"]`)!) as [HTMLSelectElement, HTMLSelectElement];
    const keep = (select: HTMLSelectElement, fallback: CheckIn | undefined) => {
      const chosen = checkInById(r, select.value) ?? fallback;
      select.replaceChildren(...sorted.map((c) => h('option', { value: c.id }, this.#label(c))));
      select.value = chosen?.id ?? '';
      return chosen;
    };
    const later = keep(laterSelect, sorted.at(-1));
    const earlier = keep(earlierSelect, sorted.at(-2) ?? sorted.at(-1));
    this.#renderTimeline(r);
    const summary = one(this, '[data-cmp-summary]')!;
    const body = one(this, '[data-cmp-moves] tbody')!;
    if (sorted.length < 2 || !earlier || !later || earlier.id === later.id) {
      body.replaceChildren();
      one(this, '[data-cmp-lists]')!.replaceChildren();
      one(this, '[data-cmp-evidence]')!.replaceChildren();
      setText(
        summary,
        sorted.length < 2
          ? `This browser holds ${sorted.length === 0 ? 'no check-in' : 'one check-in'}: record ${sorted.length === 0 ? 'two' : 'another'} on the check-in page to compare them.`
          : 'Choose two different check-ins.',
      );
      return;
    }
    const comparison = compareCheckIns(this.ladder, r, earlier, later);
    const from = levelById(this.ladder, comparison.earlier.level);
    const to = levelById(this.ladder, comparison.later.level);
    const moved = comparison.moves.filter((m) => m.movement === 'up' || m.movement === 'down').length;
    setText(
      summary,
      `From ${calendarDateText(comparison.earlier.date)} to ${calendarDateText(comparison.later.date)}: ${moved} of ${comparison.moves.length} competencies moved${
        comparison.levelChanged ? `; the level changed from ${from?.title} to ${to?.title}` : ''
      }.`,
    );
    setText(one(this, '[data-cmp-head="earlier"]'), this.#label(comparison.earlier));
    setText(one(this, '[data-cmp-head="later"]'), this.#label(comparison.later));
    const rating = (x: CompetencyMove['before']) => (x ? ratingNames[x] : 'Not rated');
    body.replaceChildren(
      ...comparison.moves.map((m) =>
        h(
          'tr',
          { 'data-movement': m.movement },
          h('th', { scope: 'row' }, m.name),
          h('td', {}, rating(m.before)),
          h('td', {}, rating(m.after)),
          h('td', {}, movementText(m), m.acrossTracks && (m.movement === 'up' || m.movement === 'down' || m.movement === 'same') ? ' (across tracks)' : ''),
        ),
      ),
    );
    one(this, '[data-cmp-lists]')!.replaceChildren(
      ...groups.flatMap((g) => {
        const names = comparison.moves.filter((m) => m.movement === g.movement).map((m) => m.name);
        return names.length ? [h('li', {}, h('strong', {}, `${g.words}:`), ` ${names.join(', ')}.`)] : [];
      }),
    );
    one(this, '[data-cmp-evidence-empty]')!.hidden = comparison.evidence.length + comparison.untagged.length > 0;
    const entryList = (entries: typeof comparison.untagged) =>
      h('ul', {}, entries.map((e) => h('li', {}, `${calendarDateText(e.date)}: `, h('a', { href: evidenceEntryHref(e.id) }, e.title))));
    one(this, '[data-cmp-evidence]')!.replaceChildren(
      ...comparison.evidence.flatMap((g) => [h('h3', {}, `${g.name} (${g.entries.length})`), entryList(g.entries)]),
      ...(comparison.untagged.length ? [h('h3', {}, `No competency tagged (${comparison.untagged.length})`), entryList(comparison.untagged)] : []),
    );
  }

  #renderTimeline(r: GrowthRecord) {
    const sorted = checkInsByDate(r);
    const table = one(this, '[data-cmp-timeline]')!;
    one(table, 'thead tr')!.replaceChildren(h('th', { scope: 'col' }, 'Competency'), ...sorted.map((c) => h('th', { scope: 'col' }, this.#label(c))));
    one(table, 'tbody')!.replaceChildren(
      ...timelines(this.ladder, r).map((t) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, t.name),
          ...t.points.map((p) => h('td', { 'data-rating': p.rating ?? (p.rating === null ? 'none' : 'not-at-level') }, p.rating === undefined ? '—' : p.rating ? ratingNames[p.rating] : 'Not rated')),
        ),
      ),
    );
  }
}

customElements.define('handbook-check-in-compare', CompareIsland);
