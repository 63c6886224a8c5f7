/**
 * The one module that reads the content collections. Pages and components ask it for sorted,
 * typed data and never call `getCollection` themselves.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { dataCollections } from '~/schemas/collections';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { termUsage, type PageRef } from '~/lib/glossary/terms';
import { inLadderOrder } from '~/lib/ladder/level-order';
import { competencyHref, docHref, expectationHref, kitHref, kpiHref, levelHref, scorecardDimensionHref, skillHref } from '~/lib/site/urls';
import { linkGoal, planOf } from '~/lib/onboarding/plan';

export type RoleEntry = CollectionEntry<'roles'>;
export type Competency = CollectionEntry<'competencies'>['data'];
export type Track = CollectionEntry<'tracks'>['data'];

export interface Level extends Omit<RoleEntry['data'], 'expectations'> {
  id: string;
  expectations: RoleEntry['data']['expectations'];
  href: string;
}

export async function getFamily() {
  const [family] = await getCollection('family');
  if (!family) throw new Error('content/family/family.yaml is missing');
  return family.data;
}

/**
 * Astro's content store sorts entries by id, so a list collection loses the order of its YAML file,
 * which is meaningful (tracks, the competencies as the scorecard lists them, feeders before adjacent
 * paths). This puts entries back in file order, reading only the ids from the file.
 */
function inFileOrder<T extends { id: string }>(collection: 'tracks' | 'competencies' | 'paths', entries: T[]): T[] {
  const source = dataCollections.find((c) => c.name === collection);
  if (!source || source.kind !== 'list') return entries;
  const list: unknown = parseYaml(readFileSync(source.file, 'utf8'));
  const ids = Array.isArray(list) ? list.map((item) => String((item as { id?: unknown })?.id)) : [];
  const position = (id: string) => (ids.includes(id) ? ids.indexOf(id) : ids.length);
  return [...entries].sort((a, b) => position(a.id) - position(b.id));
}

/** The tracks, in `tracks.yaml` order. */
export async function getTracks(): Promise<Track[]> {
  return inFileOrder('tracks', (await getCollection('tracks')).map((t) => t.data));
}

/** The competencies, in `competencies.yaml` order (the order of the interview scorecard). */
export async function getCompetencies(): Promise<Competency[]> {
  return inFileOrder('competencies', (await getCollection('competencies')).map((c) => c.data));
}

/** All levels, ordered by track (in `tracks.yaml` order) and rank. */
export async function getLevels(): Promise<Level[]> {
  const tracks = (await getTracks()).map((t) => t.id);
  return inLadderOrder(
    (await getCollection('roles')).map((r) => ({ ...r.data, id: r.id, href: levelHref(r.id) })),
    tracks,
  );
}

