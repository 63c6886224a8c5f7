import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listWords } from './list-words';

const names = ['Ada', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal'];

describe('listWords', () => {
  it('joins names with commas and a last “and”', () => {
    expect(listWords([])).toBe('');
    expect(listWords(['Ada'])).toBe('Ada');
    expect(listWords(['Ada', 'Bo'])).toBe('Ada and Bo');
    expect(listWords(['Ada', 'Bo', 'Cy'])).toBe('Ada, Bo and Cy');
  });

  it('past `max` names, says the first `max` and how many more, as words rather than an ellipsis', () => {
    expect(listWords(names, 5)).toBe('Ada, Bo, Cy, Di, Ed and 3 more');
    expect(listWords(names.slice(0, 6), 5)).toBe('Ada, Bo, Cy, Di, Ed and 1 more');
    expect(listWords(names.slice(0, 5), 5)).toBe('Ada, Bo, Cy, Di and Ed');
    expect(listWords(names)).toBe('Ada, Bo, Cy, Di, Ed, Flo, Gus and Hal');
  });

  it('is the one place the handbook’s code joins a list with “and” (none joins all but the last inline)', () => {
    const src = join(import.meta.dirname, '../..');
    const inline = /slice\(0, -1\)\.join\(', '\)\} and /;
    const found = globSync('**/*.{ts,astro}', { cwd: src })
      .filter((file) => !file.endsWith('.test.ts') && file !== 'lib/text/list-words.ts')
      .flatMap((file) => readFileSync(join(src, file), 'utf8').split('\n').flatMap((line, i) => (inline.test(line) ? [`src/${file}:${i + 1}`] : [])));
    expect(found).toEqual([]);
  });
});
