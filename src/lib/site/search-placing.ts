/**
 * A step the search dialog takes after Pagefind has ranked a query: a page the handbook knows
 * answers it (the comparison of two levels the query names, the page of the one it names, that
 * level's page best answering the query's other words) goes up to a place among the results, or
 * stays where it is if the search ranked it higher. Pure: handbook-search.ts says which page and
 * which place (src/lib/site/search-weights.ts says why each place is what it is).
 */

/**
 * `results` with `page` at index `place`, or at its own index if that is higher (lower number); in
 * its list once, the copy given (a copy searched for the query's other words shows their sections).
 */
export function movedUpTo<R extends { id: string }>(results: readonly R[], page: R, place: number): R[] {
  const was = results.findIndex((r) => r.id === page.id);
  const others = results.filter((r) => r.id !== page.id);
  const at = Math.min(was === -1 ? place : Math.min(was, place), others.length);
  return [...others.slice(0, at), page, ...others.slice(at)];
}
