/**
 * How the handbook's search ranks its pages: Pagefind's ranking options and the weights pages give
 * their parts (`data-pagefind-weight`), in one place, each with the reason for its value. The aim:
 * the canonical page for a thing comes first for its name, before the pages that mention it.
 * `npm run bench:search` measures the result on the reader queries of tests/search/queries.yaml.
 *
 * How Pagefind 1.6 scores a page, which the values below rely on (read in its source,
 * pagefind_web/src/search.rs):
 * - a word's weight is 1 in body text, 7 in an `h1` down to 2 in an `h6`, or what the nearest
 *   ancestor's `data-pagefind-weight` says (0–10; inside such an ancestor, headings take its weight
 *   rather than their own);
 * - a page's score for a query word grows with the sum of the weights of its occurrences (with the
 *   options below, almost linearly: long pages that repeat a word are not held back much);
 * - a page whose title or one of its search fields (`data-pagefind-meta`: “Also called”, the
 *   hidden `defines`) holds the query's words gets a boost (`metaWeights`), growing with the square
 *   of the share of the query it holds, that is larger than any body score: those fields decide
 *   first, and the weights decide among the pages that match the same fields.
 * A query's function words are dropped before searching (search-query.ts): Pagefind only returns
 * pages that hold every word of the query. The dialog's Pagefind module then widens what Pagefind
 * finds and reorders it, after all the weights here have counted: each word is also searched in its
 * other forms (“recovery” as “recover”, search-word-forms.ts), the pages that hold all the query's
 * words but one follow, at the cube of the share of the query they hold (search-fallback.ts), and
 * among the first ten, the pages about the query before those that mention its words, by their most
 * topical section (`topicRanking`, search-topic.ts), and among those ten, the pages where one
 * name (title, heading, a name of `namedSearchFields`) holds the whole query come first (search-name-match.ts): a search field is matched as a whole, so
 * a page of many names (the glossary) otherwise matches a query with two of its names at once.
 */
import { filterNames, pageTypeLabels, type PageType } from './search-filters.ts';

/**
 * The search field that holds the other names of what a page is about: a level's aliases, the
 * job family's on the ladder's overview. The search dialog shows it under the result (“Also
 * called: Head of ML; Director of ML Engineering”), so a reader who typed one sees why it came up.
 */
export const alsoCalledField = 'Also called';

/**
 * What separates the names of one search field (“Head of ML; Staff Software Engineer, ML”): a name
 * may hold a comma, never a semicolon. The ranking steps that read the fields' names
 * (search-name-match.ts, search-topic.ts) split them at “;”: they carry no imports.
 */
export const searchNameSeparator = '; ';

/**
 * The hidden search field that holds the names a page is the canonical place for
 * (src/lib/site/search-names.ts): KPIs, skills, tools, glossary terms (but those that name an item:
 * `itemTermsField`), tracks, paths, phases, and the page's `searchKeywords` frontmatter. The search
 * dialog does not show it.
 */
export const definedNamesField = 'defines';

/**
 * The hidden search field that holds the glossary's terms, with their other names, that name the
 * page's KPIs and skills (“Feature store” on the skills page, whose skill “Feature store concepts”
 * it names; src/lib/site/search-names.ts, `itemsNamedBy`). Not tools: a tool's row only says that
 * the role uses the thing (“Model cards / internal governance templates”), the glossary says what
 * it is (src/data/search.ts). The dialog does not show it.
 */
export const itemTermsField = 'item terms';

/**
 * The hidden search field that holds what the page's tools are used for (“Experiment tracking,
 * model registry (where used)” for MLflow): readers look for a tool by the task it does, in words
 * the tool's name does not hold, and a task's words alone are too common to find its row (the
 * stemmer joins “experiment” to “experience” and “tracking” to “tracker”, which other pages hold
 * more often). The dialog does not show it; the row shows the use.
 */
export const toolUsesField = 'used for';

/**
 * The hidden search field that holds the page's description (its `description` frontmatter, which
 * otherwise is only in the page's head, where Pagefind does not look): a sentence that says what
 * the page is for, often in plainer words than its headings (“Log your wins as they happen”,
 * “see where you agree and differ”). The dialog does not show it; Starlight shows it nowhere in a result.
 */
export const pageSummaryField = 'summary';

/** The hidden search fields that hold names (the others hold sentences). */
const hiddenNameFields: readonly string[] = [definedNamesField, itemTermsField, toolUsesField];

