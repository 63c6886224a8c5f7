import { z } from 'astro/zod';
import { idPattern } from '../lib/content/id.ts';

/** A stable identifier: lower-case words joined by hyphens, e.g. `lead-ml-engineer`. Used in URLs and references. */
export const idSchema = z
  .string()
  .regex(idPattern, 'expected a kebab-case id such as `lead-ml-engineer`')
  .describe('A kebab-case identifier, unique within its collection, used in URLs and references.');

/**
 * Fields an object schema once took and no longer does, each with what took its place:
 * `schema.register(retiredFields, { field: 'why' })`. The validator tells a file that still writes
 * one so (rule `unknown-key`); a registry of its own keeps it out of the generated JSON Schema.
 */
export const retiredFields = z.registry<Record<string, string>>();

/** Non-empty prose, trimmed. */
export const textSchema = z.string().trim().min(1, 'expected non-empty text');

/** A list of non-empty statements. */
export const textListSchema = z.array(textSchema).min(1, 'expected at least one item');

export const provenanceKindValues = ['role-description', 'derived', 'handbook'] as const;

/** A section of the role description: its heading, and the handbook page that shows it. */
export const sourceSectionSchema = z
  .object({
    name: textSchema.describe('The heading of the section as its page shows it, e.g. `Core Responsibilities`.'),
    href: z
      .string()
      .regex(/^\/[a-z0-9\-/#]*$/, 'expected a site path such as `/roles/lead-ml-engineer/career-path/`')
      .describe('The handbook page of that section, with an anchor where it helps, e.g. `/roles/lead-ml-engineer/goals/#phase-6-month`.'),
  })
  .strict();

/**
 * Where a piece of content comes from, so that readers can tell the role description's words from
 * what the handbook wrote: the role description says it (naming its sections), the handbook words
 * what those sections really say, or the handbook wrote it. The `provenance-source` rule checks
 * that every section named is a heading of the page its link points to.
 */
export const provenanceSchema = z
  .object({
    kind: z
      .enum(provenanceKindValues)
      .describe(
        '`role-description`: the role description says it, in `sections`; `derived`: the handbook’s wording of what those sections of the role description say (only where they really say it); `handbook`: written for the handbook, with no `sections`.',
      ),
    sections: z
      .array(sourceSectionSchema)
      .optional()
      .describe('The sections of the role description it comes from; required unless `kind` is `handbook`.'),
  })
  .strict();

export type Provenance = z.infer<typeof provenanceSchema>;
