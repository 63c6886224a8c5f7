/**
 * Browsing without a query (the Browse page, src/components/search/BrowsePages.astro): every page
 * of some content types, levels or tracks, listed from the search index's filters with Pagefind's
 * filter-only search (`pagefind.search(null, { filters })`). Pure: the groups of filter values, the
 * choice as it sits in the page's URL, the filters Pagefind takes, and the order of the list.
 */
import { filterNames } from './search-filters.ts';
import { browseHref } from './urls.ts';

export type FilterKey = keyof typeof filterNames;

/** One filter of the search index with the values a reader can choose. */
export interface FilterGroup {
  /** The name of the filter in the page's URL: `type`, `level`, `track`. */
  key: FilterKey;
  /** The filter's name in the index (and its label): `Content type`… */
  name: string;
  values: string[];
}

/** The values chosen in each filter, by key. A filter with nothing chosen does not narrow the list. */
export type BrowseChoice = Partial<Record<FilterKey, string[]>>;

/** The filters of the index and their values, in the order the search dialog shows them. */
export function browseGroups(input: { types: readonly string[]; levels: readonly string[]; tracks: readonly string[] }): FilterGroup[] {
  return [
    { key: 'type', name: filterNames.type, values: [...input.types] },
    { key: 'level', name: filterNames.level, values: [...input.levels] },
    { key: 'track', name: filterNames.track, values: [...input.tracks] },
  ];
}

/**
 * The choice a page URL's query holds (`?type=Level&level=…`, a parameter once per value), keeping
 * only the values the groups have: a link with an unknown or renamed value lists more, never nothing.
 */
export function choiceFromQuery(query: string, groups: readonly FilterGroup[]): BrowseChoice {
  const params = new URLSearchParams(query);
  const choice: BrowseChoice = {};
  for (const group of groups) {
    const values = params.getAll(group.key).filter((v) => group.values.includes(v));
    if (values.length) choice[group.key] = [...new Set(values)];
  }
  return choice;
}

/** The query of a page URL that holds the choice, `''` when nothing is chosen. */
export function queryFromChoice(choice: BrowseChoice): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(filterNames) as FilterKey[]) for (const value of choice[key] ?? []) params.append(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The Browse page listing the pages of the choice, e.g. every page about one level. */
export const browseLink = (choice: BrowseChoice) => `${browseHref}${queryFromChoice(choice)}`;

/**
 * The filters Pagefind takes for the choice: within a filter any chosen value (Staff or Principal),
 * across filters all of them (a level's comparisons).
 */
export function pagefindFilters(choice: BrowseChoice, groups: readonly FilterGroup[]): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const group of groups) {
    const values = choice[group.key];
    if (values?.length) filters[group.name] = { any: values };
  }
  return filters;
}

/** A page in the list: its title, its URL and its content type (a label of `contentTypeLabels`). */
export interface BrowsedPage {
  title: string;
  url: string;
  type: string | undefined;
}

/** The list in reading order: by content type, in the order of the types, then by title. */
export function sortBrowsedPages(pages: readonly BrowsedPage[], typeOrder: readonly string[]): BrowsedPage[] {
  const rank = (type: string | undefined) => {
    const at = type === undefined ? -1 : typeOrder.indexOf(type);
    return at === -1 ? typeOrder.length : at;
  };
  return [...pages].sort((a, b) => rank(a.type) - rank(b.type) || a.title.localeCompare(b.title, 'en'));
}

/** What the list's status says: `12 pages`, `1 page`, `No page matches these filters`. */
export function browseStatus(count: number, filtered: boolean): string {
  if (count === 0) return filtered ? 'No page matches these filters.' : 'No pages.';
  return `${count} ${count === 1 ? 'page' : 'pages'}${filtered ? ' match these filters' : ' in the handbook'}.`;
}
