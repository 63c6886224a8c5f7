import { pathKinds } from '../../../../schemas/family.ts';
import { defineRule, entriesOf, reporter } from '../rule.ts';

/**
 * The progression map's own columns, beside one per track: one per kind of path (`feeder`, `adjacent`),
 * named after the kind (src/lib/ladder/progression-map*.ts), so read from the schema's list of kinds.
 */
const pathColumns: readonly string[] = pathKinds;

/**
 * Ids are unique per collection (duplicate-id), but the progression map draws levels and paths in one
 * drawing, where an arrow names its ends by id alone: a path that shares a level's id would send the
 * level's arrows to the wrong node without any error. Likewise its columns, tracks beside `feeder` and
 * `adjacent`: a track named like either would be laid out as the map's own column.
 */
export const mapNodeId = defineRule({
  id: 'map-node-id',
  description: `A path’s id (a feeder role or an adjacent path) is not also a level’s id, and a track’s id is not one of the progression map’s own columns (${pathColumns.map((c) => `\`${c}\``).join(', ')}): the map draws levels and paths as nodes of one drawing, and tracks as columns beside those, each known by its id alone.`,
  hint: 'Rename the path or the track (its `id`, and every reference to it) so that no level, path or map column shares it.',
  check(content) {
    const { problems, report } = reporter('map-node-id');
    const levels = new Map(entriesOf(content, 'roles').map((e) => [e.id, e.file]));
    for (const path of entriesOf(content, 'paths')) {
      const level = levels.get(path.id);
      if (level) report(path, ['id'], `path id \`${path.id}\` is also the id of the level in ${level}: the progression map would draw both as one node`, { expected: 'an id no level has', found: `\`${path.id}\`` });
    }
    for (const track of entriesOf(content, 'tracks'))
      if (pathColumns.includes(track.id))
        report(track, ['id'], `track id \`${track.id}\` is the id the progression map gives its column of \`${track.id}\` paths`, { expected: `an id other than ${pathColumns.map((c) => `\`${c}\``).join(' or ')}`, found: `\`${track.id}\`` });
    return problems;
  },
});
