import { describe, expect, it } from 'vitest';
import { changedFields, mergeEvidenceEdit } from './evidence-edit';
import type { EvidenceEntry } from './growth-record';

const base: EvidenceEntry = { id: 'ev-1', date: '2026-01-10', title: 'Shipped the ranker', details: 'First version', links: [], competencies: ['a'], kpis: [] };

describe('mergeEvidenceEdit', () => {
  it('keeps both edits when they changed different fields', () => {
    const mine = { ...base, title: 'Shipped the new ranker' };
    const theirs = { ...base, details: 'First version, behind a flag' };
    expect(mergeEvidenceEdit(base, mine, theirs)).toEqual({ ok: true, entry: { ...base, title: 'Shipped the new ranker', details: 'First version, behind a flag' } });
  });

  it('takes mine where the stored entry is unchanged, and theirs where I changed nothing', () => {
    const mine = { ...base, competencies: ['a', 'b'] };
    expect(mergeEvidenceEdit(base, mine, base)).toEqual({ ok: true, entry: mine });
    const theirs = { ...base, links: ['https://example.org/pr/1'] };
    expect(mergeEvidenceEdit(base, base, theirs)).toEqual({ ok: true, entry: theirs });
  });

  it('names the fields both changed differently, and saves nothing then', () => {
    const mine = { ...base, title: 'Mine', details: 'Same text' };
    const theirs = { ...base, title: 'Theirs', details: 'Same text', date: '2026-01-11' };
    expect(mergeEvidenceEdit(base, mine, theirs)).toEqual({ ok: false, clashes: ['title'] });
  });

  it('treats lists by their content', () => {
    expect(mergeEvidenceEdit(base, { ...base, kpis: ['k'] }, { ...base, kpis: ['k'] })).toEqual({ ok: true, entry: { ...base, kpis: ['k'] } });
    expect(changedFields(base, { ...base, competencies: ['a'] })).toEqual([]);
    expect(changedFields(base, { ...base, competencies: ['b'], date: '2026-02-01' })).toEqual(['date', 'competencies']);
  });
});