/** Search fields the dialog does not show under a result: they only rank. */
export const hiddenSearchFields: readonly string[] = [...hiddenNameFields, pageSummaryField];

/**
 * Search fields that hold names, separated by commas or semicolons, each of which a query can name
 * whole (src/lib/site/search-name-match.ts). The tools' uses count: a use names the task a reader
 * looks the tool up by (“Experiment tracking”). Where a use holds a term's acronym (LangChain's
 * “RAG and orchestration patterns”), the glossary, which defines the acronym
 * (src/lib/site/search-names.ts, `glossaryAcronyms`), matches too and stays first by its weight.
 */
export const namedSearchFields: readonly string[] = [alsoCalledField, ...hiddenNameFields];

/**
 * Pagefind's ranking options (Starlight's `pagefind.ranking`), passed to the search dialog and to
 * the search benchmark, so both rank alike. All are set here rather than left to Starlight's
 * defaults, which the figures would otherwise silently depend on; the values are Starlight's.
 */
export const searchRanking = {
  /** Little weight to page length: the canonical pages (a level, the KPI table) are long ones. */
  pageLength: 0.1,
  /** Rank mostly by the weighted count of a word rather than its share of the page, so weights count. */
  termFrequency: 0.1,
  /** Repetition saturates slowly; the weights below, not repetition, make the difference. */
  termSaturation: 2,
  /** Prefer the exact word to longer words it starts (`rollback` over `rollbacks`-only pages). */
  termSimilarity: 9,
  diacriticSimilarity: 0.8,
  metaWeights: {
    /** Pagefind's default title boost: a page named like the query is the first candidate. */
    title: 5,
    /**
     * Other names count as much as the title. The boost grows with the square of the share of the
     * query they match, so “Head of ML” lifts the Head of ML Engineering page while a query that
     * shares one word with them (“ML”) barely moves it.
     */
    [alsoCalledField]: 5,
    /**
     * The names a page defines: a query that names a KPI, a skill or a term lifts the page that
     * defines it above the pages that mention it. Below the title's boost: a page named like the
     * query (“Data quality & pipelines”) stays above a page that defines a KPI sharing its words
     * (“Data freshness SLA adherence”, “Model quality”).
     */
    [definedNamesField]: 4,
    /**
     * A glossary term that names an item of the role: added to the item's own names (which its page
     * defines), it makes that page the first answer for the term, before the glossary, which no
     * longer defines the term, and before pages whose names merely share its words (the tool
     * “Feast / Tecton / SageMaker Feature Store” for “feature store”, whose skill is “Feature store
     * concepts”). Small: it only decides between pages that hold the term's words in their names.
     */
    [itemTermsField]: 2,
    /**
     * What a page's tools are used for: enough to lift the tools page among the pages that hold a
     * task's words (“experiment tracking”), below the names a page defines, so that a page that
     * defines a thing (a KPI, a skill, a term) stays first for its name when a tool's use mentions
     * it too (“Drift and model monitoring”, “model registry”).
     */
    [toolUsesField]: 1,
    /**
     * The page's description, the least of the fields: a sentence rather than a name, which shares
     * some word with most questions, so that it only decides between pages that hold the query
     * alike. At 1 (as the tools' uses), the committed set fell below its bar; at 0.5, the held-out
     * and fresh2 sets lost a rank; at 0.25 no set lost ground and the committed and fresh3 sets gained.
     */
    [pageSummaryField]: 0.25,
  },
} as const;

/**
 * How a query word's share of the index's pages (src/lib/site/search-word-shares.ts counts them)
 * lowers what it counts in a page's score (search-fallback.ts): fully up to `from`, not at all from
 * `to`, linearly between, so that a query that also holds rarer words is scored, and its sections
 * chosen, more and more by those (“ml lead in finance or healthcare” by “finance healthcare”).
 * Pagefind's own IDF lowers such words, but where a page weighs them heavily (“ML” beside each of
 * forty tools, a title) they still outweigh the word the query is about. A ramp, not a threshold:
 * with a threshold at four fifths, one more page saying “manager” (68 of 86 pages, then 69) made
 * the word common, and “does an ml engineering manager still review designs” lost its answer, 1st,
 * from the first ten; on the ramp one page of 86 moves a word's weight by a seventeenth at most.
 * From seven to nine tenths: centred on the old threshold, so that the words it dropped (“ml”,
 * “lead”, “engineer”, on 79, 78 and 81 of 86 pages on 2026-12-02, each above nine in ten) still
 * count for nothing (“lead” barely: on 77 pages it would count a fortieth), and a name's
 * word still counts as common from four fifths on (`namedByQuery`, search-name-match.ts: a query
 * that names a page is scored whole). Over the 25 query sets (969 queries) it moved first places
 * and top-three places both ways and kept the totals (716 / 823 / 0.798 → 715 / 824 / 0.798); the
 * ramps from 0.75 to 0.95, 0.8 to 0.95, 0.75 to 0.85 and 0.7 to 0.95 each lost two or three first
 * places. The page whose name holds the whole query, common words included, still comes first
 * (search-name-match.ts).
 */
