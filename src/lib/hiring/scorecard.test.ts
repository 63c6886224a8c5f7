import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { bandRanges, computeScorecard, describeResult, floorHitText, floorRule, formatScore, ratingText, toScorecardModel, type Ratings, type ScorecardModel } from './scorecard';
import { flooredScorecard, layeredScorecard, tinyScorecard } from '../../../tests/support/scorecard.fixture';
import {
  candidateExportText,
  candidateMarkdown,
  newCandidate,
  nextCandidateName,
  roleProblem,
  scorecardSpec,
  withCandidate,
  withoutCandidate,
  type Candidate,
  type ScorecardData,
} from './scorecard-store';
import { createStore, memoryStorage, storageFormat } from '../browser/store';
import { applyImport, planImport } from '../browser/import-plan';
import { loadContent } from '../content/validation/load';
import { repoRoot } from '../../../tests/support/repo';
import { parseImport } from '../browser/parse-export';

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
/** Every combination of ratings of the scale over the dimensions (the same in every synthetic model of this file). */
function* combinations(i = 0, acc: number[] = []): Generator<number[]> {
  if (i === model.dimensions.length) return yield acc;
  for (const s of model.scale) yield* combinations(i + 1, [...acc, s.rating]);
}

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

  it('never shows a score a few thousandths under a band’s minimum as reaching it, and rounds every other score', () => {
    for (const band of model.bands.filter((b) => b.minScore > 0)) {
      expect(formatScore(band.minScore - 0.0042, model.bands)).toBe((band.minScore - 0.01).toFixed(2));
      expect(formatScore(band.minScore, model.bands)).toBe(band.minScore.toFixed(2));
      // Floating-point noise under a minimum that the band counts as reached shows as reaching it.
      expect(formatScore(band.minScore - 1e-12, model.bands)).toBe(band.minScore.toFixed(2));
    }
    // (3·40 + 2·20) / 60 = 2.666…, under no minimum once rounded.
    expect(formatScore(160 / 60, model.bands)).toBe('2.67');
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

  describe('a band that advises what to do (Mixed: discuss at debrief)', () => {
    const advised = toScorecardModel({ ...model, bands: model.bands.map((b) => (b.id === 'mixed' ? { ...b, advice: 'discuss at debrief' } : b)) });

    it('ends the headline with the advice, after the name and the score', () => {
      // 2·40 + 2·25 + 3·20 + 4·15 = 250 → 2.50, Mixed
      expect(describeResult(advised, computeScorecard(advised, rated([2, 2, 3, 4]))).headline).toBe('Mixed (weighted score 2.50): discuss at debrief');
    });

    it('ends a provisional headline with the advice, after “so far”', () => {
      // (2·40 + 3·20) / 60 = 2.33 → No hire; (3·40 + 2·20) / 60 = 2.67 → Mixed
      expect(describeResult(advised, computeScorecard(advised, { ...rated([]), ratings: { design: 3, ops: 2 } })).headline).toBe('Provisional: 2.67 (Mixed so far: discuss at debrief)');
    });

    it('names the band alone, without its advice, inside a sentence', () => {
      const r = computeScorecard(advised, rated([2, 2, 3, 4], { redFlags: ['no-tests'] }));
      expect(describeResult(advised, r).detail).toContain('(Mixed band)');
    });

    it('leaves a band without advice as it was', () => {
      expect(describeResult(advised, computeScorecard(advised, rated([4, 3, 3, 2]))).headline).toBe('Hire — weighted score 3.25');
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

describe('decision floors', () => {
  const model = flooredScorecard;
  const heavy = new Set(model.dimensions.filter((d) => d.weight >= 20).map((d) => d.competency).concat('talk'));
  const blocked = new Set(['strong-hire', 'hire']);
  it('never reads Hire or Strong hire with a 1 on a heavy dimension or on a named one, over every combination of ratings', () => {
    let withFloor = 0;
    for (const ratings of combinations()) {
      const r = computeScorecard(model, rated(ratings));
      const hitsFloor = model.dimensions.some((d, i) => ratings[i] === 1 && heavy.has(d.competency));
      if (hitsFloor) {
        withFloor++;
        expect(blocked.has(r.band!.id), ratings.join(',')).toBe(false);
        expect(r.floorHits.length, ratings.join(',')).toBeGreaterThan(0);
      } else {
        // Without a hit, the floors change nothing.
        expect(r.band, ratings.join(',')).toEqual(computeScorecard(tinyScorecard, rated(ratings)).band);
        expect(r.cappedFrom).toBeNull();
      }
      // A floor never raises a result, and never changes the score.
      expect(model.bands.indexOf(r.band!)).toBeGreaterThanOrEqual(model.bands.findIndex((b) => b.id === computeScorecard(tinyScorecard, rated(ratings)).band!.id));
      expect(r.score).toBe(computeScorecard(tinyScorecard, rated(ratings)).score);
    }
    expect(withFloor).toBeGreaterThan(0);
  });

  it('names the rating that did it, and the band the score alone would give', () => {
    // 1·40 + 4·25 + 4·20 + 4·15 = 280 → 2.80, Mixed anyway; 4·40 + 4·25 + 4·20 + 1·15 = 355 → 3.55, Strong hire without the floor.
    const r = computeScorecard(model, rated([4, 4, 4, 1]));
    expect(formatScore(r.score!)).toBe('3.55');
    expect(r).toMatchObject({ band: { id: 'mixed' }, cappedFrom: { id: 'strong-hire' } });
    expect(r.floorHits.map((h) => [h.floors.map((f) => f.id), h.dimension.competency, h.rating])).toEqual([[['talk'], 'talk', 1]]);
    expect(describeResult(model, r)).toEqual({
      headline: 'Mixed — weighted score 3.55',
      detail:
        'Needs a debrief. A decision floor holds the result at Mixed, where the score alone reads Strong hire: Communication is rated 1 (Poor), and a rating of 1 on Communication rules out Strong hire and Hire.',
    });
  });

  it('applies to a provisional result and names every floor a rating hits', () => {
    const r = computeScorecard(model, { ratings: { design: 1, code: 4 }, notes: {}, redFlags: [] });
    expect(r.outcome).toBe('provisional');
    expect(r.floorHits.map((h) => h.dimension.competency)).toEqual(['design']);
    expect(computeScorecard(model, rated([2, 2, 2, 2])).floorHits).toEqual([]);
  });

  it('says each floor in words from its data', () => {
    expect(model.floors.map((f) => floorRule(model, f))).toEqual([
      'a rating of 1 on a dimension weighted 20% or more rules out Strong hire and Hire',
      'a rating of 1 on Communication rules out Strong hire and Hire',
    ]);
    const both = toScorecardModel({ ...model, floors: [{ id: 'x', ratingAtOrBelow: 2, minWeight: 40, dimensions: ['talk', 'ops'], blocks: ['strong-hire'], why: '' }] });
    expect(floorRule(both, both.floors[0]!)).toBe('a rating of 2 or lower on a dimension weighted 40% or more, or on Communication and Operations rules out Strong hire');
    // A weight every dimension reaches covers them all, and is said so.
    const lightest = Math.min(...model.dimensions.map((d) => d.weight));
    const everywhere = toScorecardModel({ ...model, floors: [{ id: 'x', ratingAtOrBelow: 1, minWeight: lightest, dimensions: [], blocks: ['strong-hire'], why: '' }] });
    expect(floorRule(everywhere, everywhere.floors[0]!)).toBe('a rating of 1 on any dimension rules out Strong hire');
    // So does a weight and named dimensions that between them cover every dimension.
    const covered = toScorecardModel({ ...model, floors: [{ id: 'x', ratingAtOrBelow: 1, minWeight: 25, dimensions: ['ops', 'talk'], blocks: ['strong-hire'], why: '' }] });
    expect(floorRule(covered, covered.floors[0]!)).toBe('a rating of 1 on any dimension rules out Strong hire');
    const heavier = toScorecardModel({ ...model, floors: [{ id: 'x', ratingAtOrBelow: 1, minWeight: lightest + 1, dimensions: [], blocks: ['strong-hire'], why: '' }] });
    expect(floorRule(heavier, heavier.floors[0]!)).toBe(`a rating of 1 on a dimension weighted ${lightest + 1}% or more rules out Strong hire`);
  });
});

describe('a rating that hits several floors', () => {
  const model = layeredScorecard;
  const [heavy, light] = [model.dimensions[0]!, model.dimensions.at(-1)!];
  /** How many times `part` occurs in `text`. */
  const times = (text: string, part: string) => text.split(part).length - 1;

  it('is one hit, with every floor it hits and each band they rule out once, highest first', () => {
    const r = computeScorecard(model, rated([1, 4, 4, 4]));
    expect(r.floorHits.map((h) => [h.dimension.competency, h.rating, h.floors.map((f) => f.id), h.blocked.map((b) => b.id)])).toEqual([
      [heavy.competency, 1, ['heavy-gap', 'heavy-mixed', 'design-gap'], ['strong-hire', 'hire']],
    ]);
  });

  it('is said in one line, with its strongest consequence', () => {
    const [hit, ...more] = computeScorecard(model, rated([1, 4, 4, 4])).floorHits;
    expect(more).toEqual([]);
    expect(floorHitText(model, hit!)).toBe('Design is rated 1 (Poor), and a rating of 1 on a dimension weighted 20% or more rules out Strong hire and Hire');
    const [milder] = computeScorecard(model, rated([2, 4, 4, 4])).floorHits;
    expect(floorHitText(model, milder!)).toBe('Design is rated 2 (Mixed), and a rating of 2 or lower on a dimension weighted 20% or more rules out Strong hire');
  });

  it('names every floor and every band once when no floor says it all', () => {
    const apart = (middle: { minWeight?: number; dimensions?: string[] }) =>
      toScorecardModel({
        ...tinyScorecard,
        floors: [
          { id: 'top', ratingAtOrBelow: 1, dimensions: [light.competency], blocks: ['strong-hire'], why: '' },
          { id: 'middle', ratingAtOrBelow: 1, ...middle, blocks: ['mixed'], why: '' },
        ],
      });
    const textOf = (m: ScorecardModel) => {
      const [hit, ...more] = computeScorecard(m, rated([4, 4, 4, 1])).floorHits;
      expect(more).toEqual([]);
      return floorHitText(m, hit!);
    };
    expect(textOf(apart({ minWeight: light.weight }))).toBe(
      'Communication is rated 1 (Poor), and a rating of 1 on Communication and a rating of 1 on any dimension rule out Strong hire and Mixed between them',
    );
    expect(textOf(apart({ dimensions: [light.competency] }))).toBe('Communication is rated 1 (Poor), and a rating of 1 on Communication rules out Strong hire and Mixed');
  });

  it('is one line of the Markdown export', () => {
    const c = { ...newCandidate({ role: model.role, interviewer: '', currentId: '', candidates: [] }, 'Ada'), ...rated([1, 2, 4, 4]) };
    const markdown = candidateMarkdown(model, c);
    const section = markdown.slice(markdown.indexOf('## Decision floors'), markdown.indexOf('## Warnings'));
    expect(section.split('\n').filter((l) => l.startsWith('- '))).toEqual([
      `- ${floorHitText(model, computeScorecard(model, c).floorHits[0]!)}`,
      `- ${floorHitText(model, computeScorecard(model, c).floorHits[1]!)}`,
    ]);
    expect(computeScorecard(model, c).floorHits.map((h) => h.dimension.competency)).toEqual(model.dimensions.slice(0, 2).map((d) => d.competency));
  });

  it('is said once in the result, whatever the ratings', () => {
    let hits = 0;
    for (const ratings of combinations()) {
      const r = computeScorecard(model, rated(ratings));
      expect(new Set(r.floorHits.map((h) => h.dimension.competency)).size, ratings.join(',')).toBe(r.floorHits.length);
      hits += r.floorHits.length;
      const { detail } = describeResult(model, r);
      for (const h of r.floorHits) {
        const text = floorHitText(model, h);
        for (const b of h.blocked) expect(times(text, b.label), text).toBe(1);
        expect(times(detail, `${h.dimension.label} is rated`), detail).toBeLessThanOrEqual(1);
      }
    }
    expect(hits).toBeGreaterThan(0);
  });
});

describe('the meaning of a band, chosen from the ratings too', () => {
  // Floors only on dimensions weighted 25% or more: Operations (20%) and Communication (15%) are too light for them.
  const model = toScorecardModel({ ...tinyScorecard, floors: [{ id: 'heavy', ratingAtOrBelow: 1, minWeight: 25, blocks: ['strong-hire', 'hire'], why: '' }] });
  const lightest = model.dimensions.at(-1)!;
  it('never shows the meaning of a band a floor can rule out while a rating that floor names sits on a dimension it does not cover', () => {
    let replaced = 0;
    for (const ratings of combinations()) {
      const r = computeScorecard(model, rated(ratings));
      const blockable = model.floors.some((f) => f.blocks.includes(r.band!.id));
      const { detail } = describeResult(model, r);
      if (blockable && ratings.includes(lowest)) {
        replaced++;
        expect(detail, ratings.join(',')).not.toContain(r.band!.meaning);
        expect(detail, ratings.join(',')).toContain(`is rated ${lowest}`);
      } else expect(detail.startsWith(r.band!.meaning), `${ratings.join(',')}: ${detail}`).toBe(true);
    }
    expect(replaced).toBeGreaterThan(0);
  });

  it('says which rating, why no floor applies and that the band stands, and leaves score and band as they are', () => {
    // 4·40 + 4·25 + 4·20 + 1·15 = 355 → 3.55: Strong hire, with a 1 on the lightest dimension.
    const r = computeScorecard(model, rated([4, 4, 4, 1]));
    expect(formatScore(r.score!)).toBe('3.55');
    expect(r).toMatchObject({ band: { id: 'strong-hire' }, cappedFrom: null, floorHits: [] });
    expect(r.uncoveredGaps.map((g) => [g.dimension.competency, g.rating])).toEqual([[lightest.competency, 1]]);
    expect(describeResult(model, r)).toEqual({
      headline: 'Strong hire — weighted score 3.55',
      detail:
        'The score reaches Strong hire, but not without a gap: Communication is rated 1 (Poor). No decision floor covers that dimension, so the band stands; weigh the gap at the debrief before an offer.',
    });
  });

  it('names every such rating, and keeps the meaning of bands no floor rules out', () => {
    // 4·40 + 4·25 + 1·20 + 1·15 = 295 → 2.95: Mixed, whose meaning claims nothing about gaps.
    expect(describeResult(model, computeScorecard(model, rated([4, 4, 1, 1]))).detail).toBe('Needs a debrief.');
    // 4·40 + 4·25 + 2·20 + 1·15 → 3.15 Hire: the lightest dimension's 1 is named, the 2 is not a gap a floor names.
    expect(describeResult(model, computeScorecard(model, rated([4, 4, 2, 1]))).detail).toMatch(/^The score reaches Hire, but not without a gap: Communication is rated 1 \(Poor\)\./);
    const two = toScorecardModel({ ...model, dimensions: model.dimensions.map((d, i) => (i < 2 ? d : { ...d, weight: 5 })) });
    expect(describeResult(two, computeScorecard(two, rated([4, 4, 1, 1]))).detail).toMatch(/^The score reaches Strong hire, but not without gaps: Operations is rated 1 \(Poor\) and Communication is rated 1 \(Poor\)\. No decision floor covers those dimensions, so the band stands; weigh the gaps/);
  });

  it('never lists a rating a floor covers as uncovered, though another floor leaves its dimension out', () => {
    // flooredScorecard has a floor by weight and one naming a dimension: each leaves out what the other covers.
    let hits = 0;
    for (const ratings of combinations()) {
      const r = computeScorecard(flooredScorecard, rated(ratings));
      const hit = new Set(r.floorHits.map((h) => h.dimension.competency));
      hits += hit.size;
      expect(r.uncoveredGaps.filter((g) => hit.has(g.dimension.competency)), ratings.join(',')).toEqual([]);
    }
    expect(hits).toBeGreaterThan(0);
  });

  it('shows the band’s meaning as is without floors, and when a floor covers every dimension', () => {
    expect(describeResult(tinyScorecard, computeScorecard(tinyScorecard, rated([4, 4, 4, 1]))).detail).toBe('Raises the bar.');
    for (const ratings of combinations()) {
      const r = computeScorecard(flooredScorecard, rated(ratings));
      expect(describeResult(flooredScorecard, r).detail.startsWith(r.band!.meaning), ratings.join(',')).toBe(true);
    }
  });
});

describe('the handbook’s worked example', () => {
  const scorecards = loadContent(repoRoot).entries.filter((e) => e.collection === 'scorecards');
  const examples = scorecards.flatMap((s) => {
    const data = s.data as Parameters<typeof toScorecardModel>[0] & { workedExample?: { ratings: Record<string, number>; score: number; band: string } };
    return data.workedExample ? [{ role: s.id, model: toScorecardModel({ ...data, role: s.id, roleTitle: s.id, redFlags: [] }), example: data.workedExample }] : [];
  });

  it('is in the content, as data', () => {
    expect(examples.length, `no workedExample in ${join('content/roles', '*', 'scorecard.yaml')}`).toBeGreaterThan(0);
  });

  it.each(examples.map((e) => [e.role, e] as const))('of %s gives the score and band it documents', (_role, { model, example }) => {
    const r = computeScorecard(model as ScorecardModel, { ratings: example.ratings, notes: {}, redFlags: [] });
    expect(r.outcome).toBe('recommendation');
    expect(formatScore(r.score!)).toBe(formatScore(example.score));
    expect(r.band?.id).toBe(example.band);
  });
});

describe('the calculator’s stored data', () => {
  const spec = scorecardSpec(model);
  const now = new Date('2025-01-02T03:04:05Z');
  const ada: Candidate = { ...newCandidate(spec.empty(), 'Ada Example', now, () => 0.5), ...rated([4, 3, 3, 2]) };
  const data: ScorecardData = { ...withCandidate(spec.empty(), ada), interviewer: 'Sam Rivera' };
  const envelope = (d: unknown, version = spec.version) => JSON.stringify({ format: storageFormat, tool: 'scorecard', version, savedAt: '', data: d });

  it('accepts what the calculator saves and refuses unknown dimensions, ratings and red flags', () => {
    expect(spec.schema.safeParse(data).success).toBe(true);
    const bad = (c: Partial<Candidate>) => spec.schema.safeParse({ ...data, candidates: [{ ...ada, ...c }] }).success;
    expect(bad({ ratings: { 'made-up': 3 } })).toBe(false);
    expect(bad({ ratings: { design: highest + 1 } })).toBe(false);
    expect(bad({ redFlags: ['made-up'] })).toBe(false);
    expect(bad({ redFlags: ['no-tests', 'no-tests'] })).toBe(false);
    expect(bad({ id: 'Not An Id' })).toBe(false);
  });

  it('round-trips an export, with the interviewer’s name, to the same candidates and result', () => {
    const store = createStore(spec, memoryStorage());
    store.update(() => data);
    const file = store.exportText(store.read().data);
    expect(JSON.parse(file).data.interviewer).toBe('Sam Rivera');
    const parsed = parseImport(store, file);
    expect(parsed).toEqual({ ok: true, value: data, notices: [] });
    expect(formatScore(computeScorecard(model, data.candidates[0]!).score!)).toBe('3.25');
  });

  it('reads a version 1 file (framework 1.0) with an empty interviewer and the same candidates', () => {
    const v1 = { role: data.role, currentId: ada.id, candidates: [ada] };
    expect(parseImport(createStore(spec, memoryStorage()), envelope(v1, 1))).toEqual({ ok: true, value: { ...v1, interviewer: '' }, notices: [] });
  });

  it('exports one candidate for the debrief in the same format', () => {
    const two = withCandidate(data, { ...newCandidate(data, 'Bo', now, () => 0.9), ratings: { design: 1 } });
    const text = candidateExportText(spec, two, ada.id, now);
    expect(parseImport(createStore(spec, memoryStorage()), text)).toEqual({ ok: true, value: { ...two, currentId: ada.id, candidates: [ada] }, notices: [] });
  });

  it('imports a candidate already stored as an update, never as a duplicate', () => {
    const edited = { ...ada, name: 'Ada (edited in the file)' };
    const file = { ...data, candidates: [edited] };
    const plan = planImport(spec, data, file);
    expect(plan).toMatchObject({ added: [], unchanged: [], onlyHere: [], otherFields: [] });
    expect(plan.updated.map((c) => c.label)).toEqual(['Ada (edited in the file)']);
    const merged = applyImport(spec, data, file, 'merge');
    expect(merged.candidates).toEqual([edited]);
    expect(planImport(spec, data, data).unchanged).toHaveLength(1);
  });

  it.each([
    ['a long name', { ...data, candidates: [{ ...ada, name: 'x'.repeat(121) }] }, `candidate “${'x'.repeat(40)}…”, name: at most 120 characters`],
    ['an unknown field', { ...data, candidates: [{ ...ada, foo: 1 }] }, `candidate “${ada.name}”: unknown field “foo”`],
    ['too many candidates', { ...data, candidates: Array.from({ length: 201 }, (_, i) => ({ ...ada, id: `c-${i}` })) }, 'candidates: at most 200'],
    ['an unknown dimension', { ...data, candidates: [{ ...ada, ratings: { charisma: 3 } }] }, `candidate “${ada.name}”, ratings: unknown field “charisma”`],
    ['a long interviewer name', { ...data, interviewer: 'x'.repeat(121) }, 'interviewer: at most 120 characters'],
  ])('refuses %s, naming the candidate and field with the limit', (_name, d, message) => {
    const result = parseImport(createStore(spec, memoryStorage()), envelope(d));
    expect(!result.ok && result.error).toContain(message);
  });

  it('refuses a file for another role with a clear message', () => {
    expect(roleProblem(model, { ...data, role: 'another-role' })).toBe(`the file holds scorecards for the role “another-role”, not “${model.role}”`);
    expect(roleProblem(model, data)).toBeNull();
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

  it('exports one candidate as Markdown with the interviewer, the result, a row per dimension, the floors and escaped notes', () => {
    const md = candidateMarkdown(model, { ...ada, notes: { ...ada.notes, design: 'p99 | 50 ms\n<b>fallback</b>' } }, now, 'Sam Rivera');
    expect(md).toContain('# Interview scorecard: Ada Example');
    expect(md).toContain('Interviewer: Sam Rivera.');
    expect(md).toContain('**Hire — weighted score 3.25.** Meets the bar.');
    expect(md).toContain('| Design | 40% | 4 · Excellent | p99 \\| 50 ms &lt;b&gt;fallback&lt;/b&gt; |');
    expect(md).toContain('| Communication | 15% | 2 · Mixed |');
    expect(md).toContain('## Red flags\n\nNone checked.');
    expect(md).toContain('## Decision floors\n\nNone hit.');
    const floored = candidateMarkdown(flooredScorecard, { ...ada, ratings: { ...ada.ratings, talk: 1 } }, now);
    expect(floored).toContain('- Communication is rated 1 (Poor), and a rating of 1 on Communication rules out Strong hire and Hire');
  });

  it('exports every gap no decision floor covers, as the calculator lists it on screen, whether the result is a recommendation, provisional or sent to the debrief', () => {
    // Communication is too light for the floors of this scorecard and named by none of them.
    const m = layeredScorecard;
    const dims = m.dimensions.map((d) => d.competency);
    const outcomes = new Set<string>();
    let gaps = 0;
    function* all(i = 0, acc: number[] = []): Generator<number[]> {
      if (i === dims.length) return yield acc;
      for (const step of m.scale) yield* all(i + 1, [...acc, step.rating]);
    }
    for (const ratings of all()) {
      for (const variant of ['all rated', 'first unrated', 'red flag'] as const) {
        const given = Object.fromEntries(dims.map((id, i) => [id, ratings[i]!]).filter((_, i) => !(variant === 'first unrated' && i === 0)));
        const candidate = { ...ada, ratings: given, notes: {}, redFlags: variant === 'red flag' ? [m.redFlags[0]!.id] : [] };
        const result = computeScorecard(m, candidate);
        if (!result.uncoveredGaps.length) continue;
        outcomes.add(result.outcome);
        const md = candidateMarkdown(m, candidate, now);
        for (const gap of result.uncoveredGaps) {
          gaps++;
          expect(md, `${variant}: ${ratings.join(',')}`).toContain(ratingText(m, gap));
        }
      }
    }
    expect(gaps).toBeGreaterThan(0);
    expect([...outcomes].sort()).toEqual(['debrief-required', 'provisional', 'recommendation']);
  });
});
