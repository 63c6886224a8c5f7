import { z } from 'astro/zod';
import { idSchema, provenanceSchema, retiredFields, textListSchema, textSchema } from './common.ts';

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

/** The skill levels the role description gives a technical skill, highest first. */
export const importanceValues = ['Critical', 'Important', 'Optional'] as const;

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
            importance: z
              .enum(importanceValues)
              .describe('The skill level the role description gives it: `Critical`, `Important` or `Optional`.'),
            qualifier: textSchema
              .optional()
              .describe(
                'What the role description adds after the level, in its words, e.g. `→ often Critical`, `at Lead level`, `; context-dependent` or `/Context-specific`; shown right after the level (with no space when it starts with `;`, `,` or `/`), so the page reads as the role description does.',
              ),
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
            label: textSchema.describe('Recommendation, e.g. `Hire`: the band’s name alone, without what to do about it (that is `advice`).'),
            advice: textSchema
              .optional()
              .describe('What the panel does with a result in this band, in a short phrase read after the name, e.g. `discuss at debrief`: the calculator shows “Mixed (weighted score 3.40): discuss at debrief”.'),
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
            competency: idSchema.describe('Id of the competency this dimension assesses; the dimension shows that competency’s `name`.'),
            excellent: textSchema.describe('What “excellent” looks like.'),
            weight: z.number().int().min(1).max(100).describe('Weight in percent; the weights sum to 100.'),
          })
          .strict()
          .register(retiredFields, { label: 'a dimension takes its competency’s `name` (competencies.yaml), so that renaming the competency renames it' }),
      )
      .min(1),
    floors: z
      .array(
        z
          .object({
            id: idSchema,
            ratingAtOrBelow: z
              .number()
              .int()
              .min(1)
              .describe('The floor applies to a rating at or below this one, a rating of `scale`, e.g. `1`.'),
            minWeight: z
              .number()
              .int()
              .min(1)
              .max(100)
              .optional()
              .describe('The floor applies to every dimension weighted at least this many percent, e.g. `15`.'),
            dimensions: z
              .array(idSchema)
              .default([])
              .describe('Competencies of `dimensions` the floor applies to whatever their weight, e.g. `[leadership-mentorship]`.'),
            blocks: z.array(idSchema).min(1).describe('Ids of the `bands` the floor rules out; the result falls to the highest band below them.'),
            why: textSchema.describe('Why the floor exists, for the hiring guide.'),
          })
          .strict()
          .refine((f) => f.minWeight !== undefined || f.dimensions.length > 0, {
            message: 'a floor needs `minWeight`, `dimensions` or both, to say which dimensions it applies to',
          }),
      )
      .default([])
      .describe(
        'Decision floors: a low rating on an important dimension rules out some bands, whatever the weighted score. The hiring guide and the scorecard calculator state and apply them.',
      ),
    disagreementPoints: z
      .number()
      .min(1)
      .default(2)
      .describe('At the debrief, a dimension whose interviewers’ ratings are this many points apart or more is contested, and comes first on the agenda.'),
    workedExample: z
      .object({
        ratings: z.record(idSchema, z.number().int().min(1)).describe('A rating for every dimension, by competency id.'),
        score: z.number().describe('The weighted score these ratings give, to two decimals, e.g. `3.1`.'),
        band: idSchema.describe('The band that score gives, floors applied.'),
      })
      .strict()
      .optional()
      .describe('A worked example for the hiring guide: ratings, and the score and band they give. The validator recomputes both.'),
    provenance: z
      .object({
        dimensions: provenanceSchema.describe('Where the dimensions, their “excellent” and their weights come from.'),
        scale: provenanceSchema.describe('Where the rating scale comes from.'),
        bands: provenanceSchema.describe('Where the recommendation bands come from.'),
        floors: provenanceSchema.optional().describe('Where the decision floors come from.'),
        workedExample: provenanceSchema.optional().describe('Where the worked example comes from.'),
      })
      .strict()
      .describe('Where each part of the scorecard comes from.'),
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
    provenance: z
      .object({
        goals: provenanceSchema.describe('Where the phases, goals, success definition and high performance come from.'),
        links: provenanceSchema.describe('Where the links from goals to competencies and KPIs come from.'),
      })
      .strict()
      .describe('Where the goals and their links come from; the onboarding plan and tracker show it.'),
  })
  .strict();

