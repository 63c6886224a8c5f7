/**
 * The search dialog's `search`, put together once: compounds the reader split joined (search-typos.ts),
 * Pagefind's search widened by other word forms,
 * spelled-out abbreviations, corrected slips and the handbook's words for a reader's words (from the
 * thesaurus, else WordNet's, search-lexicon.ts) and
 * phrases (search-reader-words.ts), with near matches and a fallback for queries that
 * find nothing (search-fallback.ts), words weighed by how many pages hold them
 * (search-word-shares.ts), then the pages about the query before those that mention its words, each
 * showing its most topical sections (search-topic.ts), then the pages where one name holds the
 * whole query first (search-name-match.ts), a comparison the query does not ask for after its
 * levels' pages (search-comparison-copies.ts), the role description's page before a level's page
 * written from it for a query that says nothing of a level (search-role-source.ts). The dialog's Pagefind module (src/routes/search-api.js.ts) and the search
 * benchmark (scripts/search/pagefind-index.ts) both call `handbookSearch` with `searchParts`, so the
 * benchmark measures exactly what readers get.
 */
import { askedWith, definitionsFirst, definitionWord, type GlossaryEntryNames } from './search-definitions.ts';
import { definitionsBelow, measureWord } from './search-measures.ts';
import { changeWord, firstInChangelog, namesChange, namesVersion } from './search-changes.ts';
import { searchWithFallback, type ScoredResult } from './search-fallback.ts';
import { nameMatchesFirst, namedByQuery, nameWordsWith, type ResultWithData } from './search-name-match.ts';
import { functionWords, nameAbbreviations, spelledOutAbbreviations } from './search-query.ts';
import { readerPhraseRewrites, readerWordsOf, type ReaderWords } from './search-reader-words.ts';
import { answeredByShorterWord, foundAsTyped, joinedCompounds, nearestNameWords } from './search-typos.ts';
import { pageTopAnchor, shownSectionCount } from './search-sections.ts';
import { topicalFirst, type ResultWithSections } from './search-topic.ts';
import { aboutPageFirst, movedUpTo } from './search-placing.ts';
import { askedByEditor, editingWords, editorsPagesStepDown, editorsWordShare } from './search-editors.ts';
import { aboutLevelOutweighs, aboutLevelPlace, alsoCalledField, roleSourceLooked, rowTableLooked, rowTablePlace, changelogPlace, commonWords, comparisonPlace, fewestPages, measureGlossaryBelow, pagesOfParts, namedSearchFields, passingWordWeight, readerWordWeight, lexiconWordWeight, topicRanking } from './search-weights.ts';
import { otherWordForms } from './search-word-forms.ts';
import { levelsNamedIn, levelsNamedFrom, levelStepMarker, levelStepTerm, placeWords, type LevelStep } from './search-level-steps.ts';
import { filterNames, pageTypeLabels } from './search-filters.ts';
import { oneAtATimePerKey } from './search-page-data.ts';
import { changelogHref, competencyHref, glossaryHref, kpiAnchor, redFlagAnchor, skillAnchor, trackAnchor, validationRulesHref } from './urls.ts';
import { asksValidator, rulesPageFirst, validatorNames } from './search-validator.ts';
import { rules } from '../content/validation/rules/index.ts';
import { asksForOneSkill, metricRowsUp } from './search-metrics.ts';
import { asksToCompare, comparingWords, levelsBeforeTheirComparisons } from './search-comparison-copies.ts';
import { asksAboutReleases, versionWords } from './search-changelog-place.ts';
import { asksAboutCandidate, candidateWords, isRedFlagEntry, kitNameWords, kitWords, redFlagPageFirst, subjectDeterminers } from './search-red-flags.ts';
import { namingWeight, pageSharesOf } from './search-word-shares.ts';
import { trackAsked, trackSectionFirst } from './search-tracks.ts';
import { levelWordsOf, sourceBeforeLevels, speaksOfLevels } from './search-role-source.ts';

/**
 * Every part `handbookSearch` uses besides Pagefind and the vocabulary: self-contained functions
 * and plain data, so the dialog's module can carry each as source text or JSON.
 */
