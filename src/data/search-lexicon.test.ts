import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordNetSenses } from './search-lexicon';

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
});
