import { z } from 'astro/zod';
import { idPattern } from '../lib/content/id.ts';

/** A stable identifier: lower-case words joined by hyphens, e.g. `lead-ml-engineer`. Used in URLs and references. */
export const idSchema = z
  .string()
  .regex(idPattern, 'expected a kebab-case id such as `lead-ml-engineer`')
  .describe('A kebab-case identifier, unique within its collection, used in URLs and references.');

/** Non-empty prose, trimmed. */
export const textSchema = z.string().trim().min(1, 'expected non-empty text');

/** A list of non-empty statements. */
export const textListSchema = z.array(textSchema).min(1, 'expected at least one item');

/** Where a statement comes from: the role description itself, or derived from one of its sections. */
export const provenanceSchema = z
  .object({
    kind: z
      .enum(['seed', 'derived'])
      .describe('`seed`: stated by the role description; `derived`: inferred from what a section of it says.'),
    section: textSchema.describe('The section of the role description, e.g. `Career Path and Progression`.'),
    href: z
      .string()
      .regex(/^\/[a-z0-9\-/#]*$/, 'expected a site path such as `/roles/lead-ml-engineer/career-path/`')
      .optional()
      .describe('The handbook page of that section.'),
  })
  .strict();

export type Provenance = z.infer<typeof provenanceSchema>;
