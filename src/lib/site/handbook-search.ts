/**
 * The search dialog's `search`, put together once: Pagefind's search widened by other word forms,
 * spelled-out abbreviations and corrected slips, with near matches and a fallback for queries that
 * find nothing (search-fallback.ts), words weighed by how many pages hold them
 * (search-word-shares.ts), then the pages about the query before those that mention its words, each
 * showing its most topical sections (search-topic.ts), then the pages where one name holds the
 * whole query first (search-name-match.ts). The dialog's Pagefind module (src/routes/search-api.js.ts) and the search
 * benchmark (scripts/search/pagefind-index.ts) both call `handbookSearch` with `searchParts`, so the
 * benchmark measures exactly what readers get.
 */
import { searchWithFallback, type ScoredResult } from './search-fallback.ts';
import { nameMatchesFirst, type ResultWithData } from './search-name-match.ts';
import { nameAbbreviations, spelledOutAbbreviations } from './search-query.ts';
import { foundAsTyped, nearestNameWords } from './search-typos.ts';
import { shownSectionCount } from './search-sections.ts';
import { topicalFirst, type ResultWithSections } from './search-topic.ts';
import { alsoCalledField, commonWordShare, namedSearchFields, passingWordWeight, topicRanking } from './search-weights.ts';
import { otherWordForms } from './search-word-forms.ts';
import { namingWeight, pageSharesOf } from './search-word-shares.ts';

/**
 * Every part `handbookSearch` uses besides Pagefind and the vocabulary: self-contained functions
 * and plain data, so the dialog's module can carry each as source text or JSON.
 */
export const searchParts = {
  searchWithFallback,
  otherWordForms,
  nearestNameWords,
  foundAsTyped,
  pageSharesOf,
  namingWeight,
  passingWordWeight,
  nameMatchesFirst,
  spelledOutAbbreviations,
  nameAbbreviations,
  namedSearchFields,
  /** The search fields that name the page itself (its other names), before a section's name. */
  ownNameFields: [alsoCalledField] as readonly string[],
  commonWordShare,
  topicalFirst,
  topicRanking: { ...topicRanking, shownSections: shownSectionCount },
};

/** A result as Pagefind's `search` returns it, as far as the parts read it. */
export interface PagefindResult extends ScoredResult {
  data(): Promise<Awaited<ReturnType<ResultWithData['data']>> & Awaited<ReturnType<ResultWithSections['data']>> & { excerpt: string }>;
}

/** Pagefind's `search`. */
export type PagefindSearch<R extends PagefindResult = PagefindResult> = (term: string | null, options?: unknown) => Promise<{ results: R[] }>;

/**
 * The dialog's search over a Pagefind `search`. Self-contained (everything arrives in `parts`):
 * the dialog's module carries its source text.
 */
export function handbookSearch<R extends PagefindResult>(parts: typeof searchParts & { search: PagefindSearch<R>; vocabulary: readonly string[] }) {
  const foundInIndex = (word: string) => parts.foundAsTyped((term) => parts.search(term, {}), word);
  const otherForms = async (word: string) => [...parts.otherWordForms(word, parts.spelledOutAbbreviations), ...(await parts.nearestNameWords(word, parts.vocabulary, foundInIndex))];
  const pageShare = parts.pageSharesOf((term) => parts.search(term, {}));
  const wordWeight = parts.namingWeight(parts.vocabulary, parts.passingWordWeight);
  return async (term: string, options?: unknown): Promise<{ results: R[] }> =>
    parts.nameMatchesFirst(
      await parts.topicalFirst(await parts.searchWithFallback(parts.search, term, options, otherForms, pageShare, parts.commonWordShare, wordWeight), term, parts.topicRanking, otherForms, pageShare, parts.nameAbbreviations, parts.namedSearchFields),
      term,
      parts.namedSearchFields,
      parts.nameAbbreviations,
      otherForms,
      parts.ownNameFields,
    );
}
