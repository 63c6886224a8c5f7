import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withArticle } from './article';

describe('withArticle', () => {
  it('puts “an” before a noun that starts with a vowel and “a” before any other', () => {
    expect(withArticle('exercise')).toBe('an exercise');
    expect(withArticle('Interview exercise')).toBe('an Interview exercise');
    expect(withArticle('level')).toBe('a level');
    expect(withArticle('glossary term')).toBe('a glossary term');
  });

  it('is the one place the handbook’s code chooses between “a” and “an” (none tests for a vowel inline)', () => {
    const src = join(import.meta.dirname, '../..');
    const inline = /\/\^\[aeiou\]\/i?\.test\(/;
    const found = globSync('**/*.{ts,astro}', { cwd: src })
      .filter((file) => !file.endsWith('.test.ts') && file !== 'lib/text/article.ts')
      .flatMap((file) => readFileSync(join(src, file), 'utf8').split('\n').flatMap((line, i) => (inline.test(line) ? [`src/${file}:${i + 1}`] : [])));
    expect(found).toEqual([]);
  });
});
