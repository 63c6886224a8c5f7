/**
 * A step of the search dialog's ranking: a query that asks how a competency is done by everyone on
 * a rung of the ladder (“mlops for managers”, “what engineering managers should do about code
 * quality”) asks for the competency's page at its track's section, which says it for every level of
 * the track at once. The search put first the level pages, which say the reader's words for the
 * track's people (“manager”, “lead”) throughout and hold a section of every competency, and the
 * competency's page 2nd or 3rd, its track's section among the sections it showed.
 *
 * The sign that a query speaks of a track, not of one level: it names a level only in the plural
 * (“managers”, “leads”: everyone on that rung and those like it), never in the singular (“a
 * manager”, “the lead”). The sign of the competency: a word of its page's title, other than the
 * words of the track section's heading (“management” in “People management” is the management
 * track's word too), is a word of the query. The level's own words count too (“what engineering
 * managers should do about code quality”: “Software engineering”): leaving them out lost that first
 * place and won none (tests/search/HISTORY.md, the seventy-fourth pass), though “ml” of “ml
 * engineering managers” then names “ML system design”. The section must be the named level's
 * track's: another track's section says the competency for other people.
 *
 * A query that says “track” (“mlops on the ic track”) took the same step as well in a variant
 * measured over every set, which gained seen first places but lost a blind one
 * (tests/search/HISTORY.md, the seventy-second pass), so the word is no sign here.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module carries its
 * source text.
 */

/**
 * What `words` (the query's own) ask along a track, when they speak of everyone on a rung: the
 * tracks of the levels that `levelsIn` finds in them only once their plurals are read as the
 * singular (“managers” as “manager”), not as typed; undefined when they name a level as typed, or
 * none.
 */
export function trackAsked(
  words: readonly string[],
  levelsIn: (words: readonly string[]) => { levels: readonly { track: string }[] },
): { tracks: string[] } | undefined {
  const split = words.flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  // “managers” read as “manager”: a level whose name the query holds only so.
  const singular = split.map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
  if (levelsIn(split).levels.length > 0) return undefined;
  const { levels } = levelsIn(singular);
  if (levels.length === 0) return undefined;
  return { tracks: [...new Set(levels.map((l) => l.track))] };
}

/**
 * `results` with the first of the first `looked` that is a competency's page (its URL under
 * `competencyPath`) showing a section of one of `trackAnchors` (the asked tracks' sections) and
 * whose title holds a word of `queryWords` other than the words
 * of that section's heading moved to the first place; unchanged when none is. Two words are one
 * when equal, a plural of the other (“designs”), or another form of it as the search reads it
 * (`otherForms`, search-word-forms.ts: “recovery”, “recover”); never by their first letters alone
 * (“data” and “date”, “lead” and “leadership”).
 */
export async function trackSectionFirst<R extends { id: string; data(): Promise<{ url?: string; meta: Record<string, string | undefined>; sub_results: readonly { url?: string; title: string }[] }> }>(
  results: readonly R[],
  queryWords: readonly string[],
  competencyPath: string,
  trackAnchors: readonly string[],
  functionWords: readonly string[],
  looked: number,
  otherForms: (word: string) => string[],
): Promise<R[]> {
  // The words of a query or a title, lower-case, without punctuation (“mlops”, “ml”, “design”).
  const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const singular = (w: string) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  const sameWord = (a: string, b: string): boolean =>
    a === b || singular(a) === singular(b) || otherForms(a).includes(b) || otherForms(b).includes(a);
  const asked = queryWords.flatMap(wordsOf).filter((w) => !functionWords.includes(w));
  for (const [i, result] of results.slice(0, looked).entries()) {
    const data = await result.data();
    if (!(data.url ?? '').includes(competencyPath)) continue;
    const track = data.sub_results.find((s) => trackAnchors.includes(s.url?.split('#')[1] ?? ''));
    if (!track) continue;
    const trackWords = wordsOf(track.title);
    const own = wordsOf(data.meta.title ?? '').filter((w) => !functionWords.includes(w) && !trackWords.some((t) => sameWord(t, w)));
    if (!own.some((w) => asked.some((q) => sameWord(q, w)))) continue;
    return i === 0 ? [...results] : [result, ...results.slice(0, i), ...results.slice(i + 1)];
  }
  return [...results];
}
