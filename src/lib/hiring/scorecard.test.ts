import { describe, expect, it } from 'vitest';
import { bandRanges, computeScorecard, describeResult, formatScore, toScorecardModel, type Ratings } from './scorecard';
import { realScorecardModel } from '../../../tests/support/scorecard.fixture';
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

const model = realScorecardModel();
const ids = model.dimensions.map((d) => d.competency);
/** Ratings in the order of scorecard.yaml, each with an evidence note. */
const rated = (ratings: number[], extra: Partial<Ratings> = {}): Ratings => ({
  ratings: Object.fromEntries(ids.map((id, i) => [id, ratings[i]]).filter(([, r]) => r !== undefined)),
  notes: Object.fromEntries(ids.map((id) => [id, `evidence for ${id}`])),
  redFlags: [],
  ...extra,
});

describe('the scorecard model read from content', () => {
  it('has the seven dimensions with weights that sum to 100, a 1–4 scale and bands highest first', () => {
    expect(ids).toEqual([
      'ml-system-design',
      'software-engineering',
      'mlops-operations',
      'data-quality-pipelines',
      'evaluation-measurement',
      'leadership-mentorship',
      'communication-collaboration',
    ]);
    expect(model.dimensions.map((d) => d.weight)).toEqual([20, 20, 20, 15, 10, 10, 5]);
    expect(model.scale.map((s) => s.rating)).toEqual([1, 2, 3, 4]);
    expect(model.bands.map((b) => [b.id, b.minScore])).toEqual([
      ['strong-hire', 3.5],
      ['hire', 3],
      ['mixed', 2.5],
      ['no-hire', 0],
    ]);
    expect(model.redFlags).toHaveLength(5);
  });
});

describe('computeScorecard', () => {
  it('gives 1.00 and the lowest band when every dimension is rated at the minimum', () => {
    const r = computeScorecard(model, rated([1, 1, 1, 1, 1, 1, 1]));
    expect(r).toMatchObject({ outcome: 'recommendation', score: 1, band: { id: 'no-hire' }, warnings: [] });
  });

  it('gives 4.00 and the top band when every dimension is rated at the maximum', () => {
    const r = computeScorecard(model, rated([4, 4, 4, 4, 4, 4, 4]));
    expect(r.score).toBe(4);
    expect(formatScore(r.score!)).toBe('4.00');
    expect(r.band?.id).toBe('strong-hire');
  });

  it('matches a hand-computed weighted score: ratings 4,3,3,2,4,3,2 with weights 20,20,20,15,10,10,5 give 3.10', () => {
    // (4·20 + 3·20 + 3·20 + 2·15 + 4·10 + 3·10 + 2·5) / 100 = (80 + 60 + 60 + 30 + 40 + 30 + 10) / 100 = 310 / 100
    const r = computeScorecard(model, rated([4, 3, 3, 2, 4, 3, 2]));
    expect(r.score).toBeCloseTo(3.1, 10);
    expect(formatScore(r.score!)).toBe('3.10');
    expect(r.band?.id).toBe('hire');
    expect(describeResult(model, r).headline).toBe('Hire — weighted score 3.10');
  });

  it('puts a score exactly on a band’s minimum in that band', () => {
    // 300 (all 3) + 20 + 20 + 10 (three dimensions raised to 4) = 350 → 3.50
    expect(computeScorecard(model, rated([4, 4, 3, 3, 4, 3, 3])).band?.id).toBe('strong-hire');
    expect(computeScorecard(model, rated([3, 3, 3, 3, 3, 3, 3])).band?.id).toBe('hire');
    // 300 − 20 − 20 − 10 = 250 → 2.50
    expect(computeScorecard(model, rated([2, 2, 3, 3, 2, 3, 3])).band?.id).toBe('mixed');
    // 245 → 2.45
    expect(computeScorecard(model, rated([2, 2, 3, 3, 2, 3, 2])).band?.id).toBe('no-hire');
  });

  it('scores only the rated dimensions when some are missing, warns about each, and calls the result provisional', () => {
    // (4·20 + 2·20) / (20 + 20) = 3.00
    const r = computeScorecard(model, rated([4, 2]));
    expect(r).toMatchObject({ outcome: 'provisional', score: 3, ratedCount: 2, ratedWeight: 40, totalWeight: 100, band: { id: 'hire' } });
    expect(r.warnings.map((w) => [w.kind, w.competency])).toEqual(ids.slice(2).map((id) => ['missing-rating', id]));
    expect(describeResult(model, r)).toEqual({
      headline: 'Provisional: 3.00 (Hire so far)',
      detail: 'Score over 2 of 7 dimensions (40% of the weight). Rate every dimension for a recommendation.',
    });
  });

  it('has no score and no band when nothing is rated', () => {
    const r = computeScorecard(model, { ratings: {}, notes: {}, redFlags: [] });
    expect(r).toMatchObject({ outcome: 'no-ratings', score: null, band: null });
    expect(r.warnings).toHaveLength(7);
    expect(describeResult(model, r).headline).toBe('No ratings yet');
  });

  it('warns about a rating without an evidence note, and still counts the rating', () => {
    const r = computeScorecard(model, rated([3, 3, 3, 3, 3, 3, 3], { notes: { 'ml-system-design': 'drew the whole system', 'software-engineering': '   ' } }));
    expect(r.score).toBe(3);
    expect(r.warnings.filter((w) => w.kind === 'missing-note').map((w) => w.competency)).toEqual(ids.slice(1));
    expect(r.warnings[0]?.message).toBe('Software engineering is rated 3 without an evidence note.');
  });

  it('treats a rating outside the scale as missing', () => {
    const r = computeScorecard(model, { ratings: { 'ml-system-design': 5, 'software-engineering': 0, 'mlops-operations': 2.5 }, notes: {}, redFlags: [] });
    expect(r.outcome).toBe('no-ratings');
  });

  it('sends any red flag to a debrief instead of a recommendation, whatever the score', () => {
    const r = computeScorecard(model, rated([4, 4, 4, 4, 4, 4, 4], { redFlags: ['no-rollback-strategy'] }));
    expect(r.outcome).toBe('debrief-required');
    expect(r.redFlags.map((f) => f.id)).toEqual(['no-rollback-strategy']);
    expect(r.score).toBe(4);
    expect(describeResult(model, r)).toEqual({
      headline: 'Debrief required',
      detail: 'A red flag is checked: the panel decides at the debrief, whatever the score. For context only: weighted score 4.00 (Strong hire band).',
    });
    expect(computeScorecard(model, { ratings: {}, notes: {}, redFlags: ['dismisses-monitoring', 'blames-stakeholders'] }).outcome).toBe('debrief-required');
  });

  it('ignores red flag ids that the data does not know', () => {
    expect(computeScorecard(model, rated([3, 3, 3, 3, 3, 3, 3], { redFlags: ['made-up'] })).outcome).toBe('recommendation');
  });

  it('reads bands from the data, whatever their order', () => {
    const shuffled = toScorecardModel({ ...model, bands: [...model.bands].reverse() });
    expect(shuffled.bands.map((b) => b.id)).toEqual(['strong-hire', 'hire', 'mixed', 'no-hire']);
    expect(bandRanges(model).map((b) => b.range)).toEqual(['3.50 to 4.00', '3.00 to under 3.50', '2.50 to under 3.00', '1.00 to under 2.50']);
  });
});

