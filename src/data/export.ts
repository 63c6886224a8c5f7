/** The whole job family as data, in the shape of `ladderExportSchema`, for `/ladder.json`. */
import { roleParts } from '~/schemas/collections';
import { getArchetypes, getChangelog, getCompetencies, getFamily, getGlossary, getLevels, getPaths, getProficiencyScale, getRoleParts, getScorecards, getSharedExpectationThemes, getTracks } from './collections';

/** `schemaUrl`: where `/ladder.schema.json` is published. */
export async function getLadderExport(schemaUrl: string) {
  const roleDescriptions: Record<string, Record<string, unknown>> = {};
  for (const part of roleParts) for (const { role, data } of await getRoleParts(part.name)) (roleDescriptions[role] ??= {})[part.key] = data;
  // A scorecard's dimensions carry their names (their competencies'), as the export has always given them.
  const scorecardKey = roleParts.find((p) => p.name === 'scorecards')!.key;
  for (const { role, ...scorecard } of await getScorecards())
    roleDescriptions[role]![scorecardKey] = { ...scorecard, dimensions: scorecard.dimensions.map(({ competency, label, ...rest }) => ({ competency, label, ...rest })) };
  const family = await getFamily();
  return {
    $schema: schemaUrl,
    formatVersion: 2 as const,
    version: family.version,
    family,
    tracks: await getTracks(),
    competencies: await getCompetencies(),
    proficiencyScale: (await getProficiencyScale()).steps,
    levels: (await getLevels()).map(({ href, ...level }) => ({ ...level, url: href })),
    paths: await getPaths(),
    sharedExpectations: await getSharedExpectationThemes(),
    archetypes: await getArchetypes(),
    roleDescriptions,
    glossary: await getGlossary(),
    changelog: await getChangelog(),
  };
}
