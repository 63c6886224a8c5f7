import { describe, expect, it } from 'vitest';
import {
  addCheckIn,
  annotateAsReviewer,
  annotateCheckIn,
  changeReview,
  checkInsByDate,
  currentLevel,
  emptyRecord,
  evidenceOfCheckIn,
  futureRecordsNote,
  fromAssessment,
  growthSchemas,
  rateAsReviewer,
  rateCheckIn,
  setCheckInSummary,
  rateUnratedIn,
  removeCheckIn,
  reviewOf,
  saveEvidence,
  setCheckInDate,
  setCheckInLevel,
  toAssessment,
  type GrowthRecord,
} from './growth-record';
import { rankGaps } from './gaps';
import { emptyAssessment, type Assessment } from './self-assessment';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record, review } from '../../../tests/support/growth-record.fixture';

const schema = growthSchemas(ladder, ['k1', 'k2']).record;
const now = new Date('2025-05-01T10:00:00Z');
/** The reader's calendar date in these tests. */
const today = '2025-08-01';
let n = 0;
const random = () => ((n = (n + 1) % 97) / 97);

const sample: GrowthRecord = record('gr-1', {
  name: 'Ada',
  target: 'x3',
  checkIns: [checkIn('ci-b', '2025-04-01', 'x2', { a: 'meets', b: 'exceeds' }), checkIn('ci-a', '2025-01-01', 'x2', { a: 'towards' })],
  evidence: [entry('ev-1', '2024-12-01', ['a']), entry('ev-2', '2025-01-01', ['b']), entry('ev-3', '2025-02-01', ['a', 'c']), entry('ev-4', '2025-05-01', [])],
  reviews: [review('rv-1', 'ci-b', { a: 'exceeds' })],
});

describe('a growth record', () => {
  it('is valid as built, and its check-ins read in date order whatever order they are stored in', () => {
    expect(schema.safeParse(sample).success).toBe(true);
    expect(checkInsByDate(sample).map((c) => c.id)).toEqual(['ci-a', 'ci-b']);
    expect(currentLevel(sample)).toBe('x2');
    expect(currentLevel(emptyRecord('x'))).toBeNull();
  });

  it.each([
    ['two check-ins on one date', { checkIns: [checkIn('c1', '2025-01-01', 'x1', {}), checkIn('c2', '2025-01-01', 'x2', {})] }, '"path":["checkIns",1,"date"]'],
    ['a date that does not exist', { checkIns: [checkIn('c1', '2026-02-31', 'x1', {})] }, 'YYYY-MM-DD'],
    ['a review of no check-in', { reviews: [review('r1', 'gone', {})] }, 'names a check-in the record does not have'],
    ['an unknown rating', { checkIns: [{ ...checkIn('c1', '2025-01-01', 'x1', {}), competencies: { a: { rating: 'great', notes: '', links: [] } } }] }, 'competencies'],
    ['an unknown KPI', { evidence: [{ ...entry('e1', '2025-01-01', []), kpis: ['k9'] }] }, 'kpis'],
    ['an entry without a title', { evidence: [entry('e1', '2025-01-01', [], '')] }, 'title'],
    ['an id that could carry markup', { evidence: [entry('<b>', '2025-01-01', [])] }, 'id'],
  ])('refuses %s', (_what, parts, where) => {
    const parsed = schema.safeParse(record('gr-1', parts as Partial<GrowthRecord>));
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain(where);
  });
});

