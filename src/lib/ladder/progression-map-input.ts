/**
 * What the progression map is drawn from (`MapInput`), made from the ladder's data in one place:
 * ProgressionMap.astro draws the page's map from it, and the layouts' tests of the handbook's own
 * ladder check the input the page gets.
 */
import type { PathKind } from '../../schemas/family.ts';
import { levelHref, pathHref } from '../site/urls.ts';
import { nodeLabel, tracksInReadingOrder, type MapInput, type MapTrack } from './progression-map.ts';

/** The parts of the ladder (`getLadder()`, or the content as the validator reads it) that the map shows. */
export interface LadderForMap {
  /** In the ladder's order. */
  tracks: readonly MapTrack[];
  /** In ladder order (track, then rank). */
  levels: readonly { id: string; shortTitle: string; title: string; track: string; rank: number; nextLevels: readonly string[] }[];
  /** Feeder roles and adjacent paths, in `paths.yaml` order. */
  paths: readonly { id: string; name: string; kind: PathKind; levels: readonly string[] }[];
}

/**
 * The map's input: a level's node shows its short title, a path's node its name without
 * parenthetical qualifiers (`nodeLabel`); the full names are the nodes' tooltips.
 */
export function progressionMapInput(ladder: LadderForMap): MapInput {
  return {
    tracks: ladder.tracks.map(({ id, name }) => ({ id, name })),
    levels: ladder.levels.map((l) => ({ id: l.id, label: l.shortTitle, title: l.title, track: l.track, rank: l.rank, nextLevels: l.nextLevels, href: levelHref(l.id) })),
    paths: ladder.paths.map((p) => ({ id: p.id, label: nodeLabel(p.name), title: p.name, kind: p.kind, levels: p.levels, href: pathHref(p.id) })),
  };
}

/** The ids of the tracks with levels, in the order the map is read down (`tracksInReadingOrder`): the order the map in words lists them in. */
export const mapTrackOrder = (ladder: LadderForMap): string[] => tracksInReadingOrder(progressionMapInput(ladder)).map((t) => t.id);
