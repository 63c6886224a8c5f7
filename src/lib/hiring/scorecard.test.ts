import { describe, expect, it } from 'vitest';
import { bandRanges, computeScorecard, describeResult, formatScore, toScorecardModel, type Ratings } from './scorecard';
import { tinyScorecard } from '../../../tests/support/scorecard.fixture';
import {
  candidateMarkdown,
  fileSlug,
  importScorecards,
  mergeImport,
  newCandidate,
  nextCandidateName,
  scorecardSpec,
  withCandidate,
  withoutCandidate,
  type Candidate,
  type ScorecardData,
} from './scorecard-store';
import { createStore, memoryStorage } from '../browser/storage';

const model = tinyScorecard;
const ids = model.dimensions.map((d) => d.competency);
/** Ratings in the order of the dimensions, each with an evidence note. */
const rated = (ratings: number[], extra: Partial<Ratings> = {}): Ratings => ({
  ratings: Object.fromEntries(ids.map((id, i) => [id, ratings[i]]).filter(([, r]) => r !== undefined)),
  notes: Object.fromEntries(ids.map((id) => [id, `evidence for ${id}`])),
  redFlags: [],
  ...extra,
});
const all = (rating: number) => ids.map(() => rating);
const [lowest, highest] = [model.scale[0]!.rating, model.scale.at(-1)!.rating];

describe('computeScorecard', () => {
  it('gives the lowest rating and the lowest band when every dimension is rated at the minimum', () => {
    const r = computeScorecard(model, rated(all(lowest)));
    expect(r).toMatchObject({ outcome: 'recommendation', score: lowest, band: model.bands.at(-1), warnings: [] });
  });

  it('gives the highest rating and the top band when every dimension is rated at the maximum', () => {
    const r = computeScorecard(model, rated(all(highest)));
    expect(r.score).toBe(highest);
    expect(formatScore(r.score!)).toBe('4.00');
    expect(r.band).toEqual(model.bands[0]);
  });

  it('matches a hand-computed weighted score: ratings 4,3,3,2 with weights 40,25,20,15 give 3.25', () => {
    // (4·40 + 3·25 + 3·20 + 2·15) / 100 = (160 + 75 + 60 + 30) / 100 = 325 / 100
    const r = computeScorecard(model, rated([4, 3, 3, 2]));
    expect(r.score).toBeCloseTo(3.25, 10);
    expect(formatScore(r.score!)).toBe('3.25');
    expect(r.band?.id).toBe('hire');
    expect(describeResult(model, r).headline).toBe('Hire — weighted score 3.25');
  });

  it('puts a score exactly on a band’s minimum in that band', () => {
    // 4·40 + 4·25 + 3·20 + 2·15 = 350 → 3.50
    expect(computeScorecard(model, rated([4, 4, 3, 2])).band?.id).toBe('strong-hire');
    expect(computeScorecard(model, rated([3, 3, 3, 3])).band?.id).toBe('hire');
    // 2·40 + 2·25 + 3·20 + 4·15 = 250 → 2.50
    expect(computeScorecard(model, rated([2, 2, 3, 4])).band?.id).toBe('mixed');
    // 3·40 + 2·25 + 3·20 + 1·15 = 245 → 2.45
    expect(computeScorecard(model, rated([3, 2, 3, 1])).band?.id).toBe('no-hire');
  });

  it('scores only the rated dimensions when some are missing, warns about each, and calls the result provisional', () => {
    // (4·40 + 2·20) / (40 + 20) = 200 / 60 = 3.33
    const r = computeScorecard(model, { ...rated([]), ratings: { design: 4, ops: 2 } });
    expect(r).toMatchObject({ outcome: 'provisional', ratedCount: 2, ratedWeight: 60, totalWeight: 100, band: { id: 'hire' } });
    expect(r.score).toBeCloseTo(10 / 3, 10);
    expect(r.warnings.map((w) => [w.kind, w.competency])).toEqual([
      ['missing-rating', 'code'],
      ['missing-rating', 'talk'],
    ]);
    expect(describeResult(model, r)).toEqual({
      headline: 'Provisional: 3.33 (Hire so far)',
      detail: 'Score over 2 of 4 dimensions (60% of the weight). Rate every dimension for a recommendation.',
    });
  });

  it('has no score and no band when nothing is rated', () => {
    const r = computeScorecard(model, { ratings: {}, notes: {}, redFlags: [] });
    expect(r).toMatchObject({ outcome: 'no-ratings', score: null, band: null });
    expect(r.warnings).toHaveLength(model.dimensions.length);
    expect(describeResult(model, r).headline).toBe('No ratings yet');
  });

  it('warns about a rating without an evidence note, and still counts the rating', () => {
    const r = computeScorecard(model, rated(all(3), { notes: { design: 'drew the whole system', code: '   ' } }));
    expect(r.score).toBe(3);
    expect(r.warnings.filter((w) => w.kind === 'missing-note').map((w) => w.competency)).toEqual(ids.slice(1));
    expect(r.warnings[0]?.message).toBe('Code is rated 3 without an evidence note.');
  });

  it('treats a rating outside the scale as missing', () => {
    const r = computeScorecard(model, { ratings: { design: highest + 1, code: lowest - 1, ops: 2.5 }, notes: {}, redFlags: [] });
    expect(r.outcome).toBe('no-ratings');
  });

  it('sends any red flag to a debrief instead of a recommendation, whatever the score', () => {
    const r = computeScorecard(model, rated(all(highest), { redFlags: ['no-tests'] }));
    expect(r.outcome).toBe('debrief-required');
    expect(r.redFlags.map((f) => f.id)).toEqual(['no-tests']);
    expect(r.score).toBe(highest);
    expect(describeResult(model, r)).toEqual({
      headline: 'Debrief required',
      detail: 'A red flag is checked: the panel decides at the debrief, whatever the score. For context only: weighted score 4.00 (Strong hire band).',
    });
    expect(computeScorecard(model, { ratings: {}, notes: {}, redFlags: ['no-tests', 'blames-others'] }).outcome).toBe('debrief-required');
  });

  it('ignores red flag ids that the data does not know', () => {
    expect(computeScorecard(model, rated(all(3), { redFlags: ['made-up'] })).outcome).toBe('recommendation');
  });

  it('reads bands from the data, whatever their order', () => {
    expect(model.bands.map((b) => b.id)).toEqual(['strong-hire', 'hire', 'mixed', 'no-hire']);
    const shuffled = toScorecardModel({ ...model, bands: [...model.bands].reverse() });
    expect(shuffled.bands).toEqual(model.bands);
    expect(bandRanges(model).map((b) => b.range)).toEqual(['3.50 to 4.00', '3.00 to under 3.50', '2.50 to under 3.00', '1.00 to under 2.50']);
  });
});

