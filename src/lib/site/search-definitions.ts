/**
 * Questions that ask what a thing means. A reader who types a name (“feature store”) wants the
 * place the handbook sets it out, the role's row for its skill; one who asks “what is a feature
 * store” wants the glossary's definition. The two differ only by the question's words, which the
 * search box drops before searching (search-query.ts), so the search box writes such a question in
 * one form, `define <topic>` (`searchTerms`), which a reader may also type, and the dialog's search
 * then puts the glossary first when one of its entries is named by the topic (handbook-search.ts).
 */

/** The word that begins a definition question as the search box sends it: “define feature store”. */
export const definitionWord = 'define';

/**
 * The ways of asking what a thing means, each with the thing in its group: “what is (a) X”, “what
 * are X”, “what's X”, “what does X mean / stand for” (also “… on the ladder”, “… in this handbook”),
 * “what is meant by X”, “what counts as X”, “define X”, “meaning of X”, “definition of X”, “X
 * meaning”, “X definition”. Where the question says where X is met (“what does a dash mean in the
 * heatmap”), the place is part of the topic: it tells the page, and X alone names no glossary term;
 * a place that names the whole handbook (“in this handbook”, “on the ladder”: `wholeSite`) tells
 * nothing, and is left out. Other questions (“what does a lead do”, “what
 * is expected of a lead”) match too where they begin so; they are searched as before, and only a
 * glossary entry named by their whole topic would come first.
 */
