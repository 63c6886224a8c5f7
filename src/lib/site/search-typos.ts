/**
 * Typing slips in a query: “pricipal”, “enginer”, “manger”. Pagefind finds an indexed word only
 * from its beginning (its stem, or a longer word it begins), so a word with a slip in the middle
 * finds nothing, and a query with one finds only the pages that hold its other words. The search
 * dialog also searches each word that is not a word of the handbook's names as the nearest such
 * word (`nearestNameWords`), next to the word as typed (search-fallback.ts), so a slip in a level's,
 * a metric's or a term's name still finds it. The vocabulary is the words of the names the
 * handbook gives things (levels and their other names, competencies, KPIs, skills, tools, glossary
 * terms…; src/data/search.ts), not of its prose: a name is what a reader types from memory.
 */

/** The words of `names` that a slip can be corrected to: lowercase, letters only, four letters or more, each once, sorted. */
export function vocabularyOf(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const name of names)
    for (const word of name.toLowerCase().split(/[^\p{L}]+/u)) if (word.length >= 4) words.add(word);
  return [...words].sort();
}

/**
 * The words of `vocabulary` nearest to `word` when it is not one of them: those one slip away (a
 * letter missing, added, changed, or two letters swapped), or two for words of eight letters or
 * more. A word of four letters is corrected only where two neighbouring letters are swapped
 * (“teir” → “tier”, “tema” → “team”): any other slip in so short a word makes another word
 * (“lead” → “load”, “staf” → “stay”), a swap seldom does. None for shorter words. At most two, the
 * nearest first. With `foundInIndex`, none for a word that the index
 * finds as typed: an English word the names do not use (“print”) is no slip, and correcting it
 * (to “point”) would only add pages about something else.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text.
 */
export async function nearestNameWords(word: string, vocabulary: readonly string[], foundInIndex?: (word: string) => Promise<boolean>): Promise<string[]> {
  const shortest = 5;
  const longWord = 8;
  const most = 2;
  const lower = word.toLowerCase();
  if (lower.length < shortest - 1 || !/^\p{L}+$/u.test(lower) || vocabulary.includes(lower)) return [];
  /** Whether `candidate` is the word with two neighbouring letters swapped. */
  const swapped = (candidate: string) => {
    if (candidate.length !== lower.length) return false;
    const differ = [...lower].flatMap((letter, i) => (letter === candidate[i] ? [] : [i]));
    return differ.length === 2 && differ[1] === differ[0]! + 1 && lower[differ[0]!] === candidate[differ[1]!] && lower[differ[1]!] === candidate[differ[0]!];
  };
  const allowed = lower.length >= longWord ? 2 : 1;
  /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  const distance = (a: string, b: string): number => {
    if (Math.abs(a.length - b.length) > allowed) return allowed + 1;
    const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
        rows[i]![j] = d;
      }
    return rows[a.length]![b.length]!;
  };
  const nearest = vocabulary
    .map((candidate) => ({ candidate, d: lower.length < shortest ? (swapped(candidate) ? 1 : allowed + 1) : distance(lower, candidate) }))
    .filter(({ d }) => d <= allowed)
    .sort((x, y) => x.d - y.d || (x.candidate < y.candidate ? -1 : 1))
    .slice(0, most)
    .map(({ candidate }) => candidate);
  return nearest.length > 0 && foundInIndex && (await foundInIndex(word)) ? [] : nearest;
}

/** A result as Pagefind's `search` returns it, as far as `foundAsTyped` reads it. */
export interface ResultWithExcerpt {
  data(): Promise<{ excerpt: string }>;
}

/**
 * Whether the index holds `word` as typed, or a word of its family: whether the first result
 * marks in its excerpt a word that begins like it (all but its last two letters, at least four).
 * Pagefind answers a word it does not hold with the words that begin like a shorter part of it
 * (“senoir” finds “S.”, “pricipal” finds “PR”), so that it finds something says nothing.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text.
 */
export async function foundAsTyped(search: (term: string) => Promise<{ results: readonly ResultWithExcerpt[] }>, word: string): Promise<boolean> {
  const lower = word.toLowerCase();
  const start = lower.slice(0, Math.max(4, lower.length - 2));
  const [first] = (await search(word)).results;
  if (!first) return false;
  const { excerpt } = await first.data();
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].some((mark) => (mark[1] ?? '').toLowerCase().startsWith(start));
}

/**
 * Whether Pagefind answers `word` only with a word at least `shorterBy` letters shorter that begins
 * it, the rest being no English ending (“headroom” with “Head”): a word no page holds finds the
 * words that begin like a shorter part of it, and a part so short, followed by more than an ending,
 * is another word, not a form of this one (“reverted” finds “revert”, “fairness” finds “fair”,
 * forms: the query sets lost answers when such forms went too). Reads the marked words of the first
 * result's excerpt, as `foundAsTyped` does.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text.
 */
export async function answeredByShorterWord(search: (term: string) => Promise<{ results: readonly ResultWithExcerpt[] }>, word: string, shorterBy = 4): Promise<boolean> {
  const lower = word.toLowerCase();
  const [first] = (await search(word)).results;
  if (!first) return false;
  const { excerpt } = await first.data();
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((mark) => (mark[1] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+$/u, ''));
  const ending = /^(?:ness|less|ments?|ships?|hood|abl[ey]|ibl[ey]|[ai]tions?|ities|ally|ings|ic(?:al|ally)|i[sz](?:es|ed|ing)|[ae]nces?|ists?|isms?|ives?|fully|ous|ously|ered|ering)$/;
  return marked.length > 0 && marked.every((mark) => mark.length > 0 && lower.startsWith(mark) && lower.length - mark.length >= shorterBy && !ending.test(lower.slice(mark.length)));
}

/**
 * The query with each compound of the handbook's names that the reader split joined: two
 * neighbouring words, or the parts of a hyphenated word, whose letters together are a word of
 * `vocabulary` (“roll back” and “roll-back” → “rollback”, “post mortem” → “postmortem”, “score
 * card” → “scorecard”). Pagefind finds an indexed word only from its beginning, so the second half
 * never finds the compound, and the pages that hold the halves apart (“roll out … back”) came
 * first. Other words are kept as typed. The dialog searches the query as typed too
 * (handbook-search.ts), for the pages whose prose writes the compound apart (“how to roll back”).
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text.
 */
export function joinedCompounds(term: string, vocabulary: readonly string[]): string {
  const letters = (word: string) => word.toLowerCase().replace(/[^\p{L}]+/gu, '');
  const isName = (joined: string) => vocabulary.includes(joined);
  const words = term.trim().split(/\s+/).filter(Boolean);
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (/^\p{L}+-\p{L}+$/u.test(word) && isName(letters(word))) joined.push(letters(word));
    else if (next !== undefined && /^\p{L}+$/u.test(word) && /^\p{L}+[?!.,;:]*$/u.test(next) && isName(letters(word) + letters(next))) {
      joined.push(letters(word) + letters(next));
      i++;
    } else joined.push(word);
  }
  return joined.join(' ');
}
