import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../tests/support/repo';
import { readContent } from '../lib/content/validation/content-reading';
import { holdsAnyForm } from '../lib/site/search-lexicon';
import { indexedText, wordsOfText } from '../lib/content/validation/indexed-text';
import { cachedWordNetSenses, getSearchLexicon, wordNetSenses } from './search-lexicon';

/** A WordNet folder whose files hold `text` each. */
const dictOf = (text: (file: string) => string) => {
  const dir = join(mkdtempSync(join(tmpdir(), 'wordnet-')), 'dict');
  mkdirSync(dir);
  for (const name of ['noun', 'verb', 'adj', 'adv']) for (const kind of ['index', 'data']) writeFileSync(join(dir, `${kind}.${name}`), text(`${kind}.${name}`));
  writeFileSync(join(dir, 'index.sense'), text('index.sense'));
  writeFileSync(join(dir, '..', 'package.json'), '{"version":"1.0.0"}');
  return dir;
};

/** A WordNet of one word of each part of speech (“boss”, “supervise”, …), in the files' formats. */
const oneWordEach = (file: string) => {
  const words: Record<string, [string, string]> = { noun: ['boss', 'n'], verb: ['supervise', 'v'], adj: ['bossy', 'a'], adv: ['bossily', 'r'] };
  if (file === 'index.sense') return 'boss%1:18:00:: 00000001 1 9';
  const [kind, name] = file.split('.') as [string, string];
  const [word, pos] = words[name]!;
  return kind === 'data' ? `00000001 18 ${pos} 01 ${word} 0 000 | a gloss` : `${word} ${pos} 1 0 1 0 00000001  `;
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

describe('cachedWordNetSenses', () => {
  /** A project root with the two modules that read WordNet, as `modules` reads. */
  const rootWith = (modules: string) => {
    const root = mkdtempSync(join(tmpdir(), 'lexicon-root-'));
    for (const module of ['src/data', 'src/lib/site']) mkdirSync(join(root, module), { recursive: true });
    writeFileSync(join(root, 'src/data/search-lexicon.ts'), modules);
    writeFileSync(join(root, 'src/lib/site/search-lexicon.ts'), modules);
    return root;
  };

  it('reads WordNet once, then the kept senses, and keeps one file', () => {
    const root = rootWith('v1');
    const dict = dictOf(oneWordEach);
    const read = cachedWordNetSenses(root, dict);
    expect(read.get('boss')).toEqual(wordNetSenses(dict).get('boss'));
    const folder = join(root, 'node_modules/.cache/search-lexicon');
    expect(readdirSync(folder)).toHaveLength(1);
    // The kept file answers the next call: marked, the mark comes back.
    writeFileSync(join(folder, readdirSync(folder)[0]!), JSON.stringify([['kept', []]]));
    expect([...cachedWordNetSenses(root, dict).keys()]).toEqual(['kept']);
    // A kept file of no senses is read again from WordNet, never an empty lexicon.
    for (const empty of ['[]', 'null']) {
      writeFileSync(join(folder, readdirSync(folder)[0]!), empty);
      expect(cachedWordNetSenses(root, dict).get('boss')).toEqual(wordNetSenses(dict).get('boss'));
    }
  });

  it('gives the senses read, where the cache cannot be written', () => {
    const root = rootWith('v1');
    const dict = dictOf(oneWordEach);
    // A file where the cache's folder would go: the folder cannot be made, as in an install made read-only.
    writeFileSync(join(root, 'node_modules'), '');
    expect(cachedWordNetSenses(root, dict).get('boss')).toEqual(wordNetSenses(dict).get('boss'));
  });

  it('reads WordNet, keeping nothing, where the code that reads it is not under the root (a build started elsewhere)', () => {
    const root = mkdtempSync(join(tmpdir(), 'lexicon-root-'));
    const dict = dictOf(oneWordEach);
    expect(cachedWordNetSenses(root, dict).get('boss')).toEqual(wordNetSenses(dict).get('boss'));
    expect(existsSync(join(root, 'node_modules'))).toBe(false);
  });

  it('reads WordNet again when the code that reads it or the package changed', () => {
    const root = rootWith('v1');
    const dict = dictOf(oneWordEach);
    cachedWordNetSenses(root, dict);
    // WordNet's files made unreadable at their own sizes (a file's size is in the name too): only a
    // change of the code or of the package's version makes the next call read them, and throw.
    const unreadable = (d: string) => writeFileSync(join(d, 'index.sense'), ' '.repeat(oneWordEach('index.sense').length));
    unreadable(dict);
    expect(cachedWordNetSenses(root, dict).get('boss')).toEqual(wordNetSenses(dictOf(oneWordEach)).get('boss'));
    writeFileSync(join(root, 'src/lib/site/search-lexicon.ts'), 'v2');
    expect(() => cachedWordNetSenses(root, dict)).toThrow(/index\.sense/);
    writeFileSync(join(root, 'src/lib/site/search-lexicon.ts'), 'v1');
    const other = dictOf(oneWordEach);
    writeFileSync(join(other, '..', 'package.json'), '{"version":"2.0.0"}');
    unreadable(other);
    expect(() => cachedWordNetSenses(root, other)).toThrow(/index\.sense/);
  });
});
