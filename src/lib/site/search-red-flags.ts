/**
 * A step of the search dialog's ranking: a query that describes what a candidate did (“candidate
 * blames product managers for every failed launch”) asks which of the role's red flags that is. Their
 * canonical place is the hiring guide and the role's hiring page, where each red flag is an entry of
 * its own (its anchor and its name, `redFlagAnchor`); the interview kits, which say “candidate”
 * in every part and each repeat the red flags (at a quarter of running text, `repeatedRedFlags` in
 * search-weights.ts), ranked first by the query's other words, and the page whose red flag the
 * search itself showed among the sections holding most of the query (search-topic.ts) came 6th.
 * That page comes first.
 *
 * Only for a query whose subject is a candidate (`candidateWords`, its first word) and that names no
 * part of an interview kit (`kitWords`: its prompts, probes, rubric, the exercise itself): “candidate
 * keeps saying we instead of I in the behavioral interview” asks the kit's probes. Only for a red
 * flag, an entry of one sentence, not for the lists of strong and weak signals, six sentences each:
 * a list shown for two words of the query that it holds in passing (“models”, “data”) is no sign
 * that the query describes one of its signals; with the lists, three more seen queries came first,
 * but the blind sets lost a first place (tests/search/HISTORY.md, the seventy-first pass).
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module carries its
 * source text.
 */

/**
 * The words that make a candidate the subject of a query: a reader who describes what someone
 * did in an interview calls them so. “candidates” too (“candidates who …”).
 */
export const candidateWords: readonly string[] = ['candidate', 'candidates', 'interviewee', 'applicant'];

/**
 * The words that name the interview itself rather than what the candidate did, as any interview
 * has them: an interview, its exercise and the formats of one (a case study, a simulation, a
 * take-home, a role play), a kit's parts (its prompts, probes, variants, hints, rubric, materials)
 * and the rating of it (a score, a rating, the scorecard, the debrief). The kits' own names are
 * the content's (`kitNameWords`, from the exercises' data). A query naming one of them asks for that
 * part (“candidate keeps saying we instead of I in the behavioral interview”: the kit's probes;
 * “code review interview, candidate agrees to tests later with no plan, how is mentorhsip rated”:
 * its rubric), not for which red flag the behaviour is.
 */
export const kitWords: readonly string[] = [
  // The interview, its exercise and their formats.
  // A name of two words is matched as the two together: “role”, “take” or “case” alone are a
  // reader's words for other things (“exaggerates their role”, “wants to take over”).
  'interview', 'interviews', 'interviewer', 'interviewers', 'interviewing', 'round', 'exercise', 'kit', 'kits',
  'case study', 'simulation', 'take home', 'role play', 'roleplay',
  // A kit's parts.
  'question', 'questions', 'prompt', 'prompts', 'probe', 'probes', 'probing', 'variant', 'variants', 'hint', 'hints',
  'rubric', 'rubrics', 'materials',
  // Rating it.
  'score', 'scores', 'scored', 'scoring', 'rate', 'rated', 'rating', 'ratings', 'scorecard', 'debrief',
];

/**
 * The words of a query that name one of the kits by `names` (the exercises' names in the content,
 * “System design case”), lowercase, a hyphen read as a space: the whole name; its last two words,
 * as a reader shortens it (“design case”, “take home”); and, for a name that ends in a word of
 * `generic` (an interview's own words, `kitWords`: “Behavioral interview”), the one word before it
 * (“behavioral”), only for a name of two words. Never one word that the name's other words qualify (“case”, “home”): alone it is
 * a reader's word for other things.
 */
export function kitNameWords(names: readonly string[], generic: readonly string[]): string[] {
  const words = new Set<string>();
  for (const name of names) {
    const split = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (split.length === 0) continue;
    words.add(split.join(' '));
    if (split.length > 2) words.add(split.slice(-2).join(' '));
    // Only a name of two words: what is left of a longer one is a reader's words for what a
    // candidate did (“code review” of “Code review simulation”: “dismissed code review feedback”).
    if (split.length === 2 && generic.includes(split[1]!)) words.add(split[0]!);
  }
  return [...words];
}

/**
 * The words that may stand before the candidate who is a query's subject (“the candidate said …”,
 * “a candidate who …”).
 */
export const subjectDeterminers: readonly string[] = ['a', 'an', 'the', 'my', 'our', 'this', 'that', 'one'];

/**
 * Whether the query's own `words` describe a candidate, not a part of an interview kit: a word
 * naming a candidate is its subject, its first word (after a determiner, `determiners`), and no word
 * (or two words together, for a name of two: `kitWords`) names a part of a kit. A question about the interview has the candidate as its object (“how much
 * should I help a candidate”, “score a candidate”) or as a qualifier (“every candidate model”).
 */
export function asksAboutCandidate(words: readonly string[], candidateWords: readonly string[], kitWords: readonly string[], determiners: readonly string[]): boolean {
  const split = words.flatMap((w) => w.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
  const subject = split.find((w) => !determiners.includes(w));
  // Each kit word (or two, “take home” for “take-home”) as whole words of the query.
  const spaced = ` ${split.join(' ')} `;
  return subject !== undefined && candidateWords.includes(subject) && !kitWords.some((k) => spaced.includes(` ${k} `));
}

/**
 * Whether a section of a result (Pagefind's `anchor` of it) is a red flag's own entry: an element
 * with an anchor starting with `redFlagPrefix` (`redFlagAnchor`, which the red-flag list writes,
 * src/components/role/Signals.astro), never a heading. Starlight gives a heading an id from its
 * text, so a page's heading “Red flag: no rollback plan” would read `red-flag-no-rollback-plan`;
 * only a component writes an id on another element (Markdown cannot), so the entry's element says
 * the code wrote it.
 */
export function isRedFlagEntry(anchor: { element: string; id: string } | undefined, redFlagPrefix: string): boolean {
  return anchor !== undefined && !/^h[1-6]$/i.test(anchor.element) && anchor.id.startsWith(redFlagPrefix);
}

/**
 * `results` with the first of the first `looked` whose shown sections (its `sub_results`, as the
 * topic step left them) hold a red flag's entry (`isRedFlagEntry`) that matched a word of the query
 * other than the words that name a candidate (`candidateWords`) moved to the first place; unchanged
 * when none does. A red flag that says “candidate” matches a question about the interview too: only
 * another word says the behaviour is the one it describes.
 */
export async function redFlagPageFirst<R extends { id: string; data(): Promise<{ content?: string; sub_results: readonly { anchor?: { element: string; id: string }; locations: readonly number[] }[] }> }>(
  results: readonly R[],
  redFlagPrefix: string,
  candidateWords: readonly string[],
  looked: number,
  isRedFlag: (anchor: { element: string; id: string } | undefined, redFlagPrefix: string) => boolean,
): Promise<R[]> {
  const namesCandidate = (word: string) => candidateWords.some((c) => word.startsWith(c));
  for (const [i, result] of results.slice(0, looked).entries()) {
    const data = await result.data();
    const words = (data.content ?? '').split(/\s+/);
    // A matched word other than the candidate's (“candidate’s” is the candidate's, its “s” no other word).
    const otherWord = (at: number) => {
      const parts = (words[at] ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      return parts.length > 0 && !parts.some(namesCandidate);
    };
    const describes = data.sub_results.some((s) => isRedFlag(s.anchor, redFlagPrefix) && s.locations.some(otherWord));
    if (!describes) continue;
    return i === 0 ? [...results] : [result, ...results.slice(0, i), ...results.slice(i + 1)];
  }
  return [...results];
}
