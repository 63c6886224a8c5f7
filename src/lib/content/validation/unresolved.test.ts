import { describe, expect, it } from 'vitest';
import type { DataCollectionName } from '../../../schemas/collections';
import type { Entry, LoadedContent } from './load';
import { gapFilledBy, mayBeMeantBy, misspelledDefinitions, unresolved } from './unresolved';

describe('gapFilledBy', () => {
  it('finds a gap in a track’s ranks that a level of a misspelled track fills', () => {
    expect(gapFilledBy([1, 3, 4], [2])).toBe(true);
    expect(gapFilledBy([2, 3], [1])).toBe(true);
  });

  it('finds none when the loose level’s rank is not missing, or lies above the track', () => {
    expect(gapFilledBy([1, 2, 3], [2])).toBe(false);
    expect(gapFilledBy([1, 3], [5])).toBe(false);
    expect(gapFilledBy([1, 2], [])).toBe(false);
  });
});

describe('mayBeMeantBy', () => {
  const known = ['design', 'delivery', 'people'];
  it('says an id may be what a misspelled one near it meant', () => {
    expect(mayBeMeantBy('design', new Set(['desgin']), known)).toBe(true);
  });

  it('says an id is not, when the misspelled one is nearer another id', () => {
    expect(mayBeMeantBy('design', new Set(['delivry']), known)).toBe(false);
  });

  it('says any id may be, when the misspelled one is near none', () => {
    expect(mayBeMeantBy('people', new Set(['something-else']), known)).toBe(true);
  });

  it('says none is, when nothing is misspelled', () => {
    expect(mayBeMeantBy('design', new Set(), known)).toBe(false);
  });
});

describe('misspelledDefinitions', () => {
  it('pairs a definition no reference names with the undefined id that several references name, one or two edits away', () => {
    expect(misspelledDefinitions(['desgin', 'delivery'], ['design', 'design', 'delivery'])).toEqual(new Map([['desgin', 'design']]));
  });

  it('pairs short ids too, such as a track `ic` defined as `icc`', () => {
    expect(misspelledDefinitions(['icc'], ['ic', 'ic'])).toEqual(new Map([['icc', 'ic']]));
  });

  it('blames no definition for an id one reference names: that reference is as likely the typo', () => {
    expect(misspelledDefinitions(['desgin'], ['design'])).toEqual(new Map());
  });

  it('blames no definition that something references, nor one far from the undefined id', () => {
    expect(misspelledDefinitions(['desgin'], ['design', 'design', 'desgin'])).toEqual(new Map());
    expect(misspelledDefinitions(['operations'], ['design', 'design'])).toEqual(new Map());
  });
});

describe('unresolved: misspelled definitions and the changelog', () => {
  /** An entry as the loader gives it, without the YAML source (these checks only read the data). */
  const entry = (collection: DataCollectionName, id: string, data: unknown): Entry =>
    ({ collection, id, file: `${collection}/${id}.yaml`, data, valid: true, pathPrefix: [] }) as unknown as Entry;
  /** A ladder that removed level `staff` and competency `design` (the 1.0.0 snapshot holds them), and added `stafff` and `desig`, referenced nowhere. */
  const ladder = (changes: { subject: string; id: string }[]) =>
    ({
      entries: [
        entry('tracks', 'ic', { id: 'ic' }),
        entry('competencies', 'desig', { id: 'desig' }),
        entry('roles', 'senior', { track: 'ic', rank: 1, expectations: {} }),
        entry('roles', 'stafff', { track: 'ic', rank: 2, expectations: {} }),
        entry('releases', '1.0.0', { version: '1.0.0', levels: [{ id: 'senior' }, { id: 'staff' }], competencies: [{ id: 'design' }] }),
        entry('changelog', 'changelog', { releases: [{ changes }] }),
      ],
      pages: [],
      files: [],
      unreadable: new Set(),
      unreadableFiles: new Set(),
    }) as unknown as LoadedContent;

  it('does not read a removed level or competency the changelog names twice as the id a new definition near it misspelled', () => {
    const { misspelled } = unresolved(
      ladder([
        { subject: 'level', id: 'staff' },
        { subject: 'level', id: 'staff' },
        { subject: 'competency', id: 'design' },
        { subject: 'competency', id: 'design' },
      ]),
    );
    expect(misspelled.levels).toEqual(new Map());
    expect(misspelled.competencies).toEqual(new Map());
  });

  it('still reads an id the changelog names twice and no snapshot holds as one a definition misspelled', () => {
    const { misspelled } = unresolved(
      ladder([
        { subject: 'level', id: 'stff' },
        { subject: 'level', id: 'stff' },
      ]),
    );
    expect(misspelled.levels).toEqual(new Map([['stafff', 'stff']]));
  });
});