describe('the calculator’s stored data', () => {
  const spec = scorecardSpec(model);
  const now = new Date('2025-01-02T03:04:05Z');
  const ada: Candidate = { ...newCandidate(spec.empty(), 'Ada Example', now, () => 0.5), ...rated([4, 3, 3, 2, 4, 3, 2]) };
  const data: ScorecardData = withCandidate(spec.empty(), ada);

  it('accepts what the calculator saves and refuses unknown dimensions, ratings and red flags', () => {
    expect(spec.schema.safeParse(data).success).toBe(true);
    const bad = (c: Partial<Candidate>) => spec.schema.safeParse({ ...data, candidates: [{ ...ada, ...c }] }).success;
    expect(bad({ ratings: { 'made-up': 3 } })).toBe(false);
    expect(bad({ ratings: { 'ml-system-design': 5 } })).toBe(false);
    expect(bad({ redFlags: ['made-up'] })).toBe(false);
    expect(bad({ redFlags: ['dismisses-monitoring', 'dismisses-monitoring'] })).toBe(false);
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
    expect(formatScore(computeScorecard(model, store.load().value.candidates[0]!).score!)).toBe('3.10');
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
    const other = JSON.stringify({ format: 'ml-career-handbook', tool: 'scorecard', version: 1, savedAt: '', data: { ...data, role: 'staff-ml-engineer' } });
    expect(importScorecards(store, spec, model, other)).toEqual({
      ok: false,
      error: 'Import failed: the file holds scorecards for the role “staff-ml-engineer”, not “lead-ml-engineer”. Nothing was changed.',
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
    const md = candidateMarkdown(model, { ...ada, notes: { ...ada.notes, 'ml-system-design': 'p99 | 50 ms\n<b>fallback</b>' } }, now);
    expect(md).toContain('# Interview scorecard: Ada Example');
    expect(md).toContain('**Hire — weighted score 3.10.** Meets the Lead bar overall; any gaps are minor and coachable.');
    expect(md).toContain('| ML system design | 20% | 4 · Excellent | p99 \\| 50 ms &lt;b&gt;fallback&lt;/b&gt; |');
    expect(md).toContain('| Communication & collaboration | 5% | 2 · Mixed |');
    expect(md).toContain('## Red flags\n\nNone checked.');
    expect(fileSlug('Ada Lövelace / #2')).toBe('ada-lovelace-2');
  });
});
