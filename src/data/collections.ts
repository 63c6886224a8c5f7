/**
 * Reads the content collections: every other module of src/data, and through them the pages and
 * components, get their entries here, sorted and typed. Pages and components never call
 * `getCollection` themselves.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readContent } from '~/lib/content/validation/content-reading';
import { dataCollectionsByName, documentFile, rolePartFile, rolesBase, type RolePartName } from '~/schemas/collections';
import { inLadderOrder } from '~/lib/ladder/level-order';
import { levelHref } from '~/lib/site/urls';
import { throwUnknownId } from './lookup';
import { withDimensionNames, type NamedDimension } from '~/lib/hiring/dimension-names';

export type RoleEntry = CollectionEntry<'roles'>;
export type Competency = CollectionEntry<'competencies'>['data'];
export type Track = CollectionEntry<'tracks'>['data'];
export type Path = CollectionEntry<'paths'>['data'];
export type GlossaryTerm = CollectionEntry<'glossary'>['data'];
export type SharedExpectationTheme = CollectionEntry<'sharedExpectations'>['data'];
export type Archetype = CollectionEntry<'archetypes'>['data'];
export type KpiMetric = CollectionEntry<'kpis'>['data']['metrics'][number];

export interface Level extends Omit<RoleEntry['data'], 'expectations'> {
  id: string;
  expectations: RoleEntry['data']['expectations'];
  href: string;
}

export async function getFamily() {
  const [family] = await getCollection('family');
  if (!family) throw new Error(`${documentFile(dataCollectionsByName.family, '')} is missing`);
  return family.data;
}

/** The proficiency scale, lowest step first (`content/family/proficiency-scale.yaml`). */
export async function getProficiencyScale() {
  const [scale] = await getCollection('proficiencyScale');
  if (!scale) throw new Error(`${documentFile(dataCollectionsByName.proficiencyScale, '')} is missing`);
  return scale.data;
}

/**
 * Astro's content store sorts entries by id, so a list collection loses the order of its YAML file,
 * which is meaningful (tracks, the competencies as the scorecard lists them, feeders before adjacent
 * paths). This puts entries back in file order, the order of the build's reading of the content.
 */
function inFileOrder<T extends { id: string }>(collection: OrderedCollection, entries: T[]): T[] {
  const ids = fileOrder(collection);
  const position = (id: string) => (ids.includes(id) ? ids.indexOf(id) : ids.length);
  return [...entries].sort((a, b) => position(a.id) - position(b.id));
}

type OrderedCollection = 'tracks' | 'competencies' | 'paths' | 'sharedExpectations' | 'archetypes';
const fileOrderCache = new Map<OrderedCollection, string[]>();
/**
 * The ids of a list collection in file order. A build asks once (pages ask for these lists hundreds
 * of times); the dev server asks the reading every time, as a file may have changed.
 */
function fileOrder(collection: OrderedCollection): string[] {
  const cached = fileOrderCache.get(collection);
  if (cached && import.meta.env.PROD) return cached;
  const ids = readContent(process.cwd())
    .entries.filter((e) => e.collection === collection)
    .map((e) => e.id);
  fileOrderCache.set(collection, ids);
  return ids;
}

/** The tracks, in `tracks.yaml` order. */
export async function getTracks(): Promise<Track[]> {
  return inFileOrder('tracks', (await getCollection('tracks')).map((t) => t.data));
}

/** The competencies, in `competencies.yaml` order (the order of the interview scorecard). */
export async function getCompetencies(): Promise<Competency[]> {
  return inFileOrder('competencies', (await getCollection('competencies')).map((c) => c.data));
}

/** All levels, in ladder order (track, then rank). */
export async function getLevels(): Promise<Level[]> {
  const tracks = (await getTracks()).map((t) => t.id);
  return inLadderOrder(
    (await getCollection('roles')).map((r) => ({ ...r.data, id: r.id, href: levelHref(r.id) })),
    tracks,
  );
}

/** Feeder roles and adjacent paths, in `paths.yaml` order. */
export async function getPaths(): Promise<Path[]> {
  return inFileOrder('paths', (await getCollection('paths')).map((p) => p.data));
}

/** The themes everyone on the ladder shares (inclusion, psychological safety…), in file order. */
export async function getSharedExpectationThemes(): Promise<SharedExpectationTheme[]> {
  return inFileOrder('sharedExpectations', (await getCollection('sharedExpectations')).map((t) => t.data));
}

/** The Staff+ archetypes, in file order. */
export async function getArchetypes(): Promise<Archetype[]> {
  return inFileOrder('archetypes', (await getCollection('archetypes')).map((a) => a.data));
}

/** The glossary, sorted by term. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((g) => g.data).sort((a, b) => a.term.localeCompare(b.term));
}

/**
 * A structured part of a role description (`content/roles/<role>/<part>.yaml`); throws when it is
 * missing, with the validator's problem when `role` names no level.
 */
export async function getRolePart<C extends RolePartName>(collection: C, role: string): Promise<CollectionEntry<C>['data']> {
  const entry = await getEntry(collection, role);
  if (!entry) {
    const levels = (await getCollection('roles')).map((r) => r.id);
    if (!levels.includes(role)) throwUnknownId('level', role, levels, { file: rolesBase });
    throw new Error(`No ${collection} data for role "${role}" (${rolePartFile(collection, role)})`);
  }
  return entry.data as CollectionEntry<C>['data'];
}

/** Every entry of one part of the role descriptions, with the id of its role, in role-folder order. */
export async function getRoleParts<C extends RolePartName>(collection: C): Promise<{ role: string; data: CollectionEntry<C>['data'] }[]> {
  return (await getCollection(collection)).map((e) => ({ role: e.id, data: e.data as CollectionEntry<C>['data'] }));
}

/** A role's interview scorecard, with the id of its role; each dimension shows its competency's name. */
export type Scorecard = Omit<CollectionEntry<'scorecards'>['data'], 'dimensions'> & {
  role: string;
  dimensions: NamedDimension<CollectionEntry<'scorecards'>['data']['dimensions'][number]>[];
};

const named = (role: string, data: CollectionEntry<'scorecards'>['data'], competencies: readonly Competency[]): Scorecard => ({
  role,
  ...data,
  dimensions: withDimensionNames(data.dimensions, competencies, rolePartFile('scorecards', role)),
});

/** A role's interview scorecard, its dimensions named by their competencies; throws when the role has none. */
export async function getScorecard(role: string): Promise<Scorecard> {
  const [data, competencies] = await Promise.all([getRolePart('scorecards', role), getCompetencies()]);
  return named(role, data, competencies);
}

/** Every interview scorecard, its dimensions named by their competencies, in role-folder order. */
export async function getScorecards(): Promise<Scorecard[]> {
  const [parts, competencies] = await Promise.all([getRoleParts('scorecards'), getCompetencies()]);
  return parts.map(({ role, data }) => named(role, data, competencies));
}

/** Technical and soft skills of every role, by id, for linking competencies to the skills that feed them. */
export async function getSkillIndex() {
  const index = new Map<string, { name: string; kind: 'technical' | 'soft'; role: string }>();
  for (const e of await getRoleParts('technicalSkills')) for (const s of e.data.skills) index.set(s.id, { name: s.name, kind: 'technical', role: e.role });
  for (const e of await getRoleParts('softSkills')) for (const s of e.data.skills) index.set(s.id, { name: s.name, kind: 'soft', role: e.role });
  return index;
}

/** The changelog's releases, newest first. */
export async function getChangelog() {
  const [log] = await getCollection('changelog');
  return log?.data.releases ?? [];
}
