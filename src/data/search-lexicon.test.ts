import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../tests/support/repo';
import { readContent } from '../lib/content/validation/content-reading';
import { holdsAnyForm } from '../lib/site/search-lexicon';
import { indexedText, wordsOfText } from '../lib/content/validation/indexed-text';
import { getSearchLexicon, wordNetSenses } from './search-lexicon';

/** A WordNet folder whose files hold `text` each. */
const dictOf = (text: (file: string) => string) => {
  const dir = mkdtempSync(join(tmpdir(), 'wordnet-'));
  for (const name of ['noun', 'verb', 'adj', 'adv']) for (const kind of ['index', 'data']) writeFileSync(join(dir, `${kind}.${name}`), text(`${kind}.${name}`));
  writeFileSync(join(dir, 'index.sense'), text('index.sense'));
  return dir;
};

describe('wordNetSenses', () => {
  it('stops, naming the file, when a file of WordNet reads as nothing (a changed format), rather than giving an empty lexicon', () => {
    const senseLine = 'boss%1:18:00:: 00000001 1 9';
    expect(() => wordNetSenses(dictOf(() => ''))).toThrow(/index\.sense/);
    expect(() => wordNetSenses(dictOf((f) => (f === 'index.sense' ? senseLine : 'boss\tn\t1')))).toThrow(/data\.noun/);
    const data = '00000001 18 n 01 boss 0 000 | a person in charge';
    expect(() => wordNetSenses(dictOf((f) => (f === 'index.sense' ? senseLine : f.startsWith('data.') ? data : '')))).toThrow(/index\.noun/);
  });

  it('reads the installed WordNet into a lexicon of the handbook: each reader’s word one the handbook never writes, each word it gives one the handbook does', () => {
    const words = wordsOfText(indexedText(readContent(repoRoot)));
    const lexicon = Object.entries(getSearchLexicon(repoRoot));
    expect(lexicon.length).toBeGreaterThan(0);
    expect(lexicon.filter(([reader]) => words.has(reader))).toEqual([]);
    // A word given may be one the handbook writes inflected (“managers” for “manager”), as Pagefind's stemming finds it.
    expect(lexicon.flatMap(([, given]) => given).filter((word) => !holdsAnyForm(words)(word))).toEqual([]);
  });
});