/** Feeder roles and adjacent paths, in `paths.yaml` order. */
export async function getPaths() {
  return inFileOrder('paths', (await getCollection('paths')).map((p) => p.data));
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

/* ---------- Career ladder (issue 4) ---------- */

export type Path = CollectionEntry<'paths'>['data'];

/** Everything the ladder pages need, read once per page: tracks, levels, competencies and paths in their order, with lookups. */
export interface Ladder {
  tracks: Track[];
  levels: Level[];
  competencies: Competency[];
  paths: Path[];
  /** Level ids in ladder order (track, then rank): the order of comparison pairs. */
  order: string[];
  level(id: string): Level;
  track(id: string): Track;
  competency(id: string): Competency;
  /** Levels of one track, by rank. */
  levelsOf(track: string): Level[];
}

let ladderCache: Promise<Ladder> | undefined;
/** The ladder, read once per build (in development, on every call, so edits show up). */
export function getLadder(): Promise<Ladder> {
  if (ladderCache && import.meta.env.PROD) return ladderCache;
  return (ladderCache = readLadder());
}

async function readLadder(): Promise<Ladder> {
  const [tracks, levels, competencies, paths] = await Promise.all([getTracks(), getLevels(), getCompetencies(), getPaths()]);
  const find = <T extends { id: string }>(list: T[], what: string) => (id: string) => {
    const found = list.find((x) => x.id === id);
    if (!found) throw new Error(`${what} \`${id}\` does not exist`);
    return found;
  };
  return {
    tracks,
    levels,
    competencies,
    paths,
    order: levels.map((l) => l.id),
    level: find(levels, 'level'),
    track: find(tracks, 'track'),
    competency: find(competencies, 'competency'),
    levelsOf: (track) => levels.filter((l) => l.track === track),
  };
}

/** Where people come from and go to, around one level. */
export function movesAround(ladder: Ladder, level: Level) {
  return {
    /** Levels whose usual next step is this one. */
    fromLevels: ladder.levels.filter((l) => l.nextLevels.includes(level.id)),
    feeders: ladder.paths.filter((p) => p.kind === 'feeder' && p.levels.includes(level.id)),
    toLevels: level.nextLevels.map(ladder.level),
    adjacent: ladder.paths.filter((p) => p.kind === 'adjacent' && p.levels.includes(level.id)),
  };
}

/** The scorecard dimension that assesses a competency, from the first role scorecard that has it. */
export async function getScorecardDimension(competency: string) {
  for (const s of await getCollection('scorecards')) {
    const d = s.data.dimensions.find((x) => x.competency === competency);
    if (d) return { ...d, role: s.id, href: scorecardDimensionHref(s.id, competency) };
  }
  return undefined;
}

/** The skills that feed a competency, with names and links to their anchors. */
export async function getCompetencySkills(competency: Competency) {
  const index = await getSkillIndex();
  const resolve = (ids: string[]) =>
    ids.map((id) => {
      const skill = index.get(id);
      if (!skill) throw new Error(`skill \`${id}\` of competency \`${competency.id}\` does not exist`);
      return { id, name: skill.name, href: skillHref(skill.role, id) };
    });
  return { technical: resolve(competency.technicalSkills), soft: resolve(competency.softSkills) };
}

/**
 * When the newest of these content files was last committed, for a generated page's "Last updated"
 * (Starlight takes it from git for content pages). Undefined outside a git checkout or for files
 * never committed. One `git log` per build answers for every file under content/.
 */
export function lastCommitted(files: string[]): Date | undefined {
  const dates = files.map((f) => commitDates().get(f)).filter((d): d is Date => d !== undefined);
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}
let commitDateCache: Map<string, Date> | undefined;
function commitDates(): Map<string, Date> {
  if (commitDateCache && import.meta.env.PROD) return commitDateCache;
  const dates = new Map<string, Date>();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    for (const commit of log.split('\0').slice(1)) {
      const [date, ...names] = commit.split('\n').map((l) => l.trim());
      for (const name of names) if (name && !dates.has(name)) dates.set(name, new Date(date!));
    }
  } catch {
    // Not a git checkout: pages simply show no date.
  }
  return (commitDateCache = dates);
}
export const roleFile = (id: string) => `content/roles/${id}/role.yaml`;

/**
 * A short example of an entry of any data collection, from the real content, with lists cut to
 * their first item. A `list` collection's example is a one-item list, as its file is.
 */
export async function getCollectionExample(name: string, kind: 'list' | 'document'): Promise<unknown> {
  const entries = await getCollection(name as 'roles');
  const first = entries.find((e) => e.id === 'lead-ml-engineer') ?? entries[0];
  if (!first) return undefined;
  const trim = (value: unknown, depth: number): unknown => {
    if (Array.isArray(value)) return value.slice(0, 1).map((v) => trim(v, depth + 1));
    if (value && typeof value === 'object') {
      const fields = Object.entries(value as Record<string, unknown>);
      // Maps keyed by ids (a level's expectations) keep one key, as lists keep one item.
      const keyedById = depth > 0 && fields.length > 3 && fields.every(([k]) => k.includes('-'));
      return Object.fromEntries((keyedById ? fields.slice(0, 1) : fields).map(([k, v]) => [k, trim(v, depth + 1)]));
    }
    return value;
  };
  const data = trim(first.data, 0) as object;
  return kind === 'list' ? [{ id: first.id, ...data }] : data;
}

/* ---------- Hiring guide (issue 5) ---------- */

type HiringData = CollectionEntry<'hiring'>['data'];
type ScorecardData = CollectionEntry<'scorecards'>['data'];
type Anchor = { rating: number; text: string };

/** A scorecard dimension with what the hiring guide shows about it. */
export interface HiringDimension {
  competency: string;
  label: string;
  weight: number;
  excellent: string;
  /** The calculator's anchors for the whole loop (`hiring.yaml` → `scorecardAnchors`). */
  anchors: Anchor[];
  /** The role's level expectations for this competency on the ladder. */
  expectationHref: string;
}