describe('check-ins', () => {
  it('change only the check-in they name: a change to one another tab deleted changes nothing, not another one', () => {
    expect(annotateCheckIn(sample, 'ci-gone', 'a', 'typed for the deleted check-in', [])).toBe(sample);
    expect(setCheckInSummary(sample, 'ci-gone', 'typed')).toBe(sample);
    expect(rateCheckIn(sample, 'ci-gone', 'a', 'below')).toBe(sample);
  });

  it('start from the ratings of the latest earlier check-in at the same level, without its notes', () => {
    const noted = annotateCheckIn(sample, 'ci-b', 'a', 'notes', ['https://example.org']);
    const added = addCheckIn(noted, '2025-07-01', 'x2', today, now, random);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const made = added.record.checkIns.find((c) => c.id === added.id)!;
    expect(made.competencies).toEqual({ a: { rating: 'meets', notes: '', links: [] }, b: { rating: 'exceeds', notes: '', links: [] } });
    // At another level, nothing carries over: the ratings meant something else.
    const promoted = addCheckIn(sample, '2025-07-01', 'x3', today, now, random);
    expect(promoted.ok && promoted.record.checkIns.find((c) => c.id === promoted.id)!.competencies).toEqual({});
  });

  it('refuse a second check-in on one date and a date that does not exist', () => {
    expect(addCheckIn(sample, '2025-04-01', 'x2', today, now, random)).toEqual({ ok: false, error: 'there is already a check-in on 1 April 2025' });
    expect(addCheckIn(sample, '2025-02-30', 'x2', today, now, random).ok).toBe(false);
    expect(setCheckInDate(sample, 'ci-a', '2025-04-01', today)).toEqual({ ok: false, error: 'there is already a check-in on 1 April 2025' });
    const moved = setCheckInDate(sample, 'ci-a', '2025-03-01', today);
    expect(moved.ok && moved.record.checkIns.find((c) => c.id === 'ci-a')!.date).toBe('2025-03-01');
  });

  it('refuse a date after today, as a new check-in or moved to it, and take today itself', () => {
    const tomorrow = '2025-08-02';
    const refusal = '2 August 2025 is after today, 1 August 2025: a check-in rates what you have already done, so it is dated today or earlier';
    expect(addCheckIn(sample, tomorrow, 'x2', today, now, random)).toEqual({ ok: false, error: refusal });
    expect(addCheckIn(sample, '2026-08-01', 'x2', today, now, random).ok).toBe(false);
    expect(setCheckInDate(sample, 'ci-a', tomorrow, today)).toEqual({ ok: false, error: refusal });
    expect(addCheckIn(sample, today, 'x2', today, now, random).ok).toBe(true);
    expect(setCheckInDate(sample, 'ci-a', today, today).ok).toBe(true);
  });

  it('gather the evidence logged since the previous check-in, up to their own date', () => {
    expect(evidenceOfCheckIn(sample, 'ci-a').map((e) => e.id)).toEqual(['ev-2', 'ev-1']);
    expect(evidenceOfCheckIn(sample, 'ci-b').map((e) => e.id)).toEqual(['ev-3']);
    expect(evidenceOfCheckIn(sample, 'gone')).toEqual([]);
  });

  it('keep one representation of “nothing recorded”, and keep entries when the level changes', () => {
    const cleared = rateCheckIn(sample, 'ci-a', 'a', null);
    expect(cleared.checkIns.find((c) => c.id === 'ci-a')!.competencies).toEqual({});
    const moved = setCheckInLevel(sample, 'ci-b', 'm1');
    expect(moved.checkIns.find((c) => c.id === 'ci-b')!.competencies).toEqual(sample.checkIns[0]!.competencies);
  });

  it('rate every unrated competency of their level at once', () => {
    const filled = rateUnratedIn(ladder, sample, 'ci-a', 'meets');
    expect(filled.checkIns.find((c) => c.id === 'ci-a')!.competencies).toMatchObject({ a: { rating: 'towards' }, b: { rating: 'meets' }, c: { rating: 'meets' } });
  });

  it('take their reviews with them when removed', () => {
    const removed = removeCheckIn(sample, 'ci-b');
    expect(removed.checkIns.map((c) => c.id)).toEqual(['ci-a']);
    expect(removed.reviews).toEqual([]);
    expect(schema.safeParse(removed).success).toBe(true);
  });

  it('read as the self-assessment’s levels demonstrated, so gaps rank as they always did', () => {
    const a = toAssessment(ladder, sample);
    expect(a).toEqual({ current: 'x2', target: 'x3', competencies: { a: { demonstrated: 'x2', notes: '', links: [] }, b: { demonstrated: 'x3', notes: '', links: [] } } });
    expect(rankGaps(ladder, a)?.gaps.map((g) => g.competency)).toEqual(['a']);
    // Below the ladder: no level demonstrated, the notes kept.
    const below = annotateCheckIn(rateCheckIn(sample, 'ci-b', 'a', 'below'), 'ci-b', 'a', 'why', []);
    expect(toAssessment(ladder, below).competencies['a']).toEqual({ demonstrated: null, notes: 'why', links: [] });
    expect(toAssessment(ladder, emptyRecord('x'))).toEqual({ ...emptyAssessment(), current: null });
  });
});