export const commonWords = { from: 0.7, to: 0.9 } as const;

/**
 * What a query word that is in none of the handbook's names counts, against 1 for a word of its
 * names (src/lib/site/search-word-shares.ts, `namingWeight`), when the fallback weighs the share of
 * a query that a page holds (search-fallback.ts): a page that lacks only the question's verb
 * (“how do I prepare for promotion” on the promotion guide, which never says “prepare”) keeps
 * most of its score. Half: at a third, phrases of the role description, whose every word matters
 * (“build-vs-buy decisions for ML platform components”), lost ground to pages holding their named
 * words only. Not in the topic's weighing (search-topic.ts): there, a heading that holds the
 * question's word (“Opening a share link”) is itself the evidence, and the query sets lost answers
 * when it counted less.
 */
export const passingWordWeight = 0.5;
/** The results the search dialog shows before “Load more”: Pagefind's UI shows five at a time. */
export const dialogFirstScreen = 5;
/**
 * The fewest pages a query should leave (src/lib/site/search-fallback.ts): when the query and its
 * parts of one word fewer find fewer pages, the search also looks for parts of fewer words, those
 * that keep most of the query's information first, until it has this many, and lists the pages
 * they find after the others (each group ranked on its own, src/lib/site/handbook-search.ts), so
 * that one weak match (a glossary entry holding four everyday words of five) is not the only
 * answer, and stays first. Five, the dialog's first screen. Over the 19 older sets (729 queries)
 * five and three each won a top-three place (fresh7's “plug the ladder into our hr system”, out of
 * ten → 2nd) and lost none; ranked with the others rather than after them, three cost fresh7 a
 * first place (“someone copying our model by querying the api”, the glossary's entry, 1st → 2nd)
 * and five cost fresh8 a top-three place (3rd → 5th) and fresh6 a first place.
 */
export const fewestPages = dialogFirstScreen;

/**
 * How many results a question of amount shows before the glossary (src/lib/site/search-measures.ts),
 * as measured: over every set but the committed one (31 sets, 1,190 queries), three raised seven
 * queries (four to first place: “how often do we roll back models”, “how often schema checks
 * break”…), the glossary just after the next result raised four; neither lowered one.
 */
export const measureGlossaryBelow = 3;

/**
 * Where the page whose matched sections are a role's rows stands (search-metrics.ts), or higher if
 * the search put it higher: first. The KPI rows' page for a question of amount, the skill rows' page
 * for a query naming one skill (which took the same place: three seen queries won, none lost). For
 * questions of amount, over every set but the
 * committed one (2,066 queries, 50 of them questions of amount, half of those a KPI's), first raised
 * ten queries to first place (“how often a model release gets reverted” 8th, “how many models we
 * ship a month” 4th, “how often features arrive later than promised” outside the ten) and lowered one,
 * a question about an interview's brief, 1st → 2nd (“ranking design case, how many milliseconds does
 * the ranker get”): the page holds no row for the other questions of amount (an interview round's
 * length, the years before a level), and stays out of their way. Second raised the same queries to
 * second and lowered none: of the 50 questions of amount, 28 first against 37. Among how many first results
 * it is looked for: each loads its data to be looked at.
 */
export const rowTablePlace = 0;
export const rowTableLooked = 20;