/** An exercise with its kit, its rubrics joined to the scorecard dimensions they rate. */
export interface HiringExercise extends Omit<HiringData['exercises'][number], 'kit'> {
  href: string;
  kit: Omit<HiringData['exercises'][number]['kit'], 'rubrics'> & {
    /** Sum of the timing plan’s segments. */
    plannedMinutes: number;
    rubrics: { dimension: HiringDimension; anchors: Anchor[] }[];
  };
}

export interface HiringGuide {
  role: string;
  level: { title: string; shortTitle: string; href: string };
  scale: ScorecardData['scale'];
  /** Highest `minScore` first. */
  bands: ScorecardData['bands'];
  dimensions: HiringDimension[];
  areas: HiringData['areas'];
  exercises: HiringExercise[];
  strongSignals: string[];
  weakSignals: string[];
  redFlags: HiringData['redFlags'];
}

/**
 * A role's hiring guide: its hiring data (assessment areas, exercises with kits, signals, red flags)
 * joined with its scorecard (scale, bands, weighted dimensions) and its level on the ladder. The
 * validator has already checked that every rubric rates a dimension of this scorecard on its scale.
 */
export async function getHiringGuide(role: string): Promise<HiringGuide> {
  const [hiring, scorecard, level] = await Promise.all([getRolePart('hiring', role), getRolePart('scorecards', role), getEntry('roles', role)]);
  if (!level) throw new Error(`No role.yaml for role "${role}"`);
  const dimensions: HiringDimension[] = scorecard.dimensions.map((d) => ({
    ...d,
    anchors: hiring.scorecardAnchors.find((a) => a.competency === d.competency)?.anchors ?? [],
    expectationHref: expectationHref(role, d.competency),
  }));
  const dimension = (competency: string, where: string) => {
    const found = dimensions.find((d) => d.competency === competency);
    if (!found) throw new Error(`${where}: \`${competency}\` is not a dimension of the ${role} scorecard`);
    return found;
  };
  return {
    role,
    level: { title: level.data.title, shortTitle: level.data.shortTitle, href: levelHref(role) },
    scale: [...scorecard.scale].sort((a, b) => a.rating - b.rating),
    bands: [...scorecard.bands].sort((a, b) => b.minScore - a.minScore),
    dimensions,
    areas: hiring.areas,
    exercises: hiring.exercises.map((x) => ({
      ...x,
      href: kitHref(x.id),
      kit: {
        ...x.kit,
        plannedMinutes: x.kit.timing.reduce((sum, s) => sum + s.minutes, 0),
        rubrics: x.kit.rubrics.map((r) => ({ dimension: dimension(r.competency, `exercise ${x.id}`), anchors: r.anchors })),
      },
    })),
    strongSignals: hiring.strongSignals,
    weakSignals: hiring.weakSignals,
    redFlags: hiring.redFlags,
  };
}

/** The changelog's releases, newest first. */
export async function getChangelog() {
  const [log] = await getCollection('changelog');
  return log?.data.releases ?? [];
}

/** The whole job family in the shape of `ladderExportSchema`, for `/ladder.json`. */
export async function getLadderExport(schemaUrl: string) {
  const roleParts = ['kpis', 'tools', 'technicalSkills', 'softSkills', 'scorecards', 'goals', 'hiring'] as const;
  const levels = await getLevels();
  const roleDescriptions: Record<string, Record<string, unknown>> = {};
  for (const part of roleParts)
    for (const entry of await getCollection(part)) {
      const key = part === 'scorecards' ? 'scorecard' : part;
      (roleDescriptions[entry.id] ??= {})[key] = entry.data;
    }
  return {
    $schema: schemaUrl,
    formatVersion: 1 as const,
    version: (await getFamily()).version,
    family: await getFamily(),
    tracks: await getTracks(),
    competencies: await getCompetencies(),
    levels: levels.map(({ href, ...level }) => ({ ...level, url: href })),
    paths: await getPaths(),
    roleDescriptions,
    glossary: await getGlossary(),
    changelog: await getChangelog(),
  };
}

/** When a level or competency last changed in substance, from the changelog. */
export async function getLastChange(subject: 'level' | 'competency', id: string) {
  const { lastChangeOf } = await import('~/lib/ladder/changelog');
  return lastChangeOf(await getChangelog(), subject, id);
}
