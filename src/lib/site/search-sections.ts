/**
 * Which sections of a page the search dialog shows under its result. Pagefind's UI keeps the three
 * sections with the most matches of the query's words, so a long section that mentions “candidate”
 * seven times in passing (“The loop”) is shown before the section whose heading is the query
 * (“Strong candidate signals”). The dialog instead keeps the sections where the query's words weigh
 * most: Pagefind scores each match by the square of its weight (a heading's words weigh 5 to 7, a
 * KPI's or skill's name 10, running text 1; src/lib/site/search-weights.ts), so a heading or a row
 * that names the query outweighs any number of passing mentions, and among sections that name it
 * alike, the one with more mentions comes first. Before that, the dialog's Pagefind module has kept,
 * under each of its first results, the sections that hold most of the query (src/lib/site/search-topic.ts),
 * so this chooses among those. The dialog (`processResult`,
 * src/components/overrides/Search.astro) and the search benchmark use this same function.
 */

/** A section of a result as Pagefind returns it (`sub_results`), as far as choosing needs it. */
export interface RankedSection {
  url: string;
  locations: readonly number[];
  /** Each match with its weight and Pagefind's score for it (`balanced_score`: weight² × closeness to the query word). */
  weighted_locations?: readonly { weight: number; balanced_score: number; location: number }[];
}

/** How many sections the dialog shows under a page (Pagefind's UI shows at most three). */
export const shownSectionCount = 3;

/**
 * The id Starlight gives every page's `h1`. Pagefind makes a section of each heading with an id, so
 * on a Starlight page the page's own entry (its title and the text before its first `h2`) comes as
 * a section `#_top` rather than at the page's URL, and Pagefind's UI, which recognises the page's
 * own entry by its URL, shows it as one of the three sections: a link that repeats the page's
 * title and leaves room for two of the sections that hold the query.
 */
export const pageTopAnchor = '_top';

/** The page's own entry, under its own URL: a first section at the page's top anchor (`pageTopAnchor`) is that entry. */
export function withOwnEntry<S extends { url: string }>(pageUrl: string, sections: readonly S[]): S[] {
  const first = sections[0];
  return first?.url === `${pageUrl}#${pageTopAnchor}` ? [{ ...first, url: pageUrl }, ...sections.slice(1)] : [...sections];
}

/** What a section's matches weigh together. */
export const sectionScore = (section: RankedSection): number =>
  section.weighted_locations?.reduce((sum, w) => sum + w.balanced_score, 0) ?? section.locations.length;

/**
 * The sections to show under the result for `pageUrl`: the page's own entry (the matches before its
 * first heading, or under its title: `withOwnEntry`) stays first when Pagefind lists it, under the
 * page's URL, so that Pagefind's UI shows it as the page itself, then the `shownSectionCount`
 * weightiest sections (`sectionScore`; ties: more matches, then page order), in page order. With at
 * most that many sections left, Pagefind's UI shows them all.
 */
export function strongestSections<S extends RankedSection>(pageUrl: string, found: readonly S[]): S[] {
  const sections = withOwnEntry(pageUrl, found);
  const own = sections[0]?.url === pageUrl ? sections.slice(0, 1) : [];
  const rest = sections.slice(own.length);
  if (rest.length <= shownSectionCount) return [...sections];
  const order = new Map(rest.map((s, i) => [s, i]));
  const kept = new Set(
    [...rest]
      .sort((a, b) => sectionScore(b) - sectionScore(a) || b.locations.length - a.locations.length || order.get(a)! - order.get(b)!)
      .slice(0, shownSectionCount),
  );
  return [...own, ...rest.filter((s) => kept.has(s))];
}
