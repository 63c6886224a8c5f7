/**
 * A step of the search dialog's ranking: among the first results, the pages ABOUT the query come
 * before the pages that only mention its words. Pagefind scores a page by its words wherever they
 * are, so a page of many short entries (the glossary, the KPI table) that holds one query word in
 * one entry's name and another in another's (“approval gate”, “architecture decision record” for
 * “who approves architecture changes”) outranks the page with one section about the whole question
 * (“Decisions requiring team or peer approval (design review / architecture review)”).
 *
 * Here each of the first results gets a topic: the share of the query's information (each word
 * weighed by how few pages hold it, `pageShare`, as the fallback weighs it,
 * src/lib/site/search-fallback.ts) that its most topical section holds, a word in the section's
 * name, the name of a heading it stands under (an h3's h2: “Shadow, then reverse-shadow” under
 * “Calibration for new interviewers” answers “when can a new interviewer interview alone”), the
 * page's title or one of the page's names (`namedFields`: its other names, the names it defines; a
 * name's abbreviations spelled out by `abbreviations`) counting in full and a word only in the
 * section's text counting `textShare` of it, unless the text holds it in a phrase: where a run of
 * the section's words holds a query of three words or more together (all its words but one at
 * most, two of a three-word query's; each at most two words after the one before), those words
 * count in full for the page's topic, as a reader who quotes a sentence of the role description
 * means its section (the sections shown are still chosen by names and text alone: phrases there
 * made another section of the interviewer guide win). Pagefind's score, times the topic to the power
 * `power`, and times the share of what the page holds of the query that its most topical section
 * holds, to the power `gatheredPower` (the glossary holds a query's words in separate entries),
 * orders them, ties in Pagefind's order, except that a page of the source text the others
 * quote (`quoted`: the role description, which level, competency and comparison pages restate)
 * comes first when a section of it holds a query of four words or more whole, as a phrase (a
 * query of three, word for word), even one that Pagefind ranked below the first results
 * (`sourcePages`; src/lib/site/search-weights.ts says why each value is what it is), and each
 * page shows its most topical sections: the sections the dialog shows
 * (src/lib/site/search-sections.ts) are chosen among those that hold most of the query.
 *
 * A section's words are those Pagefind matched in it (its `locations`, read in the page's indexed
 * `content`), each counted for the query word it spells (the same word, a longer or shorter form of
 * it, or another form the search looked for, `otherForms`: “meetings” for “meet”, “approval” for
 * “approves”).
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text, and the search benchmark
 * calls it as it is, so both search alike.
 */

/** An element of a page with an id, where Pagefind found it in the page's text (Pagefind's `anchors`). */
interface Anchor {
  id: string;
  element: string;
  location: number;
  text?: string;
}

/** A result as Pagefind's `search` returns it, as far as this reads it. */
export interface ResultWithSections {
  /** Pagefind's id of the page. */
  id?: string;
  data(): Promise<{
    meta: Record<string, string | undefined>;
    filters?: Record<string, readonly string[] | undefined>;
    content?: string;
    url?: string;
    sub_results: readonly { url?: string; title: string; locations: readonly number[]; weighted_locations?: readonly { balanced_score: number }[] }[];
    anchors?: readonly Anchor[];
  }>;
}