/**
 * Where the comparison of two levels a query names stands among its results (handbook-search.ts,
 * `levelsNamedIn`), unless the search ranked it higher: second. Measured over every set but the
 * committed one (37 sets, 1,460 queries), before fresh36 was written: second raised seven queries
 * into the first three (“what changes in leadership and mentorship from lead to em”, “data quality
 * duties, head of ml compared with a first-line manager”, from no place; “lead or em which should I
 * aim for”, 7th) and pushed one out (3rd → 4th); recall@3 85.3 → 85.7 %, first places unchanged.
 * First gained three first places more but lost as many where a query names two levels without
 * comparing them (“promtion checklist for senior to lead”, “lead recommends spend but the director
 * approves budget”), the committed set's “offer senior instead of lead” among them; third moved
 * nothing more than second. The search box drops the words that would tell a comparison (“or”,
 * “than”, “between” are function words), so no rule told the two kinds of query apart.
 */
export const comparisonPlace = 1;

/**
 * Where the page about a level that a query names best answers its other words stands among its
 * results (handbook-search.ts, `withNamedLevel`), unless the search ranked it higher: second. The
 * level's own pages with its filter (its role description's pages, its hiring kit) hold the reader's
 * words without the level's other names (“MLE”, “ML lead”), so a query that names the level by one
 * of them (“lead MLE job description”) found neither. Measured over every set but the committed one
 * (1,623 queries): second took four queries into the first three (“lead MLE job description”, “the
 * whole lead role summed up in a single table”, from no place) and pushed three out (“ML lead with
 * direct reports”, whose answer is the EM's page, and two about “my manager”, a person the search box
 * reads as the EM level), first places unchanged, MRR@10 0.7898 → 0.7903.
 */
export const aboutLevelPlace = 1;

/**
 * Among how many first results a page of the role description goes before a level's page found above
 * it, for a query that says nothing of a level (search-role-source.ts): three, the places where the
 * source was found behind the level's page it is restated on (seventy-seventh pass, tests/search/HISTORY.md).
 */
export const roleSourceLooked = 3;

/**
 * When the page about a level named once that best answers the query's other words (`aboutLevelPlace`)
 * goes before the level's own page: when, searched for those words among the level's pages, it
 * scores this many times the level's page, or the level's page lacks one of them. Then the query
 * names the level only to say whose part of the role it asks about (“measuring how much a lead grows
 * the people around them”, the KPI row; “how much data engineering should an ml lead know”, the
 * skill), which the level's page mentions in passing. Not where the level's page holds those words
 * nearly as well: there it answers them, in the level's own section for them. Measured over every set
 * but the committed one (1,976 queries): four first places won (those two, “lead MLE job
 * description”, the role description, at four times exactly; “building a shared feature pipeline
 * several teams will use, can the lead decide alone”, whose words the level's page lacks), two lost
 * where a competency's skill row scored six times the level's section (“lead mle communication
 * expectations”, “how good at system design does a lead need to be”, 1st → 2nd), none out of the
 * first three; 1,442 → 1,444 first, MRR@10 0.8071 → 0.8076; the committed set unmoved. Without the
 * rule for one other word (`aboutPageFirst`, search-placing.ts), the held-out set's “ML tech lead”
 * lost its level's page, 1st → 2nd, to the skills page.
 */
export const aboutLevelOutweighs = 4;

/**
 * Where the changelog's page that best answers a question about a change (“why was people
 * management split out of leadership and mentorship”, search-changes.ts) stands among the results,
 * or higher if the search put it higher: first, since the question asks for the change and its
 * reason, which only the changelog and the release pages give; the level's or competency's page
 * that the question names comes next, for what it holds now.
 */
export const changelogPlace = 0;

/**
 * What a page found through the handbook's word for a reader's word counts (“manager” for
 * “boss”, src/lib/site/search-reader-words.ts), against 1 for the word as typed or in another of
 * its forms (search-fallback.ts). Below 1: a thesaurus word is the handbook's usual word for what
 * readers mean, not always what this reader means (“case” is a promotion case or a design case),
 * so a page that holds the reader's own word stays first where the handbook holds both. Not much
 * below: where the handbook never writes the reader's word (“boss”, “permissions”), the pages that
 * hold its word are the only answers, and a page holding all of a query's words, one of them
 * through the thesaurus, must still come before the pages holding all but one (the cube of their
 * share, search-fallback.ts). At 0.5 and at 1 the query sets lost a first place that 0.8 keeps
 * (“common mistakes ml leads make”: a level page, which says “mistakes”, before the page of the
 * role's anti-patterns and failure modes: 5th at 0.5, 2nd at 1), and none gained one. A thesaurus word is a word of the query: the
 * topic counts it (search-topic.ts); a name does not (search-name-match.ts: a name is matched as
 * the reader typed it, and the sets gained nothing when names counted the thesaurus's words).
 */
