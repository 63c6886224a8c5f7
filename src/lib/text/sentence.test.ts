import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asSentence, inSentence } from './sentence';

/** The lines of the handbook's code (src/, tests and `except` left out) that match `pattern`, as `src/file:line`. */
function codeLines(pattern: RegExp, except?: string): string[] {
  const src = join(import.meta.dirname, '../..');
  return globSync('**/*.{ts,astro}', { cwd: src })
    .filter((file) => !file.endsWith('.test.ts') && file !== except)
    .flatMap((file) => readFileSync(join(src, file), 'utf8').split('\n').flatMap((line, i) => (pattern.test(line) ? [`src/${file}:${i + 1}`] : [])));
}

describe('asSentence', () => {
  it('capitalizes a clause and ends it with one full stop', () => {
    expect(asSentence('the check-in of 1 May is dated ahead')).toBe('The check-in of 1 May is dated ahead.');
    expect(asSentence('done.')).toBe('Done.');
    expect(asSentence('“quoted” first')).toBe('“quoted” first.');
    expect(asSentence('')).toBe('.');
  });

  it('is the one place the handbook’s code makes a clause a sentence (none capitalizes a text and adds its full stop inline)', () => {
    // `${text.charAt(0).toUpperCase()}${text.slice(1)}.` and `${parts}.`.replace(/^./, (c) => c.toUpperCase()).
    const inline = /toUpperCase\(\)\}\$\{[^`]*\.slice\(1\)\}\.`|\}\.`\.replace\(\/\^\.\/, \(\w+\) => \w+\.toUpperCase\(\)\)/;
    expect(codeLines(inline, 'lib/text/sentence.ts')).toEqual([]);
  });
});

describe('inSentence', () => {
  it('lowercases a name’s capitalized words and keeps the words a capital inside marks as written (ML, MLOps, AI)', () => {
    expect(inSentence('Individual contributor')).toBe('individual contributor');
    expect(inSentence('ML platform')).toBe('ML platform');
    expect(inSentence('MLOps & operations')).toBe('MLOps & operations');
    expect(inSentence('Head of AI Engineering')).toBe('head of AI engineering');
    expect(inSentence('System design case')).toBe('system design case');
  });

  it('is how the pages and llms texts put a track’s, competency’s or exercise’s name in a sentence (none lowercases a name whole)', () => {
    // A name lowercased to compare it (`x.startsWith(name.toLowerCase())`) is not shown.
    const whole = /(?<!startsWith\([\w.]*)\.name\.toLowerCase\(\)/;
    expect(codeLines(whole)).toEqual([]);
  });
});
