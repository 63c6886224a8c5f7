/**
 * A step the search dialog takes after the others (handbook-search.ts): the role description's page
 * before a level's page, for a query that says nothing of a level. Each level's page is written from
 * the role description (“From the role description (Core Responsibilities; Key Deliverables)” under
 * each of its parts): it restates the role's duties, deliverables, skills and measures in the
 * level's words. A query in a reader's words about one of them (“deprecation policy for old
 * models”, “quarterly survey of partner teams”) matched a level page's restatement as well as the
 * role description's own section, and the level's page, which holds more of the ladder's words, came
 * first, the source second or third. Where the query names a level, a track or the ladder's word for
 * a level, or one of the readers' words for them (“top IC”, “which rung”), the level's page may be
 * the answer and nothing moves. Self-contained (the dialog's module carries its source text); pure
 * but for the data it loads.
 */

/** What the step reads of a result's page: a level's page, a page of the role description (the source), or another. */
export type SourceKind = 'level' | 'source' | 'other';

/**
 * The words that tell a query is about a level: the words of the levels' names that some levels'
 * names hold and others not (“senior”, “manager”, “engineer”, “director”: not “ML”, which every
 * level's names hold, the family's subject, not a level), the words of the tracks' names, and those
 * of `levelWord`, the ladder's word for a level (the content type of a level's page); lowercase,
 * without `functionWords` (“of” in “Head of ML”).
 */
export function levelWordsOf(levels: readonly { names: readonly string[]; track: string }[], levelWord: string, functionWords: readonly string[]): Set<string> {
  const wordsOf = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !functionWords.includes(w));
  const holding = new Map<string, number>();
  for (const level of levels) for (const w of new Set(level.names.flatMap(wordsOf))) holding.set(w, (holding.get(w) ?? 0) + 1);
  const apart = [...holding].filter(([, n]) => n < levels.length).map(([w]) => w);
  return new Set([...apart, ...levels.flatMap((l) => wordsOf(l.track)), ...wordsOf(levelWord)]);
}

/**
 * Whether the query's `words` speak of a level: one of them, as typed, without a plural's “s”
 * (“managers”), or one of the words it stands for (`standsFor`: an abbreviation spelled out, “IC”;
 * the handbook's words for a reader's word, “rung”), is a word of `levelWords`.
 */
export function speaksOfLevels(words: readonly string[], levelWords: ReadonlySet<string>, standsFor: (word: string) => readonly string[]): boolean {
  const split = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.flatMap(split).some((w) => [w, w.replace(/(?<=..)s$/, ''), ...standsFor(w).flatMap(split)].some((x) => levelWords.has(x)));
}

/**
 * `results`, where among the first `first` a level's page comes before a page of the role
 * description, with the first such page moved up just before the first level's page; the others
 * keep their order. `kindOf` loads what a result is, for the first `first` only.
 */
export async function sourceBeforeLevels<R extends { id: string }>(results: readonly R[], kindOf: (r: R) => Promise<SourceKind>, first: number): Promise<R[]> {
  const out = [...results];
  const head = out.slice(0, first);
  const kinds = await Promise.all(head.map(kindOf));
  const level = kinds.indexOf('level');
  const source = kinds.indexOf('source', level + 1);
  if (level === -1 || source === -1 || kinds.slice(0, level).includes('source')) return out;
  const [page] = out.splice(source, 1);
  out.splice(level, 0, page!);
  return out;
}