export const readerWordWeight = 0.8;

/**
 * The weight of a word the lexicon (search-lexicon.ts) gives for a reader's word the handbook never
 * uses, as `readerWordWeight` for the thesaurus's: below it, since WordNet's synonyms are a general
 * English word's, not the handbook's usual word for what readers mean (“fancy” is WordNet's verb,
 * to imagine, where a reader means the adjective). Above the share a page holding all but one of a
 * query's three words keeps (8/27, search-fallback.ts), so that where no page holds the reader's
 * word a page holding its synonym still comes first. One value measured (the seventieth pass in
 * tests/search/HISTORY.md), not tuned.
 */
export const lexiconWordWeight = 0.6;

/**
 * How the dialog puts the pages about the query before the pages that mention its words
 * (src/lib/site/search-topic.ts): among the `first` results, a page's score is multiplied by its
 * topic, its most topical section's share of the query's information (a word in the section's
 * name, the page's title or one of its names counting in full, a word only in the section's text
 * `textShare` of that), to the power `power`.
 */
export const topicRanking = {
  /**
   * The results reordered: those the dialog shows on its first screen and the next, whose data it
   * loads anyway; the last step, which puts the pages named like the query first
   * (search-name-match.ts), reorders as many. At five there, a comparison that a query naming two
   * levels asks for (“senior or lead”), which its weights put below both levels' pages, stayed
   * seventh.
   */
  first: 10,
  /**
   * A word in running text says less about what a section is about than the same word in its
   * name. At 0.5, a page that holds the query's words in one long section's text fell behind pages
   * whose names hold one of them (the committed set lost “how is the interview scored”: the hiring
   * guide's scorecard section, behind the interview kits, whose titles say “Interview”); at 0.7
   * the committed set keeps its figures and the other sets gain as much.
   */
  textShare: 0.7,
  /**
   * Linear: the topic decides between pages that Pagefind scores alike (a glossary entry that names
   * one query word against the section that holds all of them), not against a page that it scores
   * many times higher. Squared and higher powers lost as many answers as they won on the query
   * sets: a word in the title then outweighs the page that answers in its text.
   */
  power: 1,
  /**
   * How far a page whose query words lie apart falls behind (search-topic.ts, `gathered`): its
   * score is also multiplied by the share of what the page holds of the query that its most
   * topical section holds, to this power. A page of many short entries (the glossary) holds one
   * query word in one entry's name and others in others', and Pagefind adds them up: for a
   * situation in a reader's words (“new pii use needs approval from above”, “reliability posture
   * review every quarter”) it came before the role description's section that holds the whole
   * situation, whose topic alone did not outweigh a score two or five times higher. A page whose
   * best section holds all it holds of the query keeps its score. Measured over every set but the
   * committed one (1,757 queries): at 2, 1,252 → 1,272 first places, 1,525 → 1,538 in the first
   * three, MRR@10 0.794 → 0.801 (62 first places won, 42 lost; fresh42's two role-description
   * sections and the debrief tool first); at 1 fresh42 and fresh8 gained less; the committed set
   * did not move.
   */
  gatheredPower: 2,
  /**
   * The role description is the source text that the level, competency and comparison pages quote
   * (“Drives build-vs-buy decisions for ML platform components”): a reader who types a phrase of it
   * means its section, and a page of it that holds the whole query as a phrase comes first. By
   * topic and score alone, the level page that quotes it came first and the role description's
   * section third, and fourth once a team added a level whose expectations share its words, which
   * the competency page then lists.
   */
  quoted: {
    filter: filterNames.type,
    value: pageTypeLabels.role,
    /**
     * A query of three words names a thing (“model regression rate”, “60 day goals”), which other
     * pages may be the place for: held within the span like a longer query's, fresh, fresh3 and
     * fresh8 each lost a first place. One word fewer is a quotation only where the section holds
     * its words in a row, in the query's order (“model readiness review”: the day-to-day page's
     * weekly review, before the onboarding page whose “goals reviewed” name one of them; no set
     * lost a place).
     */
    fewestWords: 4,
    /** The query's words within half as many words again as it has: room for the function words the search drops (“for”, “of the”), not for a sentence that only shares them. */
    span: 1.5,
  },
  // Tried and dropped, each measured on two sets written after it and run first on it (fresh7,
  // fresh8): cutting a page of many names (the glossary) back to what its best single name or
  // section holds, squared as Pagefind squares a field's share, gained a first place and two
  // top-three places on the sets it was tuned on, and lost a top-three place on fresh7 and a first
  // place on fresh8; reading the page's description as text of each section gained two first
  // places on those sets (and lost one), and lost a first place on fresh8. Neither is kept.
};

