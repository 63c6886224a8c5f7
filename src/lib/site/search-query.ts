/**
 * What the search box sends to Pagefind. Pagefind only returns pages that contain every word of a
 * query, so a question typed in plain words (“how do I get promoted to staff”) finds nothing
 * unless one page happens to hold “how”, “do” and “I” too. The search dialog (Pagefind UI's
 * `processTerm`, src/components/overrides/Search.astro) and the search benchmark therefore drop
 * the function words of English, which carry no topic, and keep every other word as typed.
 */

import { definitionTopic, definitionWord } from './search-definitions.ts';
import { asksForMeasure, measureWord } from './search-measures.ts';
import { asksAboutChange, asksWhy, changeWord } from './search-changes.ts';
import { markLevelSteps } from './search-level-steps.ts';

/**
 * English function words: articles, pronouns, auxiliaries and modals, question words, common
 * prepositions and conjunctions. Words that are also names in this handbook are left out on
 * purpose: “IT” (as in IT organizations), “AM”, “US”, “EM” (engineering manager).
 */
export const functionWords: ReadonlySet<string> = new Set([
  'a', 'an', 'the',
  'i', 'me', 'my', 'mine', 'we', 'our', 'you', 'your', 'he', 'she', 'they', 'their', 'them', 'this', 'that', 'these', 'those',
  'myself', 'yourself', 'ourselves', 'yourselves', 'himself', 'herself', 'themselves', 'itself',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had',
  'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must',
  // “need” as the modal of a question (“how good at X does a lead need to be”, “what proof do I need
  // for staff”): the level's page says what is expected, rarely “need”, and kept, the word sent such
  // questions to whichever page happened to hold it.
  'need', 'needs',
  'how', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why',
  'to', 'of', 'in', 'on', 'for', 'at', 'by', 'with', 'about', 'from', 'into', 'as',
  'and', 'or', 'if', 'so', 'than', 'then',
  // The verbs that questions wrap around their topic: “how do I get promoted”, “how do I become
  // staff”, “how to reach principal”, “how much data engineering should a lead know”, “how do I
  // know if I'm ready”; a page that answers says “promotion”, names the level or the skill.
  'get', 'become', 'reach', 'know',
  // Adverbs of degree, which say how much, never what about (“not quite at lead level”: kept,
  // “quite”, which no page holds, was corrected as a slip to “suite”, and the glossary's
  // “Regression suite” came first); prepositions of time and relation beyond the common ones, and
  // the quantifiers “all”, “any”, “some”, “every”, which pages rarely hold beside the topic (“clear
  // all my saved data”, “what improved since my last check-in”, “assessed against”; not “each”,
  // which headings hold: “Rate each competency”). Not “after”, which
  // the handbook's headings hold (“After the first year”, “What comes after staff”), nor the
  // particles of phrasal verbs (“roll out”, “sign off”), which the search joins into the
  // handbook's compounds.
  'quite', 'very', 'really', 'just', 'actually', 'rather', 'pretty',
  // …and of frequency, which say how often, never what about (“where do leads usually go next”).
  // Not “always” or “ever”, which the guides hold beside their topic (“an interviewer who always
  // scores higher”: dropped, the interviewer guide lost its first place).
  'usually', 'typically', 'normally', 'generally', 'sometimes',
  // …and “still”, which says that something goes on, never what (“an ML manager who still needs
  // MLOps”, “a lead who still writes code”): kept, it sent questions to the pages that happen to say it.
  'still',
  'before', 'during', 'without', 'across', 'through', 'since', 'against',
  'all', 'any', 'some', 'every',
  // The words that ask for a comparison: “difference between senior and lead”, “how is staff
  // different from lead”. Pages rarely hold
  // them, so kept, they sent the query to the pages that happen to say “difference” or “between”;
  // dropped, the query names the two things, and the pages whose one name holds both (the
  // comparison, the promotion guide between them) come first (search-name-match.ts). “vs” stays:
  // a comparison's title holds it, so it finds the comparisons.
  'difference', 'differences', 'different', 'differ', 'differs', 'between',
  // …or a correspondence, the same way: “what separates a lead from a director”, “which level is
  // equal to lead on the manager side”. Not “same” or “similar”, which a question about a result
  // means (“rerun training and get the same model”: dropped, reproducibility was lost).
  'separates', 'separate', 'distinguishes', 'distinguish', 'equal', 'equivalent',
  // The word that asks whether a thing exists in some form (“is the data available as json”): the
  // page that offers it names the thing and the form, and kept, the word's stem found the
  // availability KPI (“available 99.95% of the time”) before the data export.
  'available',
]);

/**
 * The abbreviations people type for job titles and the words they stand for, lowercase: generic
 * English of job ads and org charts, which the handbook's pages seldom write. The search also looks
 * for each as the words it stands for (“sr ml engineer” as “senior ml engineer”,
 * search-word-forms.ts). KPI and term acronyms (MTTR, SLO) are not here: they are the glossary's
 * `aliases`, validated with the content; nor are a level's other names, which are its `aliases`.
 */
