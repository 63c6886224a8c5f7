import { describe, expect, it } from 'vitest';
import { clearGoneTarget, goneCurrentSentence, leaveOutGoneCheckIns, mendImportedRecord, mendImportedTeam } from './gone-levels';
import { emptyAssessment, levelById, type Assessment } from './self-assessment';
import { fromAssessment } from './growth-record';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record, review } from '../../../tests/support/growth-record.fixture';

// Level ids no ladder has: a fork removed them.
const gone = 'removed-level-q';
const alsoGone = 'removed-level-r';

describe('a target level the ladder lacks', () => {
  it('is cleared and named; a level of the ladder, no target, or an empty one names nothing', () => {
    expect(clearGoneTarget(ladder, record('gr-1', { target: gone }))).toEqual({ record: record('gr-1', { target: null }), gone });
    expect(clearGoneTarget(ladder, record('gr-1', { target: 'x2' })).gone).toBeNull();
    expect(clearGoneTarget(ladder, record('gr-1')).gone).toBeNull();
    expect(clearGoneTarget(ladder, { ...record('gr-1'), target: ' ' })).toEqual({ record: record('gr-1', { target: null }), gone: null });
  });
});

describe('an earlier self-assessment whose current level the ladder lacks', () => {
  const v1 = (parts: Partial<Assessment>): Assessment => ({ ...emptyAssessment(), current: gone, ...parts });
  const notes = (demonstrated: string | null) => ({ demonstrated, notes: 'Led it.', links: [] });
  let n = 0;
  /** The level of the check-in the migration makes of `a`, by its title, as the sentence names it. */
  const migratedTo = (a: Assessment) => levelById(ladder, fromAssessment(ladder, a, '2025-05-01', 'gr-1', (p) => `${p}-${++n}`).checkIns[0]!.level)!.title;

  it('names the gone level and the level the check-in it becomes is at instead, the one chosen most often, every note kept', () => {
    const a = v1({ target: 'x3', competencies: { a: notes('x1'), b: notes('x1'), c: notes('x2') } });
    const said = goneCurrentSentence(ladder, a)!;
    expect(said).toMatch(new RegExp(`^In your earlier self-assessment, your current level \\(“${gone}”\\) is no longer in this handbook’s ladder: `));
    expect(said).toContain(`is at ${migratedTo(a)} instead (the level you chose most often)`);
    expect(said).toMatch(/every note kept\.$/);
  });

  it('names the target as the level instead when no level of the ladder was chosen for a competency', () => {
    const a = v1({ target: 'x3', competencies: { a: notes(null) } });
    expect(goneCurrentSentence(ladder, a)).toContain(`is at ${migratedTo(a)} instead (your target level)`);
  });

  it('says where the notes go when there is no level to rate against', () => {
    for (const a of [v1({ competencies: { a: notes(null) } }), v1({ target: alsoGone })]) expect(goneCurrentSentence(ladder, a)).toMatch(new RegExp(`“${gone}”.*kept in your evidence log\\.$`));
  });

  it('says nothing of a current level the ladder has, or of none chosen', () => {
    expect(goneCurrentSentence(ladder, v1({ current: 'x2', competencies: { a: notes(alsoGone) } }))).toBeNull();
    expect(goneCurrentSentence(ladder, v1({ current: null, target: gone }))).toBeNull();
  });
});

describe('check-ins rated at a level the ladder lacks', () => {
  const kept = checkIn('c1', '2025-01-01', 'x1', { a: 'meets' });
  const atGone = { ...checkIn('c2', '2025-02-01', 'x1', {}), level: gone };
  // A check-in migrated from the one-off self-assessment keeps the level chosen then, per competency.
  const choseGone = { ...checkIn('c3', '2025-03-01', 'x2', {}), competencies: { a: { rating: 'meets' as const, notes: '', links: [], demonstrated: alsoGone } } };
  const mine = record('gr-1', {
    checkIns: [kept, atGone, choseGone],
    evidence: [entry('e1', '2025-02-01', ['a'])],
    reviews: [review('v1', 'c1', {}), review('v2', 'c2', {})],
  });

  it('are left out with their reviews, everything else kept, and counted with the levels they name', () => {
    const { record: left, left: what } = leaveOutGoneCheckIns(ladder, mine);
    expect(left).toEqual({ ...mine, checkIns: [kept, choseGone], reviews: [review('v1', 'c1', {})] });
    expect(what).toEqual({ checkIns: 1, reviews: 1, records: [{ field: 'checkIns', id: 'c2' }, { field: 'reviews', id: 'v2' }], levels: [gone] });
  });

  it('leave a record that names no gone level as it is', () => {
    const fine = record('gr-1', { checkIns: [kept], reviews: [review('v1', 'c1', {})] });
    expect(leaveOutGoneCheckIns(ladder, fine).record).toBe(fine);
    // A level that is not a level id at all is validation's to refuse, not a gone level.
    const broken = { ...fine, checkIns: [{ ...kept, level: 7 }] };
    expect(leaveOutGoneCheckIns(ladder, broken).record).toBe(broken);
  });
});