/**
 * The pages made of parts that a query names beside the page's own name: a level's page, whose
 * sections are its expectations in each competency, and a competency's page, whose sections are
 * its tracks. A query that names a level and one of its sections (“how good at system design does
 * a lead need to be”) asks for that part of the level, one that names a competency and a track
 * (“communication competency IC track”) for that track: such a page comes right after the pages
 * where one name holds the whole query (src/lib/site/search-name-match.ts), before the hiring case
 * named “System design” that Pagefind scored higher, and before the page about the tracks. These
 * two kinds only: for any page, a kit titled “… interview” with a section “Red flags” took
 * “interview red flags” and “how is the interview scored” from the hiring guide (the 17 older sets
 * lost three top-three places); competencies added, no set query lost a place (sweep of competency
 * × track in three wordings, 45 queries: 57.8 → 97.8 % first).
 */
export const pagesOfParts = { filter: filterNames.type, values: [pageTypeLabels.level, pageTypeLabels.competency] };

/**
 * Weights of the parts of pages that name a thing (0–10; body text is 1). Each makes the canonical
 * page for a name outrank the pages that only mention it.
 */
export const searchWeights = {
  /**
   * The title of a level's or a competency's page: the canonical page for that name, at Pagefind's
   * maximum. A level's title words also appear in every comparison's title, at the h1's 7.
   */
  canonicalTitle: 10,
  /**
   * A level's other names (“Also called: Head of ML; Director of Machine Learning Engineering”),
   * where its page lists them: as much its names as the title. Without the weight, a comparison,
   * whose title holds two levels' names, outranked the level for words that only its other names
   * spell out (“head of machine learning”) in a search that does not boost the search fields (a
   * direct query of the index).
   */
  otherNames: 10,
  /**
   * The name of a KPI, a skill, a tool, a feeder or adjacent path or a track where it is defined
   * (its row, heading or item), parenthetical qualifiers aside (`WeightedName`): that is where the
   * role defines it, at Pagefind's maximum. Above a glossary term (`glossaryTerm`), so that the
   * role's own metric (“time to detect”, “inference latency”) comes before the glossary's entries
   * for its words.
   */
  itemName: 10,
  /**
   * A glossary term's name: the canonical place for a term that names no KPI, skill or tool of the
   * role (“drift”, “toil”), which no row outweighs. Lower than `itemName`, as the glossary holds
   * sixty terms on one page and a query's words add up across them (“P95 latency” and “Real-time
   * inference” against the KPI “P95/P99 inference latency”). Still above the h3 default of 5.
   */
  glossaryTerm: 6,
  /** A glossary term's other names: found like the term, below it, as they are often part of other names too. */
  glossaryAliases: 4,
  /**
   * A glossary term's definition: it names the neighbouring concepts (“P95 latency” mentions
   * requests and serving), and on one page of sixty definitions those mentions add up to outweigh
   * the one row that names the query; half the weight of running text.
   */
  glossaryDefinition: 0.5,
  /**
   * The levels' expectations where a page repeats them: a comparison's body, and a competency's
   * page, which lists each level's behaviors and evidence for it. Their canonical place is the
   * level's page (every step and row links there), and the repetition adds up: a competency's page
   * repeats the role's vocabulary once per level, enough to outweigh the role description for a
   * phrase it holds (“build-vs-buy decisions for ML platform components”). A quarter of running
   * text, so that a level's own page, which says each once, comes first for them.
   */
  quotedExpectations: 0.25,
  /**
   * The role's red flags where each interview kit repeats them for the interviewer: their canonical
   * place is the role's hiring page, where each flag has its own anchor (and the hiring guide). Five
   * kits said each flag at full weight (the scorecard calculator's page lists them too, still at
   * full weight: one page, not five), and for a flag in other words (“candidate would store
   * sensitive data with no access controls or audit trail”, fresh35) they filled the first five
   * places. A quarter of running text, as the repeated expectations: over every set but the
   * committed one it raised one query (“candidate blames product managers for every failed launch”,
   * 3rd → 2nd) and lowered none; that fresh35 query still finds the kits first, by their other words.
   */
  repeatedRedFlags: 0.25,
  /**
   * The title of a printable page of an interview exercise's materials (/hiring/materials/…: a
   * candidate's brief, the reviewer's guide): it names the exercise (“Mini take-home: the
   * reviewer’s guide”), whose canonical page is its kit, which defines the exercise's name
   * (src/data/search.ts). Running text's weight rather than an h1's 7: the page is found by what its
   * blocks say, under their own headings. Over the hiring queries of every set (110), 60.9 → 61.8 %
   * first against the h1's own weight.
   */
  materialTitle: 1,
  /**
   * The parts of an exercise's kit that its printable materials print again (the role-play, the
   * variants, the hint policy; written once in hiring.yaml): their canonical place is the kit,
   * which the materials repeat as the comparisons repeat the levels. A quarter of running text, as
   * `quotedExpectations`, so that a query about the role-play or the variants finds the kit first.
   */
  repeatedKitParts: 0.25,
  /**
   * What a release changed, on its own page (/reference/changelog/<version>/): each level's and
   * competency's changes, words removed and added alike. Their canonical place is the level's or
   * competency's page, which the release page repeats as the comparisons do; a quarter of running
   * text, as the repeated expectations, so that a question about a change (“which staff behaviors
   * were reworded in the latest release”) can reach its level's section there, which the index had
   * left out.
   */
  releaseChanges: 0.25,
  /**
   * What an onboarding checkpoint reviews, on the page of how success is judged (/onboarding/success/):
   * the goals of its phases, the KPIs they move, the competencies they build, the role's success
   * definition and what high performance looks like, each written once elsewhere (the plan's phase,
   * the role's goals and KPI rows, the competency's page) and repeated here in full. The page came
   * first for a goal's own words (“which onboarding goal moves stakeholder satisfaction”, “how would
   * we know the ml org got faster and more predictable”), before the phase or the goals' section it
   * copies. A quarter of running text, as the other repetitions; the checkpoint's headings and the
   * page's own prose keep their weight, so that it still answers what is reviewed when.
   */
  checkpointRepeats: 0.25,
} as const;

