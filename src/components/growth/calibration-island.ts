/**
 * Team calibration, `<handbook-calibration>`: the team a manager imported (the manager's view's
 * store, `handbook:growth-team`), drawn with `~/lib/growth/calibration`: the heatmap, the outliers
 * and who looks ready for the next level, each with their evidence, and a printable sheet.
 */
import type { RenderReason } from '../tools/tool-island.ts';
import { calendarDateText } from '~/lib/browser/dates';
import { ratingNames } from '~/lib/growth/check-in-scale';
import { heatmap, outliers, readyForNext, type Cell } from '~/lib/growth/calibration';
import type { CheckInNote, EvidenceEntry } from '~/lib/growth/growth-record';
import type { TeamData } from '~/lib/growth/growth-store';
import { levelById } from '~/lib/growth/self-assessment';
import { promotionPacketOfHref } from '~/lib/site/urls';
import { h, one, setText } from '../tools/dom.ts';
import { enableControls } from './growth-islands.ts';
import { TeamIsland } from './team-island.ts';

/** Most evidence entries, and most check-in notes, listed under one finding; the packet has them all. */
const entriesShown = 5;

/** A check-in note in one line, cut where it runs long; the packet has it whole. */
const noteLine = (n: CheckInNote) => {
  const text = n.notes || `${n.links.length} ${n.links.length === 1 ? 'link' : 'links'}`;
  return `${calendarDateText(n.date)}, at a check-in: ${text.length > 160 ? `${text.slice(0, 159)}…` : text}`;
};

class CalibrationIsland extends TeamIsland {
  protected enhance(): void {
    this.addEventListener('click', (e) => {
      if ((e.target as Element).closest('[data-cal-action="print"]')) window.print();
    });
  }

  #competency(id: string) {
    return this.ladder.competencies.find((c) => c.id === id)?.name ?? id;
  }

  #cellText(cell: Cell | undefined): string {
    if (!cell) return '—';
    if (!cell.rating) return 'Not rated';
    const own = cell.from === 'manager' && cell.self && cell.self !== cell.manager ? ` (self: ${ratingNames[cell.self]})` : '';
    return `${ratingNames[cell.rating]}${own}`;
  }

  /** Who rated the row: the engineer alone, or the manager for some or all of it. */
  #ratedBy(cells: (Cell | undefined)[]): string {
    const rated = cells.filter((c) => c?.rating);
    const byManager = rated.filter((c) => c!.from === 'manager').length;
    return byManager === 0 ? 'self-rated' : byManager === rated.length ? 'reviewed by the manager' : `reviewed by the manager for ${byManager} of ${rated.length}`;
  }

  /** The evidence for a finding: the log's entries, then what the person wrote at their check-ins. */
  #evidence(entries: EvidenceEntry[], notes: CheckInNote[]): HTMLElement {
    if (!entries.length && !notes.length) return h('p', { class: 'sa-plan-empty' }, 'No evidence logged or noted at a check-in for it.');
    const listed = [
      ...entries.slice(0, entriesShown).map((e) => `${calendarDateText(e.date)}: ${e.title}`),
      ...notes.slice(0, entriesShown).map(noteLine),
    ];
    const more = Math.max(0, entries.length - entriesShown) + Math.max(0, notes.length - entriesShown);
    return h(
      'ul',
      { class: 'cal-evidence' },
      listed.map((text) => h('li', {}, text)),
      more > 0 ? h('li', {}, `and ${more} more in their packet`) : null,
    );
  }

  protected render(team: TeamData, _reason: RenderReason): void {
    enableControls(this);
    const rows = heatmap(this.ladder, team.people);
    const level = (id: string) => levelById(this.ladder, id);
    const without = team.people.length - rows.length;
    setText(
      one(this, '[data-cal-summary]'),
      team.people.length === 0
        ? 'Import your team’s records to see them side by side.'
        : `${rows.length} ${rows.length === 1 ? 'person' : 'people'}, each against their own level, from their latest check-in; the manager’s rating where there is one.${without ? ` ${without} without a check-in yet.` : ''}`,
    );
    setText(one(this, '[data-cal-print-title]'), `Calibration sheet, ${calendarDateText(new Date().toISOString().slice(0, 10))}`);
    one(this, '[data-cal-heatmap] tbody')!.replaceChildren(
      ...rows.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, h('a', { href: promotionPacketOfHref(row.id) }, row.name)),
          h('td', {}, `${level(row.level)?.shortTitle ?? row.level}, ${calendarDateText(row.date)}, ${this.#ratedBy(row.cells)}`),
          ...row.cells.map((cell) =>
            h('td', { 'data-rating': cell?.rating ?? (cell ? 'none' : 'not-at-level'), 'data-differs': cell?.self && cell.manager && cell.self !== cell.manager ? '' : undefined }, this.#cellText(cell)),
          ),
        ),
      ),
    );

    const found = outliers(this.ladder, team.people);
    one(this, '[data-cal-empty="outliers"]')!.hidden = found.length > 0;
    one(this, '[data-cal-list="outliers"]')!.replaceChildren(
      ...found.map((o) =>
        h(
          'li',
          { class: 'cal-finding' },
          h('p', { class: 'cal-finding-title' }, h('strong', {}, o.name), ` — ${o.competencyName}: ${ratingNames[o.rating]}`),
          h('p', {}, `Why: ${o.explanation}.`),
          this.#evidence(o.evidence, o.notes),
        ),
      ),
    );

    const ready = readyForNext(this.ladder, team.people);
    one(this, '[data-cal-empty="ready"]')!.hidden = ready.length > 0;
    one(this, '[data-cal-list="ready"]')!.replaceChildren(
      ...ready.map((r) =>
        h(
          'li',
          { class: 'cal-finding' },
          h('p', { class: 'cal-finding-title' }, h('strong', {}, r.name), ` — ${level(r.level)?.shortTitle ?? r.level} → ${level(r.next)?.shortTitle ?? r.next}`),
          h(
            'p',
            {},
            `Exceeds ${r.exceeds.length} of the level’s competencies (${r.exceeds.map((c) => this.#competency(c)).join(', ')}), at least meets the rest`,
            r.sustained > 1 ? `, in each of their last ${r.sustained} check-ins.` : ', in their latest check-in only: look for it to hold.',
          ),
          ...r.evidence.filter((g) => g.entries.length || g.notes.length).flatMap((g) => [h('p', { class: 'cal-evidence-title' }, this.#competency(g.competency)), this.#evidence(g.entries, g.notes)]),
          ...(r.evidence.some((g) => !g.entries.length && !g.notes.length)
            ? [h('p', { class: 'sa-plan-empty' }, `No evidence logged or noted at a check-in for ${r.evidence.filter((g) => !g.entries.length && !g.notes.length).map((g) => this.#competency(g.competency)).join(', ')}.`)]
            : []),
          h('p', {}, h('a', { href: promotionPacketOfHref(r.person) }, `${r.name}’s promotion packet`)),
        ),
      ),
    );
  }
}

customElements.define('handbook-calibration', CalibrationIsland);