export async function topicalFirst<R extends { results: ResultWithSections[] }>(
  response: R,
  term: string,
  options: {
    /** How many of the first results are scored and reordered (their data is loaded). */
    first: number;
    /** What a query word held only in a section's text counts, against 1 in its name or the page's title. */
    textShare: number;
    /** How strongly the topic decides: a page's score is multiplied by its topic to this power. */
    power: number;
    /**
     * How strongly a page whose query words lie apart, in sections none of which holds most of them,
     * falls behind: its score is also multiplied by its best section's share of what it holds of the
     * query, to this power (none when left out).
     */
    gatheredPower?: number;
    /** How many sections the dialog shows under a page, besides the page's own entry. */
    shownSections: number;
    /**
     * The anchor of a first section that is the page's own entry, not one of its sections (the
     * `h1`'s id on a Starlight page, src/lib/site/search-sections.ts): it does not take the place of
     * a shown section.
     */
    ownEntryAnchor?: string;
    /**
     * The Pagefind filter and value of the pages that are the source text the others quote (the
     * role description): a page of it that holds a query of `fewestWords` words or more whole, as
     * a phrase (within a stretch of its text `span` times the query's length), comes first.
     */
    quoted?: { filter: string; value: string; fewestWords: number; span: number };
  },
  otherForms: (word: string) => string[] | Promise<string[]> = () => [],
  pageShare: (word: string) => number | Promise<number> = () => 0,
  abbreviations: Readonly<Record<string, string>> = {},
  namedFields: readonly string[] = [],
  /**
   * The pages of the quoted source text that the query finds (`quoted`: a search of them alone),
   * for a page of it that holds the query as a phrase but that Pagefind ranked below the first
   * results: it is brought among them, and so first. A long page of many sections scores below
   * shorter pages that hold the query's words apart (“raise the team's engineering bar”: the
   * role's responsibilities, which say it so, came 13th, after the competency page and the kits
   * that use the words one by one), and the topic sees the first results only.
   */
  sourcePages?: () => Promise<{ results: R['results'] }>,
): Promise<R> {
  /** A text's words in lowercase, each abbreviation of `abbreviations` as the words it stands for. */
  const wordsOf = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .flatMap((w) => (Object.hasOwn(abbreviations, w) ? [w, ...abbreviations[w]!.split(' ')] : [w]));
  const typed = typeof term === 'string' ? term.split(/\s+/).filter((w) => wordsOf(w).length > 0) : [];
  if (typed.length === 0 || response.results.length === 0) return response;
  /**
   * The ways of writing one spelling of a query word, each as the words that must all be there: a
   * spelling of several words (the readers' thesaurus writes “rbac” as “role-based access
   * control”) is held where all its words are, not where one of them is, or any section that says
   * “access” held “rbac” and the tool row that names role-based access control was not shown; a
   * single word that is an abbreviation, as itself or as the words it stands for, all of them.
   */
  const waysOfWriting = (spelling: string): string[][] => {
    const words = spelling
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (words.length === 0) return [];
    const only = words.length === 1 ? words[0]! : undefined;
    return only !== undefined && Object.hasOwn(abbreviations, only) ? [words, abbreviations[only]!.split(' ')] : [words];
  };
  /** Each query word as typed and in the other forms searched. */
  const forms = await Promise.all(typed.map(async (word) => [word, ...(await otherForms(word))]));
  /** Each query word's spellings (as typed, and the other forms searched), each in its ways of writing. */
  const spellings = forms.map((f) => f.flatMap(waysOfWriting));
  /** The share of the pages that hold each query word, as typed and in each of its other forms. */
  const formShares = await Promise.all(forms.map((f) => Promise.all(f.map((form) => pageShare(form)))));
  /** How much a word held by `share` of the pages tells them apart, as the fallback weighs it (BM25's IDF). */
  const informationOf = (share: number) => Math.log(1 + 1 / Math.max(share, 0.001));
  /** How much each query word tells pages apart: the word as typed, as the fallback weighs it. */
  const information = formShares.map((shares) => informationOf(shares[0]!));
  /**
   * …and, to choose the sections shown under a page, as the commonest of its forms that a section
   * may hold it by: a section whose heading holds a reader's word by its handbook word (“Peer
   * roles” for “neighbouring”) holds a word that many pages say, however few say the reader's.
   * Weighed as typed, a word that only readers use weighed most of the query, and that heading was
   * shown instead of the section holding the query's other words (“agreeing shared release gates
   * and documentation standards with neighbouring teams”: the collaboration section, which says
   * “shared gates” and “documentation standards”, was left out). Not for the page's own rank:
   * there the commonest form's share lowered the pages a reader's word finds (“how often a release
   * has to be undone”, the rollback rate, 1st → 5th) as much as it raised others (tests/search/HISTORY.md, the sixty-second pass).
   */
  const sectionInformation = formShares.map((shares) => informationOf(Math.max(...shares)));
  const sectionTotal = sectionInformation.reduce((sum, x) => sum + x, 0);
  const total = information.reduce((sum, x) => sum + x, 0);
  /** The letters two words share at their start. */
  const common = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  /**
   * Whether `word` spells the query's `spelling`: it begins with it, or is a form of the same word
   * (“meetings”, “approval” for “approves”): they share all but three letters of the shorter one,
   * at least four.
   */
  const spells = (spelling: string, word: string) => word.startsWith(spelling) || common(spelling, word) >= Math.max(4, Math.min(spelling.length, word.length) - 3);
  /** The indexes of the query words that `text`'s words spell. */
  const heldIn = (text: string) => {
    const words = wordsOf(text);
    const holds = (spelling: string) => words.some((w) => spells(spelling, w));
    return new Set(spellings.flatMap((ways, i) => (ways.some((way) => way.every(holds)) ? [i] : [])));
  };
  /**
   * …in a name: of a name of two joined by “vs” (a comparison's title), the words of the side that
   * holds most, so that the comparison is not more the topic of a level's name than the level.
   */
  const heldInName = (name: string) =>
    name
      .split(/\s+vs\.?\s+/i)
      .map(heldIn)
      .reduce((most, side) => (side.size > most.size ? side : most));
  /** For each heading's id, the texts of the headings it stands under (an h3's h2, …). */
  const headingsAbove = (anchors: readonly Anchor[]) => {
    const above = new Map<string, string[]>();
    const open: { level: number; text: string }[] = [];
    for (const a of [...anchors].sort((x, y) => x.location - y.location)) {
      const level = /^h([1-6])$/.exec(a.element)?.[1];
      if (!level) continue;
      while (open.length && open.at(-1)!.level >= Number(level)) open.pop();
      above.set(a.id, open.map((h) => h.text));
      open.push({ level: Number(level), text: a.text ?? '' });
    }
    return above;
  };
  /**
   * The query words that a run of the section's matches holds together, as a phrase (each match at
   * most two words after the one before): the run that holds most of them, when it holds all the
   * query's words but one at most (two of a three-word query's).
   */
  const heldTogether = (locations: readonly number[], content: readonly string[]) => {
    const sorted = [...locations].sort((a, b) => a - b);
    let best = new Set<number>();
    for (let start = 0; start < sorted.length; start++) {
      let end = start;
      while (end + 1 < sorted.length && sorted[end + 1]! - sorted[end]! <= 2) end++;
      const held = heldIn(sorted.slice(start, end + 1).map((at) => content[at] ?? '').join(' '));
      if (held.size > best.size) best = held;
      start = end;
    }
    return best.size >= typed.length - 1 ? best : new Set<number>();
  };
  /**
   * Whether a section holds every query word within a stretch of its text (`quoted.span` times the
   * query's length: room for the function words dropped from it): the section the query quotes.
   * Read in the text around its matches rather than in the matches, which leave out a word found on
   * most pages (“ML”) when the fallback scores a query by its rarer words.
   */
  const quotedIn = (locations: readonly number[], content: readonly string[], quoted: { span: number }) => {
    const span = Math.ceil(typed.length * quoted.span);
    return locations.some((at) => {
      for (let start = Math.max(0, at - span); start <= at; start++) if (heldIn(content.slice(start, start + span).join(' ')).size === typed.length) return true;
      return false;
    });
  };
  const { quoted } = options;
  /**
   * Whether `data` is a page of the quoted source text that holds the whole query as a phrase in one
   * of its sections: within the span (`quotedIn`), or, for a query one word shorter than
   * `quoted.fewestWords`, word for word in a row.
   */
  const quotesQuery = (data: Awaited<ReturnType<ResultWithSections['data']>>) => {
    if (quoted === undefined || typed.length < quoted.fewestWords - 1 || !(data.filters?.[quoted.filter] ?? []).includes(quoted.value)) return false;
    const content = (data.content ?? '').split(/\s+/);
    const exact = typed.length < quoted.fewestWords;
    const inOrderAt = (at: number) => typed.every((_, j) => heldIn(content[at + j] ?? '').has(j));
    return data.sub_results.some((section) => (exact ? section.locations.some(inOrderAt) : quotedIn(section.locations, content, quoted)));
  };
  /**
   * The results Pagefind ranked below the first that are pages of the source (`sourcePages`) and
   * quote the query: each is brought among the first results, where it comes first.
   */
  const sourceIds = sourcePages !== undefined && quoted !== undefined && typed.length >= quoted.fewestWords - 1 ? new Set((await sourcePages()).results.slice(0, options.first).map((r) => r.id)) : new Set<string | undefined>();
  const quotingLater = (
    await Promise.all(response.results.slice(options.first).map(async (r) => (sourceIds.has(r.id) && quotesQuery(await r.data()) ? [r] : [])))
  ).flat();
  const rest = response.results.slice(options.first).filter((r) => !quotingLater.includes(r));
  const first = [...response.results.slice(0, options.first), ...quotingLater];
  const scored = await Promise.all(
    first.map(async (result, order) => {
      const data = await result.data();
      const content = (data.content ?? '').split(/\s+/);
      const inTitle = heldInName(data.meta.title ?? '');
      const above = headingsAbove(data.anchors ?? []);
      const sections = data.sub_results.map((section) => {
        const id = section.url?.split('#')[1];
        const named = new Set([...heldInName(section.title), ...(id ? (above.get(id) ?? []) : []).flatMap((h) => [...heldInName(h)])]);
        const inText = heldIn(section.locations.map((at) => content[at] ?? '').join(' '));
        const together = typed.length >= 3 ? heldTogether(section.locations, content) : new Set<number>();
        const valueWith = (phrase: Set<number>, infos = information) => infos.reduce((sum, info, i) => sum + (inTitle.has(i) || named.has(i) || phrase.has(i) ? info : inText.has(i) ? info * options.textShare : 0), 0);
        // Its own heading names the whole query (the glossary's entry “Rollback” for “rollback”).
        const namesQuery = typed.length > 0 && heldInName(section.title).size === typed.length;
        return { section, namesQuery, named, inText, together, topic: total > 0 ? valueWith(together) / total : 0, topicOfNamesAndText: sectionTotal > 0 ? valueWith(new Set(), sectionInformation) / sectionTotal : 0 };
      });
      /** The page's other names and the names it defines (search fields), each a name of its own. */
      // Split where the pages join them (`searchNameSeparator`): a name may hold a comma.
      const names = namedFields.flatMap((field) => (data.meta[field] ?? '').split(';')).map((name) => new Set([...inTitle, ...heldInName(name)]));
      const share = (held: Set<number>) => [...held].reduce((sum, i) => sum + information[i]!, 0) / (total || 1);
      const topic = Math.max(share(inTitle), ...names.map(share), ...sections.map((s) => s.topic));
      /**
       * How much of what the page holds of the query its most topical section holds: below 1 where
       * the page holds the query's words apart, in entries or sections none of which holds most of
       * them (the glossary's “PII” for “new pii use needs approval from above”), whose score
       * Pagefind adds up across them (`gatheredPower`, search-weights.ts). What the page holds
       * anywhere is weighed as a section's topic is, a word in any name or phrase in full.
       */
      const fullAnywhere = new Set([...inTitle, ...names.flatMap((n) => [...n]), ...sections.flatMap((s) => [...s.named, ...s.together])]);
      const textAnywhere = new Set(sections.flatMap((s) => [...s.inText]));
      const spread = total > 0 ? information.reduce((sum, info, i) => sum + (fullAnywhere.has(i) ? info : textAnywhere.has(i) ? info * options.textShare : 0), 0) / total : 0;
      const gathered = spread > 0 ? Math.min(1, topic / spread) : 1;
      const quotes = quotesQuery(data);
      return { result, data, sections, topic, gathered, quotes, order, score: (result as { score?: number }).score ?? 0 };
    }),
  );
  /** What a section's matches weigh together (as src/lib/site/search-sections.ts weighs them). */
  const weight = (s: { weighted_locations?: readonly { balanced_score: number }[]; locations: readonly number[] }) =>
    s.weighted_locations?.reduce((sum, w) => sum + w.balanced_score, 0) ?? s.locations.length;
  // A page's score, times its topic and how gathered its words are (`gathered`), each to its power.
  const rank = (s: (typeof scored)[number]) => s.score * s.topic ** options.power * s.gathered ** (options.gatheredPower ?? 0);
  const reordered = [...scored].sort((a, b) => Number(b.quotes) - Number(a.quotes) || rank(b) - rank(a) || a.order - b.order);
  const results = reordered.map(({ result, data, sections }) => {
    const firstUrl = data.sub_results[0]?.url;
    const own = firstUrl !== undefined && (firstUrl === data.url || (options.ownEntryAnchor !== undefined && firstUrl === `${data.url}#${options.ownEntryAnchor}`)) ? 1 : 0;
    const rest = sections.slice(own);
    const kept =
      rest.length <= options.shownSections
        ? rest
        : [...rest].sort((a, b) => b.topicOfNamesAndText - a.topicOfNamesAndText || weight(b.section) - weight(a.section)).slice(0, options.shownSections);
    // Shown in the page's order, but a section whose heading names the whole query first: among
    // the glossary's entries that mention “rollback”, “Model registry” and “Reproducibility” came
    // before “Rollback”, the one the reader asked for.
    const shown = rest.filter((s) => kept.includes(s));
    const ordered = [...shown.filter((s) => s.namesQuery), ...shown.filter((s) => !s.namesQuery)];
    if (ordered.length === rest.length && ordered.every((s, i) => s === rest[i])) return result;
    const sub_results = [...data.sub_results.slice(0, own), ...ordered.map((s) => s.section)];
    return { ...result, data: async () => ({ ...data, sub_results }) };
  });
  return { ...response, results: [...results, ...rest] as R['results'] };
}