export const searchParts = {
  searchWithFallback,
  otherWordForms,
  readerWordsOf,
  readerPhraseRewrites,
  readerWordWeight,
  lexiconWordWeight,
  nearestNameWords,
  joinedCompounds,
  foundAsTyped,
  answeredByShorterWord,
  pageSharesOf,
  namingWeight,
  passingWordWeight,
  nameMatchesFirst,
  namedByQuery,
  nameWordsWith,
  spelledOutAbbreviations,
  nameAbbreviations,
  namedSearchFields,
  /** The search fields that name the page itself (its other names), before a section's name. */
  ownNameFields: [alsoCalledField] as readonly string[],
  commonWords,
  topicalFirst,
  movedUpTo,
  aboutPageFirst,
  pagesOfParts,
  /** The filter that names the level a page is about (its role description's pages, its hiring kit). */
  levelFilter: filterNames.level,
  /** The filter of a page's content type, which names the page with its title (search-name-match.ts). */
  typeFilter: filterNames.type,
  /** The filter of the track a page is on, which names a level's page with its title (search-name-match.ts). */
  trackFilter: filterNames.track,
  fewestPages,
  topicRanking: { ...topicRanking, shownSections: shownSectionCount, ownEntryAnchor: pageTopAnchor },
  oneAtATimePerKey,
  askedWith,
  definitionWord,
  definitionsFirst,
  measureWord,
  definitionsBelow,
  metricRowsUp,
  /** What the anchors of a KPI table's rows start with: the page holding them answers a question of amount (search-metrics.ts). */
  metricRowPrefix: kpiAnchor(''),
  /** Where that page stands among a question of amount's results, and among how many first results it is looked for (search-weights.ts). */
  rowTablePlace,
  rowTableLooked,
  asksForOneSkill,
  /** The word that asks for one skill, and what the anchors of a role's skill rows start with (search-metrics.ts). */
  skillWord: 'skill',
  skillRowPrefix: skillAnchor(''),
  changeWord,
  firstInChangelog,
  /** The changelog, whose release pages lie under its path: what a question about a change finds first (search-changes.ts). */
  changelogPath: changelogHref,
  /** Where the changelog's page answering a question about a change stands among the results (search-weights.ts). */
  changelogPlace,
  asksAboutReleases,
  namesVersion,
  namesChange,
  /** The words that ask for a version of the ladder: with one, the changelog's pages keep their place (search-changelog-place.ts). */
  versionWords,
  /** The changelog's content type, among whose pages its page answering a question about a change is looked for. */
  changelogType: { filter: filterNames.type, value: pageTypeLabels.reference },
  /** How many results a question of amount shows before the glossary (search-measures.ts). */
  measureGlossaryBelow,
  /** The page of definitions, which a definition question finds first (search-definitions.ts). */
  glossaryPath: glossaryHref,
  /** The glossary's content type (content/docs/reference/glossary.mdx), among whose pages it is looked for. */
  glossaryType: { filter: filterNames.type, value: pageTypeLabels.reference },
  /** The words the search box drops from a query (search-query.ts). */
  functionWords: [...functionWords],
  levelStepTerm,
  levelsNamedFrom,
  levelsNamedIn,
  /** The content type of the pages that compare two levels, which a query naming two levels finds among its first (`levelsNamedIn`). */
  comparisonType: { filter: filterNames.type, value: pageTypeLabels.comparison },
  /** The content type of a level's own page, which a query naming one level finds before the other levels' pages (`levelsNamedIn`). */
  levelType: { filter: filterNames.type, value: pageTypeLabels.level },
  /** Where that comparison stands among the results (search-weights.ts). */
  comparisonPlace,
  /** Where the page about a level named once that best answers the query's other words stands (search-weights.ts). */
  aboutLevelPlace,
  /** How many times the level's page's score for the other words that page's must be to go before it (search-weights.ts). */
  aboutLevelOutweighs,
  asksToCompare,
  levelsBeforeTheirComparisons,
  /** The words that ask how two things compare: with one, no comparison steps behind its levels' pages (search-comparison-copies.ts). */
  comparingWords,
  /** The words of place a question about a level by its place uses, and the search box's mark on them (search-level-steps.ts). */
  placeWords,
  levelStepMarker,
  askedByEditor,
  editorsPagesStepDown,
  /** The words that say an editor is asking, and the share of a word's pages that makes it the editors' (search-editors.ts). */
  editingWords,
  editorsWordShare,
  /** The content type of the editors' and hosts' pages, which step down for a reader's question (search-editors.ts). */
  editorsType: { filter: filterNames.type, value: pageTypeLabels.editing },
  asksValidator,
  rulesPageFirst,
  /** The names of the validator and the ids of its rules, as its report prints them: a query naming one asks the rules' page (search-validator.ts). */
  validatorNames,
  ruleIds: rules.map((rule) => rule.id) as readonly string[],
  /** The page of the validation rules, which a query naming the validator or a rule finds first. */
  validationRulesPath: validationRulesHref,
  asksAboutCandidate,
  redFlagPageFirst,
  isRedFlagEntry,
  /** The words that make a candidate a query's subject, those that may stand before it, and those that name a part of an interview kit (search-red-flags.ts). */
  candidateWords,
  kitWords,
  kitNameWords,
  subjectDeterminers,
  /** What the anchor of each red flag's entry starts with (`redFlagAnchor`, on the hiring guide and the role's hiring page), which a query describing a candidate asks. */
  redFlagPrefix: redFlagAnchor(''),
  trackAsked,
  trackSectionFirst,
  /** Where the competencies' pages lie, and what the anchor of a competency's section for one track starts with (search-tracks.ts). */
  competencyPath: competencyHref('').slice(0, -1),
  trackPrefix: trackAnchor(''),
  levelWordsOf,
  speaksOfLevels,
  sourceBeforeLevels,
  /** The content type of the role description's pages, which the level pages are written from (search-role-source.ts). */
  roleType: { filter: filterNames.type, value: pageTypeLabels.role },
  /** Among how many first results the role description's page goes before a level's page (search-weights.ts). */
  roleSourceLooked,
};

