import { z } from 'astro/zod';
import { idSchema, provenanceSchema, textListSchema, textSchema } from './common.ts';

/** The job family: the name of the ladder and the version of the framework. */
export const familySchema = z
  .object({
    name: textSchema.describe('Name of the job family, e.g. `Machine Learning Engineering`.'),
    aliases: z
      .array(textSchema)
      .default([])
      .describe('Other names readers use for the family’s roles, e.g. `MLE`, `ML engineer`. Shown on the ladder’s overview and found by search.'),
    description: textSchema.describe('One or two sentences on what the family covers.'),
    version: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as `1.0.0`')
      .describe('Version of the framework; promotions are judged against a version.'),
  })
  .strict();

/** A track of the ladder (individual contributor, management). Levels belong to exactly one track. */
export const trackSchema = z
  .object({
    id: idSchema,
    name: textSchema.describe('Display name, e.g. `Individual contributor`.'),
    description: textSchema.describe('What distinguishes this track.'),
  })
  .strict();

/** One step of the proficiency scale. */
const proficiencyStepSchema = z
  .object({
    value: z.number().int().min(1).describe('The number levels write as `proficiency`; steps count 1, 2, 3 … from the lowest.'),
    name: textSchema.describe('Short name of the step, e.g. `Proficient`.'),
    description: textSchema.describe('One line: what a level that expects this step does with the competency.'),
  })
  .strict();

/** `content/family/proficiency-scale.yaml`: how much depth a level expects in a competency. */
export const proficiencyScaleSchema = z
  .object({
    steps: z
      .array(proficiencyStepSchema)
      .min(2)
      .refine((steps) => steps.every((s, i) => s.value === i + 1), { message: 'expected steps numbered 1, 2, 3 … in order, without gaps' })
      .describe('The steps of the scale, lowest first.'),
  })
  .strict();

export type ProficiencyScale = z.infer<typeof proficiencyScaleSchema>;

/** A competency of the ladder. The interview scorecard's dimensions are the same competencies. */
export const competencySchema = z
  .object({
    id: idSchema,
    name: textSchema.describe('Display name, e.g. `ML system design`; no other competency’s (rule `duplicate-name`).'),
    summary: textSchema.describe('One sentence: what this competency is about.'),
    tracks: z.array(idSchema).min(1).describe('Ids of the tracks whose levels must give an expectation for it.'),
    trackFocus: z
      .record(idSchema, textSchema)
      .default({})
      .describe(
        'How each track applies the competency, one sentence per track id, e.g. hands-on on the individual-contributor track and through the team on the management track. Required for every track when the competency has more than one (the `track-focus` rule); comparisons across tracks show it.',
      ),
    technicalSkills: z.array(idSchema).default([]).describe('Ids of technical skills that feed this competency.'),
    softSkills: z.array(idSchema).default([]).describe('Ids of soft skills that feed this competency.'),
  })
  .strict();

/**
 * The kinds of path. The one list of them: the progression map's types (its nodes', arrows' and
 * columns' kinds, src/lib/ladder/progression-map.ts) and the `map-node-id` rule read it from here,
 * so a kind added here reaches them.
 */
export const pathKindSchema = z.enum(['feeder', 'adjacent']).describe('`feeder`: people move from it into the ladder; `adjacent`: people move to it from the ladder.');
export type PathKind = z.infer<typeof pathKindSchema>;
/** Every kind of path, in the schema's order. */
export const pathKinds: readonly PathKind[] = pathKindSchema.options;

/** A role outside the ladder that people come from (feeder) or move to (adjacent path). */
export const pathSchema = z
  .object({
    id: idSchema,
    name: textSchema.describe('Display name, e.g. `MLOps Engineer`.'),
    kind: pathKindSchema,
    description: textSchema.describe('When this move makes sense, in the role description’s words where it has them.'),
    levels: z.array(idSchema).min(1).describe('Ids of the levels it feeds into (feeder) or that lead to it (adjacent); two levels of a track bring every level ranked between them (rule `path-levels`).'),
  })
  .strict();

/** A glossary term. Pages name the terms they use in their frontmatter (`terms:`), so links come from data. */
export const glossaryTermSchema = z
  .object({
    id: idSchema,
    term: textSchema.describe('The term as readers meet it, e.g. `Training/serving skew`.'),
    aliases: z.array(textSchema).default([]).describe('Other spellings or abbreviations, e.g. `TTD`.'),
    definition: textSchema.describe('A short, plain definition (one to three sentences).'),
    related: z.array(idSchema).default([]).describe('Ids of related glossary terms.'),
    provenance: provenanceSchema.describe('Where the definition comes from: the role description (rarely: it seldom defines terms) or the handbook.'),
  })
  .strict();

/** A theme of what everyone on the ladder is expected to do, whatever their competencies: `shared-expectations.yaml`. Each level says what it means there. */
export const sharedExpectationThemeSchema = z
  .object({
    id: idSchema,
    name: textSchema.describe('Display name, e.g. `Psychological safety`.'),
    summary: textSchema.describe('One or two sentences: what the theme asks of everyone.'),
    provenance: provenanceSchema.describe('Where the theme and the levels’ statements for it come from.'),
  })
  .strict();

/** A common shape of Staff+ work (`archetypes.yaml`): how engineers at the top of the individual-contributor track spend their impact. */
export const archetypeSchema = z
  .object({
    id: idSchema,
    name: textSchema.describe('Display name, e.g. `Tech Lead`.'),
    aliases: z
      .array(textSchema)
      .default([])
      .describe('Other names readers know this shape of work by, e.g. `ML architect`: shown under its name and found by search. Each names this archetype alone.'),
    summary: textSchema.describe('One or two sentences: what this archetype does.'),
    looksLike: textListSchema.describe('What the work looks like, week to week.'),
    evidence: textListSchema.describe('Examples of evidence of impact in this shape.'),
    levels: z.array(idSchema).min(1).describe('Ids of the levels where the archetype applies; two levels of a track bring every level ranked between them (rule `archetype-levels`).'),
    provenance: provenanceSchema.describe('Where the archetype comes from.'),
  })
  .strict();
