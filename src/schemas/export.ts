import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';
import { changelogSchema } from './changelog.ts';
import { roleParts } from './collections.ts';
import { archetypeSchema, competencySchema, familySchema, glossaryTermSchema, pathSchema, proficiencyScaleSchema, sharedExpectationThemeSchema, trackSchema } from './family.ts';
import { roleSchema } from './role.ts';
import { scorecardSchema } from './role-description.ts';

const { competency, ...dimensionRest } = scorecardSchema.shape.dimensions.element.shape;

/**
 * A scorecard as the export gives it: each dimension with its `label`, which scorecard.yaml no longer
 * writes, filled from its competency's name so that readers of this format keep finding it.
 */
const exportedScorecardSchema = scorecardSchema.extend({
  dimensions: z
    .array(z.object({ competency, label: textSchema.describe('Dimension name as the scorecard shows it: its competency’s `name`.'), ...dimensionRest }).strict())
    .min(1),
});

/**
 * The machine-readable ladder published at `/ladder.json`, described by `/ladder.schema.json`
 * (generated from this schema). Built from the same schemas as the content, so a change to the
 * content model changes the published contract with it.
 */
export const ladderExportSchema = z
  .object({
    $schema: z.string().describe('URL of the JSON Schema of this document.'),
    formatVersion: z.literal(2).describe('Version of this export format; it changes only when the shape breaks (2: `behaviours` became `behaviors` and provenance names sections).'),
    version: familySchema.shape.version.describe('Version of the framework (see the changelog).'),
    family: familySchema.describe('The job family as `family.yaml` has it: its name, description and version.'),
    tracks: z.array(trackSchema).describe('The tracks of the ladder, in the order of `tracks.yaml`.'),
    competencies: z.array(competencySchema).describe('The competencies every level is judged on, with the tracks each applies to and how (`trackFocus`).'),
    proficiencyScale: proficiencyScaleSchema.shape.steps.describe('The proficiency scale, lowest step first: what each value of an expectation’s `proficiency` means.'),
    levels: z.array(roleSchema.extend({ id: idSchema, url: z.string().describe('Page of the level.') })).describe('Every level (role) of the ladder, by track and rank.'),
    paths: z.array(pathSchema).describe('The feeder and adjacent paths: where people come from into the ladder and where they move to from it.'),
    sharedExpectations: z.array(sharedExpectationThemeSchema).describe('The themes everyone on the ladder shares; each level says what it means there, in its `sharedExpectations`.'),
    archetypes: z.array(archetypeSchema).describe('The usual shapes of impact at Staff and above.'),
    roleDescriptions: z
      .record(
        idSchema,
        z.object(Object.fromEntries(roleParts.map((part) => [part.key, (part.name === 'scorecards' ? exportedScorecardSchema : part.collection.schema).optional()]))).strict(),
      )
      .describe('Structured parts of the role descriptions, by role id.'),
    glossary: z.array(glossaryTermSchema).describe('The glossary’s terms.'),
    changelog: changelogSchema.shape.releases.describe('The releases of the framework, newest first, with their changes.'),
  })
  .strict();

export type LadderExport = z.infer<typeof ladderExportSchema>;

/** The JSON Schema (draft 2020-12) of the export, generated from the Zod schema. */
export function ladderJsonSchema(id: string): Record<string, unknown> {
  return { ...z.toJSONSchema(ladderExportSchema, { target: 'draft-2020-12', io: 'output' }), $id: id, title: 'ML engineering career ladder' };
}
