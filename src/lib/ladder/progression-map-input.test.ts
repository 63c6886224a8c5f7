import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'astro/zod';
import { progressionMapInput, type LadderForMap } from './progression-map-input';
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
