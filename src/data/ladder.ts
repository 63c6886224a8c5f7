/**
 * The career ladder as the ladder pages use it: tracks, levels, competencies and paths in their
 * order, with lookups, read once per build; and what a level or competency page joins to it.
 */
import { lastChangeOf } from '~/lib/ladder/changelog';
import { snapshotChangeOf } from '~/lib/ladder/release-changes';
import { scorecardDimensionHref, skillHref } from '~/lib/site/urls';
import type { ProficiencyScale } from '~/schemas/family';
import {
  getChangelog,
  getCompetencies,
  getLevels,
  getPaths,
  getProficiencyScale,
  getScorecards,
  getSharedExpectationThemes,
  getSkillIndex,
  getTracks,
  type Competency,
  type SharedExpectationTheme,
  type Level,
  type Path,
  type Track,
} from './collections';
import { dataCollectionsByName, rolesBase } from '~/schemas/collections';
import { byId } from './lookup';
import { getReleasePages } from './releases';

/** Everything the ladder pages need, read once per page: tracks, levels, competencies and paths in their order, with lookups. */
export interface Ladder {
  tracks: Track[];
  levels: Level[];
  competencies: Competency[];
  paths: Path[];
  /** The proficiency scale's steps, lowest first. */
  scale: ProficiencyScale['steps'];
  /** The themes every level has a shared expectation for, in file order. */
  themes: SharedExpectationTheme[];
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
  const [tracks, levels, competencies, paths, { steps: scale }, themes] = await Promise.all([
    getTracks(),
    getLevels(),
    getCompetencies(),
    getPaths(),
    getProficiencyScale(),
    getSharedExpectationThemes(),
  ]);
  const find = <T extends { id: string }>(list: T[], what: string, file: string) => (id: string) => byId(list, what, id, { file });
  return {
    tracks,
    levels,
    competencies,
    paths,
    scale,
    themes,
    order: levels.map((l) => l.id),
    level: find(levels, 'level', rolesBase),
    track: find(tracks, 'track', dataCollectionsByName.tracks.file),
    competency: find(competencies, 'competency', dataCollectionsByName.competencies.file),
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
  for (const s of await getScorecards()) {
    const d = s.dimensions.find((x) => x.competency === competency);
    if (d) return { ...d, role: s.role, href: scorecardDimensionHref(s.role, competency) };
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
 * When a level or competency last changed in substance: from the changelog, or from the release
 * snapshots when a release changed it without listing a change for it.
 */
export async function getLastChange(subject: 'level' | 'competency', id: string) {
  const pages = new Map((await getReleasePages()).map((p) => [p.release.version, p]));
  return lastChangeOf(await getChangelog(), subject, id, (version) => {
    const page = pages.get(version);
    return page && snapshotChangeOf(page.diff, page.snapshot, subject, id);
  });
}
