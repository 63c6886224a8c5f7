/** Fills a ReviewTable.astro inside `root`: one row per competency, the two ratings and their agreement. */
import { agreementText, ratingText, type ReviewRow } from '~/lib/growth/review';
import { h, one } from '../tools/dom.ts';

export function renderReviewRows(root: ParentNode, rows: readonly ReviewRow[]): void {
  one(root, '[data-review-table] tbody')?.replaceChildren(
    ...rows.map((r) => h('tr', { 'data-agreement': r.agreement }, h('th', { scope: 'row' }, r.name), h('td', {}, ratingText(r.engineer)), h('td', {}, ratingText(r.manager)), h('td', {}, agreementText(r)))),
  );
}
