/**
 * Readers' words for the handbook's: a reader asks what to do when their “boss” disagrees, about
 * their “wins”, about “permissions” in their first week; the pages say “manager”, “impact”,
 * “access”. Pagefind finds only the words a page holds, and no weight lifts a page for a word it
 * does not hold, so the search dialog also looks for a query word as the handbook's words for it,
 * from the readers' thesaurus (content/search/reader-words.yaml, validated with the content:
 * every handbook word occurs in the content). Like a word's other forms (search-word-forms.ts),
 * next to the word as typed, a little below it (`readerWordWeight`, search-weights.ts). A reader's
 * phrase (“half a year”) is looked for as a whole and replaced by the handbook's words for it
 * (“6-month”, `readerPhraseRewrites`).
 */
import { isFunctionWord, topicWords } from './search-query.ts';

/** The readers' thesaurus as the search reads it: a reader's word or phrase (`readerWordKey`) to the handbook's words for it. */
export type ReaderWords = Readonly<Record<string, readonly string[]>>;

/**
 * Text as the thesaurus and the validation rules compare it: lowercase, with one kind of
 * apostrophe, since readers and editors type either (`readerWordsOf` and `readerPhraseRewrites`
 * do the same inline, being self-contained).
 */
export const comparableText = (text: string): string => text.toLowerCase().replace(/’/g, "'");

/**
 * A reader's word or phrase as the thesaurus keys it: comparable, and a phrase as the search box
 * sends a query (search-query.ts), without its function words and a possessive's “'s”: “half a
 * year” is looked for as “half year”, “team's morale” as “team morale”.
 */
export function readerWordKey(word: string): string {
  const words = comparableText(word).trim().split(/\s+/).filter(Boolean);
  return words.length > 1 ? topicWords(words).map((w) => w.replace(/(?<=\p{L})'s$/u, '')).join(' ') : words.join(' ');
}

/** Words without the function words among them, as the search box would send them (all of them when nothing else is left). */
const withoutFunctionWords = (words: string) => words.split(/\s+/).filter((w) => !isFunctionWord(w)).join(' ') || words;

/**
 * The thesaurus from its entries, each word once (the validator holds duplicates out; the first
 * entry counts). A phrase's handbook words take its place in the query, so they lose their
 * function words as the query did (“time to recover” as “time recover”).
 */
export function readerWordsTable(entries: readonly { word: string; handbookWords: readonly string[] }[]): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  for (const { word, handbookWords } of entries) {
    const key = readerWordKey(word);
    if (!Object.hasOwn(table, key)) table[key] = key.includes(' ') ? handbookWords.map(withoutFunctionWords) : [...handbookWords];
  }
  return table;
}

/**
 * The handbook's words for a query word, when the thesaurus holds it: as typed in any case,
 * without trailing punctuation or a possessive “’s”, or as its singular (“bosses”, “disagrees”,
 * “deadlines”) or a verb's plain form (“sponsoring”, “sponsored” as “sponsor”), since readers type
 * either and the thesaurus lists one; none otherwise.
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
  // A verb's “-ing” or “-ed” form (“sponsoring”, “sponsored”) as the word the thesaurus lists
  // (“sponsor”), with or without its “e” (“automating”, “automate”); never a stem of fewer than four
  // letters, which would read other words (“bring”, “need”).
  const verb = /^(.{4,}?)(?:ing|ed)$/.exec(lower)?.[1];
  const candidates = [lower, lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, ''), ...(verb ? [verb, `${verb}e`] : [])];
  for (const candidate of candidates) if (Object.hasOwn(thesaurus, candidate)) return [...thesaurus[candidate]!];
  return [];
}

/**
 * The query as the search looks it up when it holds a phrase of the thesaurus (“half year”, “ship
 * month”): once per handbook word for the phrase, the phrase replaced by it (“6-month role judged”).
 * A phrase's words alone say nothing of what it means (“half”, “year” are on pages that mean
 * neither), so the query is not also searched as typed; a query without a phrase is returned as it
 * is. Words are compared as `readerWordKey` compares them, trailing punctuation aside; the longest
 * phrase first; at most four queries.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text.
 */
export function readerPhraseRewrites(term: string, thesaurus: Readonly<Record<string, readonly string[]>>): string[] {
  /** Most queries a term becomes. */
  const most = 4;
  const phrases = Object.keys(thesaurus)
    .filter((key) => key.includes(' '))
    .map((key) => key.split(' '))
    .sort((a, b) => b.length - a.length);
  // As `readerWordKey` keys a phrase's words (the term has already lost its function words).
  const bare = (w: string) => w.toLowerCase().replace(/’/g, "'").replace(/[?!.,;:]+$/, '').replace(/(?<=\p{L})'s$/u, '');
  let queries: string[][] = [term.trim().split(/\s+/).filter(Boolean)];
  const at = (words: string[], phrase: string[]) => words.findIndex((_, i) => phrase.every((p, j) => words[i + j] !== undefined && bare(words[i + j]!) === p));
  // Each replacement takes one of the phrase's places away (the handbook word is one item, never the phrase again).
  for (const phrase of phrases)
    while (queries.some((words) => at(words, phrase) !== -1))
      queries = queries
        .flatMap((words) => {
          const i = at(words, phrase);
          if (i === -1) return [words];
          return thesaurus[phrase.join(' ')]!.map((handbook) => [...words.slice(0, i), handbook, ...words.slice(i + phrase.length)]);
        })
        .slice(0, most);
  return queries.map((words) => words.join(' '));
}