/** One behavioral anchor: what a candidate who earns `rating` on a dimension does or says. */
const anchorSchema = z
  .object({
    rating: z.number().int().min(1).describe('A rating of the scorecard scale (`scorecard.yaml` → `scale`), e.g. `3`.'),
    text: textSchema.describe('Observable behavior that earns this rating, written so two interviewers would agree on it.'),
  })
  .strict();

/** Anchors for every rating of the scale, lowest first. Which ratings exist is checked against `scorecard.yaml`. */
const anchorListSchema = z
  .array(anchorSchema)
  .min(2)
  .refine((anchors) => anchors.every((a, i) => i === 0 || a.rating > anchors[i - 1]!.rating), {
    message: 'expected one anchor per rating, in ascending order of rating (1, 2, 3, 4)',
  })
  .describe('One anchor per rating of the scorecard scale, lowest rating first.');

/** A rubric for one scorecard dimension within one exercise. */
const rubricSchema = z
  .object({
    competency: idSchema.describe('Id of the competency (= scorecard dimension) this rubric rates; one of the exercise’s `competencies`.'),
    anchors: anchorListSchema,
  })
  .strict();

/** One block of time in an exercise’s timing plan. */
const timingSegmentSchema = z
  .object({
    minutes: z.number().int().min(1).max(240).describe('Length of the segment in minutes.'),
    activity: textSchema.describe('What happens in the segment, e.g. `Candidate asks clarifying questions`.'),
  })
  .strict();

/** A variant of an exercise (e.g. fraud scoring or feed ranking), with the prompts and probes that only it needs. */
const kitVariantSchema = z
  .object({
    id: idSchema.describe('Id of the variant, unique within the kit, e.g. `fraud`.'),
    name: textSchema.describe('Name of the variant, e.g. `Real-time fraud scoring`.'),
    handout: idSchema
      .optional()
      .describe('Id of the candidate handout for this variant among the exercise’s materials (`materials/<exercise>/candidate/<id>.page.yaml`).'),
    prompts: textListSchema.describe('Prompts for this variant only, asked after the kit’s own prompts or in their place where they say so.'),
    probes: textListSchema.describe('What to probe in this variant only, in addition to the kit’s probes.'),
  })
  .strict();

/** A role-play inside an exercise: the interviewer plays a part so that the candidate shows a behavior live. */
const rolePlaySchema = z
  .object({
    title: textSchema.describe('Name of the role-play, e.g. `Giving the feedback`.'),
    setup: textSchema.describe('The situation as the candidate hears or reads it; safe to hand to the candidate.'),
    interviewerPlays: textSchema.describe('Who the interviewer plays and how, kept from the candidate.'),
    pushback: textListSchema.describe('What the interviewer says to push back, in order; at least the first one is always said.'),
    listenFor: textListSchema.describe('What a strong answer does, to note as evidence.'),
  })
  .strict();

/** One step of a hint policy: when to help, with what, and what the help does to the rating. */
const hintStepSchema = z
  .object({
    when: textSchema.describe('When the interviewer gives this help, e.g. `The candidate has been stuck for three minutes`.'),
    give: textSchema.describe('What the interviewer says or shows.'),
    effect: textSchema.describe('How the help affects the rating, and which dimensions it does not affect.'),
  })
  .strict();

/** When and how much to help the candidate, and how help affects the rating. */
const hintPolicySchema = z
  .object({
    principle: textSchema.describe('The rule behind the policy, in one or two sentences.'),
    steps: z.array(hintStepSchema).min(1).describe('The hints, from the least to the most help.'),
    never: textListSchema.describe('What the interviewer never does, whatever happens.'),
  })
  .strict();

/** The interview kit of an exercise: everything an interviewer needs to run and score it. */
const interviewKitSchema = z
  .object({
    goal: textSchema.describe('What the exercise is for: the evidence it should produce, in one or two sentences.'),
    materials: textListSchema.describe('What to prepare before the interview (briefs, code excerpts, fact sheets).'),
    timingNote: textSchema
      .optional()
      .describe('A note on the timing plan, e.g. when the plan covers a follow-up call rather than the exercise itself.'),
    timing: z
      .array(timingSegmentSchema)
      .min(1)
      .describe('The timing plan, in order. When the exercise has `minutes`, the segments must add up to a total within them.'),
    prompts: textListSchema.describe('What the interviewer says or asks, in order.'),
    probes: textListSchema.describe('What to listen for and follow up on.'),
    variants: z
      .array(kitVariantSchema)
      .min(2)
      .optional()
      .describe('Variants of the exercise, when the candidate gets one of several briefs; each adds its own prompts and probes.'),
    rolePlay: rolePlaySchema.optional().describe('A role-play within the exercise, with its own place in the timing plan.'),
    hintPolicy: hintPolicySchema.optional().describe('When and how much to help the candidate, and how help affects the rating.'),
    rubrics: z
      .array(rubricSchema)
      .min(1)
      .describe('One rubric per competency the exercise informs, in the order of the exercise’s `competencies`.'),
    provenance: provenanceSchema.describe('Where the kit (goal, timing, prompts, probes, variants, role-play, hint policy, rubrics and their anchors) comes from.'),
  })
  .strict();

