/**
 * The promotion packet, `<handbook-promotion-packet>`: one person's record as a printable document
 * (`promotionPacket`). The person is this browser's own record (the check-in page's store), or one
 * of the team a manager imported (`handbook:growth-team`, read here, never written), chosen on the
 * page or by `?person=<record id>`. Both stores are followed across tabs.
 */
import { browserStorage, type RenderReason } from '../tools/tool-island.ts';
import { calendarDateText, localCalendarDate } from '~/lib/browser/dates';
import { createStore, type Store } from '~/lib/browser/store';
import { ratingNames } from '~/lib/growth/check-in-scale';
import { personName } from '~/lib/growth/calibration';
import { hasContent, type EvidenceEntry, type GrowthRecord } from '~/lib/growth/growth-record';
import { teamSpec, type TeamData } from '~/lib/growth/growth-store';
import { hasPacket, packetPerson, promotionPacket, type Packet } from '~/lib/growth/packet';
import { agreementText, ratingText } from '~/lib/growth/review';
import { isSafeLink, levelById } from '~/lib/growth/self-assessment';
import { personParam, selfAssessmentHref } from '~/lib/site/urls';
import { h, one } from '../tools/dom.ts';
import { RecordIsland, enableControls } from './growth-islands.ts';

class PacketIsland extends RecordIsland {
  #team!: Store<TeamData>;
  /** The team member on screen; null for this browser's own record. */
  #person: string | null = null;
  /** Whose packet the reader asked for (on the page or with `?person=`): `''` for their own, `null` before they chose (`packetPerson` decides whose packet opens). */
  #asked: string | null = null;
  #saidMissing = false;
  protected enhance(): void {
    this.#team = createStore(teamSpec(this.ladder, this.kpis.map((k) => k.id)), browserStorage().storage);
    this.#team.subscribe(() => this.render(this.data, 'external'));
    this.#asked = new URLSearchParams(location.search).get(personParam);
    this.addEventListener('change', (e) => {
      const select = e.target as HTMLSelectElement;
      if (!select.matches('[data-pk-person]')) return;
      this.#asked = select.value;
      this.#person = select.value || null;
      const url = new URL(location.href);
      if (this.#person) url.searchParams.set(personParam, this.#person);
      else url.searchParams.delete(personParam);
      history.replaceState(history.state, '', url);
      this.render(this.data, 'change');
    });
    this.addEventListener('click', (e) => {
      if ((e.target as Element).closest('[data-pk-action="print"]')) window.print();
    });
  }

  protected render(own: GrowthRecord, _reason: RenderReason): void {
    enableControls(this);
    const team = this.#team.read().data;
    const select = one<HTMLSelectElement>(this, '[data-pk-person]')!;
    select.replaceChildren(
      h('option', { value: '' }, `Your own record${own.name.trim() ? ` (${own.name.trim()})` : ''}${hasPacket(own) ? '' : ', no check-ins yet'}`),
      ...team.people.map((p, i) => h('option', { value: p.id }, `${personName(p, i)}, from your team${hasPacket(p) ? '' : ', no check-ins yet'}`)),
    );
    const opened = packetPerson(own, team.people, this.#asked);
    this.#person = opened.person;
    const member = team.people.findIndex((p) => p.id === this.#person);
    // A link to someone's packet (the manager's view writes them) whose person this browser does
    // not hold, its address altered or the team not imported here: said, not silently replaced.
    const { missing } = opened;
    if (missing || this.#saidMissing) this.alert(missing ? 'The link asks for the packet of a team member this browser holds no record of (their records are imported on the manager’s view). Choose whose packet to see below.' : '');
    this.#saidMissing = missing;
    select.value = this.#person ?? '';
    const record = member >= 0 ? team.people[member]! : own;
    const name = member >= 0 ? personName(record, member) : record.name.trim();
    const doc = one(this, '[data-pk-document]')!;
    // Printing prints what is shown: nothing to print, no Print.
    one<HTMLButtonElement>(this, '[data-pk-action="print"]')!.disabled = !hasPacket(record);
    if (!hasContent(record) || !hasPacket(record)) {
      const others = team.people.some(hasPacket);
      doc.replaceChildren(
        h(
          'p',
          { class: 'ci-empty' },
          member >= 0
            ? `${name} has no check-in yet.${others ? ' Choose another person above.' : ''}`
            : others
              ? 'Your own record has no check-ins yet. Choose a person from your team above to see their packet.'
              : 'The packet appears here once this browser holds check-ins: record them on the check-in page, or import your team’s records on the manager’s view.',
        ),
      );
      return;
    }
    doc.replaceChildren(...this.#document(promotionPacket(this.ladder, record), name));
  }

  #level(id: string | null) {
    return levelById(this.ladder, id);
  }

  #document(p: Packet, name: string): HTMLElement[] {
    const level = this.#level(p.level);
    const target = this.#level(p.target);
    const levelTitle = level?.title ?? p.level;
    // After a promotion the target is the level itself (or below it): “X → X” would say nothing true.
    const levels = { none: levelTitle, ahead: `${levelTitle} → ${target?.title}`, reached: `${levelTitle}, the target level`, passed: `${levelTitle}, past the target (${target?.title})` }[p.standing];
    const out: HTMLElement[] = [];
    out.push(
      // The page's title already says “Promotion packet”: the document's own heading is whose it is.
      h('h2', { class: 'pk-title' }, name || 'Your record'),
      h(
        'p',
        { class: 'pk-meta' },
        `${levels} · ${p.dates.length} check-in${p.dates.length === 1 ? '' : 's'}, ${calendarDateText(p.dates[0]!)} to ${calendarDateText(p.dates.at(-1)!)} · prepared ${calendarDateText(localCalendarDate())}`,
      ),
    );
    if (p.standing === 'reached' || p.standing === 'passed')
      out.push(
        h(
          'p',
          { class: 'pk-note', 'data-pk-target-note': '' },
          `The latest check-in is ${p.standing === 'reached' ? 'already at the target level' : `at a level above the target, ${target?.title}`}: choose the next target on `,
          h('a', { href: selfAssessmentHref }, 'the check-in page'),
          '.',
        ),
      );

    out.push(h('h3', {}, 'Levels over time'));
    out.push(
      this.#table(
        'Levels over time',
        ['Level', 'From', 'To', 'Check-ins'],
        p.periods.map((x) => [this.#level(x.level)?.title ?? x.level, calendarDateText(x.from), calendarDateText(x.to), String(x.checkIns)]),
      ),
    );

    out.push(h('h3', {}, 'Ratings at every check-in'));
    out.push(
      h('p', { class: 'pk-note' }, 'Each against the level of its check-in. A dash: that level has no expectation for the competency.'),
      this.#table(
        'Ratings at every check-in, by competency',
        ['Competency', ...p.dates.map((d, i) => `${calendarDateText(d)} (${this.#level(p.ratings[0]?.points[i]?.level ?? null)?.shortTitle ?? ''})`)],
        p.ratings.map((t) => [t.name, ...t.points.map((x) => (x.rating === undefined ? '—' : x.rating ? ratingNames[x.rating] : 'Not rated'))]),
      ),
    );

    if (p.latest) {
      const l = p.latest;
      out.push(h('h3', {}, `Latest check-in and the manager’s view (${calendarDateText(l.date)})`));
      out.push(
        h(
          'p',
          {},
          l.reviewer
            ? `Reviewed by ${l.reviewer}: agree on ${l.summary.agree} of the ${l.summary.both} competencies both rated.${l.summary.wide.length ? ` Two steps or more apart: ${l.summary.wide.join(', ')}.` : ''}`
            : 'No manager’s review of this check-in yet.',
        ),
        this.#table('The engineer’s and the manager’s ratings of the latest check-in', ['Competency', 'Engineer', 'Manager', 'Agreement'], l.rows.map((r) => [r.name, ratingText(r.engineer), ratingText(r.manager), agreementText(r)])),
      );
      if (l.ownSummary.trim()) out.push(h('p', { class: 'pk-label' }, 'The engineer’s summary'), h('p', { class: 'sa-plan-notes' }, l.ownSummary.trim()));
      if (l.reviewSummary.trim()) out.push(h('p', { class: 'pk-label' }, 'The manager’s summary'), h('p', { class: 'sa-plan-notes' }, l.reviewSummary.trim()));
      const managerNotes = l.rows.filter((r) => r.managerNotes.trim());
      if (managerNotes.length) out.push(h('p', { class: 'pk-label' }, 'The manager’s notes'), h('ul', {}, managerNotes.map((r) => h('li', {}, h('strong', {}, `${r.name}: `), r.managerNotes.trim()))));
    }

    out.push(h('h3', {}, 'Evidence by competency'));
    if (!p.evidence.length) out.push(h('p', { class: 'sa-plan-empty' }, 'No evidence logged or noted yet.'));
    for (const s of p.evidence) {
      out.push(
        h(
          'section',
          { class: 'pk-section' },
          h('h4', {}, s.name),
          s.entries.length ? h('ul', { class: 'pk-entries' }, s.entries.map((e) => this.#entry(e))) : null,
          s.notes.length
            ? h('div', {}, h('p', { class: 'pk-label' }, 'Notes at check-ins'), h('ul', {}, s.notes.map((n) => h('li', {}, h('strong', {}, `${calendarDateText(n.date)}: `), n.notes || '(links only)', this.#links(n.links)))))
            : null,
        ),
      );
    }
    if (p.untagged.length) out.push(h('section', { class: 'pk-section' }, h('h4', {}, 'Other evidence'), h('ul', { class: 'pk-entries' }, p.untagged.map((e) => this.#entry(e)))));
    return out;
  }

  #entry(e: EvidenceEntry): HTMLElement {
    const kpis = e.kpis.map((k) => this.kpis.find((x) => x.id === k)?.name ?? k);
    return h(
      'li',
      {},
      h('strong', {}, `${calendarDateText(e.date)}: ${e.title}`),
      kpis.length ? ` (KPIs: ${kpis.join(', ')})` : '',
      e.details.trim() ? h('p', { class: 'sa-plan-notes' }, e.details.trim()) : null,
      this.#links(e.links),
    );
  }

  #links(links: string[]): HTMLElement | null {
    return links.length ? h('ul', { class: 'pk-links' }, links.map((l) => h('li', {}, isSafeLink(l) ? h('a', { href: l, rel: 'noreferrer noopener' }, l) : l))) : null;
  }

  #table(caption: string, columns: string[], rows: string[][]): HTMLElement {
    return h(
      'div',
      { class: 'data-table gr-table', role: 'region', 'aria-label': caption, tabindex: '0' },
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r[0]!), r.slice(1).map((c) => h('td', {}, c))))),
      ),
    );
  }
}

customElements.define('handbook-promotion-packet', PacketIsland);
