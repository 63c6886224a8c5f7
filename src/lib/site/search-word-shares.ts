/**
 * How many of the index's pages hold a word, as a share of them: what the search dialog weighs a
 * query's words by (search-fallback.ts). A word on most pages (“ml”, “lead”, “engineer” in a
 * handbook of ML engineering) carries little information: a query that also holds rarer words is
 * scored by those, and a page that holds the query but one such word loses little for it, while a
 * page that lacks the one rare word (“netlify”) loses most of its score. Counted in the index
 * itself, so the weights follow the content (a new page, a renamed level) with no list to keep by
 * hand. The counts are Pagefind's own: the pages a search for the word alone finds, of the pages a
 * search for nothing lists. Each word is counted once per session.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text.
 */
export function pageSharesOf(search: (term: string | null) => Promise<{ results: readonly unknown[] }>): (word: string) => Promise<number> {
  let pages: Promise<number> | undefined;
  const known = new Map<string, Promise<number>>();
  return (word) => {
    const key = word.toLowerCase();
    let share = known.get(key);
    if (!share) {
      pages ??= search(null).then((r) => r.results.length);
      const all = pages;
      share = search(key).then(async (r) => r.results.length / Math.max(await all, 1));
      known.set(key, share);
    }
    return share;
  };
}
