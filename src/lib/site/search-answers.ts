/**
 * Which expected answers of the reader queries (tests/search/*.yaml) the content still defines.
 * The query sets are measurements and are never edited to fit the content: when a team removes a
 * KPI, a level, a glossary term, a page or a heading, the queries that expected it have no answer
 * any more and leave the figures (the bench and the tests name them), while an answer the content
 * still defines but the built site lacks (a code change broke a page or an anchor) is a failure.
 *
 * What the content defines is read from the content through the URL scheme (urls.ts): the pages
 * its files and its data give the site, the headings and ids of each MDX page, and the anchor of
 * each of its items (a KPI's row, a glossary term…). Pure; the model is read from the files by
 * scripts/search/run-queries.ts (`contentModel`).
 */
import { splitHref } from './search-eval.ts';

/** The anchors a kind of item gives a page, one per item the content holds (`kpiAnchor` for a role's KPIs). */
export interface ItemAnchors {
  /** The anchor of one item, as urls.ts writes it. */
  anchor: (id: string) => string;
  /** The ids of the items the content holds. */
  ids: readonly string[];
  /** The page whose anchors they are; on every page when omitted (a goal's anchor on a role's goals and on the onboarding plan). */
  page?: string;
}

/** What the content, and the code for its own routes and fixed anchors, gives the site. */
export interface ContentModel {
  /** Every page path: the MDX pages, the pages of the data (levels, competencies…) and the code's own routes. */
  pages: ReadonlySet<string>;
  /** The anchors each MDX page's text gives it: its headings' slugs and its explicit ids, by page path. */
  mdxAnchors: ReadonlyMap<string, ReadonlySet<string>>;
  items: readonly ItemAnchors[];
  /** Ids the code writes whatever the content holds (a tool's data box, the comparison picker). */
  codeAnchors: ReadonlySet<string>;
}

/**
 * - `shown`: the built site has it.
 * - `gone`: the content no longer defines it (its item, page or heading was removed or renamed):
 *   no answer any more, the query leaves the figures.
 * - `lost`: the content still defines it and the site does not have it: a failure.
 */
export type AnswerState = 'shown' | 'gone' | 'lost';

/** The part of an item kind's anchors before the id (`kpi-`); empty for ids used as they are (glossary terms). */
const prefixOf = (items: ItemAnchors) => items.anchor('');

/**
 * Whether the content (or the code, for its own routes and ids) defines `href`. An anchor that is
 * none of the content's items, on a page whose anchors of that kind are the content's (a `kpi-`
 * row of a KPI page, a term of the glossary), is one the content no longer has; so is every anchor
 * of a page the content no longer has. Any other anchor counts as defined, so losing it is a failure.
 */
export function contentDefines(href: string, model: ContentModel): boolean {
  const { path, anchor } = splitHref(href);
  if (!model.pages.has(path)) return false;
  if (!anchor) return true;
  if (model.mdxAnchors.get(path)?.has(anchor) || model.codeAnchors.has(anchor)) return true;
  const kinds = model.items.filter((k) => k.page === undefined || k.page === path);
  if (kinds.some((k) => k.ids.some((id) => k.anchor(id) === anchor))) return true;
  // The anchor of a kind of item on this page (a KPI's row), whose item the content no longer has.
  if (kinds.some((k) => (prefixOf(k) ? anchor.startsWith(prefixOf(k)) : k.page === path))) return false;
  // Any other anchor: one of the code's components (a tool's data box, a kit's variant), or a
  // heading an MDX page no longer has, which cannot be told apart from it: a failure either way.
  return true;
}

/** The state of each expected answer: `siteHas` tells whether the built site has the page and anchor. */
export function answerState(href: string, siteHas: (href: string) => boolean, model: ContentModel): AnswerState {
  if (siteHas(href)) return 'shown';
  return contentDefines(href, model) ? 'lost' : 'gone';
}