describe('the evidence log', () => {
  it('adds and edits entries, competencies in the ladder’s order, and refuses one without a title or date', () => {
    const draft = { date: '2025-03-03', title: ' Shipped ', details: 'd', links: [], competencies: ['c', 'a'], kpis: ['k1', 'k1'] };
    const added = saveEvidence(ladder, sample, draft, today, now, random);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const made = added.record.evidence.find((e) => e.id === added.id)!;
    expect(made).toMatchObject({ title: 'Shipped', competencies: ['a', 'c'], kpis: ['k1'] });
    const edited = saveEvidence(ladder, added.record, { ...made, title: 'Shipped v2' }, today, now, random);
    expect(edited.ok && edited.record.evidence.length).toBe(added.record.evidence.length);
    expect(saveEvidence(ladder, sample, { ...draft, title: '  ' }, today).ok).toBe(false);
    expect(saveEvidence(ladder, sample, { ...draft, date: '2025-02-30' }, today).ok).toBe(false);
  });

  it('refuses an entry dated after today, saying so, and takes one dated today', () => {
    const draft = { date: '2025-08-02', title: 'Ahead', details: '', links: [], competencies: [], kpis: [] };
    expect(saveEvidence(ladder, sample, draft, today)).toEqual({
      ok: false,
      error: '2 August 2025 is after today, 1 August 2025: the log records what you have already done, so an entry is dated today or earlier',
    });
    expect(saveEvidence(ladder, sample, { ...draft, date: today }, today).ok).toBe(true);
    // Editing an entry keeps the same rule: moving it ahead is refused.
    const withEntry = record('gr-2', { evidence: [entry('ev-1', '2025-07-01', [])] });
    expect(saveEvidence(ladder, withEntry, { ...withEntry.evidence[0]!, date: '2025-09-01' }, today).ok).toBe(false);
  });
});

describe('a record read from a file', () => {
  it('names the records dated after tomorrow as the pages name them, to check after the import', () => {
    const ahead = record('gr-3', {
      checkIns: [checkIn('ci-1', '2025-07-01', 'x2', {}), checkIn('ci-2', '2025-08-05', 'x3', {})],
      evidence: [entry('ev-1', '2025-08-10', [], 'Launch'), entry('ev-2', '2025-07-02', [])],
      reviews: [{ ...review('rv-1', 'ci-1', {}), date: '2025-08-03' }],
    });
    expect(futureRecordsNote(ladder, ahead, today)).toBe(
      'the check-in of 5 August 2025 (X3), the evidence entry “Launch” of 10 August 2025 and the manager’s review of the check-in of 1 July 2025 (X2) dated 3 August 2025 are dated after today, 1 August 2025: a record holds what has already happened, so check their dates',
    );
  });

  it('names none up to one day ahead (made today in a zone ahead of the reader’s), and only the first few', () => {
    const tomorrow = record('gr-4', { checkIns: [checkIn('ci-1', '2025-08-02', 'x2', {})], evidence: [entry('ev-1', '2025-08-02', [])], reviews: [{ ...review('rv-1', 'ci-1', {}), date: '2025-08-02' }] });
    expect(futureRecordsNote(ladder, tomorrow, today)).toBeNull();
    expect(futureRecordsNote(ladder, sample, today)).toBeNull();
    const many = record('gr-5', { evidence: ['01', '02', '03', '04', '05'].map((d) => entry(`ev-${d}`, `2026-01-${d}`, [], `E${d}`)) });
    expect(futureRecordsNote(ladder, many, today)).toMatch(/^the evidence entry “E01” of 1 January 2026, the evidence entry “E02” of 2 January 2026, the evidence entry “E03” of 3 January 2026 and 2 more are dated after today/);
  });
});

