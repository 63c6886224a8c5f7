/**
 * Draws the latest check-in's profile (radar chart and its table), the ranked gaps and the growth
 * plan into the check-in page, with the pure functions the server used (`~/lib/growth/growth-plan`).
 */
import { chartModel, checkInRows, latestView, profileLadder, weightList } from '~/lib/growth/growth-plan';
import { entryOf, evidenceFor, evidenceOfCheckIn, latestCheckIn, type GrowthRecord } from '~/lib/growth/growth-record';
import { describeGap, type Gap } from '~/lib/growth/gaps';
import { radarSvg } from '~/lib/growth/radar';
import { competenciesOf } from '~/lib/growth/check-in-scale';
import { isSafeLink, levelById, type Ladder } from '~/lib/growth/self-assessment';
import { checkInAnchor, evidenceEntryHref, expectationHref } from '~/lib/site/urls';
import { levelProficiency, outOf } from '~/lib/ladder/proficiency-scale';
import { calendarDateText } from '~/lib/browser/dates';
import { agreementText, ratingText, reviewedMark, reviewOfCheckIn } from '~/lib/growth/review';
import { h, one, setText } from '../tools/dom.ts';

/**
 * Puts `html` in `el` unless it already holds the same markup, e.g. the server's drawing (compared
 * as the browser writes both out: the server's `<polygon … />` reads back as `<polygon …></polygon>`),
 * which a first visit's drawing then leaves untouched. For markup built here, never text from storage or a file.
 */
function setMarkup(el: Element, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  if (template.innerHTML !== el.innerHTML) el.replaceChildren(template.content);
}

export function renderProfile(root: ParentNode, ladder: Ladder, r: GrowthRecord): void {
  const view = latestView(ladder, r);
  const target = levelById(ladder, r.target);
  const scoped = profileLadder(ladder, r);
  const chart = one(root, '[data-sa-chart]');
  if (chart) setMarkup(chart, radarSvg(chartModel(scoped, view.assessment, view.ratings)));
  // The explanation of the ranking sits after the tool, in the page's own text.
  setText(document.querySelector<HTMLElement>('[data-sa-weights]'), weightList(scoped));
  setText(one(root, '[data-sa-legend-target]'), target ? `Target: ${target.shortTitle}` : 'Target: not chosen');
  setText(one(root, '[data-sa-table-target]'), target ? `${target.shortTitle} expects` : 'Target expects');
  // Rows the same as those on screen (the server's, on a first visit) are left as they are.
  const body = one<HTMLTableSectionElement>(root, '[data-sa-table] tbody');
  const rows = checkInRows(ladder, r).map((row) => [row.name, row.rating, row.you, row.target, row.gap]);
  if (body && JSON.stringify(rows) !== JSON.stringify([...body.rows].map((tr) => [...tr.cells].map((cell) => cell.textContent))))
    body.replaceChildren(...rows.map(([name, ...cells]) => h('tr', {}, h('th', { scope: 'row' }, name), ...cells.map((cell) => h('td', {}, cell)))));
  renderGaps(root, ladder, r);
  renderPlan(root, ladder, r);
}