/**
 * Weights of whole pages by content type: the title (`title`) and everything else (`body`), where
 * the type's pages must not outrank the pages they aggregate. `undefined` keeps Pagefind's own
 * weights (7 for the title, by heading level in the body).
 */
export const pageTypeWeights: Record<PageType, { title?: number; body?: number }> = {
  home: {},
  role: {},
  level: { title: searchWeights.canonicalTitle },
  competency: { title: searchWeights.canonicalTitle },
  /**
   * A comparison repeats two levels' names and expectations: it answers “staff vs principal”
   * (through its title, which holds both names), never “staff” alone. Its title and body weigh less
   * than a level page's text, so the level page comes first for the level's name.
   */
  comparison: { title: 2, body: searchWeights.quotedExpectations },
  guide: {},
  tool: {},
  /**
   * The reference pages (the glossary, the changelog, the machine-readable ladder) quote the role's
   * vocabulary in definitions and release notes: readers who type a role's words want the role.
   */
  reference: { body: 0.5 },
  /**
   * The editors' and hosts' pages (the editing guide, adding a role, the validation rules, the
   * content reference, the spreadsheet, hosting) quote it in examples and field lists, as the
   * reference pages did when they were among them: the same weight. The dialog also steps them down
   * for a query without an editor's sign (search-editors.ts).
   */
  editing: { body: 0.5 },
};

/**
 * How the search's lexicon is drawn from WordNet (search-lexicon.ts): a sense counts when it holds
 * at least `senseShare` of its lemma's tag counts and was tagged at least `senseCount` times, a
 * synonym when it was tagged in that sense at least `synonymCount` times (which keeps out “saw”
 * for a proverb); at most `most` handbook words per reader's word. Only a word with one frequent
 * sense (`oneSense`) won fewer first places over the query sets (the seventieth pass in
 * tests/search/HISTORY.md).
 */
export const lexiconRules = { senseShare: 0.25, senseCount: 2, synonymCount: 1, oneSense: false, most: 3 };