export const jobTitleAbbreviations: Readonly<Record<string, string>> = {
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  jnr: 'junior',
  mgr: 'manager',
  eng: 'engineer',
  engr: 'engineer',
  swe: 'software engineer',
  ic: 'individual contributor',
  tl: 'tech lead',
  dir: 'director',
  vp: 'vice president',
  mgmt: 'management',
};

/**
 * The abbreviations people type for common engineering terms and the words they stand for,
 * lowercase: generic English of the trade (“k8s”, “IaC”, “prod”, “repo”), which the handbook's pages
 * mostly write out. Like the job titles', each is also searched spelled out (search-word-forms.ts)
 * and a name holds it in either spelling. Only abbreviations with one meaning in engineering
 * (not “tf”: Terraform or TensorFlow); acronyms of the handbook's own metrics and terms (MTTR, SLO,
 * RAG) are not here but the glossary's `aliases`, validated with the content.
 */
export const techAbbreviations: Readonly<Record<string, string>> = {
  k8s: 'kubernetes',
  iac: 'infrastructure as code',
  infra: 'infrastructure',
  db: 'database',
  prod: 'production',
  repo: 'repository',
  config: 'configuration',
  perf: 'performance',
  env: 'environment',
};

/** The abbreviations that the search also looks for spelled out: the job titles' and the trade's. */
export const spelledOutAbbreviations: Readonly<Record<string, string>> = { ...jobTitleAbbreviations, ...techAbbreviations };

/**
 * Abbreviations that the handbook writes in its own names (“Head of ML”, “Senior MLE”, “EM”), so
 * the search finds them as typed, and the words they stand for, which readers type as often (“head
 * of machine learning”). Not searched spelled out: “ML” is on every page, and searching it as
 * “machine learning” too let the level pages, whose titles spell it out, crowd out the answer to
 * “MLE” (the job family) and to phrases of the role description. A name holds a query in either spelling (search-name-match.ts), with the
 * job titles' abbreviations too (`nameAbbreviations`).
 */
export const handbookAbbreviations: Readonly<Record<string, string>> = {
  ml: 'machine learning',
  mle: 'machine learning engineer',
  em: 'engineering manager',
};

/** Every abbreviation a name may hold a query's words by. */
export const nameAbbreviations: Readonly<Record<string, string>> = { ...spelledOutAbbreviations, ...handbookAbbreviations };

/**
 * Words that are function words when contracted, though not alone: “it's” (“IT” is a name),
 * “can't”, “won't”, “shan't”, “let's”, “there's”, “here's”.
 */
const contractedFunctionWords: ReadonlySet<string> = new Set(['it', 'ca', 'wo', 'sha', 'let', 'there', 'here']);

/**
 * Whether a query word is a function word: one of `functionWords`, in any case, without the
 * punctuation around it, or one contracted (“I'm”, “don't”, “couldn't”, “we'll”, “she's”, with either
 * apostrophe). Split at the apostrophe, a contraction would be read as the words “i” and “m”, which
 * begin a tenth of the handbook's words.
 */