/** A result as Pagefind's `search` returns it, as far as the parts read it. */
export interface PagefindResult extends ScoredResult {
  data(): Promise<Awaited<ReturnType<ResultWithData['data']>> & Awaited<ReturnType<ResultWithSections['data']>> & { excerpt: string }>;
}

/** Pagefind's `search`. */
export type PagefindSearch<R extends PagefindResult = PagefindResult> = (term: string | null, options?: unknown) => Promise<{ results: R[] }>;

/**
 * The dialog's search over a Pagefind `search`, the vocabulary of the handbook's names (for
 * slips), the readers' thesaurus (`readerWords`, content/search/reader-words.yaml) and the
 * glossary's entries, each its anchor with its term and other names (`glossaryNames`: a definition
 * question finds the glossary first and the entry it names first on it), and the interview kits'
 * names (`kitNames`, the exercises' in the content: a query naming one asks the kit, not a red flag).
 * Self-contained (everything arrives in `parts`): the dialog's module carries its source text.
 */
export function handbookSearch<R extends PagefindResult>(parts: typeof searchParts & { search: PagefindSearch<R>; vocabulary: readonly string[]; readerWords?: ReaderWords; lexicon?: ReaderWords; glossaryNames?: readonly GlossaryEntryNames[]; levelSteps?: readonly LevelStep[]; kitNames?: readonly string[] }) {
  /**
   * Pagefind's `search`, each result's `data()` its own. Pagefind keeps one object per page for
   * its data and rewrites its matches, sections and excerpt at each `data()` call of any result of
   * that page (`loadFragment` in pagefind.js): the fallback's searches, a slip's check and the
   * meanings of a reader's phrase each find the same page, and where two of their calls overlapped,
   * one result was handed the other's sections (the same query then showed other sections, or none,
   * depending on the queries searched before it). Each page's calls wait for the one before, and
   * each takes its own copy before the next begins; only pending calls are held, never a page's
   * data (`oneAtATimePerKey`, search-page-data.ts).
   */
  const pageData = parts.oneAtATimePerKey();
  const search: PagefindSearch<R> = async (term, options) => {
    const response = await parts.search(term, options);
    const ownData = (result: R): R => ({
      ...result,
      data: () => pageData.run(result.id, async () => ({ ...(await result.data()) })),
    });
    return { ...response, results: response.results.map(ownData) };
  };
  /** The filters the reader chose in the dialog (a content type, a level, a track), as Pagefind's options hold them. */
  const chosenFilters = (options: unknown): Record<string, unknown> => (options as { filters?: Record<string, unknown> } | undefined)?.filters ?? {};
  const foundInIndex = (word: string) => parts.foundAsTyped((term) => search(term, {}), word);
  // A thesaurus word that Pagefind answers with a far shorter word (“headroom” with “Head”) is searched as the handbook's words alone (search-fallback.ts).
  const heldAsTyped = async (word: string) => !(await parts.answeredByShorterWord((term) => search(term, {}), word));
  // The thesaurus's words for a reader's word, else the lexicon's (search-lexicon.ts): the thesaurus wins where it has the word.
  const thesaurusWords = (word: string) => parts.readerWordsOf(word, parts.readerWords ?? {});
  const readerWords = (word: string) => {
    const hand = thesaurusWords(word);
    return hand.length > 0 ? hand : parts.readerWordsOf(word, parts.lexicon ?? {});
  };
  const readerWordWeightOf = (word: string) => (thesaurusWords(word).length > 0 ? parts.readerWordWeight : parts.lexiconWordWeight);
  // A word of the thesaurus is a reader's word, not a slip: it is not corrected to a name's word.
  const otherForms = async (word: string) => [
    ...parts.otherWordForms(word, parts.spelledOutAbbreviations),
    ...(readerWords(word).length ? [] : await parts.nearestNameWords(word, parts.vocabulary, foundInIndex)),
  ];
  // The topic counts a section that holds the handbook's word as holding the reader's (the query
  // sets lost first places without); a name does not (`readerWordWeight` in search-weights.ts).
  const topicForms = async (word: string) => [...(await otherForms(word)), ...readerWords(word)];
  const pageShare = parts.pageSharesOf((term) => search(term, {}));
  // Thesaurus words weigh as passing words too (no name holds them): weighing them fully, as words
  // that name a thing, cost fresh3 a first place and a top-three place, and no set gained.
  const wordWeight = parts.namingWeight(parts.vocabulary, parts.passingWordWeight);
  // The name steps split names and queries alike, abbreviations spelled out (“ML” holds “machine learning”).
  const nameWords = parts.nameWordsWith(parts.nameAbbreviations);
  /**
   * The pages of the source text the other pages quote (the role description) that `term` finds,
   * within the reader's other filters: the topic brings one that quotes the query among the first
   * results when Pagefind ranked it below them (search-topic.ts).
   */
  const sourcePages = (term: string, options: unknown) => () => {
    const { filter, value } = parts.topicRanking.quoted;
    const chosen = chosenFilters(options);
    return search(term, { ...(options as object | undefined), filters: { ...chosen, [filter]: [value] } });
  };
  const ranked = async (response: { results: R[] }, term: string, options?: unknown): Promise<{ results: R[] }> =>
    parts.nameMatchesFirst(
      await parts.topicalFirst(
        response,
        term,
        parts.topicRanking,
        topicForms,
        pageShare,
        parts.nameAbbreviations,
        parts.namedSearchFields,
        sourcePages(term, options),
      ),
      term,
      parts.namedSearchFields,
      nameWords,
      otherForms,
      parts.ownNameFields,
      parts.topicRanking.first,
      parts.pagesOfParts,
      parts.levelFilter,
      readerWords,
      parts.typeFilter,
      parts.trackFilter,
    );
  // When the query leaves few pages, the fallback also lists those that hold fewer of its words,
  // after the others (`widenedAfter`): each group is ranked on its own, so that the topic and the
  // names do not put a page holding two everyday words of the query before the one holding four.
  const searchTerm = async (term: string, options?: unknown): Promise<{ results: R[] }> => {
    // A query that a page's own name holds is scored whole, its common words included (search-fallback.ts),
    // which tells common words by its own rule (`commonWord`): the rule is written there only.
    const namedWhole = (query: string, found: { results: R[] }, commonWord: (word: string) => Promise<boolean>) =>
      parts.namedByQuery(found.results, query, parts.ownNameFields, nameWords, parts.topicRanking.first, commonWord);
    const found: { results: R[]; widenedAfter?: number } = await parts.searchWithFallback(search, term, options, otherForms, pageShare, parts.commonWords, wordWeight, readerWords, readerWordWeightOf, parts.fewestPages, namedWhole, heldAsTyped);
    const after = found.widenedAfter;
    if (after === undefined) return ranked(found, term, options);
    const [matched, widened] = await Promise.all([ranked({ ...found, results: found.results.slice(0, after) }, term, options), ranked({ ...found, results: found.results.slice(after) }, term, options)]);
    return { ...found, results: [...matched.results, ...widened.results] };
  };
  // A reader's phrase (“half a year”) is searched as the handbook's words for it, one search per
  // meaning; their results are merged keeping each search's order (topic and names reorder it, so
  // its scores do not fall along it): the next result is the next one of the search whose
  // remaining results score best, each page once.
  const searchQuery = async (term: string, options?: unknown): Promise<{ results: R[] }> => {
    // A compound the reader split (“roll back”) is searched joined, as the handbook's names write
    // it, and as typed, as its prose may write it too (“how to roll back”).
    const joined = typeof term === 'string' ? parts.joinedCompounds(term, parts.vocabulary) : term;
    const rewrites = (t: string) => parts.readerPhraseRewrites(t, parts.readerWords ?? {});
    const terms = typeof term === 'string' ? [...new Set([...rewrites(joined), ...(joined === term ? [] : rewrites(term))])] : [term];
    if (terms.length <= 1) return searchTerm(terms[0] ?? term, options);
    const responses: { results: R[]; widenedAfter?: number }[] = await Promise.all(terms.map((t) => searchTerm(t, options)));
    const seen = new Set<string>();
    /** Merges `lists` in turn as above, leaving out the pages listed before. */
    const merged = (lists: R[][]): R[] => {
      /** Each search's best score from each of its places on: what its next result stands for. */
      const bestFrom = lists.map((list) => {
        const best = list.map((r) => r.score);
        for (let i = best.length - 2; i >= 0; i--) best[i] = Math.max(best[i]!, best[i + 1]!);
        return best;
      });
      const next = lists.map(() => 0);
      const results: R[] = [];
      for (;;) {
        let from = -1;
        lists.forEach((list, i) => {
          while (next[i]! < list.length && seen.has(list[next[i]!]!.id)) next[i]!++;
          if (next[i]! < list.length && (from === -1 || bestFrom[i]![next[i]!]! > bestFrom[from]![next[from]!]!)) from = i;
        });
        if (from === -1) break;
        const result = lists[from]![next[from]!++]!;
        seen.add(result.id);
        results.push(result);
      }
      return results;
    };
    // Every meaning's pages found by the whole query come before the pages any meaning's widening
    // found with fewer of its words (`widenedAfter`), as within one search: merged by score alone, a
    // widened page that scores well came before another meaning's full matches.
    const full = merged(responses.map(({ results: list, widenedAfter }) => list.slice(0, widenedAfter ?? list.length)));
    const widened = merged(responses.map(({ results: list, widenedAfter }) => list.slice(widenedAfter ?? list.length)));
    const results = [...full, ...widened];
    const { widenedAfter: _widenedAfter, ...first } = responses[0]!;
    return { ...first, results, ...(widened.length > 0 ? { widenedAfter: full.length } : {}), ...('unfilteredResultCount' in first ? { unfilteredResultCount: results.length } : {}) };
  };
  /**
   * The results `searched` of a query that names two levels (`pair`, and `rest`, its other words),
   * with the comparison of the two at `comparisonPlace` (or where the search put it, if higher). Its
   * copy is the one searched among that page alone for the query's other words, which shows the
   * sections they name; else the search's own, else the page as a filter finds it: the query's words
   * for the levels (“em”, “first-line manager”) are not on it. Both searches run at once.
   */
  const withComparison = async (searched: Promise<{ results: R[] }>, pair: readonly LevelStep[], rest: string, options?: unknown): Promise<{ results: R[] }> => {
    const chosen = chosenFilters(options);
    const theirs = { ...(options as object | undefined), filters: { ...chosen, [parts.comparisonType.filter]: [parts.comparisonType.value], [parts.levelFilter]: { all: pair.map((l) => l.title) } } };
    const [found, forRest, filtered] = await Promise.all([searched, rest ? searchQuery(rest, theirs) : undefined, search(null, theirs)]);
    const id = (forRest?.results[0] ?? filtered.results[0])?.id;
    if (id === undefined) return found;
    const page = forRest?.results[0] ?? found.results.find((r) => r.id === id) ?? filtered.results[0]!;
    return { ...found, results: parts.movedUpTo(found.results, page, parts.comparisonPlace) };
  };
  /**
   * The results `searched` of a query that names one level (`rest`, its other words), with that
   * level's page before every other level's page:
   * where the query's other words are not the level's own (“staff eng at a big tech company”), the
   * search alone ranked the pages that hold them, another level's page among them, above the level
   * the reader named, or left it out. It goes in before the first other level's page (the search's
   * own copy, else the one searched among that page alone for the query's other words, for the
   * sections they name); nothing moves when no other level's page comes first. Over every set but
   * the committed one it gained as many first-three places as it lost (“lead breadth scope”, a
   * level named by another company's title in a sentence, in; a query that names a level in passing,
   * “what documents am I expected to write as the ML lead”, 3rd → 4th, out). The two pages trading
   * places instead, every other page kept in its place, lost as many the other way: the queries
   * that name a level and ask for another (“ML lead with direct reports”, the EM's page) lost theirs.
   * Then the page with the level's filter that the other words find first (searched among the
   * level's pages alone) comes up to `aboutLevelPlace`, unless it is the level's own page or higher.
   */
  /** The first of `results`, in order, that `keep` holds of; their data is loaded one by one, only as far as that one. */
  const firstWhere = async (results: readonly R[], keep: (r: R) => Promise<boolean>): Promise<R | undefined> => {
    for (const r of results) if (await keep(r)) return r;
    return undefined;
  };
  const withNamedLevel = async (searched: Promise<{ results: R[] }>, level: LevelStep, rest: string, options?: unknown): Promise<{ results: R[] }> => {
    const { filter, value } = parts.levelType;
    // Within the other filters the reader chose (a track): a level's page they leave out is never added.
    const chosen = chosenFilters(options);
    const levels = { ...(options as object | undefined), filters: { ...chosen, [filter]: [value] } };
    const own = { ...levels, filters: { ...levels.filters, [parts.levelFilter]: [level.title] } };
    const about = { ...(options as object | undefined), filters: { ...chosen, [parts.levelFilter]: [level.title] } };
    const [found, levelPages, forRest, filtered, aboutRest] = await Promise.all([searched, search(null, levels), rest ? searchQuery(rest, own) : undefined, search(null, own), rest ? searchQuery(rest, about) : undefined]);
    const id = filtered.results[0]?.id;
    const levelPage = new Set(levelPages.results.map((r) => r.id));
    const first = found.results.findIndex((r) => levelPage.has(r.id));
    const page = id === undefined || first === -1 ? undefined : (found.results.find((r) => r.id === id) ?? forRest?.results.find((r) => r.id === id) ?? filtered.results[0]!);
    const withLevel = page ? { ...found, results: parts.movedUpTo(found.results, page, first) } : found;
    // The page about the level that best answers the other words, among all its pages (its role
    // description's, its hiring kit), goes up to `aboutLevelPlace`: a query naming the level by an
    // other name (“lead MLE job description”) is on none of them whole (`aboutLevelPlace`).
    // A comparison holds the level's filter too, and repeats its pages' words beside another level's
    // name: it answers a query that names both levels (`withComparison`), never one naming this
    // level alone. A second role whose hiring page copied the Lead's found the Lead-vs-VP comparison
    // here and put it above the VP's own “Hiring evaluation criteria” page.
    const notComparison = async (r: R) => !((await r.data()).filters?.[parts.comparisonType.filter] ?? []).includes(parts.comparisonType.value);
    const best = await firstWhere(aboutRest?.results ?? [], notComparison);
    if (!best || best.id === id) return withLevel;
    const shown = withLevel.results.find((r) => r.id === best.id) ?? best;
    // Where that page holds the other words many times better than the level's own page does, the
    // query asks about the part of the role they name, not the level: it goes before the level's
    // page (`aboutPageFirst`, search-placing.ts; `aboutLevelOutweighs`, search-weights.ts).
    const levelForRest = aboutRest?.results.find((r) => r.id === id);
    const levelAt = withLevel.results.findIndex((r) => r.id === id);
    const aheadOfLevel = levelAt !== -1 && parts.aboutPageFirst(rest, level.names, best.score, levelForRest?.score, parts.aboutLevelOutweighs);
    const place = aheadOfLevel ? Math.min(levelAt, parts.aboutLevelPlace) : parts.aboutLevelPlace;
    return { ...withLevel, results: parts.movedUpTo(withLevel.results, shown, place) };
  };
  /**
   * `read` remembering the answer for its last input: the steps of one search read the query's
   * level step and its levels from the same words three or four times; pure, so a repeat needs
   * no second reading.
   */
  const rememberingLast = <A, B>(read: (input: A) => B): ((input: A) => B) => {
    let last: { input: A; answer: B } | undefined;
    return (input) => {
      if (last === undefined || last.input !== input) last = { input, answer: read(input) };
      return last.answer;
    };
  };
  /** The query with a level named by its place marked (`levelStepTerm`), once per query. */
  const levelStepTermOf = rememberingLast((typed: string) => parts.levelStepTerm(typed, parts.levelSteps ?? [], parts.placeWords, parts.levelStepMarker, parts.functionWords, parts.levelsNamedFrom));
  /** The levels a term names and its other words (`levelsNamedIn`), once per term; read only, never changed. */
  const levelsNamedInTerm = rememberingLast((term: string) => parts.levelsNamedIn(term, parts.levelSteps ?? [], parts.functionWords, parts.levelsNamedFrom));
  /**
   * The results of `term`, with the comparison of the two levels it names, or the page of the one
   * level it names, moved up (`levelsNamedIn`). Not where the reader chose a content type or a level:
   * those may leave that page out, and the reader has said what they want.
   */
  const withNamedLevels = (term: string, options?: unknown): Promise<{ results: R[] }> => {
    const searched = searchQuery(term, options);
    const chosen = chosenFilters(options);
    if (parts.levelFilter in chosen || parts.typeFilter in chosen) return searched;
    const { levels, rest } = levelsNamedInTerm(term);
    if (levels.length === 2) return withComparison(searched, levels, rest, options);
    if (levels.length === 1) return withNamedLevel(searched, levels[0]!, rest, options);
    return searched;
  };
  // A question that asks what a thing means (“define SLO”, as the search box sends “what is an
  // SLO”) is searched as its topic, with the glossary's entry for it first when there is one; one
  // that asks for an amount (“measure roll back models”, for “how often do we roll back models”)
  // as its topic, with the glossary below the first results shown (search-measures.ts).
  /**
   * The share of the pages holding `word` that are editors' pages (0 when none holds it), as
   * Pagefind finds them: the word searched alone, unfiltered and within the editors' type.
   */
  const editorsShareOf = async (word: string): Promise<number> => {
    const { filter, value } = parts.editorsType;
    const [all, editors] = await Promise.all([search(word, {}), search(word, { filters: { [filter]: [value] } })]);
    return all.results.length ? editors.results.length / all.results.length : 0;
  };
  const isEditorsPage = async (r: R) => ((await r.data()).filters?.[parts.editorsType.filter] ?? []).includes(parts.editorsType.value);
  /**
   * The results of `typed` (`searched`), the validation rules' page first when the query names the
   * validator or one of its rules (search-validator.ts), else the editors' pages one place down
   * among the first when the query gives no sign of an editor (search-editors.ts); not where the
   * reader chose a content type, which says what they want.
   */
  const forReaders = async (typed: string, options: unknown, searched: Promise<{ results: R[] }>): Promise<{ results: R[] }> => {
    const found = await searched;
    if (typeof typed !== 'string' || parts.typeFilter in chosenFilters(options)) return found;
    // The query's own words: not the marks the search box puts on a question (“measure”, “define”…), nor function words.
    const marks = [parts.measureWord, parts.definitionWord, parts.changeWord];
    const own = typed.toLowerCase().split(/\s+/).filter((w) => !marks.includes(w) && !w.startsWith(parts.levelStepMarker));
    // A query naming the validator or one of its rules asks the rules' page (search-validator.ts).
    if (parts.asksValidator(own, parts.validatorNames, parts.ruleIds)) {
      const isRulesPage = async (r: R) => ((await r.data()).url ?? '').split('#')[0]!.endsWith(parts.validationRulesPath);
      return { ...found, results: await parts.rulesPageFirst(found.results, isRulesPage, parts.topicRanking.first) };
    }
    const words = own.flatMap((w) => w.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !parts.functionWords.includes(w));
    if (await parts.askedByEditor(words, parts.editingWords, editorsShareOf, parts.editorsWordShare)) return found;
    return { ...found, results: await parts.editorsPagesStepDown(found.results, isEditorsPage, parts.topicRanking.first) };
  };
  /**
   * The results of `typed` (`searched`), the page whose red flag the query describes first when it
   * describes a candidate (search-red-flags.ts); not where the reader chose a content type, which
   * says what they want.
   */
  const kitWordsAndNames = [...parts.kitWords, ...parts.kitNameWords(parts.kitNames ?? [], parts.kitWords)];
  const withRedFlags = async (typed: string, options: unknown, searched: Promise<{ results: R[] }>): Promise<{ results: R[] }> => {
    const found = await searched;
    if (typeof typed !== 'string' || parts.typeFilter in chosenFilters(options)) return found;
    if (!parts.asksAboutCandidate(typed.split(/\s+/), parts.candidateWords, kitWordsAndNames, parts.subjectDeterminers)) return found;
    return { ...found, results: await parts.redFlagPageFirst(found.results, parts.redFlagPrefix, parts.candidateWords, parts.topicRanking.first, parts.isRedFlagEntry) };
  };
  /**
   * The results of `typed` (`searched`), with a comparison the query does not ask for after the page
   * of one of its two levels, the source of the text it copies (search-comparison-copies.ts); not
   * where the reader chose a content type or a level, which says what they want.
   */
  const withLevelsBeforeCopies = async (typed: string, options: unknown, searched: Promise<{ results: R[] }>): Promise<{ results: R[] }> => {
    const found = await searched;
    const chosen = chosenFilters(options);
    if (typeof typed !== 'string' || parts.typeFilter in chosen || parts.levelFilter in chosen) return found;
    if (parts.asksToCompare(typed.split(/\s+/), parts.comparingWords)) return found;
    const term = levelStepTermOf(typed);
    const named = levelsNamedInTerm(term).levels.map((l) => l.title);
    const pageOf = async (r: R) => {
      const filters = (await r.data()).filters ?? {};
      const types = filters[parts.typeFilter] ?? [];
      const kind = types.includes(parts.comparisonType.value) ? 'comparison' : types.includes(parts.levelType.value) ? 'level' : 'other';
      return { kind, levels: filters[parts.levelFilter] ?? [] } as const;
    };
    return { ...found, results: await parts.levelsBeforeTheirComparisons(found.results, pageOf, named, parts.topicRanking.first) };
  };
  /**
   * The results of `typed` (`searched`), the competency's page at a track's section first when the
   * query names a level only in the plural and names the competency (search-tracks.ts); not where
   * the reader chose a content type or a level, which says what they want.
   */
  const alongTracks = async (typed: string, options: unknown, searched: Promise<{ results: R[] }>): Promise<{ results: R[] }> => {
    const found = await searched;
    if (typeof typed !== 'string') return found;
    const chosen = chosenFilters(options);
    if (parts.typeFilter in chosen || parts.levelFilter in chosen) return found;
    const levelsIn = (ws: readonly string[]) => parts.levelsNamedIn(ws.join(' '), parts.levelSteps ?? [], parts.functionWords, parts.levelsNamedFrom);
    const asked = parts.trackAsked(typed.split(/\s+/), levelsIn);
    if (!asked) return found;
    const trackAnchors = asked.tracks.map((t) => `${parts.trackPrefix}${t}`);
    const otherForms = (word: string) => parts.otherWordForms(word, parts.spelledOutAbbreviations);
    return { ...found, results: await parts.trackSectionFirst(found.results, typed.split(/\s+/), parts.competencyPath, trackAnchors, parts.functionWords, parts.topicRanking.first, otherForms) };
  };
  /**
   * The results of `typed` (`searched`), the changelog's pages one place down among the first when
   * the query gives no sign of asking about a change or a version (search-changelog-place.ts); not
   * where the reader chose a content type, which says what they want. The same step as the editors'
   * pages' (`editorsPagesStepDown`).
   */
  const isChangelogPage = async (r: R) => (await parts.firstInChangelog([r], parts.changelogPath)) !== undefined;
  const withChangelogAfterReaders = async (typed: string, options: unknown, searched: Promise<{ results: R[] }>): Promise<{ results: R[] }> => {
    const found = await searched;
    if (typeof typed !== 'string' || parts.typeFilter in chosenFilters(options)) return found;
    if (parts.asksAboutReleases(typed, parts.changeWord, parts.versionWords, parts.namesVersion, parts.namesChange)) return found;
    return { ...found, results: await parts.editorsPagesStepDown(found.results, isChangelogPage, parts.topicRanking.first) };
  };
  /**
   * The results of `typed` (`searched`), the role description's page before a level's page among the
   * first when the query says nothing of a level (search-role-source.ts); not where the reader chose
   * a content type or a level, which says what they want.
   */
  const levelWords = parts.levelWordsOf(parts.levelSteps ?? [], parts.levelType.value, parts.functionWords);
  const standsFor = (word: string) => [...(parts.spelledOutAbbreviations[word] ?? '').split(' '), ...thesaurusWords(word)].filter(Boolean);
  const withRoleSourceFirst = async (typed: string, options: unknown, searched: Promise<{ results: R[] }>): Promise<{ results: R[] }> => {
    const found = await searched;
    const chosen = chosenFilters(options);
    if (typeof typed !== 'string' || parts.typeFilter in chosen || parts.levelFilter in chosen) return found;
    if (parts.speaksOfLevels(typed.split(/\s+/), levelWords, standsFor)) return found;
    const kindOf = async (r: R): Promise<'level' | 'source' | 'other'> => {
      const types = (await r.data()).filters?.[parts.typeFilter] ?? [];
      return types.includes(parts.levelType.value) ? 'level' : types.includes(parts.roleType.value) ? 'source' : 'other';
    };
    return { ...found, results: await parts.sourceBeforeLevels(found.results, kindOf, parts.roleSourceLooked) };
  };
  return async (typed: string, options?: unknown): Promise<{ results: R[] }> =>
    withChangelogAfterReaders(typed, options, forReaders(typed, options, withRedFlags(typed, options, withRoleSourceFirst(typed, options, withLevelsBeforeCopies(typed, options, alongTracks(typed, options, ranks(typed, options)))))));
  async function ranks(typed: string, options?: unknown): Promise<{ results: R[] }> {
    // A question about a level by its place (“level levelstep-above lead”, as the search box marks “the level above lead”) asks for the level it points to (search-level-steps.ts).
    const term = typeof typed === 'string' ? levelStepTermOf(typed) : typed;
    const measured = typeof term === 'string' ? parts.askedWith(term, parts.measureWord) : undefined;
    if (measured !== undefined) {
      const found = await parts.definitionsBelow(await searchQuery(measured, options), parts.glossaryPath, parts.measureGlossaryBelow);
      return parts.metricRowsUp(found, parts.metricRowPrefix, parts.rowTablePlace, parts.rowTableLooked);
    }
    // A question about a change (“changelog people management split out leadership mentorship”):
    // its topic searched as any query, with the changelog's page that best answers it, searched
    // among the changelog's content type within the reader's filters, first (search-changes.ts).
    const changed = typeof term === 'string' ? parts.askedWith(term, parts.changeWord) : undefined;
    if (changed !== undefined) {
      const { filter, value } = parts.changelogType;
      const theirs = { ...(options as object | undefined), filters: { ...chosenFilters(options), [filter]: [value] } };
      // “why”, kept for the changelog's reasons, is a function word to every other page.
      const topicAlone = changed.split(/\s+/).filter((w) => !parts.functionWords.includes(w.toLowerCase())).join(' ') || changed;
      const [found, amongChanges] = await Promise.all([withNamedLevels(topicAlone, options), searchQuery(changed, theirs)]);
      // Not where the reader chose a content type or a level, which may leave the changelog out.
      const chosen = chosenFilters(options);
      const page = parts.typeFilter in chosen || parts.levelFilter in chosen ? undefined : await parts.firstInChangelog(amongChanges.results, parts.changelogPath);
      return page ? { ...found, results: parts.movedUpTo(found.results, page, parts.changelogPlace) } : found;
    }
    const topic = typeof term === 'string' ? parts.askedWith(term, parts.definitionWord) : undefined;
    if (topic === undefined && typeof term === 'string' && parts.asksForOneSkill(term, parts.skillWord)) {
      // The page of the skills' rows first, as for a question of amount the KPIs' (search-metrics.ts);
      // not where the query names a level, whose page answers for that level's skill.
      const named = levelsNamedInTerm(term).levels.length > 0;
      const found = await withNamedLevels(term, options);
      return named ? found : parts.metricRowsUp(found, parts.skillRowPrefix, parts.rowTablePlace, parts.rowTableLooked);
    }
    if (topic === undefined) return typeof term === 'string' ? withNamedLevels(term, options) : searchQuery(term, options);
    const { filter, value } = parts.glossaryType;
    // Not within filters the reader chose, which may leave the glossary out.
    const chosen = chosenFilters(options);
    const glossaryPages = async () => (Object.keys(chosen).length ? { results: [] } : search(topic, { ...(options as object | undefined), filters: { [filter]: [value] } }));
    return parts.definitionsFirst(await searchQuery(topic, options), topic, parts.glossaryPath, parts.glossaryNames ?? [], nameWords, parts.functionWords, glossaryPages, parts.topicRanking.first);
  }
}
