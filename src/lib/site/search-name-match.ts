/**
 * The last step of the search dialog's ranking: among the first results, the pages where one name
 * holds the whole query come first. Pagefind scores a page by the words it holds wherever they are,
 * and counts a search field (the names a page defines, its other names) as a whole, so a page that
 * names many things (the glossary's sixty terms, the role's forty tools) matches a query of two
 * words with two different names (“model deployments”: “Model card” and “Shadow deployment”) as
 * well as the page whose one name is the query (the KPI “Production model deployments”), and
 * outweighs it by its length. Here a name is the page's title, one of its headings, or one of the
 * names of its search fields (“Also called”, the hidden `defines` and `item terms`); a page where
 * one of them holds every word of the query is moved before those where none does, each group in
 * Pagefind's order. A name holds the query's words in any spelling its abbreviations join (`wordsOf`) (“Head of
 * ML” holds “head of machine learning”, “Senior MLE” holds “sr ml engineer”); a comparison's title
 * holds a query that names both its levels, not one of them, whatever words the query asks the
 * comparison with (“is principal above staff”, “lead versus staff”). Only the first results are
 * reordered (`firstCount`: the dialog passes the results the topic step loads anyway,
 * search-weights.ts), not only the five shown first: a comparison, whose weights put it below its
 * levels' pages, may come ninth. A query's word also counts in the other forms the search looked
 * for (`otherForms`: “senoir” as “senior”).
 *
 * A page's own names (its title and the fields of `ownNameFields`, its other names) come before the
 * names of its parts (headings, the names it defines): among the pages with a name that holds the
 * query, the one named so comes first, as the page that is the thing rather than the page with a
 * section about it (the competency “ML system design” before the hiring case's rubric row “ML
 * system design”). Among those, a page whose name lies within another's (every word of it in the
 * other's, which has more) comes before it: “staff” finds Staff ML Engineer before Senior Staff ML
 * Engineer, whichever Pagefind scores higher.
 *
 * After the pages where a name holds the whole query come those whose own name holds most of it
 * (two words or more, two thirds of them at least) and whose text holds the rest: the thing a
 * question asks about (“what is an ml engineering manager responsible for”: the ML Engineering
 * Manager's level page, which lists its responsibilities, before the role's page titled
 * “Responsibilities”, which Pagefind scored three times higher; “ML tech lead”: the Lead level,
 * whose other name “Lead ML Engineer” holds two of its words and whose text says “tech lead”).
 * A comparison's title counts there only where the query names both its levels (the words of it
 * that the title holds are not all on one side) and the text holds the rest: “engineering manager or
 * principal, which has the wider scope” asks about the two, and their comparison comes before the
 * Principal's page, whose title holds “principal” alone.
 *
 * Self-contained, without imports or outside names: the dialog's Pagefind module
 * (src/routes/search-api.js.ts) carries this function's source text, and the search benchmark
 * calls it as it is, so both search alike.
 */

/**
 * How the name steps split a name or a query into words: lowercase, at anything but a letter or a
 * digit, except that a number written with dots (a version, “1.0.0”) is one word (split into its
 * digits, every release page's name, “Version 1.3.0: what changed since 1.2.0”, held the query
 * “what changed in version 1.0.0”, and with four releases the page of 1.0.0 fell below them); each
 * abbreviation of `abbreviations` as the words it stands for (“ML” as “machine learning”), so that
 * a name holds a query in either spelling. One splitting for both steps
 * (`nameMatchesFirst`, `namedByQuery`), which the dialog builds once from its parts
 * (handbook-search.ts). Self-contained, as they are.
 */
export function nameWordsWith(abbreviations: Readonly<Record<string, string>>): (text: string) => string[] {
  return (text) =>
    (text.toLowerCase().match(/\p{N}+(?:\.\p{N}+)+|[\p{L}\p{N}]+/gu) ?? [])
      .flatMap((w) => (Object.hasOwn(abbreviations, w) ? abbreviations[w]!.split(' ') : [w]));
}

/** A result as Pagefind's `search` returns it, as far as this reads it. */
export interface ResultWithData {
  data(): Promise<{ meta: Record<string, string | undefined>; sub_results: readonly { title: string }[]; content?: string; filters?: Record<string, readonly string[] | undefined> }>;
}

