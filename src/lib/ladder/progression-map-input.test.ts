import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'astro/zod';
import { mapTrackOrder, progressionMapInput, type LadderForMap } from './progression-map-input';
import { layoutNarrowProgressionMap } from './progression-map-narrow';
import type { EdgeKind, MapPath, NodeKind } from './progression-map';
import type { pathSchema } from '../../schemas/family';
import { levelHref, pathHref } from '../site/urls';

describe('progressionMapInput', () => {
  const input = progressionMapInput({
    tracks: [{ id: 'ic', name: 'Individual contributor' }],
    levels: [{ id: 'lead', shortTitle: 'Lead', title: 'Lead Engineer', track: 'ic', rank: 1, nextLevels: [] }],
    paths: [{ id: 'swe', name: 'Software Engineer (Backend) with ML exposure', kind: 'feeder', levels: ['lead'] }],
  });

  it('labels a level with its short title and keeps its full title for the tooltip', () => {
    expect(input.levels).toEqual([{ id: 'lead', label: 'Lead', title: 'Lead Engineer', track: 'ic', rank: 1, nextLevels: [], href: levelHref('lead') }]);
  });

  it('labels a path without its parenthetical qualifiers and keeps its full name for the tooltip', () => {
    expect(input.paths).toEqual([{ id: 'swe', label: 'Software Engineer with ML exposure', title: 'Software Engineer (Backend) with ML exposure', kind: 'feeder', levels: ['lead'], href: pathHref('swe') }]);
  });

  it('takes the kinds of path from the schema that validates paths.yaml, for its input and for the map’s nodes and arrows', () => {
    type SchemaKind = z.infer<typeof pathSchema>['kind'];
    expectTypeOf<LadderForMap['paths'][number]['kind']>().toEqualTypeOf<SchemaKind>();
    expectTypeOf<MapPath['kind']>().toEqualTypeOf<SchemaKind>();
    expectTypeOf<NodeKind>().toEqualTypeOf<'level' | SchemaKind>();
    expectTypeOf<EdgeKind>().toEqualTypeOf<'next' | SchemaKind>();
  });
});

describe('mapTrackOrder', () => {
  // Listed in one order in the data; the third track is entered lower down the first than the second.
  const level = (id: string, track: string, rank: number, nextLevels: string[] = []) => ({ id, shortTitle: id, title: id, track, rank, nextLevels });
  const ladder: LadderForMap = {
    tracks: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C' },
      { id: 'empty', name: 'Empty' },
    ],
    levels: [level('a1', 'a', 1, ['a2', 'c1']), level('a2', 'a', 2, ['a3']), level('a3', 'a', 3, ['b1']), level('b1', 'b', 1), level('c1', 'c', 1)],
    paths: [],
  };

  it('lists the tracks with levels in the order the map is read down, a track after the one it is entered from, not in file order', () => {
    expect(mapTrackOrder(ladder)).toEqual(['a', 'c', 'b']);
  });

  it('is the order of the narrow map’s track columns, so the map in words follows the drawing', () => {
    const columns = layoutNarrowProgressionMap(progressionMapInput(ladder)).columns.map((c) => c.id);
    expect(columns.filter((c) => ladder.tracks.some((t) => t.id === c))).toEqual(mapTrackOrder(ladder));
  });
});
