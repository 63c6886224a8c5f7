import { z } from 'astro/zod';
import { readerWordKey } from '../lib/site/search-reader-words.ts';
import { textSchema } from './common.ts';

/**
 * A reader's word: one lowercase word as readers type it, letters, digits, hyphens and apostrophes
 * (`boss`, `one-on-one`), or a phrase of up to four such words separated by single spaces, which the
 * search looks for as a whole (two of them at least besides the function words it drops).
 */
const oneWord = "[a-z0-9]+(?:['’-][a-z0-9]+)*";
export const readerWordPattern = new RegExp(`^${oneWord}(?: ${oneWord}){0,3}$`);

/**
 * An entry of the readers' thesaurus (`content/search/reader-words.yaml`): a word readers use
 * about careers, reviews, managers, interviews, onboarding or sharing their data, and the words the
 * handbook uses for the same thing. The search dialog also looks for a query's word as the
 * handbook's words, a little below the word as typed (`readerWordWeight` in
 * src/lib/site/search-weights.ts). The rules `reader-word-target`, `reader-word-self` and
 * `duplicate-reader-word` check the entries.
 */
export const readerWordSchema = z
  .object({
    word: z
      .string()
      .regex(readerWordPattern, 'expected one lowercase word such as `boss` (letters, digits, hyphens), or a phrase of up to four such words')
      .refine((word) => !word.includes(' ') || readerWordKey(word).split(' ').length >= 2, 'expected a phrase that keeps two words or more without words such as “how”, “a” or “the” (or “much”, “many”, “often” after “how”), which the search drops (a phrase that keeps one is that word: list the word)')
      .describe('The word as readers type it, lowercase, e.g. `boss`, or a short phrase of two to four words, which the search looks for as a whole. Each word or phrase once in the file.'),
    handbookWords: z
      .array(textSchema)
      .min(1, 'expected at least one of the handbook’s words')
      .describe(
        'The words or short phrases the handbook uses for it, e.g. `[manager]` for `boss`, `[impact, evidence]` for `wins`: each must occur in the handbook’s content (else the search would lead nowhere), and none may be the word itself.',
      ),
  })
  .strict();

export type ReaderWord = z.infer<typeof readerWordSchema>;