function renderGaps(root: ParentNode, ladder: Ladder, r: GrowthRecord): void {
  const list = one(root, '[data-sa-gap-list]');
  const summary = one(root, '[data-sa-gap-summary]');
  if (!list || !summary) return;
  const view = latestView(ladder, r);
  const target = levelById(ladder, r.target);
  const latest = latestCheckIn(r);
  if (!view.report || !target || !latest) {
    list.replaceChildren();
    setText(summary, 'Choose a target level and record a check-in to see your gaps, most pressing first.');
    return;
  }
  const name = (c: string) => ladder.competencies.find((x) => x.id === c)?.name ?? c;
  const levelName = (id: string) => levelById(ladder, id)?.shortTitle ?? id;
  const item = (competency: string, meta: string, i: number) => {
    const expectation = target.expectations[competency];
    return h(
      'li',
      { class: 'sa-gap', 'data-competency': competency },
      h('h3', {}, `${i + 1}. ${name(competency)}`),
      h('p', { class: 'sa-gap-meta' }, meta),
      h('p', { class: 'sa-gap-label' }, `What ${target.shortTitle} consistently does`),
      h('ul', {}, (expectation?.behaviors ?? []).map((b) => h('li', {}, b))),
      h('p', { class: 'sa-gap-label' }, 'Example evidence'),
      h('ul', {}, (expectation?.evidence ?? []).map((e) => h('li', {}, e))),
      h(
        'p',
        { class: 'sa-gap-links' },
        h('a', { href: expectationHref(target.id, competency) }, `${name(competency)} at ${target.shortTitle}`),
        h('span', { class: 'sa-screen-only' }, ' · ', h('a', { href: `#${checkInAnchor(competency)}` }, 'Change your rating')),
      ),
    );
  };
  const scale = ladder.scale;
  const under = view.underLadder.map((c) => ({
    competency: c,
    meta: `You rated ${view.ratings[c]?.toLowerCase()} against ${levelName(latest.level)}, under the first level of the track for it; ${target.shortTitle} expects ${outOf(target.expectations[c]?.proficiency ?? 0, scale)}.`,
  }));
  const gaps = view.report.gaps.map((g: Gap) => ({
    competency: g.competency,
    meta: `${view.ratings[g.competency] ? `You rated ${view.ratings[g.competency]!.toLowerCase()}. ` : ''}${describeGap(ladder, target.id, g)}${g.weight ? ` Scorecard weight ${g.weight}%.` : ''}`,
  }));
  const ranked = [...under, ...gaps];
  list.replaceChildren(...ranked.map((g, i) => item(g.competency, g.meta, i)));
  const { met, unrated } = view.report;
  const parts = [
    ranked.length
      ? `${ranked.length} gap${ranked.length === 1 ? '' : 's'} to close for ${target.shortTitle}, most pressing first.`
      : met.length
        ? `No gaps to close for ${target.shortTitle} among the competencies you rated.`
        : '',
    met.length ? `Already at the target: ${met.map((g) => name(g.competency)).join(', ')}.` : '',
    unrated.length ? `Not rated yet: ${unrated.map(name).join(', ')}.` : '',
  ];
  setText(summary, parts.filter(Boolean).join(' '));
}

function renderPlan(root: ParentNode, ladder: Ladder, r: GrowthRecord): void {
  const plan = one(root, '[data-sa-plan]');
  if (!plan) return;
  const latest = latestCheckIn(r);
  const view = latestView(ladder, r);
  const current = levelById(ladder, latest?.level);
  const target = levelById(ladder, r.target);
  // The plan prints: with the manager's review of the latest check-in, their rating sits beside each of yours.
  const reviewed = latest && reviewOfCheckIn(ladder, r, latest);
  const review = reviewed?.review;
  const levels = `${r.name.trim() ? `${r.name.trim()}: ` : ''}${current?.title ?? 'no check-in yet'} → ${target?.title ?? 'target level not chosen'}${latest ? ` · check-in of ${calendarDateText(latest.date)}` : ''}${review ? ` · ${reviewedMark(review)}` : ''}`;
  setText(one(root, '[data-sa-levels-line]'), levels);
  const gathered = latest ? evidenceOfCheckIn(r, latest.id) : [];
  const proficiency = (level: string | null | undefined, c: string) => levelById(ladder, level)?.expectations[c]?.proficiency;
  plan.replaceChildren(
    h('p', { class: 'sa-plan-levels' }, levels),
    ...(latest ? competenciesOf(ladder, latest.level) : []).map((c) => {
      const { notes, links } = entryOf(latest!, c.id);
      const demonstrated = view.assessment.competencies[c.id]?.demonstrated;
      const level = levelById(ladder, demonstrated);
      const entries = evidenceFor(gathered, c.id);
      const managers = review ? reviewed.rows.find((row) => row.competency === c.id) : undefined;
      return h(
        'section',
        { class: 'sa-plan-item' },
        h('h3', {}, c.name),
        h(
          'p',
          { class: 'sa-plan-meta' },
          view.ratings[c.id] ? `${view.ratings[c.id]}: ${level ? levelProficiency(level.shortTitle, proficiency(demonstrated, c.id) ?? 0, ladder.scale) : 'under the ladder'}` : 'Not rated yet',
          target ? ` · ${target.shortTitle} expects ${outOf(proficiency(target.id, c.id) ?? 0, ladder.scale)}` : '',
          managers?.manager ? ` · Your manager: ${ratingText(managers.manager)} (${agreementText(managers)})` : '',
        ),
        notes.trim() ? h('p', { class: 'sa-plan-notes' }, notes.trim()) : h('p', { class: 'sa-plan-empty' }, 'No evidence noted yet.'),
        links.length ? h('ul', {}, links.map((l) => h('li', {}, isSafeLink(l) ? h('a', { href: l, rel: 'noreferrer noopener' }, l) : l))) : null,
        entries.length
          ? h('p', { class: 'sa-gap-label' }, 'Logged since the previous check-in')
          : null,
        entries.length ? h('ul', {}, entries.map((e) => h('li', {}, `${calendarDateText(e.date)}: `, h('a', { href: evidenceEntryHref(e.id) }, e.title)))) : null,
      );
    }),
  );
}
