/**
 * The one module that reads the content collections. Pages and components ask it for sorted,
 * typed data and never call `getCollection` themselves.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { docHref, termUsage, type PageRef } from '~/lib/glossary';
import { linkGoal, planOf } from '~/lib/onboarding';

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

/* ---------- Glossary and onboarding (issue 7) ---------- */

/** Where the glossary lives; every term has the anchor `#<term-id>` there. */
export const glossaryPath = '/reference/glossary/';
export const glossaryHref = (termId: string) => `${glossaryPath}#${termId}`;
/** A row of a role's KPI table (the table rows carry these ids). */
export const kpiHref = (role: string, kpiId: string) => `/roles/${role}/kpis/#kpi-${kpiId}`;
/** A goal on the onboarding plan page. */
export const onboardingGoalHref = (goalId: string) => `/onboarding/plan/#goal-${goalId}`;

export type GlossaryTerm = CollectionEntry<'glossary'>['data'];

/** The glossary terms with these ids, sorted by name; an unknown id throws (the validator reports it first). */
export async function getGlossaryTerms(ids: readonly string[]): Promise<GlossaryTerm[]> {
  const glossary = await getGlossary();
  for (const id of ids) if (!glossary.some((t) => t.id === id)) throw new Error(`glossary term \`${id}\` does not exist (content/family/glossary.yaml)`);
  return glossary.filter((t) => ids.includes(t.id));
}

/** Every glossary term, sorted by name, with the pages whose `terms` frontmatter lists it. */
export async function getGlossaryWithUsage(): Promise<(GlossaryTerm & { usedOn: PageRef[] })[]> {
  const docs = (await getCollection('docs', (e) => !e.data.draft)).map((e) => ({ title: e.data.title, href: docHref(e.id), terms: e.data.terms }));
  docs.sort((a, b) => a.href.localeCompare(b.href));
  const usage = termUsage(docs);
  return (await getGlossary()).map((t) => ({ ...t, usedOn: usage.get(t.id) ?? [] }));
}

export type KpiMetric = CollectionEntry<'kpis'>['data']['metrics'][number];

/** A goal of a role's plan with its competencies and KPIs resolved to names and links. */
export interface LinkedGoal {
  id: string;
  text: string;
  details: string[];
  competencies: (Competency & { href: string })[];
  kpis: (KpiMetric & { href: string })[];
}
export interface OnboardingPhase {
  id: string;
  title: string;
  theme: string;
  goals: LinkedGoal[];
}

/** A role's goals by phase, linked to the competencies they build and the KPIs they move, plus the KPI table and success criteria. */
export async function getOnboardingPlan(role: string) {
  const goals = await getRolePart('goals', role);
  const { metrics } = await getRolePart('kpis', role);
  const competencies = (await getCompetencies()).map((c) => ({ ...c, href: competencyHref(c.id) }));
  const kpiTable = metrics.map((m) => ({ ...m, href: kpiHref(role, m.id) }));
  const phases: OnboardingPhase[] = goals.phases.map((phase) => ({
    id: phase.id,
    title: phase.title,
    theme: phase.theme,
    goals: phase.goals.map((g) => ({ id: g.id, text: g.text, details: g.details, ...linkGoal(g, competencies, kpiTable) })),
  }));
  return { phases, kpiTable, competencies, success: goals.success, highPerformance: goals.highPerformance, plan: planOf(goals) };
}

/** Every interview scorecard, with the id of the role it belongs to, in role-folder order. */
export async function getScorecards() {
  return (await getCollection('scorecards')).map((s) => ({ role: s.id, ...s.data }));
}
