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

/**
 * Whether the page about a level that best answers a query's other words (`rest`: “measuring how
 * much a lead grows the people around them” less the level's name) goes before the level's own page
 * rather than after it (handbook-search.ts, `withNamedLevel`): when, searched for those words among
 * the level's pages, it scores `times` the level's page (`levelScore`) or more, or the level's page
 * lacks one of them (`undefined`); then the query names the level only to say whose part of the role
 * it asks about. Not for one other word that the level's names (`levelNames`) do not hold: it
 * qualifies the name (“ML tech lead”, “staff eng”) rather than naming a part of the role.
 * Self-contained, as `movedUpTo`: the dialog's module carries its source text.
 */
export function aboutPageFirst(rest: string, levelNames: readonly string[], aboutScore: number, levelScore: number | undefined, times: number): boolean {
  const nameWords = new Set(levelNames.flatMap((n) => n.toLowerCase().split(/\W+/)));
  const partWords = rest.toLowerCase().split(/\W+/).filter((w) => w && !nameWords.has(w));
  return partWords.length > 1 && (levelScore === undefined || aboutScore >= times * levelScore);
}
