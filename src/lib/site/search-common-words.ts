/**
 * Which words of a query carry little information: those found on more than `share` of the pages
 * of the index (“ml”, “lead”, “engineer” in a handbook of ML engineering), counted in the index
 * itself, so that the list follows the content (a new page, a renamed level) with nothing to keep
 * by hand. The search dialog scores a query by its other words (search-fallback.ts). The counts are
 * Pagefind's own: the pages a search for the word alone finds, of the pages a search for nothing
 * lists. Each word is counted once per session.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text.
 */
export function commonWordsOf(
  search: (term: string | null) => Promise<{ results: readonly unknown[] }>,
  share: number,
): (word: string) => Promise<boolean> {
  let pages: Promise<number> | undefined;
  const known = new Map<string, Promise<boolean>>();
  return (word) => {
    const key = word.toLowerCase();
    let common = known.get(key);
    if (!common) {
      pages ??= search(null).then((r) => r.results.length);
      const all = pages;
      common = search(key).then(async (r) => r.results.length > share * (await all));
      known.set(key, common);
    }
    return common;
  };
}
