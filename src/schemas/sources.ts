import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/**
 * A deliberate departure from a role description as received (`content/sources/<level-id>.txt`,
 * the source of record): a sentence, bullet or table cell of it that the handbook no longer shows
 * word for word, because a team reworded, corrected or dropped it on purpose. The seed-coverage
 * test holds the role's pages to every other unit of the source; the rule `source-departure`
 * checks that each departure names a real unit, so a stale or mistyped one excuses nothing.
 */
export const sourceDepartureSchema = z
  .object({
    source: idSchema.describe('The level whose role description it departs from: the file `content/sources/<source>.txt`, e.g. `lead-ml-engineer`.'),
    text: textSchema.describe('The sentence, bullet or table cell of that role description, as the seed-coverage test prints it when the pages no longer show it (damaged characters restored, list dashes and heading numbers removed).'),
    why: textSchema.describe('Why the handbook departs from it: what was reworded, corrected or dropped, and by whose decision.'),
    now: textSchema.optional().describe('What the handbook says instead, where it says something.'),
  })
  .strict();

/** The departures from every role description kept in `content/sources/` (`content/sources/departures.yaml`). */
export const sourceDeparturesSchema = z
  .object({
    departures: z.array(sourceDepartureSchema).describe('One entry for each unit of a role description that the pages no longer show word for word; empty when the pages show every unit.'),
  })
  .strict();
