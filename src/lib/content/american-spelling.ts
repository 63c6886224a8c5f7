/**
 * The handbook writes American English, as the role description does. This finds British spellings
 * in a text and gives the American one, from a word list (whole words, any case): the `-ise`
 * verbs and their family (organise, prioritisation), `-our` words (behaviour, colour), doubled
 * consonants (modelling, labelled) and single words (judgement, catalogue, defence). Pure.
 */

export interface SpellingMatch {
  /** Offset of the word in the text. */
  index: number;
  word: string;
  american: string;
}

/** Stems whose British `-is-` becomes `-iz-` before these endings (organise → organize, prioritisation → prioritization). */
const iseStems = [
  'organ', 'priorit', 'optim', 'recogn', 'standard', 'summar', 'minim', 'maxim', 'util', 'real', 'normal', 'serial', 'custom', 'author',
  'visual', 'character', 'categor', 'special', 'initial', 'capital', 'emphas', 'apolog', 'critic', 'memor', 'synchron', 'token', 'operational',
  'central', 'general', 'formal', 'modular', 'parameter',
];
const iseEndings = ['ise', 'ises', 'ised', 'ising', 'isation', 'isations', 'isational', 'iser', 'isers'];

/** `-yse` verbs (analyse → analyze); the noun `analyses` is the same in both, so it is left alone. */
const yse: Record<string, string> = { analyse: 'analyze', analysed: 'analyzed', analysing: 'analyzing', paralyse: 'paralyze' };

/** Whole words, British → American. */
const words: Record<string, string> = {
  ...yse,
  behaviour: 'behavior', behaviours: 'behaviors', behavioural: 'behavioral', behaviourally: 'behaviorally',
  colour: 'color', colours: 'colors', coloured: 'colored', favour: 'favor', favours: 'favors', favoured: 'favored', favourite: 'favorite',
  honour: 'honor', humour: 'humor', labour: 'labor', neighbour: 'neighbor', neighbours: 'neighbors', neighbouring: 'neighboring', neighbourhood: 'neighborhood', endeavour: 'endeavor', rigour: 'rigor',
  judgement: 'judgment', judgements: 'judgments', catalogue: 'catalog', catalogues: 'catalogs', catalogued: 'cataloged',
  defence: 'defense', licence: 'license', offence: 'offense', programme: 'program', programmes: 'programs',
  centre: 'center', centres: 'centers', centred: 'centered', artefact: 'artifact', artefacts: 'artifacts', grey: 'gray',
  modelling: 'modeling', modelled: 'modeled', modeller: 'modeler', labelling: 'labeling', labelled: 'labeled',
  travelling: 'traveling', travelled: 'traveled', cancelled: 'canceled', cancelling: 'canceling', signalling: 'signaling', signalled: 'signaled',
  whilst: 'while', amongst: 'among', learnt: 'learned', fulfil: 'fulfill', fulfilment: 'fulfillment', enrol: 'enroll', enrolment: 'enrollment',
  sceptical: 'skeptical', aluminium: 'aluminum', cheque: 'check', tyre: 'tire',
};
for (const stem of iseStems) for (const ending of iseEndings) words[`${stem}${ending}`] = `${stem}${ending.replace('is', 'iz')}`;

// Every listed word is letters only, so a match of `\b(?:word|…)\b` is always a whole run of word
// characters: looking each run up in the list finds the same words as one regular expression of
// all of them, without trying hundreds of alternatives at every position (a tenth of the content
// check's time, which runs as every build starts).
const wordRun = /\w+/g;
const americanOf = new Map(Object.entries(words));

/** Keeps the case of the British word: `Organisation` → `Organization`, `JUDGEMENT` → `JUDGMENT`. */
function inCaseOf(word: string, american: string): string {
  if (word === word.toUpperCase()) return american.toUpperCase();
  if (word[0] === word[0]!.toUpperCase()) return american[0]!.toUpperCase() + american.slice(1);
  return american;
}

/** Every British spelling in `text`, in order. */
export function britishSpellings(text: string): SpellingMatch[] {
  const found: SpellingMatch[] = [];
  for (const m of text.matchAll(wordRun)) {
    const american = americanOf.get(m[0].toLowerCase());
    if (american) found.push({ index: m.index, word: m[0], american: inCaseOf(m[0], american) });
  }
  return found;
}
