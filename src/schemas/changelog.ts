import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/browser/dates.ts';
import { idSchema, textSchema } from './common.ts';

/**
 * A real calendar date written `YYYY-MM-DD` (`2026-13-45` and `2026-02-30` are refused, not rolled
 * over), checked by the one function that says what a date is. Astro's YAML loader reads unquoted
 * dates as Date objects; the validator's as text.
 */
const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isCalendarDate, 'expected a real date such as `2026-11-28`'),
);

/** `content/family/changelog.yaml`: versions of the framework and what changed in each. */
export const changelogSchema = z
  .object({
    releases: z
      .array(
        z
          .object({
            version: z
              .string()
              .regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as `1.1.0`')
              .describe('The framework version this release produced.'),
            effective: isoDate.describe('From when promotions and reviews are judged against this version.'),
            summary: textSchema.describe('One sentence on the release.'),
            changes: z
              .array(
                z
                  .object({
                    kind: z.enum(['added', 'changed', 'removed']).describe('What happened to the subject.'),
                    subject: z
                      .enum(['level', 'competency', 'scorecard', 'role-description', 'family'])
                      .describe('What kind of thing changed.'),
                    id: idSchema.describe('Id of the level, competency or role that changed (the role id for a scorecard or role description; the family id `family` for the whole family).'),
                    what: textSchema.describe('What changed, in a sentence a reader of that page understands.'),
                    why: textSchema.describe('Why it changed.'),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1)
      .describe('Releases, newest first.'),
  })
  .strict();

export type Changelog = z.infer<typeof changelogSchema>;
