import { describe, expect, it } from 'vitest';
import { clearGoneIds, clearedSentence, withoutGoneIds } from './gone-ids';
import { mendImportedRecord, mendImportedTeam } from './gone-levels';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record, review } from '../../../tests/support/growth-record.fixture';

// Ids no ladder or role has: a fork removed them.
const gone = 'removed-competency-q';
const alsoGone = 'removed-competency-r';
const goneKpi = 'removed-kpi-q';
const known = new Set(['a', 'b']);
const [kept] = ladder.competencies.map((c) => c.id);
const kpis = ['k1'];

describe('ids the handbook lacks', () => {
  it('leave a list of ids, first met first, and the entries of a map keyed by them', () => {
    expect(withoutGoneIds(['a', gone, 'b', alsoGone, gone], known)).toEqual({ value: ['a', 'b'], gone: [gone, alsoGone, gone] });
    expect(withoutGoneIds({ a: 1, [gone]: 2 }, known)).toEqual({ value: { a: 1 }, gone: [gone] });
  });

  it('leave alone what names no gone id, and what is not an id at all (validation’s to refuse)', () => {
    const fine = ['a'];
    expect(withoutGoneIds(fine, known).value).toBe(fine);
    expect(withoutGoneIds([7, '', ' '], known)).toEqual({ value: [7, '', ' '], gone: [] });
    expect(withoutGoneIds('a', known)).toEqual({ value: 'a', gone: [] });
  });
});

describe('a record naming competencies and KPIs the handbook lacks', () => {
  const tagged = { ...entry('e1', '2025-02-01', [kept!, gone]), kpis: ['k1', goneKpi] };
  const file = record('gr-1', {
    checkIns: [{ ...checkIn('c1', '2025-01-01', 'x1', { [kept!]: 'meets' }), competencies: { [kept!]: { rating: 'meets', notes: '', links: [] }, [gone]: { rating: 'meets', notes: 'kept in the file', links: [] } } }],
    evidence: [tagged, entry('e2', '2025-03-01', [alsoGone]), entry('e3', '2025-04-01', [kept!])],
    reviews: [{ ...review('v1', 'c1', {}), competencies: { [alsoGone]: { rating: 'meets', notes: '' } } }],
  });

  it('keeps every part, each without the ids it named, and counts the parts cleared per kind of reference', () => {
    const { record: mended, cleared } = clearGoneIds(ladder, kpis, file);
    expect(mended).toEqual({
      ...file,
      checkIns: [{ ...file.checkIns[0], competencies: { [kept!]: { rating: 'meets', notes: '', links: [] } } }],
      evidence: [{ ...tagged, competencies: [kept], kpis: ['k1'] }, { ...file.evidence[1], competencies: [] }, file.evidence[2]],
      reviews: [{ ...file.reviews[0], competencies: {} }],
    });
    expect(cleared.map((c) => [c.reference.collection, c.reference.field, c.ids, c.parts])).toEqual([
      ['evidence', 'competencies', [gone, alsoGone], 2],
      ['evidence', 'kpis', [goneKpi], 1],
      ['checkIns', 'competencies', [gone], 1],
      ['reviews', 'competencies', [alsoGone], 1],
    ]);
  });

  it('is left as it is when it names nothing gone', () => {
    const fine = record('gr-1', { evidence: [entry('e3', '2025-04-01', [kept!])] });
    expect(clearGoneIds(ladder, kpis, fine)).toEqual({ record: fine, cleared: [] });
  });

  it('is imported with one line per kind, naming the ids, counting the parts, saying the file still holds them', () => {
    const { data, mended } = mendImportedRecord(ladder, kpis)(file);
    expect(data).toEqual(clearGoneIds(ladder, kpis, file).record);
    expect(mended).toHaveLength(4);
    expect(mended[0]).toMatch(new RegExp(`^The competencies “${gone}”, “${alsoGone}”, .* 2 evidence entries .*; the file still names them\\.$`));
    expect(mended[1]).toMatch(new RegExp(`^The KPI “${goneKpi}”, .* 1 evidence entry .*; the file still names it\\.$`));
    expect(mended[2]).toMatch(new RegExp(`^The competency “${gone}”, .* 1 check-in .*; the file still holds them\\.$`));
    expect(mended[3]).toMatch(new RegExp(`“${alsoGone}”.* 1 manager’s review .*; the file still holds them\\.$`));
    for (const line of mended) expect(line).not.toContain('\n');
  });

  it('in a team file, names the person whose record it is', () => {
    const { mended } = mendImportedTeam(ladder, kpis)({ reviewer: 'M', people: [{ ...file, name: 'Ada', checkIns: [], reviews: [], evidence: [file.evidence[1]] }] });
    expect(mended).toEqual([expect.stringMatching(new RegExp(`^In Ada’s record, the competency “${alsoGone}”`))]);
  });

  it('says nothing of a check-in left out for its gone level (its own sentence covers it)', () => {
    const atGone = { ...file.checkIns[0]!, level: 'removed-level-q' };
    const { mended } = mendImportedRecord(ladder, kpis)(record('gr-1', { checkIns: [atGone] }));
    expect(mended).toEqual([expect.stringMatching(/^1 check-in rated at a level/)]);
  });

  it('speaks of one id and of one part in the singular', () => {
    const sentence = clearedSentence(clearGoneIds(ladder, kpis, record('gr-1', { evidence: [entry('e2', '2025-03-01', [gone])] })).cleared[0]!);
    expect(sentence).toMatch(new RegExp(`^The competency “${gone}”, no longer in .* is cleared from 1 evidence entry in this import, which is kept; the file still names it\\.$`));
  });
});
