/**
 * The example a new level's `shortTitle` placeholder gives, made the way the ladder's own levels
 * shorten their titles: each level's title and short title, compared word by word, show the words
 * the short title drops or replaces (a title `Senior Data Scientist` shortened to `Senior DS` turns
 * `Data Scientist` into `DS`), and those shortenings, longest first, shorten the new title. The
 * ladder is the one source of its abbreviations: a fork whose levels shorten other words gets
 * examples in its own words (scaffold-role.ts writes the placeholder). Pure.
 */

/** A level's title and its short title, as `role.yaml` gives them. */
export interface TitlePair {
  title: string;
  shortTitle: string;
}

/** Words a short title drops or replaces (`words`), and what it writes in their place (`short`, none for words dropped). */
export interface Shortening {
  words: string[];
  short: string[];
}

const wordsOf = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);
/** Words compare whatever their case: `Machine learning` is the ladder's `Machine Learning`. */
const sameWord = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The shortenings the pairs show: the words of a title between those its short title keeps at the
 * start and at the end, and what the short title writes between them. A pair that only adds words,
 * or changes nothing, shows none; a phrase shortened by several levels counts once, as the first
 * level shortens it. Longest first (in words, then letters), so that a phrase is shortened whole
 * before a shorter shortening takes part of it.
 */
export function titleShortenings(pairs: readonly TitlePair[]): Shortening[] {
  const found = new Map<string, Shortening>();
  for (const pair of pairs) {
    const long = wordsOf(pair.title);
    const short = wordsOf(pair.shortTitle);
    let start = 0;
    while (start < long.length && start < short.length && sameWord(long[start]!, short[start]!)) start++;
    let end = 0;
    while (end < long.length - start && end < short.length - start && sameWord(long[long.length - 1 - end]!, short[short.length - 1 - end]!)) end++;
    const words = long.slice(start, long.length - end);
    if (!words.length) continue;
    const key = words.join(' ').toLowerCase();
    if (!found.has(key)) found.set(key, { words, short: short.slice(start, short.length - end) });
  }
  const letters = (s: Shortening) => s.words.join(' ').length;
  return [...found.values()].sort((a, b) => b.words.length - a.words.length || letters(b) - letters(a));
}

/** `title` shortened by `shortenings` in their order; the words a shortening writes are not shortened again. */
export function shortenTitle(title: string, shortenings: readonly Shortening[]): string {
  let words = wordsOf(title).map((text) => ({ text, written: false }));
  for (const { words: phrase, short } of shortenings)
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (!phrase.every((word, k) => !words[i + k]!.written && sameWord(words[i + k]!.text, word))) continue;
      words = [...words.slice(0, i), ...short.map((text) => ({ text, written: true })), ...words.slice(i + phrase.length)];
      i += short.length - 1;
    }
  return words.map((w) => w.text).join(' ');
}