const definitionQuestions: readonly RegExp[] = [
  /^what\s+does\s+(.+?)\s+(?:mean|stand\s+for)(?:\s+(?:on|in|at|for)\s+(.+))?$/i,
  /^what\s+(?:is|are)\s+meant\s+by\s+(.+)$/i,
  /^what\s+counts\s+as\s+(.+)$/i,
  /^what(?:['’]s|\s+is|\s+are)\s+(.+)$/i,
  /^(?:define|definition\s+of|meaning\s+of)\s+(.+)$/i,
  /^(.+?)\s+(?:meaning|definition)$/i,
];

/** A place that names the whole handbook, not a page of it: “this handbook”, “the ladder”, “our framework”. */
const wholeSite = /^(?:this|the|our)\s+(?:handbook|guide|site|ladder|career\s+ladder|framework)$/i;

/** The articles a thing's name is asked with (“what is an SLO”), which its name does not hold. */
const leadingArticle = /^(?:a|an|the)\s+/i;

/**
 * The thing a definition question asks about, as typed (“what is an SLO?” → “SLO”), or `undefined`
 * when `query` does not ask what something means.
 */
export function definitionTopic(query: string): string | undefined {
  const question = query.trim().replace(/\s+/g, ' ').replace(/[?!.]+$/, '');
  for (const pattern of definitionQuestions) {
    const [, thing, place] = pattern.exec(question) ?? [];
    const topic = [thing, place && !wholeSite.test(place) ? place : undefined].filter(Boolean).join(' ').replace(leadingArticle, '').trim();
    // “what is the meaning of X” asks twice over.
    if (topic) return (topic === question ? undefined : definitionTopic(topic)) ?? topic;
  }
  return undefined;
}

/**
 * The topic of a term the search box sent as a question of a kind, `<word> <topic>` (`define SLO`,
 * `measure rollback`, search-measures.ts), or `undefined` for any other term. Self-contained: the
 * dialog's module carries its source text.
 */
export function askedWith(term: string, word: string): string | undefined {
  const [first, ...rest] = term.trim().split(/\s+/);
  return first?.toLowerCase() === word && rest.length > 0 ? rest.join(' ') : undefined;
}

/** A result as Pagefind returns it, as far as this reads it. */
export interface ResultWithUrl {
  id: string;
  data(): Promise<{ url?: string }>;
}

/** A glossary entry as definition questions find it: its anchor on the glossary page and its names (the term, then its other names). */
export interface GlossaryEntryNames {
  id: string;
  names: readonly string[];
}

/** A glossary result's data, as far as putting an entry's section first reads it (Pagefind's `data()`). */
interface GlossaryData {
  url?: string;
  sub_results?: { url: string; title?: string; excerpt?: string; locations: readonly number[]; weighted_locations?: readonly { weight: number; balanced_score: number; location: number }[] }[];
  anchors?: readonly { id: string; element: string; location: number; text?: string }[];
  content?: string;
}

/**
 * The results with the glossary first (the page at `glossaryPath`, after the site's base) when the
 * topic is one of its terms: one of an entry's `names` (the term and its other names) holds every word
 * of the topic and no other but those the search box drops (`dropped`: “Time to detect” for “time
 * detect”), a plural as its singular (“feature stores”). Words are compared as `wordsOf` splits
 * them, abbreviations spelled out. Otherwise the results as they were. Self-contained, as
 * `askedWith`.
 *
 * The glossary then shows the named entry as its first section. Pagefind's sections of the page are
 * those its own search matched, which need not hold the entry: where a word of the topic is on most
 * pages, the dialog searches the others alone (“model monitoring” as “monitoring”, once a team's
 * added levels put “model” on nearly every page), and Pagefind left the entry “Monitoring”, whose
 * heading and other name hold the words, out of that search's sections, listing the entries that
 * mention monitoring in passing. The entry's section, taken from Pagefind's list or made from the
 * page's anchor and text, scores above every other, so that the dialog's choice of three sections
 * (search-sections.ts) keeps it, and comes first after the page's own entry.
 */
export async function definitionsFirst<R extends ResultWithUrl, T extends { results: R[] }>(
  response: T,
  topic: string,
  glossaryPath: string,
  entries: readonly GlossaryEntryNames[],
  wordsOf: (text: string) => string[],
  /** The words the search box drops from a query (search-query.ts), which a name may hold. */
  dropped: readonly string[],
  /** The search of the topic among the pages of the glossary's content type. */
  glossaryPages: () => Promise<{ results: readonly R[] }>,
  /** How many of the first results are looked at (the dialog: those its other steps load). */
  firstCount = 10,
): Promise<T> {
  const singular = (word: string) => word.replace(/(?<=[^s])(?:es|s)$/, '');
  const wordSet = (text: string) => new Set(wordsOf(text).filter((w) => !dropped.includes(w)).map(singular));
  const topicWords = wordSet(topic);
  if (topicWords.size === 0) return response;
  const namesTopic = (name: string) => {
    const words = wordSet(name);
    return words.size === topicWords.size && [...words].every((w) => topicWords.has(w));
  };
  const entry = entries.find((e) => e.names.some(namesTopic));
  if (entry === undefined) return response;
  const isGlossary = async (result: R) => ((await result.data()).url ?? '').split('#')[0]!.endsWith(glossaryPath);
  const firstOf = async (results: readonly R[]) => {
    const found = await Promise.all(results.slice(0, firstCount).map(isGlossary));
    return results[found.indexOf(true)];
  };
  // A topic of words on most pages (“ML operations”, another name of MLOps) can leave the glossary
  // below the first results, whose data alone the dialog loads: it is then looked for among the
  // pages of its own content type (`glossaryPages`).
  const glossary = (await firstOf(response.results)) ?? (await firstOf((await glossaryPages()).results));
  if (glossary === undefined) return response;
  const entryFirst = async (): Promise<GlossaryData> => {
    const data = (await glossary.data()) as GlossaryData;
    const sections = data.sub_results ?? [];
    const url = `${(data.url ?? '').split('#')[0]}#${entry.id}`;
    const anchor = data.anchors?.find((a) => a.id === entry.id);
    const found = sections.find((s) => s.url === url);
    if (found === undefined && anchor === undefined) return data;
    const words = (data.content ?? '').split(/\s+/);
    const next = Math.min(...(data.anchors ?? []).map((a) => a.location).filter((l) => anchor !== undefined && l > anchor.location), words.length);
    const section = found ?? {
      url,
      title: anchor!.text ?? entry.names[0] ?? entry.id,
      excerpt: words.slice(anchor!.location, Math.min(next, anchor!.location + 30)).join(' '),
      locations: [anchor!.location],
    };
    const top = Math.max(0, ...sections.map((s) => (s.weighted_locations ?? []).reduce((sum, w) => sum + w.balanced_score, 0) || s.locations.length));
    const strongest = { ...section, weighted_locations: [...(section.weighted_locations ?? []), { weight: 1, balanced_score: top + 1, location: section.locations[0] ?? 0 }] };
    // The page's own entry (its title: the bare page, or the anchor of its `h1`), when Pagefind lists
    // it first, stays first: the dialog shows it as the page itself only there (withOwnEntry,
    // search-sections.ts), and as a section repeating the page's title anywhere else.
    const [first] = sections;
    const firstAnchor = first?.url.split('#')[1];
    const ownEntry = first !== undefined && first.url !== url && (firstAnchor === undefined || data.anchors?.find((a) => a.id === firstAnchor)?.element === 'h1') ? [first] : [];
    return { ...data, sub_results: [...ownEntry, strongest, ...sections.filter((s) => s.url !== url && !ownEntry.includes(s))] };
  };
  const shown = { ...glossary, data: entryFirst } as R;
  return { ...response, results: [shown, ...response.results.filter((r) => r.id !== glossary.id)] };
}