export const exerciseOriginValues = ['role-description', 'handbook'] as const;

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
      .min(1)
      .describe('What to assess in interviews: the assessment areas with their questions.'),
    exercises: z
      .array(
        z
          .object({
            id: idSchema,
            name: textSchema.describe('Exercise name, e.g. `System design case`.'),
            duration: textSchema.describe('Duration as shown, e.g. `60–90 min` or `optional; keep bounded`.'),
            minutes: z
              .object({
                min: z.number().int().min(1).describe('Shortest planned duration in minutes.'),
                max: z.number().int().min(1).describe('Longest planned duration in minutes.'),
              })
              .strict()
              .optional()
              .describe('Planned duration in minutes, when the exercise is timed.'),
            brief: textSchema.describe('The exercise as given to the candidate.'),
            origin: z
              .enum(exerciseOriginValues)
              .default('role-description')
              .describe(
                'Where the exercise comes from. `role-description`: one of the exercises the role description recommends (its name, duration and brief are the role description’s words; the kit around it was written for the handbook). `handbook`: the whole exercise was written for the handbook.',
              ),
            competencies: z.array(idSchema).min(1).describe('Ids of the competencies (scorecard dimensions) it informs.'),
            kit: interviewKitSchema.describe('The interview kit: goal, timing plan, prompts, probes and rubrics.'),
          })
          .strict()
          .superRefine((x, ctx) => {
            const total = x.kit.timing.reduce((sum, s) => sum + s.minutes, 0);
            if (x.minutes && (total < x.minutes.min || total > x.minutes.max))
              ctx.addIssue({
                code: 'custom',
                path: ['kit', 'timing'],
                message: `the segments add up to ${total} min, outside the exercise’s \`minutes\` (${x.minutes.min}–${x.minutes.max} min); shorten or lengthen segments so the total fits`,
              });
            const rubrics = x.kit.rubrics.map((r) => r.competency);
            if (rubrics.join() !== x.competencies.join())
              ctx.addIssue({
                code: 'custom',
                path: ['kit', 'rubrics'],
                message: `the rubrics rate ${rubrics.join(', ') || 'nothing'}, but the exercise informs ${x.competencies.join(', ')}; give one rubric per competency, in the same order`,
              });
          }),
      )
      .min(1)
      .describe('The practical exercises of the loop, each with its interview kit.'),
    strongSignals: textListSchema.describe('Strong candidate signals: what counts in a candidate’s favor across the loop.'),
    weakSignals: textListSchema.describe('Weak candidate signals: what counts against, without being a red flag.'),
    redFlags: z
      .array(
        z
          .object({
            id: idSchema,
            text: textSchema.describe('The behavior that, once seen, sends the candidate to a debrief whatever the score.'),
          })
          .strict(),
      )
      .min(1)
      .describe('Red flags: any one of them sends the candidate to a debrief instead of a score-based recommendation.'),
    scorecardAnchors: z
      .array(
        z
          .object({
            competency: idSchema.describe('Id of the competency (= scorecard dimension); every dimension of `scorecard.yaml` has one entry.'),
            anchors: anchorListSchema,
          })
          .strict(),
      )
      .min(1)
      .describe('Anchors for the final scorecard, across the whole loop: what each rating means for each dimension. The scorecard calculator shows them.'),
    provenance: z
      .object({
        areas: provenanceSchema.describe('Where the assessment areas and their questions come from.'),
        signals: provenanceSchema.describe('Where the strong and weak candidate signals come from.'),
        redFlags: provenanceSchema.describe('Where the red flags come from.'),
        scorecardAnchors: provenanceSchema.describe('Where the final scorecard’s anchors come from.'),
      })
      .strict()
      .describe('Where each part of the hiring criteria comes from (each exercise says so in `origin`, each kit in its own `provenance`).'),
  })
  .strict();

export type Hiring = z.infer<typeof hiringSchema>;
export type Exercise = Hiring['exercises'][number];
export type InterviewKit = Exercise['kit'];
export type Scorecard = z.infer<typeof scorecardSchema>;
