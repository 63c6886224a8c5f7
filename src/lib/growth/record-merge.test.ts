import { describe, expect, it } from 'vitest';
import { changesNothing, mergeRecord, previewText } from './record-merge';
import { checkIn, entry, record, review } from '../../../tests/support/growth-record.fixture';

const stored = record('r', { name: 'Ada', checkIns: [checkIn('c1', '2025-01-01', 'x1', { a: 'meets' })], evidence: [entry('e1', '2025-01-01', ['a'])] });

describe('merging a file into the same person’s record', () => {
  it('adds what is new, takes the file’s version of what changed, and keeps what only the browser has', () => {
    const incoming = record('r', {
      target: 'x2',
      checkIns: [checkIn('c1', '2025-01-01', 'x1', { a: 'exceeds' }), checkIn('c2', '2025-04-01', 'x1', {})],
      reviews: [review('v', 'c2', { a: 'meets' })],
    });
    const merged = mergeRecord(stored, incoming);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(merged.record).toMatchObject({ name: 'Ada', target: 'x2' });
    expect(merged.record.checkIns.map((c) => [c.id, c.competencies['a']?.rating])).toEqual([
      ['c1', 'exceeds'],
      ['c2', undefined],
    ]);
    expect(merged.record.evidence).toEqual(stored.evidence);
    expect(merged.preview).toMatchObject({ checkIns: { added: 1, updated: 1, unchanged: 0, kept: 0 }, evidence: { kept: 1 }, reviews: { added: 1 }, fields: ['target'] });
    expect(previewText(merged.preview)).toBe('1 new check-in, 1 updated check-in, 1 new manager’s review; the target changes.');
  });

  it('changes nothing for the same file twice', () => {
    const merged = mergeRecord(stored, stored);
    expect(merged.ok && merged.record).toEqual(stored);
    expect(changesNothing(merged.preview)).toBe(true);
    expect(previewText(merged.preview)).toBe('Nothing new: the file holds what this browser already has.');
  });

  it('does not merge two check-ins on one date, nor another person’s record', () => {
    const clash = mergeRecord(stored, record('r', { checkIns: [checkIn('c9', '2025-01-01', 'x1', {})] }));
    expect(clash).toMatchObject({ ok: false, preview: { conflicts: ['2025-01-01'], otherPerson: false } });
    const other = mergeRecord(stored, record('someone-else'));
    expect(other).toMatchObject({ ok: false, preview: { otherPerson: true } });
    expect(changesNothing(other.preview)).toBe(false);
  });
});