export async function nameMatchesFirst<R extends { results: ResultWithData[] }>(
  response: R,
  term: string,
  namedFields: readonly string[],
  /** A text's words, each abbreviation as the words it stands for (`nameWordsWith`). */
  wordsOf: (text: string) => string[],
  otherForms: (word: string) => string[] | Promise<string[]> = () => [],
  ownNameFields: readonly string[] = [],
  /** How many of the first results are reordered (their data is loaded). */
  firstCount = 5,
  /**
   * The Pagefind filter and its values of the pages made of parts that a query names beside the
   * page's own name (a level's page, of its expectations in each competency; a competency's, of its
   * tracks): such a page, whose own name and one heading hold the query between them, comes after
   * the pages named by the whole query.
   */
  partsOf?: { filter: string; values: readonly string[] },
  /**
   * The Pagefind filter that names the level a page is about. A page about one level that is not
   * the level's own page (a page of its role description, its hiring kit) is also named by the
   * level's name and its title together (“Lead Machine Learning Engineer KPIs and productivity
   * metrics”), as a reader names it: “lead ml engineer kpis” asks for that page, which Pagefind
   * ranked below the level's page (whose name holds three words of four and whose text the
   * fourth). Only a query that names the whole level does so (“ML tech lead”, which does not say
   * “engineer”, still asks for the Lead's page, not its “Technical and soft skills”). The level's
   * own page, named by the level alone, lies within each such name and stays first for the level's
   * name (`closer`).
   */
  levelFilter?: string,
  /**
   * The handbook's words for a reader's word (the readers' thesaurus): a page's text that says
   * “role” holds a query's “job” where a name holds the rest of the query (“ml manager job”: the ML
   * Engineering Manager's page, whose other name “ML manager” holds two words of three). Names
   * themselves are matched as the reader typed them.
   */
  readerForms: (word: string) => string[] = () => [],
  /**
   * The Pagefind filter of a page's content type: a page is also named by its title and its type
   * together (“Evaluation & measurement competency”, “Staff Machine Learning Engineer level”), as a
   * reader names it (“evaluation competency”).
   */
  typeFilter?: string,
  /**
   * The Pagefind filter of the track a page is on: a level's page is also named by its title and
   * its track together (“Staff Machine Learning Engineer Individual contributor”), as a reader
   * names a level by its track's short name (“staff ic”, “L7 principal IC”), which the page about
   * choosing a track, titled “IC and management”, held as well.
   */
  trackFilter?: string,
): Promise<R> {
  const typed = typeof term === 'string' ? term.split(/\s+/).filter((w) => wordsOf(w).length > 0) : [];
  if (typed.length === 0 || response.results.length < 2) return response;
  /** Each word of the query with its other spellings (`otherForms`), each as its words. */
  const queryWords = await Promise.all(typed.map(async (word) => [word, ...(await otherForms(word))].map(wordsOf)));
  /** …and with the handbook's words for it, as a page's text may say it (`readerForms`). */
  const textWords = new Map(queryWords.map((spellings, i) => [spellings, [...spellings, ...readerForms(typed[i]!).map(wordsOf)]]));
  /** Whether `text`'s words hold a query word in one of its spellings, or the handbook's word for it. */
  const holdsInText = (text: readonly string[], spellings: string[][]) => holdsWord(text, textWords.get(spellings) ?? spellings, formInText);
  /**
   * Whether a name's word is the query's word: the same, a longer word it begins (“deploy” →
   * “deployments”, as Pagefind finds it), a shorter one that it extends by an ending (“models”,
   * “recovery” → “recover”), or a longer word it begins without its final “e”, as a verb names its
   * noun (“calculate” → “calculator”, “validate” → “validation”; held-out's “calculate interview
   * score” asks for the Scorecard calculator): a noun's ending only (“-ion”, “-or”, “-ing”), so
   * “engine” is not “engineer”, “practice” not “practical”; six letters at least.
   */
  const verbsNoun = (query: string, word: string) =>
    query.length >= 6 && query.endsWith('e') && word.startsWith(query.slice(0, -1)) && /^(?:ions?|ors?|ings?)$/.test(word.slice(query.length - 1));
  const startsAlike = (query: string, word: string) => word.startsWith(query) || (query.startsWith(word) && word.length >= 3 && query.length - word.length <= 3) || verbsNoun(query, word);
  /** …or so without its plural ending, as the stemmer joins them (“engineers” → “engineering”). */
  const same = (query: string, word: string) => startsAlike(query, word) || (/[^s]s$/.test(query) && query.length > 4 && word.startsWith(query.slice(0, -1)));
  /**
   * An abbreviation in parentheses is a term of its own: `Service availability (SLO)` is the KPI,
   * `SLO` the glossary's term (the part still counts as named by it, after that term: `bracketed`).
   * Other qualifiers are part of the name (`Streaming systems (Kafka/…)`).
   */
  const bracketedAbbreviation = /\(\s*([A-Z][A-Z0-9]+)\s*\)/g;
  const nameWords = (name: string) => wordsOf(name.replace(bracketedAbbreviation, ' '));
  /**
   * The abbreviations a name gives in parentheses: the part is named by its abbreviation too, after
   * the pages whose part is named by it alone (“TTD”: the glossary's “Time to detect”, whose other
   * name it is, then the KPI “Time to detect (TTD) ML issues”, which came fourth, behind two
   * onboarding pages that mention it).
   */
  const bracketed = (name: string) => [...name.matchAll(bracketedAbbreviation)].map((m) => m[1]!);
  /** Whether `words` hold a query word (one of its spellings, each of that spelling's words) as `matches` says. */
  const holdsWord = (words: readonly string[], spellings: readonly string[][], matches = same) => spellings.some((spelling) => spelling.every((q) => words.some((w) => matches(q, w))));
  const holdsWords = (name: string, query = queryWords) => {
    const words = nameWords(name);
    return query.every((spellings) => holdsWord(words, spellings));
  };
  /**
   * Whether a text's word is a form of the query's word: it begins like it but for an ending of
   * three letters at most (“responsibilities” for “responsible”), as the stemmer lets Pagefind
   * find it; looser than a name's words, as running text says a thing in any of its forms.
   */
  const formInText = (query: string, word: string) => {
    let common = 0;
    while (common < query.length && common < word.length && query[common] === word[common]) common++;
    return word.startsWith(query) || common >= Math.max(4, query.length - 3);
  };
  /**
   * Whether `name` holds most of the query but not all of it (two words or more, two thirds at
   * least; half, where the query holds the whole name), and `content` the rest. A query that names
   * a page whole asks about that page even with as many words again: “people management skills
   * for managers” finds the competency before the role's “Technical and soft skills”, “people
   * manager for an ml team” the ML Engineering Manager (its other name “ML manager”) before the
   * competency (four of 1,010 queries of the sets gained a first place, one lost it).
   */
  const holdsMostWithText = (name: string, content: string) => {
    const words = nameWords(name);
    const held = queryWords.filter((spellings) => holdsWord(words, spellings));
    const most = namesWhole(name) ? queryWords.length / 2 : (queryWords.length * 2) / 3;
    if (held.length < 2 || held.length < most || held.length === queryWords.length) return false;
    const text = wordsOf(content);
    return queryWords.every((spellings) => held.includes(spellings) || holdsInText(text, spellings));
  };
  /**
   * Whether the page's own name `name` and the name of one of its parts `part` hold the query
   * between them, each some of it: the part of a thing the query asks about (“system design lead”:
   * the Lead level's page, whose section “ML system design” holds the rest).
   */
  const holdsWithPart = (name: string, part: string) => {
    const own = nameWords(name);
    const inPart = nameWords(part);
    const byOwn = queryWords.filter((spellings) => holdsWord(own, spellings));
    return byOwn.length > 0 && byOwn.length < queryWords.length && queryWords.every((spellings) => byOwn.includes(spellings) || holdsWord(inPart, spellings));
  };
  /**
   * The query without the words that ask how two things compare, which a comparison's title does
   * not hold (“is principal above staff”, “lead versus staff”): a reader's, not a name's. With
   * them the words that ask how far apart they are (“lead to principal, what's the jump”, “the gap
   * between senior and lead”, “the step from staff to principal”): fresh17's comparison asked so
   * came 6th, behind the other comparisons of its second level. And those that ask to pass over the
   * levels between (“skipping from lead straight to head of ml engineering”, fresh18's, 6th so).
   */
  const comparing = new Set(['vs', 'versus', 'compared', 'compare', 'above', 'below', 'higher', 'lower', 'jump', 'leap', 'gap', 'step', 'skip', 'skipping', 'straight', 'directly']);
  const withoutComparing = queryWords.filter((spellings) => !spellings.some((spelling) => spelling.length === 1 && comparing.has(spelling[0]!)));
  /**
   * A name of two names joined by “vs” (a comparison's title, “Staff … vs Principal …”) holds a
   * query that names both, never one that either side holds alone: the page that is one of them
   * answers that one.
   */
  const holdsQuery = (name: string) => {
    const sides = name.split(/\s+vs\.?\s+/i);
    return sides.length === 2 ? holdsWords(name, withoutComparing) && !sides.some((side) => holdsWords(side, withoutComparing)) : holdsWords(name);
  };
  /**
   * Whether a name of two joined by “vs” (a comparison's title) names both its sides in a query
   * that asks more than their names (“engineering manager or principal, which has the wider
   * scope”): of the query's words, those it holds are two or more and no side holds them all, and
   * the page's text holds the rest; the question is then about the two, which the comparison answers.
   */
  const namesBothWithText = (name: string, content: string) => {
    const sides = name.split(/\s+vs\.?\s+/i);
    if (sides.length !== 2) return false;
    const held = withoutComparing.filter((spellings) => holdsWord(nameWords(name), spellings));
    if (held.length < 2 || held.length === withoutComparing.length || sides.some((side) => held.every((spellings) => holdsWord(nameWords(side), spellings)))) return false;
    const text = wordsOf(content);
    return withoutComparing.every((spellings) => held.includes(spellings) || holdsInText(text, spellings));
  };
  /** Whether the query holds every word of `name` (“lead ml engineer kpis” holds “Lead Machine Learning Engineer”). */
  const namesWhole = (name: string) => nameWords(name).every((word) => queryWords.some((spellings) => spellings.some((spelling) => spelling.some((q) => same(q, word)))));
  /**
   * Whether the query names a content type as one thing, word for word (“competency”, “role
   * description”): a plural asks for the list (“ml engineer levels”: the ladder, not each level).
   */
  const namesType = (type: string) => {
    const typedWords = typed.flatMap(wordsOf);
    return wordsOf(type).every((word) => typedWords.includes(word));
  };
  const first = response.results.slice(0, firstCount);
  /** The names of a page's search fields, split where the pages join them (`searchNameSeparator`: a name may hold a comma). */
  const namesIn = (meta: Record<string, string | undefined>, fields: readonly string[]) => fields.flatMap((field) => (meta[field] ?? '').split(';'));
  /** Whether a name joins two names by “vs” (a comparison's title). */
  const joinsTwo = (name: string) => /\s+vs\.?\s+/i.test(name);
  /**
   * 3 where one of the page's own names holds the query, 2.5 where the name of a part is the query
   * (it holds no other word; of a name of alternatives, “LLMOps / generative AI production
   * patterns”, one of them), 2 where the name of a part (or its abbreviation in parentheses) holds
   * it, 1.5 for a page made of parts (`partsOf`), 1.3 where a comparison's title names both its
   * sides and the text holds the rest, 1 where an own name holds most of it and the text the rest,
   * 0.8 where the name of a part does so and the query holds that name whole (“build error missing
   * expectation”: the validation rule `missing-expectation` on the page that says a build fails
   * with an error, before the role's summary, which Pagefind scored higher for its commoner words),
   * else 0; with the page's own names that hold it, each as its set of words. A part named just
   * so is the thing the query names: “what is mlops” finds the glossary's “MLOps” before the map's
   * path and the skill whose longer names hold the word. A comparison comes before the pages of its
   * sides, whose names hold most of such a query too.
   */
  const matches = await Promise.all(
    first.map(async (result) => {
      const { meta, sub_results, content = '', filters } = await result.data();
      const levels = levelFilter === undefined ? [] : (filters?.[levelFilter] ?? []);
      const level = levels.length === 1 && meta.title && namesWhole(levels[0]!) ? levels[0] : undefined;
      const types = typeFilter === undefined ? [] : (filters?.[typeFilter] ?? []);
      const typeNamed = types.length === 1 && meta.title && namesType(types[0]!);
      const typeNames = typeNamed ? [`${meta.title} ${types[0]}`] : [];
      const tracks = trackFilter === undefined ? [] : (filters?.[trackFilter] ?? []);
      const trackNames = tracks.length === 1 && meta.title && namesWhole(tracks[0]!) ? [`${meta.title} ${tracks[0]}`] : [];
      const pageNames = [meta.title ?? '', ...namesIn(meta, ownNameFields), ...(level ? [`${level} ${meta.title}`] : []), ...typeNames, ...trackNames];
      const ownNames = pageNames.filter(holdsQuery).map((name) => new Set(wordsOf(name)));
      if (ownNames.length) return { result, tier: 3, ownNames };
      const partNames = [...sub_results.map((s) => s.title), ...namesIn(meta, namedFields.filter((field) => !ownNameFields.includes(field)))];
      const namingParts = partNames.filter(holdsQuery);
      if (namingParts.length) return { result, tier: namingParts.some((name) => name.split(/\s+\/\s+/).some(namesWhole)) ? 2.5 : 2, ownNames };
      if (partNames.some((name) => bracketed(name).some(holdsQuery))) return { result, tier: 2, ownNames };
      const madeOfParts = partsOf !== undefined && (filters?.[partsOf.filter] ?? []).some((value) => partsOf.values.includes(value));
      if (madeOfParts && pageNames.some((name) => !joinsTwo(name) && sub_results.some((part) => holdsWithPart(name, part.title)))) return { result, tier: 1.5, ownNames };
      if (pageNames.some((name) => joinsTwo(name) && namesBothWithText(name, content))) return { result, tier: 1.3, ownNames };
      if (pageNames.some((name) => !joinsTwo(name) && holdsMostWithText(name, content))) return { result, tier: 1, ownNames };
      return { result, tier: partNames.some((name) => !joinsTwo(name) && namesWhole(name) && holdsMostWithText(name, content)) ? 0.8 : 0, ownNames };
    }),
  );
  /** Whether one of `a`'s names that hold the query has every word in one of `b`'s, and more besides. */
  const within = (a: (typeof matches)[number], b: (typeof matches)[number]) =>
    a.ownNames.some((x) => b.ownNames.some((y) => x.size < y.size && [...x].every((w) => y.has(w))));
  /**
   * Whether `a` is named more closely than `b`: a name of `a` lies within one of `b`'s (“Staff ML
   * Engineer” within “Senior Staff ML Engineer”, for “staff”) and none of `b`'s within one of `a`'s
   * (pages of several names can each hold a name of the other: then neither is closer).
   */
  const closer = (a: (typeof matches)[number], b: (typeof matches)[number]) => within(a, b) && !within(b, a);
  /** Pagefind's order, but each page before the first one it is named more closely than. */
  const closestFirst = (group: typeof matches) =>
    group.reduce<typeof matches>((order, page) => {
      const at = order.findIndex((other) => closer(page, other));
      return at === -1 ? [...order, page] : [...order.slice(0, at), page, ...order.slice(at)];
    }, []);
  const reordered = [...[3, 2.5, 2, 1.5, 1.3, 1, 0.8, 0].flatMap((tier) => closestFirst(matches.filter((m) => m.tier === tier)).map((m) => m.result)), ...response.results.slice(firstCount)];
  return { ...response, results: reordered };
}

