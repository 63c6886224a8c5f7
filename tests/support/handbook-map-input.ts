import type { Role } from '../../src/schemas/role.ts';
import { loadContent } from '../../src/lib/content/validation/load.ts';
import { inLadderOrder } from '../../src/lib/ladder/level-order.ts';
import { progressionMapInput, type LadderForMap } from '../../src/lib/ladder/progression-map-input.ts';
import type { MapInput } from '../../src/lib/ladder/progression-map.ts';
import { repoRoot } from './repo.ts';

/**
 * The progression map's input for the handbook's own ladder, as the map page gets it: the content
 * read as the validator reads it, in the order of `getLadder()` (tracks and paths in file order,
 * levels in ladder order), through the page's own `progressionMapInput`.
 */
export function handbookMapInput(): MapInput {
  const { entries } = loadContent(repoRoot);
  const of = (c: string) => entries.filter((e) => e.collection === c);
  const tracks = of('tracks').map((t) => t.data as LadderForMap['tracks'][number]);
  return progressionMapInput({
    tracks,
    levels: inLadderOrder(
      of('roles').map((r) => ({ ...(r.data as Role), id: r.id })),
      tracks.map((t) => t.id),
    ),
    paths: of('paths').map((p) => p.data as LadderForMap['paths'][number]),
  });
}