export function isFunctionWord(word: string): boolean {
  const typed = word.replace(/’/g, "'").replace(/^[("“‘']+|[?!.,;:)"”’]+$/g, '');
  const bare = typed.toLowerCase();
  if (functionWords.has(bare)) return true;
  const base = bare.replace(/(?:n't|'ll|'d|'ve|'re|'m|'s)$/, '');
  // A contracted name typed in capitals (“IT's”) is the name.
  const typedBase = typed.slice(0, base.length);
  const capitalName = typedBase.length > 1 && typedBase === typedBase.toUpperCase();
  return base !== bare && !capitalName && (functionWords.has(base) || contractedFunctionWords.has(base));
}

/**
 * The words that turn “how” into a question of amount, frequency or degree: “how much experience”,
 * “how many models”, “how often schema checks break”, “how good at system design”, “how well”, “how
 * far ahead”. After “how” they only ask for a measure, which the page that answers gives in its own
 * words (“4–7+ years”, “count of model releases”, a level's expectations); kept, they found the one
 * heading that says “how much” (“Hints: how much to help”) for every such question, and “good”,
 * “well”, “far” found the pages that say them in passing. Alone they keep their meaning (“too many
 * alerts”, “a good rollback rate”). Not “long”: the handbook's headings ask “How long does a level
 * usually take?”.
 */
export const howQuantifiers: ReadonlySet<string> = new Set(['much', 'many', 'often', 'good', 'well', 'far']);

/** Whether `word` is one of `howQuantifiers` right after “how”. */
const asksHowMuch = (before: string | undefined, word: string) =>
  before !== undefined && before.toLowerCase() === 'how' && howQuantifiers.has(word.toLowerCase().replace(/[?!.,;:]+$/, ''));

/**
 * The words that ask for a ratio when “of” follows: “share of models with drift alerts”, “percent
 * of releases that made the model worse”. The KPI that answers writes “% of …”, which the index
 * does not hold, so kept, they found the pages that say “share” (share links) or “percent” in
 * passing. Alone they keep their meaning (“share my results”).
 */
export const ratioWords: ReadonlySet<string> = new Set(['share', 'percent', 'percentage', 'proportion', 'fraction']);

/** Whether `word` is one of `ratioWords` right before “of”. */
const asksRatio = (word: string, after: string | undefined) => after !== undefined && after.toLowerCase() === 'of' && ratioWords.has(word.toLowerCase());

/**
 * Whether `word` is a count of years (“5 years”, “10+ yrs”, “ten years of experience”): the pages
 * give experience as a range (“4–7+ years”), which never holds the reader's own number, so kept, the
 * number left out the page that answers. The word “years” stays and finds it. A count in words
 * only where the years are of experience (“ten years of …”, “ten years’ experience”): “in three
 * years” is a span of time, which the readers' thesaurus reads as the plan's long term.
 */
const countsYears = (word: string, after: string | undefined, next: string | undefined) =>
  after !== undefined &&
  // “ten years’ experience”: the plural's possessive apostrophe, straight or typographic.
  /^(?:years?|yrs?)['’]?[?!.,;:]*$/i.test(after) &&
  (/^\d+\+?$/.test(word) || (/^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)$/i.test(word) && /^(?:of|experience)$/i.test(next ?? '')));

/** The words of a query that carry its topic: all but its function words, the quantifiers of a “how much” question, the words of a ratio and a count of years. */
export const topicWords = (words: readonly string[]): string[] =>
  words.filter((w, i) => !isFunctionWord(w) && !asksHowMuch(words[i - 1], w) && !asksRatio(w, words[i + 1]) && !countsYears(w, words[i + 1], words[i + 2]));

/**
 * A query without its function words, its other words as typed (case and punctuation kept, as
 * Pagefind does its own normalising) but for a possessive's “'s”. A query made only of function
 * words is kept whole, so searching for “how” still searches. A question that asks what a thing
 * means (“what is an SLO?”) is sent as `define` and its topic's words (“define SLO”), which the
 * dialog's search reads as a question for the glossary (search-definitions.ts); a question that
 * asks for an amount (“how often do we roll back models”) as `measure` and its topic's words
 * (“measure roll back models”), which it reads as a question the glossary does not answer
 * (search-measures.ts); a question about a change to the ladder (“why was people management split
 * out of leadership and mentorship”) as `changelog` and its topic's words, which it reads as a
 * question for the changelog (search-changes.ts).
 */
export function searchTerms(query: string): string {
  // An amount first: “what is the share of models with drift alerts” asks for a metric, not a definition.
  if (asksForMeasure(query)) return `${measureWord} ${topicTerms(query)}`;
  // A question about a change (“why was X split out of Y”) asks the changelog (search-changes.ts).
  // One that asks why keeps “why”, which the changelog's reasons begin with (“Why: …”), for its search there.
  if (asksAboutChange(query)) return `${changeWord} ${asksWhy(query) ? 'why ' : ''}${topicTerms(query)}`;
  const topic = definitionTopic(query);
  return topic === undefined ? topicTerms(query) : `${definitionWord} ${topicTerms(topic)}`;
}

/**
 * The words with “out” after “how far” as “ahead”: “how far out does each one plan” asks how far
 * ahead, a level's time horizon, and with “how far” dropped (`howQuantifiers`), “out” alone is the
 * particle of “roll out” or “find out”, which the pages about horizons do not hold; “ahead” is the
 * word the readers' thesaurus reads as the time horizon.
 */
export const farOutAsAhead = (words: readonly string[]): string[] =>
  words.map((w, i) => (/^out[?!.,;:]*$/i.test(w) && words[i - 1]?.toLowerCase() === 'far' && words[i - 2]?.toLowerCase() === 'how' ? w.replace(/^out/i, 'ahead') : w));

/** `searchTerms` of a query that does not ask what a thing means. */
function topicTerms(query: string): string {
  // A word of place in a question about levels (“the level above lead”) is kept as a marker that the dialog's search resolves (search-level-steps.ts).
  const words = markLevelSteps(farOutAsAhead(query.trim().split(/\s+/).filter(Boolean)));
  const kept = topicWords(words);
  // A possessive's “'s” goes: split at the apostrophe, the ranking steps would read an “s”, which
  // begins a tenth of the handbook's words (“one engineer's ratings” is about an engineer's ratings).
  return (kept.length ? kept : words).map((w) => w.replace(/(?<=\p{L})['’]s(?=[?!.,;:]*$)/iu, '')).join(' ');
}
