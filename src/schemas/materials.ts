import { z } from 'astro/zod';
import { textListSchema, textSchema } from './common.ts';

/*
 * The materials of an interview exercise: `content/roles/<role>/materials/<exercise-id>/`, with one
 * folder per audience. `candidate/` holds what the candidate may see; `interviewer/` what only the
 * interviewer sees. In either folder:
 * - `<id>.page.yaml`: a printable page (this file's `materialPageSchema`);
 * - `<id>.chart.yaml`: a line chart, published as `<id>.svg` (`chartSchema`);
 * - a folder: published as `<folder>.zip`;
 * - any other file: published as it is, e.g. a `.diff` or a `.log`.
 */

export const audienceValues = ['candidate', 'interviewer'] as const;
export type Audience = (typeof audienceValues)[number];

/**
 * A file of the same exercise's materials, relative to its folder, e.g. `candidate/pr-4821.diff`.
 * A candidate page may only point into `candidate/`.
 */
const materialPathSchema = z
  .string()
  .regex(/^(candidate|interviewer)\/[A-Za-z0-9._-]+$/, 'expected a file of this exercise’s materials, such as `candidate/pr-4821.diff`')
  .describe('A file of the same exercise’s materials, relative to its folder, e.g. `candidate/pr-4821.diff`.');

const headingSchema = textSchema.optional().describe('Heading shown above the block.');

/** Paragraphs of prose. Text in `backticks` is shown as code. */
const textBlockSchema = z
  .object({ kind: z.literal('text'), heading: headingSchema, paragraphs: textListSchema.describe('The paragraphs, in order.') })
  .strict();

/** Labelled facts, shown as a two-column table, e.g. traffic, latency budget, business goal. */
const factsBlockSchema = z
  .object({
    kind: z.literal('facts'),
    heading: headingSchema,
    items: z
      .array(z.object({ label: textSchema.describe('What the fact is about, e.g. `Latency budget`.'), value: textSchema.describe('The fact.') }).strict())
      .min(1),
  })
  .strict();

/** A bulleted or numbered list. */
const listBlockSchema = z
  .object({
    kind: z.literal('list'),
    heading: headingSchema,
    ordered: z.boolean().default(false).describe('Numbered (`true`) or bulleted (`false`, the default).'),
    items: textListSchema,
  })
  .strict();

/** A unified diff file, shown with the line numbers of the file so both copies can refer to them. */
const diffBlockSchema = z.object({ kind: z.literal('diff'), heading: headingSchema, file: materialPathSchema.describe('The `.diff` file.') }).strict();

/** One issue planted in a diff, for the interviewer. */
const plantedIssueSchema = z
  .object({
    line: z.number().int().min(1).describe('Line of the diff file where the issue shows (as numbered on both copies).'),
    quote: textSchema.describe('Text that stands on that line of the diff; the validator checks it, so the line number cannot drift.'),
    issue: textSchema.describe('What is wrong, in one sentence.'),
    blocking: z.boolean().describe('Whether the issue should block the merge.'),
    strongAnswer: textSchema.describe('What a strong candidate says about it.'),
  })
  .strict();

/** The issues planted in a diff, with the line of each. Interviewer only. */
const plantedIssuesBlockSchema = z
  .object({
    kind: z.literal('planted-issues'),
    heading: headingSchema,
    diff: materialPathSchema.describe('The `.diff` file the line numbers refer to.'),
    items: z.array(plantedIssueSchema).min(1),
  })
  .strict();

