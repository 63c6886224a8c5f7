/**
 * Measuring search: a set of reader queries, each with the page (and anchor) that should answer it
 * (tests/search/queries.yaml), is run against the site's Pagefind index and scored as recall@k and
 * MRR@10. This module is the pure part: the query file's format, turning a target such as
 * `kpi:lead-ml-engineer/rollback-rate` into its URL through the URL scheme, finding the rank at
 * which a target shows in the results as the search dialog shows them, and the figures.
 * The Node part (reading the files, querying the index) is scripts/search/run-queries.ts.
 */
import { z } from 'astro/zod';
import * as urls from './urls.ts';

/* ---------- The query file ---------- */

const targetText = z.string().regex(/^[a-z]+:\S/, 'a target is `<kind>:<id>`, e.g. `level:staff-ml-engineer`');

/** One reader query and the page or pages that answer it (finding any of them counts). */
export const searchQuerySchema = z
  .object({
    /** What the reader types. */
    query: z.string().trim().min(1),
    /** The target that answers it, or several that answer it equally well. */
    expect: z.union([targetText, z.array(targetText).min(1)]).transform((t) => (Array.isArray(t) ? t : [t])),
    /** The page of the role description alone that answers it, for the comparison with a bare site. */
    roleDescription: targetText.optional(),
  })
  .strict();
export const querySetSchema = z.array(searchQuerySchema).min(1);
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/* ---------- Targets ---------- */

/** What resolving a target needs besides the URL scheme: the level ids in ladder order (comparisons). */
export interface TargetContext {
  levelOrder: readonly string[];
}

/** `a/b` as its two parts, with a message naming the target when one is missing. */
function pair(target: string, id: string): [string, string] {
  const at = id.indexOf('/');
  if (at <= 0 || at === id.length - 1) throw new Error(`search target “${target}”: expected <role-or-level>/<id>`);
  return [id.slice(0, at), id.slice(at + 1)];
}

/** How each kind of target becomes a URL; the kinds are those of the query file's header. */
const resolvers: Record<string, (id: string, target: string, context: TargetContext) => string> = {
  level: (id) => urls.levelHref(id),
  competency: (id) => urls.competencyHref(id),
  kpi: (id, t) => urls.kpiHref(...pair(t, id)),
  skill: (id, t) => urls.skillHref(...pair(t, id)),
  tool: (id, t) => urls.toolHref(...pair(t, id)),
  term: (id) => urls.glossaryTermHref(id),
  kit: (id) => urls.kitHref(id),
  phase: (id) => urls.onboardingPhaseHref(id),
  path: (id) => urls.pathHref(id),
  compare: (id, t, { levelOrder }) => urls.comparisonHref(...pair(t, id), levelOrder),
  page: (id) => {
    const [file = '', anchor] = id.split('#');
    return anchor ? `${urls.docHref(file)}#${anchor}` : urls.docHref(file);
  },
  href: (id) => id,
};

/** The URL (path, and `#anchor` when the target is a part of a page) of a target. */
export function targetHref(target: string, context: TargetContext): string {
  const colon = target.indexOf(':');
  const kind = target.slice(0, colon);
  const resolve = resolvers[kind];
  if (!resolve) throw new Error(`search target “${target}”: unknown kind “${kind}” (known: ${Object.keys(resolvers).join(', ')})`);
  return resolve(target.slice(colon + 1), target, context);
}

/** A URL as its path and its anchor (without `#`), if any. */
export function splitHref(href: string): { path: string; anchor: string | undefined } {
  const at = href.indexOf('#');
  return at === -1 ? { path: href, anchor: undefined } : { path: href.slice(0, at), anchor: href.slice(at + 1) };
}

/* ---------- Results, as the search dialog shows them ---------- */

export interface SubResult {
  url: string;
  /** Positions of the query's words in this section: the dialog shows the sections with most. */
  locations: readonly number[];
}
/** An element of a page with an id, where Pagefind found it in the page's text (Pagefind's `anchors`). */
export interface Anchor {
  id: string;
  /** Its tag name: `h2`, `tr`… */
  element: string;
  /** Its position in the page's words. */
  location: number;
}
/** A page in the results: its URL, its sections that matched (Pagefind's `sub_results`), and its anchors. */
export interface SearchHit {
  url: string;
  subResults: readonly SubResult[];
  anchors?: readonly Anchor[];
}

