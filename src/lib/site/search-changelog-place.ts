/**
 * The changelog's pages (the changelog and each release's own page) one place down among the first
 * results where the query gives no sign of asking about a change or a version. The changelog names,
 * in every change, the level, competency or role it touched, and says where the handbook departs
 * from the job description it was made from, so it holds many of the ladder's words without being
 * about them, as the editors' pages do (search-editors.ts), and came first, its answer second, for
 * questions that are not about a change at all (“skills the job description wants from a lead
 * before the next step up the IC ladder”, the role's career path; “does ladder.json carry the
 * glossary and changelog as well”, the machine-readable ladder). The same step as the editors'
 * pages', one place and not below every other page: a question the sign misses keeps its answer
 * near the top.
 *
 * The sign: the search box's mark on a question about a change (`changeWord`, search-changes.ts),
 * a release named by its number (`namesVersion`: “after version 1.1 do staff and lead still look the
 * same”), the words “version” and “release” (“which framework version was I assessed against”), or
 * a verb of change in any tense (`namesChange`: “what changed in the ladder”). Not the word
 * “changelog” past the query's first word, which names the page as the place of a thing asked about
 * (“does ladder.json carry the glossary and changelog as well”). Measured over every set in
 * tests/search/HISTORY.md (the seventy-fifth pass).
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries its source text.
 */

/**
 * The words that ask for a version or a release of the framework: with one, the changelog keeps its
 * place. “release” is a model's as often as the ladder's (“switch back to the last good model after
 * a bad release”), but with it the step only forgoes a move: without it, a question about what a
 * release did lost its first place in a set never read (the seventy-fifth pass).
 */
export const versionWords: readonly string[] = ['version', 'versions', 'release', 'releases'];

/**
 * Whether `typed` (the query as the search box sends it: function words dropped, a question about a
 * change marked with `changeWord` first) asks about a change or a version of the ladder.
 */
export function asksAboutReleases(
  typed: string,
  changeWord: string,
  words: readonly string[],
  namesVersion: (query: string) => boolean,
  namesChange: (query: string) => boolean,
): boolean {
  const own = typed.toLowerCase().split(/\s+/).filter(Boolean);
  if (own[0] === changeWord) return true;
  if (own.some((w) => words.includes(w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))) return true;
  return namesVersion(typed) || namesChange(typed);
}
