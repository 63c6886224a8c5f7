/**
 * What the search dialog does when a query finds nothing. Pagefind returns only the pages that hold
 * every word of a query, so one word that no page shares with the others (“switch from IC to
 * manager”: no page says “switch” beside “IC” and “manager”) empties the results, where a reader
 * expects the pages that match most of it. When the whole query finds nothing, the query is tried
 * with one word fewer, in every way, then two fewer…, and the first round that finds anything
 * answers: each page once, at its best score, best first.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text, and the search benchmark
 * calls it as it is, so both search alike.
 */

/** A result as Pagefind's `search` returns it, as far as this reads it. */
export interface ScoredResult {
  id: string;
  score: number;
}

export async function searchWithFallback<R extends { results: ScoredResult[] }>(search: (term: string, options?: unknown) => Promise<R>, term: string, options?: unknown): Promise<R> {
  const first = await search(term, options);
  const words = typeof term === 'string' ? term.trim().split(/\s+/).filter(Boolean) : [];
  if (first.results.length > 0 || words.length < 2) return first;
  /** Most searches one round makes, so that a long query cannot fire hundreds. */
  const limit = 24;
  for (let size = words.length - 1; size >= 1; size--) {
    const terms: string[] = [];
    const choose = (from: number, chosen: string[]): void => {
      if (terms.length >= limit) return;
      if (chosen.length === size) return void terms.push(chosen.join(' '));
      for (let i = from; i < words.length; i++) choose(i + 1, [...chosen, words[i]!]);
    };
    choose(0, []);
    const responses = await Promise.all(terms.map((t) => search(t, options)));
    const best = new Map<string, ScoredResult>();
    for (const response of responses) for (const result of response.results) if ((best.get(result.id)?.score ?? -Infinity) < result.score) best.set(result.id, result);
    if (best.size > 0) return { ...first, results: [...best.values()].sort((a, b) => b.score - a.score) };
  }
  return first;
}
