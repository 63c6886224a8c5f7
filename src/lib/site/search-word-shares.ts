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

/**
 * What a query word counts for in the dialog's weighing of a query (search-fallback.ts,
 * search-topic.ts), besides how few pages hold it: 1 for a word of the handbook's names
 * (`vocabulary`: the words of its levels', competencies', KPIs', skills', tools', terms' and pages'
 * names, src/data/search.ts) or a form of one, and for a short word (the vocabulary holds words of
 * four letters or more; shorter ones are mostly abbreviations: ml, em, sla); `passingWeight` for a
 * word that names nothing. A word can be rare and still say nothing about what the reader looks
 * for: the verb of a question (“prepare”, “becoming”, “reach”) is on few pages, and weighed by its
 * rarity alone it outweighed the word that names the topic (“promotion”, “manager”, “staff”).
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text.
 */
export function namingWeight(vocabulary: readonly string[], passingWeight: number): (word: string) => number {
  const names = new Set(vocabulary);
  return (word) => {
    const lower = word.toLowerCase();
    if (lower.length < 4 || names.has(lower)) return 1;
    /** A form of a name's word: one that begins the other, differing by an ending of three letters at most. */
    const formOf = (name: string) => (name.startsWith(lower) || lower.startsWith(name)) && Math.abs(name.length - lower.length) <= 3;
    return vocabulary.some(formOf) ? 1 : passingWeight;
  };
}