describe('the manager’s review', () => {
  it('is made on the first rating and changed in place after', () => {
    let r = changeReview(sample, 'ci-a', 'Grace', '2025-05-02', (v) => rateAsReviewer(v, 'a', 'meets'), now, random);
    const made = reviewOf(r, 'ci-a')!;
    expect(made).toMatchObject({ checkIn: 'ci-a', reviewer: 'Grace', competencies: { a: { rating: 'meets', notes: '' } } });
    r = changeReview(r, 'ci-a', 'Grace', '2025-05-03', (v) => annotateAsReviewer(v, 'a', 'seen in the design review'), now, random);
    expect(r.reviews.filter((v) => v.checkIn === 'ci-a')).toEqual([{ ...made, date: '2025-05-03', competencies: { a: { rating: 'meets', notes: 'seen in the design review' } } }]);
    expect(changeReview(sample, 'gone', 'G', '2025-05-02', (v) => v)).toBe(sample);
    expect(schema.safeParse(r).success).toBe(true);
  });
});

describe('the earlier self-assessment', () => {
  let k = 0;
  const ids = (prefix: string) => `${prefix}-${++k}`;
  const v1 = (parts: Partial<Assessment>): Assessment => ({ ...emptyAssessment(), ...parts });

  it('becomes one check-in at the current level, rated by the levels chosen, with notes, links and the levels kept', () => {
    const migrated = fromAssessment(
      ladder,
      v1({ current: 'x2', target: 'x3', competencies: { a: { demonstrated: 'x3', notes: 'n', links: ['https://e.org'] }, b: { demonstrated: 'x1', notes: '', links: [] }, c: { demonstrated: null, notes: 'only notes', links: [] } } }),
      '2025-05-01',
      'gr-9',
      ids,
    );
    expect(migrated).toMatchObject({ id: 'gr-9', target: 'x3', evidence: [] });
    expect(migrated.checkIns).toHaveLength(1);
    expect(migrated.checkIns[0]).toMatchObject({
      date: '2025-05-01',
      level: 'x2',
      competencies: {
        a: { rating: 'exceeds', notes: 'n', links: ['https://e.org'], demonstrated: 'x3' },
        b: { rating: 'towards', demonstrated: 'x1' },
        c: { rating: null, notes: 'only notes' },
      },
    });
    expect(schema.safeParse(migrated).success).toBe(true);
  });

  it('without a current level, rates against the level chosen most often', () => {
    const migrated = fromAssessment(ladder, v1({ competencies: { a: { demonstrated: 'x1', notes: '', links: [] }, b: { demonstrated: 'x2', notes: '', links: [] }, c: { demonstrated: 'x2', notes: '', links: [] } } }), '2025-05-01', 'gr-9', ids);
    expect(migrated.checkIns[0]).toMatchObject({ level: 'x2', competencies: { a: { rating: 'towards' }, b: { rating: 'meets' }, c: { rating: 'meets' } } });
  });

  it('without any level, keeps notes and links as evidence entries, and an empty one stays empty', () => {
    const migrated = fromAssessment(ladder, v1({ competencies: { b: { demonstrated: null, notes: 'kept', links: ['x'] } } }), '2025-05-01', 'gr-9', ids);
    expect(migrated.checkIns).toEqual([]);
    expect(migrated.evidence).toMatchObject([{ date: '2025-05-01', title: 'Notes from my self-assessment: Beta', details: 'kept', links: ['x'], competencies: ['b'] }]);
    expect(schema.safeParse(migrated).success).toBe(true);
    expect(fromAssessment(ladder, v1({ target: 'x2' }), '2025-05-01', 'gr-9', ids)).toEqual({ ...emptyRecord('gr-9'), target: 'x2' });
  });
});