describe('the calculator’s stored data', () => {
  const spec = scorecardSpec(model);
  const now = new Date('2025-01-02T03:04:05Z');
  const ada: Candidate = { ...newCandidate(spec.empty(), 'Ada Example', now, () => 0.5), ...rated([4, 3, 3, 2]) };
  const data: ScorecardData = withCandidate(spec.empty(), ada);

  it('accepts what the calculator saves and refuses unknown dimensions, ratings and red flags', () => {
    expect(spec.schema.safeParse(data).success).toBe(true);
    const bad = (c: Partial<Candidate>) => spec.schema.safeParse({ ...data, candidates: [{ ...ada, ...c }] }).success;
    expect(bad({ ratings: { 'made-up': 3 } })).toBe(false);
    expect(bad({ ratings: { design: highest + 1 } })).toBe(false);
    expect(bad({ redFlags: ['made-up'] })).toBe(false);
    expect(bad({ redFlags: ['no-tests', 'no-tests'] })).toBe(false);
    expect(bad({ id: 'Not An Id' })).toBe(false);
  });

  it('round-trips an export through clear and import to the same candidates and result', () => {
    const storage = memoryStorage();
    const store = createStore(spec, storage);
    store.save(data);
    const file = store.exportText(store.load().value);
    store.clear();
    const imported = importScorecards(store, spec, model, file);
    expect(imported).toMatchObject({ ok: true, value: { message: 'Imported 1 candidate.' } });
    expect(store.load().value).toEqual(data);
    expect(formatScore(computeScorecard(model, store.load().value.candidates[0]!).score!)).toBe('3.25');
  });

  it('adds imported candidates to the stored ones without overwriting any', () => {
    const edited = { ...ada, name: 'Ada (edited here)' };
    const merged = mergeImport(withCandidate(data, edited), data, now);
    expect(merged.added).toBe(1);
    expect(merged.data.candidates.map((c) => c.name)).toEqual(['Ada (edited here)', 'Ada Example (imported)']);
    expect(new Set(merged.data.candidates.map((c) => c.id)).size).toBe(2);
    expect(merged.data.currentId).toBe(merged.data.candidates[1]!.id);
    expect(mergeImport(data, data, now)).toMatchObject({ added: 0, skipped: 1 });
  });

  it('refuses a file for another role with a clear message', () => {
    const store = createStore(spec, memoryStorage());
    const other = JSON.stringify({ format: 'ml-career-handbook', tool: 'scorecard', version: 1, savedAt: '', data: { ...data, role: 'another-role' } });
    expect(importScorecards(store, spec, model, other)).toEqual({
      ok: false,
      error: `Import failed: the file holds scorecards for the role “another-role”, not “${model.role}”. Nothing was changed.`,
    });
  });

  it('adds, names and removes candidates', () => {
    const two = withCandidate(data, newCandidate(data, nextCandidateName(data), now));
    expect(two.candidates.map((c) => c.name)).toEqual(['Ada Example', 'Candidate 2']);
    expect(two.currentId).toBe(two.candidates[1]!.id);
    const one = withoutCandidate(two, two.currentId);
    expect(one.candidates.map((c) => c.name)).toEqual(['Ada Example']);
    expect(one.currentId).toBe(ada.id);
    expect(withoutCandidate(one, ada.id)).toMatchObject({ candidates: [], currentId: '' });
  });

  it('exports one candidate as Markdown with the result, a row per dimension and escaped notes', () => {
    const md = candidateMarkdown(model, { ...ada, notes: { ...ada.notes, design: 'p99 | 50 ms\n<b>fallback</b>' } }, now);
    expect(md).toContain('# Interview scorecard: Ada Example');
    expect(md).toContain('**Hire — weighted score 3.25.** Meets the bar.');
    expect(md).toContain('| Design | 40% | 4 · Excellent | p99 \\| 50 ms &lt;b&gt;fallback&lt;/b&gt; |');
    expect(md).toContain('| Communication | 15% | 2 · Mixed |');
    expect(md).toContain('## Red flags\n\nNone checked.');
    expect(fileSlug('Ada Lövelace / #2')).toBe('ada-lovelace-2');
  });
});
