import type { z } from 'astro/zod';
import { archetypeSchema, competencySchema, familySchema, glossaryTermSchema, pathSchema, proficiencyScaleSchema, sharedExpectationThemeSchema, trackSchema } from './family.ts';
import { roleSchema } from './role.ts';
import { changelogSchema } from './changelog.ts';
import { releaseSnapshotSchema } from './release.ts';
import { readerWordSchema } from './search.ts';
import { sourceDeparturesSchema } from './sources.ts';
import {
  goalsSchema,
  hiringSchema,
  kpiFrameworkSchema,
  scorecardSchema,
  softSkillsSchema,
  technicalSkillsSchema,
  toolsSchema,
} from './role-description.ts';

/**
 * Every data collection of the handbook, in one table, so that Astro's content config and the
 * validator (scripts/validate.ts) read the same files with the same schemas.
 *
 * - `list`: one YAML file holding an array of entries, each with its own `id`.
 * - `document`: one entry per file; the id is the name of the folder that holds the file
 *   (`content/roles/lead-ml-engineer/kpis.yaml` has id `lead-ml-engineer`).
 */
export type DataCollection =
  | { name: string; kind: 'list'; file: string; schema: z.ZodTypeAny; title: string }
  | { name: string; kind: 'document'; base: string; pattern: string; schema: z.ZodTypeAny; title: string };

export const dataCollectionsByName = {
  family: { name: 'family', kind: 'document', base: 'content', pattern: 'family/family.yaml', schema: familySchema, title: 'Job family' },
  tracks: { name: 'tracks', kind: 'list', file: 'content/family/tracks.yaml', schema: trackSchema, title: 'Tracks' },
  competencies: { name: 'competencies', kind: 'list', file: 'content/family/competencies.yaml', schema: competencySchema, title: 'Competencies' },
  proficiencyScale: { name: 'proficiencyScale', kind: 'document', base: 'content', pattern: 'family/proficiency-scale.yaml', schema: proficiencyScaleSchema, title: 'Proficiency scale' },
  paths: { name: 'paths', kind: 'list', file: 'content/family/paths.yaml', schema: pathSchema, title: 'Feeder roles and adjacent paths' },
  changelog: { name: 'changelog', kind: 'document', base: 'content', pattern: 'family/changelog.yaml', schema: changelogSchema, title: 'Changelog' },
  releases: { name: 'releases', kind: 'document', base: 'content/family/releases', pattern: '*.yaml', schema: releaseSnapshotSchema, title: 'Release snapshot' },
  sharedExpectations: { name: 'sharedExpectations', kind: 'list', file: 'content/family/shared-expectations.yaml', schema: sharedExpectationThemeSchema, title: 'Shared expectations (themes everyone shares)' },
  archetypes: { name: 'archetypes', kind: 'list', file: 'content/family/archetypes.yaml', schema: archetypeSchema, title: 'Staff+ archetypes' },
  glossary: { name: 'glossary', kind: 'list', file: 'content/family/glossary.yaml', schema: glossaryTermSchema, title: 'Glossary' },
  roles: { name: 'roles', kind: 'document', base: 'content/roles', pattern: '*/role.yaml', schema: roleSchema, title: 'Role (a level of the ladder)' },
  kpis: { name: 'kpis', kind: 'document', base: 'content/roles', pattern: '*/kpis.yaml', schema: kpiFrameworkSchema, title: 'KPI framework' },
  tools: { name: 'tools', kind: 'document', base: 'content/roles', pattern: '*/tools.yaml', schema: toolsSchema, title: 'Tools, platforms and software' },
  technicalSkills: { name: 'technicalSkills', kind: 'document', base: 'content/roles', pattern: '*/technical-skills.yaml', schema: technicalSkillsSchema, title: 'Technical skills' },
  softSkills: { name: 'softSkills', kind: 'document', base: 'content/roles', pattern: '*/soft-skills.yaml', schema: softSkillsSchema, title: 'Soft skills' },
  scorecards: { name: 'scorecards', kind: 'document', base: 'content/roles', pattern: '*/scorecard.yaml', schema: scorecardSchema, title: 'Interview scorecard' },
  goals: { name: 'goals', kind: 'document', base: 'content/roles', pattern: '*/goals.yaml', schema: goalsSchema, title: 'Goals and milestones' },
  hiring: { name: 'hiring', kind: 'document', base: 'content/roles', pattern: '*/hiring.yaml', schema: hiringSchema, title: 'Hiring evaluation' },
  sourceDepartures: { name: 'sourceDepartures', kind: 'document', base: 'content', pattern: 'sources/departures.yaml', schema: sourceDeparturesSchema, title: 'Departures from the role descriptions as received' },
  readerWords: { name: 'readerWords', kind: 'list', file: 'content/search/reader-words.yaml', schema: readerWordSchema, title: 'Readers’ words and phrases (the search’s thesaurus)' },
} as const satisfies Record<string, DataCollection>;

