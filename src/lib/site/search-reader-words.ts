/**
 * Readers' words for the handbook's: a reader asks what to do when their “boss” disagrees, about
 * their “wins”, about “permissions” in their first week; the pages say “manager”, “impact”,
 * “access”. Pagefind finds only the words a page holds, and no weight lifts a page for a word it
 * does not hold, so the search dialog also looks for a query word as the handbook's words for it,
 * from the readers' thesaurus (content/search/reader-words.yaml, validated with the content:
 * every handbook word occurs in the content). Like a word's other forms (search-word-forms.ts),
 * next to the word as typed, a little below it (`readerWordWeight`, search-weights.ts).
 */

/** The readers' thesaurus as the search reads it: a reader's word, lowercase, to the handbook's words for it. */
export type ReaderWords = Readonly<Record<string, readonly string[]>>;

/**
 * A reader's word as the thesaurus keys it, and as the validation rules compare words and the
 * content: lowercase, with one kind of apostrophe, since readers and editors type either
 * (`readerWordsOf` keys a query word the same way, inline, being self-contained).
 */
export const readerWordKey = (word: string): string => word.toLowerCase().replace(/’/g, "'");

/** The thesaurus from its entries, each word once (the validator holds duplicates out; the first entry counts). */
export function readerWordsTable(entries: readonly { word: string; handbookWords: readonly string[] }[]): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const { word, handbookWords } of entries) {
    const key = readerWordKey(word);
    if (!Object.hasOwn(table, key)) table[key] = [...handbookWords];
  }
  return table;
}

/**
 * The handbook's words for a query word, when the thesaurus holds it: as typed in any case,
 * without trailing punctuation or a possessive “’s”, or as its singular (“bosses”, “disagrees”,
 * “deadlines”), since readers type either and the thesaurus lists one; none otherwise.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text.
 */
export function readerWordsOf(word: string, thesaurus: Readonly<Record<string, readonly string[]>>): string[] {
  // As `readerWordKey`, then without trailing punctuation or a possessive.
  const lower = word
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[?!.,;:]+$/, '')
    .replace(/'s$/, '');
  const candidates = [lower, lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')];
  for (const candidate of candidates) if (Object.hasOwn(thesaurus, candidate)) return [...thesaurus[candidate]!];
  return [];
}
