import { z } from 'astro/zod';
import { idSchema, textListSchema, textSchema } from './common.ts';

/**
 * `content/family/releases/<version>.yaml`: the ladder as it stood in one release of the framework,
 * written by `npm run release:snapshot` and never edited by hand. The release pages compare each
 * snapshot with the one before it; the validator checks that every release in the changelog has
 * one and that the newest one is the current content.
 */
export const releaseSnapshotSchema = z
  .object({
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as `1.1.0`')
      .describe('The release this is the ladder of; the file is named after it.'),
    competencies: z
      .array(
        z
          .object({
            id: idSchema,
            name: textSchema.describe('The competency’s name in that release.'),
            summary: textSchema.describe('Its one-sentence summary in that release.'),
            tracks: z
              .array(idSchema)
              .optional()
              .describe('The tracks whose levels were judged on it in that release; absent from snapshots written before the snapshot recorded tracks.'),
            trackFocus: z
              .record(idSchema, textSchema)
              .optional()
              .describe('How each track applied it in that release, by track id; absent, like `tracks`, from older snapshots.'),
          })
          .strict(),
      )
      .describe('The competencies, in the order of `competencies.yaml`.'),
    levels: z
      .array(
        z
          .object({
            id: idSchema,
            title: textSchema.describe('The level’s title in that release.'),
            track: idSchema.describe('Its track.'),
            rank: z.number().int().min(1).describe('Its rank within the track.'),
            expectations: z
              .record(
                idSchema,
                z
                  .object({
                    proficiency: z.number().int().min(1).describe('The proficiency expected.'),
                    behaviors: textListSchema.describe('The behaviors expected.'),
                    evidence: textListSchema.describe('The examples of evidence.'),
                  })
                  .strict(),
              )
              .describe('What the level expects, by competency id.'),
          })
          .strict(),
      )
      .describe('The levels, in ladder order.'),
  })
  .strict();

export type ReleaseSnapshot = z.infer<typeof releaseSnapshotSchema>;
