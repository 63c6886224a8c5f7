/**
 * Pagefind filters of a page: content type, level and track. Starlight's search modal shows them as
 * a Filters panel. Pages tag themselves with empty `<span data-pagefind-filter="Name:value">`
 * elements (Pagefind's inline form), written by `src/components/ladder/SearchFilters.astro`.
 */
import type { pageTypeValues } from '../../schemas/frontmatter.ts';

export type PageType = (typeof pageTypeValues)[number];

/** Names of the filters, as the search panel shows them. */
export const filterNames = { type: 'Content type', level: 'Level', track: 'Track' } as const;

/** How each `pageType` reads in the search panel. */
export const pageTypeLabels: Record<PageType, string> = {
  home: 'Home page',
  role: 'Role description',
  level: 'Level',
  competency: 'Competency',
  comparison: 'Level comparison',
  guide: 'Guide',
  tool: 'Tool',
  reference: 'Reference',
  editing: 'Editing and hosting',
};

/**
 * The content type of the interview exercises' printable pages (/hiring/materials/…: a candidate's
 * brief, the reviewer's guide, a fact sheet), which have no frontmatter and so no `pageType`.
 * A type of their own rather than “Guide”: they are handouts made up for one exercise (a churn
 * model, a fraud brief), which a reader filtering the guides does not look for.
 */
export const interviewMaterialType = 'Interview material';

/** Every content type a page of the index has, in reading order: the frontmatter's, then the materials'. */
export function contentTypeLabels(pageTypes: readonly PageType[]): string[] {
  return [...pageTypes.map((t) => pageTypeLabels[t]), interviewMaterialType];
}

export interface SearchFilter {
  name: string;
  value: string;
}

/**
 * The filters of a page: its content type (when given) and, for each level it is about, the level
 * and its track (each value once). Throws on a comma, which Pagefind's inline form would split.
 */
export function searchFilters(page: { pageType?: PageType | undefined; levels?: readonly { title: string; track: string }[] }): SearchFilter[] {
  const filters: SearchFilter[] = [];
  const add = (name: string, value: string) => {
    if (value.includes(',')) throw new Error(`search filter ${name}: “${value}” contains a comma, which Pagefind would split`);
    if (!filters.some((f) => f.name === name && f.value === value)) filters.push({ name, value });
  };
  if (page.pageType) add(filterNames.type, pageTypeLabels[page.pageType]);
  for (const level of page.levels ?? []) add(filterNames.level, level.title);
  for (const level of page.levels ?? []) add(filterNames.track, level.track);
  return filters;
}

/** The `data-pagefind-filter` value of one filter. */
export const filterAttribute = (f: SearchFilter) => `${f.name}:${f.value}`;
