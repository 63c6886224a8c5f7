/**
 * The one module that reads the content collections. Pages and components ask it for sorted,
 * typed data and never call `getCollection` themselves.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type RoleEntry = CollectionEntry<'roles'>;
export type Competency = CollectionEntry<'competencies'>['data'];
export type Track = CollectionEntry<'tracks'>['data'];

export interface Level extends Omit<RoleEntry['data'], 'expectations'> {
  id: string;
  expectations: RoleEntry['data']['expectations'];
  href: string;
}

export const levelHref = (id: string) => `/ladder/levels/${id}/`;
export const competencyHref = (id: string) => `/ladder/competencies/${id}/`;

export async function getFamily() {
  const [family] = await getCollection('family');
  if (!family) throw new Error('content/family/family.yaml is missing');
  return family.data;
}

export async function getTracks(): Promise<Track[]> {
  return (await getCollection('tracks')).map((t) => t.data);
}

export async function getCompetencies(): Promise<Competency[]> {
  return (await getCollection('competencies')).map((c) => c.data);
}

/** All levels, ordered by track (in `tracks.yaml` order) and rank. */
export async function getLevels(): Promise<Level[]> {
  const tracks = (await getTracks()).map((t) => t.id);
  return (await getCollection('roles'))
    .map((r) => ({ ...r.data, id: r.id, href: levelHref(r.id) }))
    .sort((a, b) => tracks.indexOf(a.track) - tracks.indexOf(b.track) || a.rank - b.rank);
}

export async function getPaths() {
  return (await getCollection('paths')).map((p) => p.data);
}

export async function getGlossary() {
  return (await getCollection('glossary')).map((g) => g.data).sort((a, b) => a.term.localeCompare(b.term));
}

type RoleDocument = 'kpis' | 'tools' | 'technicalSkills' | 'softSkills' | 'scorecards' | 'goals' | 'hiring';

/** A structured part of a role description (`content/roles/<role>/<part>.yaml`); throws when it is missing. */
export async function getRolePart<C extends RoleDocument>(collection: C, role: string): Promise<CollectionEntry<C>['data']> {
  const entry = await getEntry(collection, role);
  if (!entry) throw new Error(`No ${collection} data for role "${role}" (content/roles/${role}/)`);
  return entry.data as CollectionEntry<C>['data'];
}

/** Technical and soft skills of every role, by id, for linking competencies to the skills that feed them. */
export async function getSkillIndex() {
  const index = new Map<string, { name: string; kind: 'technical' | 'soft'; role: string }>();
  for (const e of await getCollection('technicalSkills')) for (const s of e.data.skills) index.set(s.id, { name: s.name, kind: 'technical', role: e.id });
  for (const e of await getCollection('softSkills')) for (const s of e.data.skills) index.set(s.id, { name: s.name, kind: 'soft', role: e.id });
  return index;
}
