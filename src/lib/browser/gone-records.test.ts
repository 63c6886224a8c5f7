import { describe, expect, it } from 'vitest';
import type { RecordCollection } from './store';
import { goneRecords, partsOf, withRecordBack } from './gone-records';

const collections: RecordCollection[] = [
  { field: 'people', noun: 'person', plural: 'people', max: 5 },
  { field: 'notes', noun: 'note', plural: 'notes', max: 5 },
];
const [ada, bo, cy] = [{ id: 'ada', n: 1 }, { id: 'bo', n: 2 }, { id: 'cy', n: 3 }];

describe('records another tab deleted', () => {
  it('lists each record of a list or a map that is no longer there, with where it was', () => {
    const before = { people: [ada, bo, cy], notes: { x: 'one', y: 'two' }, other: [1] };
    const after = { people: [ada, cy], notes: { y: 'two' }, other: [] };
    expect(goneRecords(collections, before, after)).toEqual([
      { field: 'people', id: 'bo', at: 1, record: bo },
      { field: 'notes', id: 'x', at: 'x', record: 'one' },
    ]);
    expect(goneRecords(collections, before, before)).toEqual([]);
    expect(goneRecords(collections, before, {})).toHaveLength(5);
    expect(goneRecords(collections, null, after)).toEqual([]);
  });

  it('puts a record back where it was, and never over a record with its id', () => {
    const data = { people: [ada, cy], notes: { y: 'two' } };
    expect(withRecordBack(collections, data, { field: 'people', id: 'bo', at: 1, record: bo })).toEqual({ people: [ada, bo, cy], notes: { y: 'two' } });
    expect(withRecordBack(collections, data, { field: 'people', id: 'bo', at: 7, record: bo }).people).toEqual([ada, cy, bo]);
    expect(withRecordBack(collections, data, { field: 'notes', id: 'x', at: 'x', record: 'one' }).notes).toEqual({ y: 'two', x: 'one' });
    const changed = { ...cy, n: 9 };
    expect(withRecordBack(collections, data, { field: 'people', id: 'cy', at: 0, record: changed })).toBe(data);
    expect(withRecordBack(collections, { notes: {} }, { field: 'people', id: 'bo', at: 0, record: bo })).toEqual({ notes: {}, people: [bo] });
    expect(withRecordBack(collections, data, { field: 'unknown', id: 'bo', at: 0, record: bo })).toBe(data);
  });

  it('finds the records that are part of a deleted one (its reviews), to bring back with it, and no others', () => {
    const withParts: RecordCollection[] = [
      { field: 'checkIns', noun: 'check-in', plural: 'check-ins', max: 5 },
      { field: 'reviews', noun: 'review', plural: 'reviews', max: 5, partOf: { field: 'checkIns', by: 'checkIn' } },
    ];
    const checkIn = { id: 'c1' };
    const [ofIt, ofAnother] = [{ id: 'r1', checkIn: 'c1' }, { id: 'r2', checkIn: 'c2' }];
    const gone = goneRecords(withParts, { checkIns: [checkIn], reviews: [ofIt, ofAnother] }, { checkIns: [], reviews: [] });
    const parts = partsOf(withParts, gone[0]!, gone);
    expect(parts.map((g) => g.record)).toEqual([ofIt]);
    const back = [gone[0]!, ...parts].reduce((data, g) => withRecordBack(withParts, data, g), { checkIns: [] as unknown[], reviews: [ofAnother] as unknown[] });
    expect(back).toEqual({ checkIns: [checkIn], reviews: [ofIt, ofAnother] });
  });
});