describe('an imported record that names a level the ladder lacks', () => {
  const mend = mendImportedRecord(ladder, ['k1']);

  it('comes in with its target cleared and a sentence naming the gone level', () => {
    const { data, mended } = mend(record('gr-1', { target: gone, checkIns: [checkIn('c1', '2025-01-01', 'x1', {})] }));
    expect(data).toEqual(record('gr-1', { target: null, checkIns: [checkIn('c1', '2025-01-01', 'x1', {})] }));
    expect(mended).toEqual([expect.stringContaining(`“${gone}”`)]);
    expect(mended[0]).toMatch(/target/);
  });

  it('says how many check-ins and reviews it leaves out, at which levels, and that the file still holds them', () => {
    const file = record('gr-1', {
      checkIns: [{ ...checkIn('c1', '2025-01-01', 'x1', {}), level: gone }, { ...checkIn('c2', '2025-02-01', 'x1', {}), level: gone }],
      reviews: [review('v1', 'c1', {})],
    });
    const { data, mended } = mend(file);
    expect(data).toEqual({ ...file, checkIns: [], reviews: [] });
    expect(mended).toHaveLength(1);
    expect(mended[0]).toMatch(/^2 check-ins\b/);
    expect(mended[0]).toContain('1 manager’s review');
    expect(mended[0]).toContain(`“${gone}”`);
    expect(mended[0]).toMatch(/the file still holds them\.$/);
  });

  it('says one check-in left out in the singular', () => {
    const { mended } = mend(record('gr-1', { checkIns: [{ ...checkIn('c1', '2025-01-01', 'x1', {}), level: gone }] }));
    expect(mended).toEqual([expect.stringMatching(/^1 check-in rated at a level .* is left out of this import; the file still holds it\.$/)]);
  });

  it('says one check-in left out in the singular when its review comes along', () => {
    const { mended } = mend(record('gr-1', { checkIns: [{ ...checkIn('c1', '2025-01-01', 'x1', {}), level: gone }], reviews: [review('v1', 'c1', {})] }));
    expect(mended).toEqual([expect.stringMatching(/^1 check-in .*, with 1 manager’s review of it, is left out of this import; the file still holds it\.$/)]);
  });

  it('keeps a migrated check-in whose competency was chosen at a gone level: that level cleared, its notes kept, said in one sentence', () => {
    const chose = { ...checkIn('c1', '2025-01-01', 'x2', {}), competencies: { a: { rating: null, notes: 'Led it.', links: [], demonstrated: gone }, b: { rating: 'meets' as const, notes: '', links: [], demonstrated: 'x2' } } };
    const { data, mended, leftOut } = mend(record('gr-1', { checkIns: [chose] }));
    expect(data).toEqual(record('gr-1', { checkIns: [{ ...chose, competencies: { a: { rating: null, notes: 'Led it.', links: [] }, b: chose.competencies.b } }] }));
    expect(leftOut).toEqual([]);
    expect(mended).toEqual([expect.stringMatching(new RegExp(`^In your earlier self-assessment, .*“${gone}”.*kept\\.$`))]);
  });

  it('mends nothing and says nothing of a record this ladder fits', () => {
    const fine = record('gr-1', { target: 'x3', checkIns: [checkIn('c1', '2025-01-01', 'x1', {})] });
    expect(mend(fine)).toEqual({ data: fine, mended: [], leftOut: [] });
  });
});

describe('an imported team file whose people name a level the ladder lacks', () => {
  it('keeps each person, mended, each sentence naming the person', () => {
    const ada = record('p1', { name: 'Ada', target: gone });
    const grace = record('p2', { name: 'Grace', checkIns: [checkIn('c1', '2025-01-01', 'x1', {}), { ...checkIn('c2', '2025-02-01', 'x1', {}), level: gone }] });
    const unnamed = record('p3', { target: alsoGone });
    const { data, mended } = mendImportedTeam(ladder, ['k1'])({ reviewer: 'M', people: [ada, grace, unnamed] });
    expect(data).toEqual({ reviewer: 'M', people: [{ ...ada, target: null }, { ...grace, checkIns: [grace.checkIns[0]] }, { ...unnamed, target: null }] });
    expect(mended).toEqual([
      expect.stringMatching(new RegExp(`^Ada’s target level \\(“${gone}”\\)`)),
      expect.stringMatching(new RegExp(`^Grace’s 1 check-in rated at .*“${gone}”`)),
      expect.stringMatching(new RegExp(`^A person’s target level \\(“${alsoGone}”\\)`)),
    ]);
  });
});
