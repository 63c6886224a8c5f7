import { z } from 'astro/zod';
import { idSchema, textListSchema, textSchema } from './common.ts';

/* Structured parts of a role description: each file sits in the role's folder, `content/roles/<role>/`. */

/** `kpis.yaml`: the KPI framework. */
export const kpiFrameworkSchema = z
  .object({
    metrics: z
      .array(
        z
          .object({
            id: idSchema,
            name: textSchema.describe('Metric name, e.g. `Rollback rate`.'),
            measures: textSchema.describe('What it measures.'),
            why: textSchema.describe('Why it matters.'),
            target: textSchema.describe('Example target or benchmark.'),
            frequency: textSchema.describe('How often it is reviewed, e.g. `Monthly`.'),
          })
          .strict(),
      )
      .min(1),
    notes: textListSchema.describe('Notes on measurement shown under the table.'),
  })
  .strict();

export const commonalityValues = ['Common', 'Optional', 'Context-specific', 'Optional (becoming common)'] as const;

/** `tools.yaml`: tools, platforms and software. */
export const toolsSchema = z
  .object({
    tools: z
      .array(
        z
          .object({
            category: textSchema.describe('Category, e.g. `Observability`.'),
            tool: textSchema.describe('Tool, platform or software, e.g. `Prometheus`.'),
            use: textSchema.describe('Primary use.'),
            commonality: z.enum(commonalityValues).describe('How common it is in the role’s environments.'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const skillGroupValues = ['must-have', 'good-to-have', 'advanced', 'emerging'] as const;

/** `technical-skills.yaml`. */
export const technicalSkillsSchema = z
  .object({
    skills: z
      .array(
        z
          .object({
            id: idSchema,
            name: textSchema.describe('Skill name, e.g. `Production-grade Python`.'),
            group: z.enum(skillGroupValues).describe('Which list of the role description it belongs to.'),
            importance: textSchema.describe('Importance as the role description gives it, e.g. `Important → often Critical`.'),
            description: textSchema.optional().describe('What the skill is.'),
            use: textSchema.optional().describe('Where it is used.'),
            rationale: textSchema.optional().describe('Why it has this importance.'),
          })
          .strict()
          .refine((s) => s.description || s.use, {
            message: 'expected at least one of `description` or `use`',
          }),
      )
      .min(1),
  })
  .strict();

/** `soft-skills.yaml`. */
export const softSkillsSchema = z
  .object({
    skills: z
      .array(
        z
          .object({
            id: idSchema,
            name: textSchema.describe('Skill name, e.g. `Systems thinking`.'),
            whyItMatters: textSchema,
            howItShowsUp: textSchema,
            strongPerformance: textSchema.describe('What strong performance looks like.'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** `scorecard.yaml`: the interview scorecard. Its dimensions are the ladder's competencies. */
export const scorecardSchema = z
  .object({
    scale: z
      .array(
        z
          .object({
            rating: z.number().int().min(1).describe('The rating value.'),
            label: textSchema.describe('Short label, e.g. `Strong`.'),
            meaning: textSchema.describe('What the rating means.'),
          })
          .strict(),
      )
      .min(2)
      .describe('The rating scale, lowest first.'),
    bands: z
      .array(
        z
          .object({
            id: idSchema,
            label: textSchema.describe('Recommendation, e.g. `Hire`.'),
            minScore: z.number().min(0).describe('Lowest weighted score (on the rating scale) that falls in this band.'),
            meaning: textSchema,
          })
          .strict(),
      )
      .min(1)
      .describe('Recommendation bands, highest first.'),
    dimensions: z
      .array(
        z
          .object({
            competency: idSchema.describe('Id of the competency this dimension assesses.'),
            label: textSchema.describe('Dimension name as the scorecard shows it.'),
            excellent: textSchema.describe('What “excellent” looks like.'),
            weight: z.number().int().min(1).max(100).describe('Weight in percent; the weights sum to 100.'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** `goals.yaml`: goals and milestones by phase, used by the role page and the onboarding tracker. */
export const goalsSchema = z
  .object({
    phases: z
      .array(
        z
          .object({
            id: idSchema,
            title: textSchema.describe('Heading, e.g. `30-day goals`.'),
            theme: textSchema.describe('The phase’s theme, e.g. `Assess, align, and stabilize`.'),
            goals: z
              .array(
                z
                  .object({
                    id: idSchema,
                    text: textSchema.describe('The goal.'),
                    details: z.array(textSchema).default([]).describe('Sub-points of the goal.'),
                    competencies: z.array(idSchema).default([]).describe('Ids of the competencies this goal builds.'),
                    kpis: z.array(idSchema).default([]).describe('Ids of the KPIs this goal moves.'),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .min(1),
    success: textListSchema.describe('The role’s success definition.'),
    highPerformance: textListSchema.describe('What high performance looks like.'),
  })
  .strict();

/** `hiring.yaml`: what to assess, exercises, signals and red flags. */
export const hiringSchema = z
  .object({
    areas: z
      .array(
        z
          .object({
            id: idSchema,
            name: textSchema.describe('Assessment area, e.g. `Software engineering depth`.'),
            competencies: z.array(idSchema).min(1).describe('Ids of the competencies this area assesses.'),
            questions: textListSchema.describe('What to ask or look for.'),
          })
          .strict(),
      )
      .min(1),
    exercises: z
      .array(
        z
          .object({
            id: idSchema,
            name: textSchema.describe('Exercise name, e.g. `System design case`.'),
            duration: textSchema.describe('Duration as shown, e.g. `60–90 min` or `optional; keep bounded`.'),
            minutes: z
              .object({ min: z.number().int().min(1), max: z.number().int().min(1) })
              .strict()
              .optional()
              .describe('Planned duration in minutes, when the exercise is timed.'),
            brief: textSchema.describe('The exercise as given to the candidate.'),
            competencies: z.array(idSchema).min(1).describe('Ids of the competencies (scorecard dimensions) it informs.'),
          })
          .strict(),
      )
      .min(1),
    strongSignals: textListSchema,
    weakSignals: textListSchema,
    redFlags: z.array(z.object({ id: idSchema, text: textSchema }).strict()).min(1),
  })
  .strict();