/** A fact sheet revealed one fact at a time, each when the candidate asks for it. Interviewer only. */
const revealsBlockSchema = z
  .object({
    kind: z.literal('reveals'),
    heading: headingSchema,
    items: z
      .array(
        z
          .object({
            ask: textSchema.describe('What the candidate asks or checks that earns this fact.'),
            fact: textSchema.describe('The answer, as the systems and dashboards would give it.'),
            exhibit: materialPathSchema.optional().describe('A chart (`.chart.yaml`) or a file (a log) to show with the fact.'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const chartBlockSchema = z.object({ kind: z.literal('chart'), heading: headingSchema, chart: materialPathSchema.describe('The `.chart.yaml` file.') }).strict();

/** A text file (a log excerpt) shown as it is. */
const logBlockSchema = z.object({ kind: z.literal('log'), heading: headingSchema, file: materialPathSchema.describe('The text file.') }).strict();

/** A folder offered as a ZIP, with the list of the files it holds. */
const folderBlockSchema = z
  .object({ kind: z.literal('folder'), heading: headingSchema, folder: materialPathSchema.describe('The folder, e.g. `candidate/starter`.') })
  .strict();

/** Parts of the exercise's kit (`hiring.yaml`) a page shows, so they are written once. */
export const kitPartValues = ['variants', 'role-play', 'role-play-setup', 'hint-policy'] as const;
const kitBlockSchema = z
  .object({
    kind: z.literal('kit'),
    part: z
      .enum(kitPartValues)
      .describe('`variants`, `role-play` (all of it), `role-play-setup` (only what the candidate hears) or `hint-policy`, from the exercise’s kit.'),
  })
  .strict();

/** Ruled space for handwritten notes, on paper only. */
const notesBlockSchema = z
  .object({ kind: z.literal('notes'), label: textSchema.describe('What to write there.'), lines: z.number().int().min(1).max(30).default(6) })
  .strict();

const blockSchema = z.discriminatedUnion('kind', [
  textBlockSchema,
  factsBlockSchema,
  listBlockSchema,
  diffBlockSchema,
  plantedIssuesBlockSchema,
  revealsBlockSchema,
  chartBlockSchema,
  logBlockSchema,
  folderBlockSchema,
  kitBlockSchema,
  notesBlockSchema,
]);

/** `<id>.page.yaml`: a printable page of an exercise's materials. */
export const materialPageSchema = z
  .object({
    title: textSchema.describe('Title of the page, e.g. `Design brief: real-time fraud scoring`.'),
    description: textSchema.describe('One sentence: what the page is and when it is used; shown on the kit page and in the page’s metadata.'),
    blocks: z.array(blockSchema).min(1).describe('The content, in order.'),
  })
  .strict();

/** `<id>.chart.yaml`: a line chart drawn at build time as an SVG. */
export const chartSchema = z
  .object({
    title: textSchema.describe('Title shown above the chart.'),
    description: textSchema.describe('What the chart shows, in words, for readers who cannot see it.'),
    xLabel: textSchema.describe('Name of the horizontal axis, e.g. `Hour (UTC)`.'),
    yLabel: textSchema.describe('Name of the vertical axis, e.g. `Null rate (%)`.'),
    yMax: z.number().positive().optional().describe('Top of the vertical axis; by default the largest value, rounded up.'),
    x: z.array(textSchema).min(2).describe('Labels of the points along the horizontal axis, in order.'),
    series: z
      .array(
        z
          .object({
            name: textSchema.describe('Name of the line, shown in the legend.'),
            values: z.array(z.number().min(0)).min(2).describe('One value per label of `x`.'),
          })
          .strict(),
      )
      .min(1)
      .max(6),
    marker: z
      .object({ at: textSchema.describe('The label of `x` where the vertical marker stands.'), label: textSchema.describe('What happened there.') })
      .strict()
      .optional()
      .describe('A vertical line marking an event.'),
  })
  .strict();

export type MaterialPageData = z.infer<typeof materialPageSchema>;
export type MaterialBlock = MaterialPageData['blocks'][number];
export type ChartData = z.infer<typeof chartSchema>;
export type KitPart = (typeof kitPartValues)[number];

/**
 * Blocks that hold what only the interviewer may know (planted issues, fact-sheet answers, the
 * interviewer's side of a role-play, hint policies): a candidate page may not contain them.
 */
export function isInterviewerOnly(block: MaterialBlock): boolean {
  if (block.kind === 'planted-issues' || block.kind === 'reveals') return true;
  return block.kind === 'kit' && block.part !== 'role-play-setup';
}
