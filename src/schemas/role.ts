import { z } from 'astro/zod';
import { idSchema, provenanceSchema, textListSchema, textSchema } from './common.ts';

/** What one level expects for one competency. */
export const expectationSchema = z
  .object({
    proficiency: z
      .number()
      .int()
      .min(1)
      .describe('Depth expected: the `value` of a step of the proficiency scale (`proficiency-scale.yaml`). Never falls as rank rises within a track.'),
    differsFromPrevious: textSchema
      .optional()
      .describe(
        'What differs from the level below in the same track, in a sentence, when the depth is the same: scope, breadth, who adopts the work. Required when `proficiency` equals the level below’s (the `what-differs` rule); shown on the level page and in comparisons.',
      ),
    behaviors: textListSchema.describe('Observable statements of what someone at this level consistently does.'),
    evidence: textListSchema.describe('Concrete examples of evidence that show the behaviors.'),
    provenance: z
      .object({
        behaviors: provenanceSchema.describe('Where the behaviors come from.'),
        evidence: provenanceSchema.describe('Where the evidence examples come from.'),
      })
      .strict()
      .describe('Where the behaviors and the evidence examples come from. (Proficiency numbers are always the handbook’s: the role description gives none.)'),
  })
  .strict();

/**
 * The most characters of a short title: the level pickers name each level by it, and a closed select
 * on a 320 px phone shows one line of about 32–34 characters of ordinary text (measured in the check-ins'
 * level selects and the ladder's comparison picker). A guard an author meets at `npm run validate`;
 * whether each name fits is measured in the browser (tests/browser/level-pickers.test.ts): wide letters
 * (capitals such as M, W) fit fewer.
 */
export const shortTitleMaxChars = 30;

/** A role of the job family, which is one level of the ladder: `content/roles/<id>/role.yaml`. */
export const roleSchema = z
  .object({
    title: textSchema.describe('Full title, e.g. `Lead Machine Learning Engineer`; no other level’s title or short title (rule `duplicate-name`).'),
    shortTitle: textSchema
      .max(shortTitleMaxChars, `expected at most ${shortTitleMaxChars} characters, the most a level picker shows whole on a 320 px phone`)
      .describe(`Short title for tables, the map and the level pickers, e.g. \`Lead MLE\`; at most ${shortTitleMaxChars} characters, the most a level picker (a closed select) shows whole on a 320 px phone.`),
    aliases: z
      .array(textSchema)
      .default([])
      .describe(
        'Other names readers use for this level, such as titles at other companies (`Staff engineer`, `Head of ML`) and abbreviations (`EM`), and its former titles, which a renamed level keeps here (rule `former-title`). Shown on the level page and found by search; each leads to this level alone (rule `ambiguous-alias`).',
      ),
    track: idSchema.describe('Id of the track this level belongs to (see `tracks.yaml`).'),
    rank: z.number().int().min(1).describe('Position within the track, 1 for the first level; unique and contiguous per track.'),
    summary: textSchema.describe('Two or three sentences: what this level is.'),
    breadth: textSchema.describe('How far the work reaches, in a short phrase, e.g. `One model or service, end to end`; not the level below’s (rule `what-differs`).'),
    horizon: textSchema.describe('How far ahead the work is planned and judged, in a short phrase, e.g. `A quarter to a year`; not the level below’s (rule `what-differs`).'),
    scope: textListSchema.describe('The scope of ownership and influence at this level; not the level below’s list (rule `what-differs`).'),
    typicalExperience: textListSchema.describe('Typical experience of people at this level.'),
    growth: textListSchema.describe('How to grow from this level to the next one.'),
    nextLevels: z.array(idSchema).default([]).describe('Ids of the levels people usually move to from here.'),
    sharedExpectations: z
      .record(idSchema, textSchema)
      .describe(
        'What this level does for each theme that everyone on the ladder shares (`shared-expectations.yaml`: inclusion, psychological safety, sponsorship, interviewing), one sentence per theme id; every theme needs one.',
      ),
    provenance: z
      .object({
        summary: provenanceSchema.describe('Where the summary comes from.'),
        reach: provenanceSchema.describe('Where `breadth` and `horizon` come from.'),
        scope: provenanceSchema.describe('Where the scope comes from.'),
        typicalExperience: provenanceSchema.describe('Where the typical experience comes from.'),
        growth: provenanceSchema.describe('Where the growth list comes from.'),
      })
      .strict()
      .describe('Where each part of the level’s description comes from.'),
    expectations: z
      .record(idSchema, expectationSchema)
      .describe('One expectation per competency id; every competency of this level’s track must have one.'),
  })
  .strict();

export type Role = z.infer<typeof roleSchema>;
export type Expectation = z.infer<typeof expectationSchema>;
