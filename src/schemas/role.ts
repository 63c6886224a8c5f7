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
    behaviors: textListSchema.describe('Observable statements of what someone at this level consistently does.'),
    evidence: textListSchema.describe('Concrete examples of evidence that show the behaviors.'),
    provenance: provenanceSchema.describe('Where the expectation comes from.'),
  })
  .strict();

/** A role of the job family, which is one level of the ladder: `content/roles/<id>/role.yaml`. */
export const roleSchema = z
  .object({
    title: textSchema.describe('Full title, e.g. `Lead Machine Learning Engineer`.'),
    shortTitle: textSchema.describe('Short title for tables and the map, e.g. `Lead MLE`.'),
    track: idSchema.describe('Id of the track this level belongs to (see `tracks.yaml`).'),
    rank: z.number().int().min(1).describe('Position within the track, 1 for the first level; unique and contiguous per track.'),
    summary: textSchema.describe('Two or three sentences: what this level is.'),
    scope: textListSchema.describe('The scope of ownership and influence at this level.'),
    typicalExperience: textListSchema.describe('Typical experience of people at this level.'),
    growth: textListSchema.describe('How to grow from this level to the next one.'),
    nextLevels: z.array(idSchema).default([]).describe('Ids of the levels people usually move to from here.'),
    provenance: provenanceSchema.describe('Where the description of this level comes from.'),
    expectations: z
      .record(idSchema, expectationSchema)
      .describe('One expectation per competency id; every competency of this level’s track must have one.'),
  })
  .strict();

export type Role = z.infer<typeof roleSchema>;
export type Expectation = z.infer<typeof expectationSchema>;