/**
 * Whether one of the first results (`firstCount`) is named by `term`: one of its own names (its
 * title, or a name of one of `nameFields`, its other names) holds every word of the query, and the
 * query every word of that name but those `common` says are on nearly every page (“Engineering
 * Manager, Machine Learning”, an other name of the ML Engineering Manager level; “machine learning
 * manager” for “ML Engineering Manager”, whose “engineering” nearly every page says). The fallback
 * then scores the query whole, its common words included (search-fallback.ts): in a name they are
 * what the reader asks for, and scored by the query's rarer words alone the level's page fell out
 * of the first results once one more page of the handbook said “manager”, which made the word
 * common. A name that holds the query and more (“Promotion: Lead to Staff or Principal” for
 * “promotion to lead”) does not count: the query names a part of it, and may name another page as
 * well (“Promotion: Senior to Lead”), which the rarer words told apart. A name's words match the
 * query's as `nameMatchesFirst` matches them: alike but for an ending, or through an abbreviation
 * (`wordsOf`: “ML” holds “machine learning”).
 *
 * Self-contained, without imports or outside names, as `nameMatchesFirst`.
 */
export async function namedByQuery(
  results: readonly ResultWithData[],
  term: string,
  nameFields: readonly string[],
  /** A text's words, each abbreviation as the words it stands for (`nameWordsWith`). */
  wordsOf: (text: string) => string[],
  firstCount = 10,
  common: (word: string) => boolean | Promise<boolean> = () => false,
): Promise<boolean> {
  const queryWords = wordsOf(term);
  if (queryWords.length === 0) return false;
  const same = (query: string, word: string) =>
    word.startsWith(query) || (query.startsWith(word) && word.length >= 3 && query.length - word.length <= 3) || (/[^s]s$/.test(query) && query.length > 4 && word.startsWith(query.slice(0, -1)));
  const names = (await Promise.all(results.slice(0, firstCount).map((result) => result.data()))).flatMap(({ meta }) => [meta.title ?? '', ...nameFields.flatMap((field) => (meta[field] ?? '').split(';'))]);
  for (const name of names) {
    const words = wordsOf(name.replace(/\(\s*[A-Z][A-Z0-9]+\s*\)/g, ' '));
    if (words.length === 0 || !queryWords.every((q) => words.some((w) => same(q, w)))) continue;
    const rest = words.filter((w) => !queryWords.some((q) => same(q, w)));
    if ((await Promise.all(rest.map(common))).every(Boolean)) return true;
  }
  return false;
}