/** How many sections the dialog shows under a page (Pagefind's default UI, `thin_sub_results`). */
export const shownSectionLimit = 3;

/**
 * The sections the search dialog shows under a page result, as Pagefind's default UI picks them:
 * the page's own entry aside (a match before the first heading), all sections when there are at
 * most three, else the three with the most matches, in page order.
 */
export function shownSubResults(hit: SearchHit): SubResult[] {
  const sections = hit.subResults[0]?.url === hit.url ? hit.subResults.slice(1) : [...hit.subResults];
  if (sections.length <= shownSectionLimit) return sections;
  const top = [...sections]
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, shownSectionLimit)
    .map((s) => s.url);
  return sections.filter((s) => top.includes(s.url));
}

const headingLevel = (element: string) => (/^h[1-6]$/i.test(element) ? Number(element[1]) : undefined);

/**
 * The anchors that lead into the section of `anchor`: itself and, when it is a heading, the anchors
 * after it up to the next heading of the same or a higher level (its subsections, rows…). A reader
 * sent to one of them is in the section that answers.
 */
export function anchorsWithin(anchors: readonly Anchor[], anchor: string): Set<string> {
  const ordered = [...anchors].sort((a, b) => a.location - b.location);
  const at = ordered.findIndex((a) => a.id === anchor);
  const level = at === -1 ? undefined : headingLevel(ordered[at]!.element);
  const within = new Set([anchor]);
  if (level === undefined) return within;
  for (const a of ordered.slice(at + 1)) {
    const l = headingLevel(a.element);
    if (l !== undefined && l <= level) break;
    within.add(a.id);
  }
  return within;
}

/**
 * The rank (1 for the first result) of the first result that answers the query: its page is an
 * expected one and, when the expected URL has an anchor, the dialog shows under it a section that
 * leads into that part of the page (`anchorsWithin`). With `pagesOnly`, anchors are not required
 * (to compare with a site whose pages have none). `undefined` when no result answers it.
 */
export function answerRank(hits: readonly SearchHit[], expected: readonly string[], pagesOnly = false): number | undefined {
  const wanted = expected.map(splitHref);
  const index = hits.findIndex((hit) =>
    wanted.some(({ path, anchor }) => {
      if (hit.url !== path) return false;
      if (!anchor || pagesOnly) return true;
      const within = anchorsWithin(hit.anchors ?? [], anchor);
      return shownSubResults(hit).some((s) => within.has(splitHref(s.url).anchor ?? ''));
    }),
  );
  return index === -1 ? undefined : index + 1;
}

/* ---------- Figures ---------- */

export interface SearchFigures {
  queries: number;
  /** Share of queries answered by the first result. */
  recallAt1: number;
  /** Share of queries answered within the first three results (what a dialog shows without scrolling). */
  recallAt3: number;
  /** Mean reciprocal rank of the answer within the first ten results (0 for a query answered lower or not at all). */
  mrrAt10: number;
}

/** The figures of a set of queries from the rank of each one's answer. */
export function searchFigures(ranks: readonly (number | undefined)[]): SearchFigures {
  const n = ranks.length;
  const share = (test: (rank: number) => boolean) => (n ? ranks.filter((r) => r !== undefined && test(r)).length / n : 0);
  const mrr = n ? ranks.reduce<number>((sum, r) => sum + (r !== undefined && r <= 10 ? 1 / r : 0), 0) / n : 0;
  return { queries: n, recallAt1: share((r) => r <= 1), recallAt3: share((r) => r <= 3), mrrAt10: mrr };
}

/* ---------- Comparing two runs ---------- */

/** Per query set, each query's rank (`null` when none of the first ten answers it), as `bench:search --all --save` writes it. */
export type SavedRanks = Record<string, Record<string, number | null>>;

export interface RankChange {
  set: string;
  query: string;
  before: number | null;
  after: number | null;
}

/**
 * Every query whose rank differs between two saved runs; a query or set only one run holds counts
 * as unanswered (`null`) in the other, so an edited set shows rather than hides its change.
 */
export function rankChanges(before: SavedRanks, after: SavedRanks): RankChange[] {
  const changes: RankChange[] = [];
  for (const set of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const old = before[set] ?? {};
    const now = after[set] ?? {};
    for (const query of new Set([...Object.keys(old), ...Object.keys(now)])) {
      const a = old[query] ?? null;
      const b = now[query] ?? null;
      if (a !== b) changes.push({ set, query, before: a, after: b });
    }
  }
  return changes;
}
