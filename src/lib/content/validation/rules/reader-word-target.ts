import { comparableText } from '../../../site/search-reader-words.ts';
import { indexedText, wordsOfText } from '../indexed-text.ts';
import { asStrings, dataOf, defineRule, entriesOf, reporter } from '../rule.ts';

const letterOrDigitBefore = /[\p{L}\p{N}]$/u;
const letterOrDigitAfter = /^[\p{L}\p{N}]/u;
/**
 * Whether `text` (comparable: lowercase, one kind of apostrophe) holds `phrase` as whole words (not
 * inside a longer word: `link` is not in `linked`). Each occurrence of the phrase is found as a
 * string and its two neighbours checked (two characters, for a letter beyond the Basic Multilingual
 * Plane): a regular expression with a lookbehind tried every position of the whole handbook's text,
 * a third of the content check's time as every build starts.
 */
const holds = (text: string, phrase: string) => {
  const needle = comparableText(phrase);
  for (let at = text.indexOf(needle); at !== -1; at = at < text.length ? text.indexOf(needle, at + 1) : -1) {
    const end = at + needle.length;
    if (!letterOrDigitBefore.test(text.slice(Math.max(0, at - 2), at)) && !letterOrDigitAfter.test(text.slice(end, end + 2))) return true;
  }
  return false;
};

export const readerWordTarget = defineRule({
  id: 'reader-word-target',
  description:
    'Every handbook word of the readers’ thesaurus (`content/search/reader-words.yaml`) occurs in what the search indexes (a data file’s values, not its comments; not the release snapshots; a page’s text), as whole words in any case, so that searching a reader’s word for it leads to a page.',
  hint: 'Write the word as the handbook’s pages or data files write it (e.g. `manager`, not `managers`, if only the singular occurs), or remove it from the entry.',
  check(content) {
    const { problems, report } = reporter('reader-word-target');
    const entries = entriesOf(content, 'readerWords');
    if (entries.length === 0) return problems;
    const handbook = indexedText(content);
    // A plain word is looked up among the text's words, read once; a phrase or a word with a hyphen
    // or an apostrophe is searched for in the text (the check is a tenth of the build's start-up otherwise).
    const words = wordsOfText(handbook);
    const occurs = (target: string) => (/^[\p{L}\p{N}]+$/u.test(target) ? words.has(comparableText(target)) : holds(handbook, target));
    for (const e of entries)
      asStrings(dataOf(e)['handbookWords']).forEach((target, i) => {
        if (!occurs(target))
          report(e, ['handbookWords', i], `“${target}” (for “${String(dataOf(e)['word'])}”) occurs nowhere in the handbook’s content`, {
            expected: 'a word or phrase that a page or data file holds',
            found: `“${target}”`,
          });
      });
    return problems;
  },
});
