/**
 * A step the search dialog takes after the others (handbook-search.ts): a comparison of two levels
 * that the query does not ask for goes after the page of one of its two levels. A comparison
 * prints both levels' expectations side by side, each a copy of its level's page (the one source of
 * that text, which every row of the comparison links to), under a title that holds both levels'
 * names. For a query about what one level does, in a reader's words (“principal defining fairness
 * and bias testing that gates customer-facing AI launches”, “director watching attrition and
 * engagement across teams”), the comparison matched the level's words as well as the level's page
 * did, plus the other level's words beside them, and came first; the level's page, the answer,
 * second. The body weight of a comparison (`pageTypeWeights`, search-weights.ts) lowers it in
 * Pagefind's score, but the later steps (a section's topic, a name's match) count its words, not
 * their weight. Asked for: when the query names both its levels (the reader compares them, which
 * `withComparison` answers) or holds a word that asks for a comparison (“vs”, “compared”).
 * Self-contained (the dialog's module carries its source text); pure but for the data it loads.
 */

/**
 * Words that ask how two things compare, as they reach the dialog's search (the search box drops
 * function words first, among them “between”, “or”, “than”, “difference”, “different”,
 * “equivalent”, search-query.ts): with one of them, every comparison among the results may be the
 * answer, and none moves. Not the words of distance (“jump”, “gap”, “above”, search-name-match.ts):
 * those follow two named levels, whose comparison is asked for anyway.
 */
export const comparingWords: readonly string[] = ['vs', 'versus', 'compare', 'compared', 'comparison', 'comparing'];

/** What the step reads of a result's page: its content type, as the two it tells apart, and the levels it is about (the level filter). */
export interface PageLevels {
  kind: 'comparison' | 'level' | 'other';
  levels: readonly string[];
}

/** Whether `words` (the query as typed, split at spaces) holds a word of `comparing`, punctuation aside. */
export function asksToCompare(words: readonly string[], comparing: readonly string[]): boolean {
  return words.some((w) => comparing.includes(w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')));
}

/**
 * `results`, where among the first `first` a comparison comes before the page of one of its two
 * levels, with that level's page (the first of the two found) moved up just before it; not a
 * comparison both of whose levels are in `named` (the levels the query names: it is asked for), and
 * never over such a comparison, which keeps its place (`comparisonPlace`). Each comparison moves at
 * most one page, the others keep their order. `pageOf` loads what a result is (only the first
 * `first`: handbook-search.ts gives the topic step's ten, whose data the dialog loads anyway).
 * One page, not both (moving both was not measured): the other level's page would push the rest
 * down for a level the query may not mean. Measured over every set but the committed one, and
 * without the rule for a comparison asked for, in tests/search/HISTORY.md (the seventy-third pass):
 * without that rule a question naming two levels (“which decisions need my director's ok when I
 * start as a lead”) lost a place and none gained.
 */
export async function levelsBeforeTheirComparisons<R extends { id: string }>(
  results: readonly R[],
  pageOf: (r: R) => Promise<PageLevels>,
  named: readonly string[],
  first: number,
): Promise<R[]> {
  const out = [...results];
  const head = out.slice(0, first);
  const pages = new Map<string, PageLevels>();
  await Promise.all(head.map(async (r) => pages.set(r.id, await pageOf(r))));
  const asked = (comparison: PageLevels) => comparison.levels.every((l) => named.includes(l));
  const done = new Set<string>();
  for (let i = 0; i < Math.min(first, out.length); i++) {
    const comparison = pages.get(out[i]!.id);
    if (!comparison || comparison.kind !== 'comparison' || done.has(out[i]!.id)) continue;
    done.add(out[i]!.id);
    if (asked(comparison)) continue;
    let j = -1;
    for (let k = i + 1; k < Math.min(first, out.length) && j === -1; k++) {
      const page = pages.get(out[k]!.id);
      // Never over a comparison asked for: it keeps its place (`comparisonPlace`, search-weights.ts).
      if (page?.kind === 'comparison' && asked(page)) break;
      if (page?.kind === 'level' && page.levels.some((l) => comparison.levels.includes(l))) j = k;
    }
    if (j === -1) continue;
    const [level] = out.splice(j, 1);
    out.splice(i, 0, level!);
  }
  return out;
}
