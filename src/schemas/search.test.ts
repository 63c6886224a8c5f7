import { describe, expect, it } from 'vitest';
import { readerWordSchema } from './search';

const valid = (word: string) => readerWordSchema.safeParse({ word, handbookWords: ['manager'] }).success;

describe('a reader’s word', () => {
  it('is one lowercase word, hyphens and apostrophes inside it', () => {
    for (const word of ['boss', 'one-on-one', "don't", '1on1']) expect(valid(word), word).toBe(true);
    for (const word of ['Boss', 'boss!', '-boss', '']) expect(valid(word), word).toBe(false);
  });

  it('or a phrase of up to four words that keeps two without the words the search drops', () => {
    for (const word of ['half a year', 'month two', 'next level up']) expect(valid(word), word).toBe(true);
    // “how often” is “often” to the search: a single word, to be listed as one.
    for (const word of ['how often', 'what is', 'one two three four five', 'half  year']) expect(valid(word), word).toBe(false);
  });
});
