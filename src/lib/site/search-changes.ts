/**
 * Questions about a change to the ladder: “why was people management split out of leadership and
 * mentorship”, “which staff behaviors were reworded in the latest release”. What answers them is
 * the changelog, which says what each release changed and why, or a release's own page, which
 * shows the change word by word; but the level and competency pages hold the names such a question
 * asks about, many times over and with higher weights, and came first for all of it, the changelog
 * out of the first ten. The search box writes such a question in one form, `changelog <topic>`,
 * which a reader may also type (“changelog people management”), and the dialog's search then
 * brings the changelog's page that best answers the topic up among the first results
 * (handbook-search.ts).
 */

/** The word that begins a question about a change as the search box sends it: “changelog people management split out leadership mentorship”. */
export const changeWord = 'changelog';

/** Verbs that say what was done to a part of the ladder, in the past: “split”, “reworded”, “moved”. */
const changedVerb = /\b(?:changed|reworded|rewritten|rewrote|renamed|split|moved|removed|dropped|added|merged|folded|replaced|reworked|revised|updated|deleted)\b/i;

/** Whether `query` asks why something was done (“why was …”, “why did …”): the changelog gives each change's reason after “Why:”. */
export const asksWhy = (query: string): boolean => /\bwhy\s+(?:was|were|did|has|have|had)\b/i.test(query);

/**
 * Whether `query` asks about a change to the ladder: why something was changed (“why was X split
 * out”, “why were … dropped”, “why did … move”), or what a release or version changed (“reworded in
 * the latest release”, “which version renamed …”). A past verb of change alone is not enough (“the
 * metric it moved”, “rating looks unchanged after I moved up a level”), nor a release alone, which
 * is also a model's (“publish a new framework version”, “a bad release”); a version after another
 * noun is a file's format (“which format version”).
 */
export function asksAboutChange(query: string): boolean {
  const why = asksWhy(query) && /\b(?:split|moved?|renamed?|reworded|removed?|dropped?|added?|merged?|folded|replaced?|changed?|rewritten|reworked)\b/i.test(query);
  const release = /\b(?:latest|last|newest|recent|previous|new|next|this|which|what|that)\s+(?:release|version)\b/i.test(query) && changedVerb.test(query);
  return why || release || (namesVersion(query) && namesChange(query));
}

/**
 * Whether `query` names a release of the ladder by its number (“1.1”, “v1.1.0”, “version 1.1”): the
 * releases are numbered so (content/family/releases/<version>.yaml), and a reader who asks whether
 * one changed a thing names it that way (“did 1.1 change anything for senior”) rather than as “the
 * latest release”. Not a number of an amount (“from 1.2 to 1.5 percent”, “99.9%”, “1.5 years”): a
 * release's number is a small one, never followed by a unit, nor one end of a range.
 */
export const namesVersion = (query: string): boolean =>
  /(?<!\bfrom\s+)(?:^|(?<=[\s(]))v?\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?=$|[\s?!,;:)])(?!\s*(?:%|percent|pct|ms\b|s\b|x\b|points?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|to\s+\d|[-–]\s*\d))/i.test(query);

/**
 * Whether `query` holds a verb of change in any tense (“did 1.1 change”, “what 1.1 changes”, “what
 * changed in the ladder”): with a release's number, the number says which release, so the present
 * tense is as much a question about it; alone, it keeps the changelog's pages in their place
 * (search-changelog-place.ts). Self-contained: the dialog's module carries its source text.
 */
export const namesChange = (query: string): boolean =>
  /\b(?:change[sd]?|changing|differ(?:s|ent)?|reword(?:ed|s)?|rename[sd]?|split|move[sd]?|remove[sd]?|drop(?:ped|s)?|add(?:ed|s)?|merge[sd]?|replace[sd]?|rework(?:ed|s)?|revise[sd]?|update[sd]?)\b/i.test(query);

/** A result as Pagefind returns it, as far as this reads it. */
export interface ResultWithUrl {
  id: string;
  data(): Promise<{ url?: string }>;
}

/**
 * The first of `results` on the changelog or a release's page (whose paths begin with
 * `changelogPath`, after the site's base), or `undefined`. Self-contained, without imports or
 * outside names: the dialog's Pagefind module (src/routes/search-api.js.ts) carries its source text.
 */
export async function firstInChangelog<R extends ResultWithUrl>(results: readonly R[], changelogPath: string): Promise<R | undefined> {
  for (const result of results) {
    const path = new URL((await result.data()).url ?? '', 'https://x.invalid').pathname;
    if (path.includes(changelogPath)) return result;
  }
  return undefined;
}
