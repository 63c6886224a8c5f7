/**
 * A small synthetic ladder for the progression map's layout tests, wide and narrow: shaped like the
 * handbook's (two tracks, a move from one into the other, feeder roles into the first, adjacent
 * paths out of it), with two path names long enough to wrap (one with a slash and a hyphen to break
 * at). Also the helpers that build its levels and paths, and the geometry checks both layouts use.
 */
import { levelHref, pathHref } from '../../src/lib/site/urls.ts';
import type { MapInput, MapLevel, MapNode, MapPath } from '../../src/lib/ladder/progression-map.ts';

/** A level whose label is its id. */
export const mapLevel = (id: string, track: string, rank: number, nextLevels: string[] = []): MapLevel => ({
  id,
  label: id,
  title: `The ${id} level`,
  track,
  rank,
  nextLevels,
  href: levelHref(id),
});

/** A feeder role or adjacent path, labelled `<id> path` unless given a label. */
export const mapPath = (id: string, kind: MapPath['kind'], levels: string[], label = `${id} path`): MapPath => ({ id, label, kind, levels, href: pathHref(id) });

export const sampleLadder: MapInput = {
  tracks: [
    { id: 'ic', name: 'Individual contributor' },
    { id: 'mgmt', name: 'Management' },
  ],
  levels: [
    mapLevel('senior', 'ic', 1, ['lead']),
    mapLevel('lead', 'ic', 2, ['staff', 'manager']),
    mapLevel('staff', 'ic', 3),
    mapLevel('manager', 'mgmt', 1, ['director']),
    mapLevel('director', 'mgmt', 2),
  ],
  paths: [
    mapPath('swe', 'feeder', ['senior', 'lead'], 'Senior Software Engineer with ML production exposure'),
    mapPath('scientist', 'feeder', ['lead']),
    mapPath('sre', 'adjacent', ['lead', 'staff']),
    mapPath('security', 'adjacent', ['lead', 'staff'], 'Security/Privacy-focused ML engineering'),
  ],
};

/** Whether two nodes' boxes overlap (touching edges do not). */
export const overlaps = (a: MapNode, b: MapNode) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether a point lies on the border of a node's box. */
export const onBorder = (n: MapNode, p: { x: number; y: number }) =>
  ((p.x === n.x || p.x === n.x + n.width) && p.y >= n.y && p.y <= n.y + n.height) ||
  ((p.y === n.y || p.y === n.y + n.height) && p.x >= n.x && p.x <= n.x + n.width);