/** The same collections as a list, in reading order. */
export const dataCollections = Object.values(dataCollectionsByName);

export type DataCollectionName = keyof typeof dataCollectionsByName;

/** Where the levels live: one folder per role, `content/roles/<role>/`, with its `role.yaml`. */
export const rolesBase = dataCollectionsByName.roles.base;

/** The collections of a role's folder other than `role.yaml`: the structured parts of its role description. */
export type RolePartName = Exclude<
  { [K in DataCollectionName]: (typeof dataCollectionsByName)[K] extends { base: typeof rolesBase } ? K : never }[DataCollectionName],
  'roles'
>;

/** A structured part of a role description, with the key that names it in `/ladder.json` (its file name in camel case). */
export interface RolePart {
  name: RolePartName;
  key: string;
  collection: Extract<DataCollection, { kind: 'document' }>;
}

/** The parts of a role description, in reading order: `kpis.yaml` → key `kpis`, `technical-skills.yaml` → `technicalSkills`. */
export const roleParts: readonly RolePart[] = Object.values(dataCollectionsByName)
  .filter((c): c is Extract<(typeof dataCollectionsByName)[RolePartName], { kind: 'document' }> => c.kind === 'document' && c.base === rolesBase && c.name !== 'roles')
  .map((c) => ({
    name: c.name,
    key: c.pattern.replace(/^\*\//, '').replace(/\.yaml$/, '').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
    collection: c,
  }));

/** The file of a `document` entry: `documentFile(dataCollectionsByName.roles, 'lead-ml-engineer')` is `content/roles/lead-ml-engineer/role.yaml`. */
export function documentFile(c: { base: string; pattern: string }, id: string): string {
  return `${c.base}/${c.pattern.replace('*', id)}`;
}

/** Where a collection's entries are: a list's file, or a document's path pattern, with `*` for each entry's folder. */
export const collectionPath = (c: DataCollection): string => (c.kind === 'list' ? c.file : `${c.base}/${c.pattern}`);

/** The id of a `document` entry: the folder that holds it, relative to its base. */
export function documentId(relativePath: string): string {
  const parts = relativePath.split('/');
  return parts.length > 1 ? parts[parts.length - 2]! : parts[0]!.replace(/\.ya?ml$/, '');
}

/** The changelog's file (a document without an id in its path): `content/family/changelog.yaml`. */
export const changelogFile = documentFile(dataCollectionsByName.changelog, '');

/** A level's file: `content/roles/<id>/role.yaml`. */
export const roleFile = (id: string): string => documentFile(dataCollectionsByName.roles, id);

/** A structured part of a role's description: `rolePartFile('kpis', 'lead-ml-engineer')` is `content/roles/lead-ml-engineer/kpis.yaml`. */
export const rolePartFile = (part: RolePartName, role: string): string => documentFile(dataCollectionsByName[part], role);
