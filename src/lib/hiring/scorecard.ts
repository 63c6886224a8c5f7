/**
 * The interview scorecard's arithmetic: a weighted score on the rating scale, the recommendation
 * band it falls in, and the warnings an interviewer should clear before the debrief. Pure functions
 * over plain data, shared by the calculator island (src/components/hiring/scorecard-calculator.ts),
 * the hiring pages and the tests; the weights, scale and bands come from `scorecard.yaml`, the red
 * flags from `hiring.yaml`.
 *
 * Rules (the hiring guide states them to interviewers in the same words):
 * - The weighted score is Σ weight × rating / Σ weight over the dimensions that have a rating.
 *   With every dimension rated this is the scorecard's weighted mean (weights sum to 100).
 * - No rating at all: the score is `null` and the outcome is `no-ratings`.
 * - Some dimensions unrated: the score is computed over the rated ones (their weights rescaled), a
 *   warning names each unrated dimension, and the outcome is `provisional`: the band is shown as
 *   “so far”, never as a recommendation.
 * - A rating without an evidence note is counted, with a warning.
 * - Any red flag makes the outcome `debrief-required`, whatever the score: the number is shown for
 *   context only and the panel decides at the debrief.
 * - Bands: the first band, highest `minScore` first, whose `minScore` the score reaches.
 * - Decision floors (`scorecard.yaml` → `floors`): a rating at or below a floor's rating on a
 *   dimension it applies to (weighted at least `minWeight`, or named in `dimensions`) rules out the
 *   bands it `blocks`; the result falls to the highest band the score reaches that no floor rules
 *   out, and names each rating that did it. Floors apply to provisional results too.
 */
import { asSentence } from '../text/sentence.ts';
import { listWords } from '../text/list-words.ts';

export interface ScaleStep {
  rating: number;
  label: string;
  meaning: string;
}
export interface Band {
  id: string;
  label: string;
  /** What to do with a result in this band (“discuss at debrief”), read after the label; absent where the label says it all. */
  advice?: string | undefined;
  minScore: number;
  meaning: string;
}
export interface Dimension {
  competency: string;
  label: string;
  weight: number;
}
export interface RedFlag {
  id: string;
  text: string;
}
/** A decision floor: a low rating on an important dimension rules out some bands. */
export interface Floor {
  id: string;
  ratingAtOrBelow: number;
  /** Applies to every dimension weighted at least this (percent). */
  minWeight?: number | undefined;
  /** Applies to these competencies whatever their weight. */
  dimensions: string[];
  /** Ids of the bands it rules out. */
  blocks: string[];
  why: string;
}

/** Everything the calculator needs from the content, serialized into the page for the island. */
export interface ScorecardModel {
  role: string;
  roleTitle: string;
  scale: ScaleStep[];
  /** Highest `minScore` first. */
  bands: Band[];
  dimensions: Dimension[];
  redFlags: RedFlag[];
  floors: Floor[];
}

/** What an interviewer enters for one candidate. Keys are competency ids. */
export interface Ratings {
  ratings: Partial<Record<string, number>>;
  notes: Partial<Record<string, string>>;
  redFlags: string[];
}

export type Outcome = 'no-ratings' | 'provisional' | 'recommendation' | 'debrief-required';

export interface ScorecardWarning {
  kind: 'missing-rating' | 'missing-note';
  competency: string;
  message: string;
}

/**
 * A rating that hit one floor or more: which dimension, which rating, which floors, which bands they
 * rule out. One per rated dimension, however many floors overlap there (floors by weight and by name,
 * a 1 that is also a “2 or lower”), so that every text says each rating once.
 */
export interface FloorHit {
  dimension: Dimension;
  rating: number;
  /** Every floor the rating hits, in the order of the data. */
  floors: Floor[];
  /** The bands these floors rule out between them, highest first, each once. */
  blocked: Band[];
}

export interface ScorecardResult {
  outcome: Outcome;
  /** Weighted score over the rated dimensions, unrounded; `null` when nothing is rated. */
  score: number | null;
  /** The band of the result, floors applied (“so far” when provisional); `null` when nothing is rated. */
  band: Band | null;
  /** The band of the score alone, when a floor moved the result below it; `null` otherwise. */
  cappedFrom: Band | null;
  /** Every rating that hit a floor, one per dimension, in the order of the dimensions. */
  floorHits: FloorHit[];
  /** Every rating low enough for a floor on a dimension no floor covers, in the order of the dimensions. */
  uncoveredGaps: UncoveredGap[];
  ratedCount: number;
  ratedWeight: number;
  totalWeight: number;
  /** The red flags checked, in the order of the data. */
  redFlags: RedFlag[];
  warnings: ScorecardWarning[];
}

/** Builds the model from the role's scorecard and hiring data (any object with these fields). */
export function toScorecardModel(input: {
  role: string;
  roleTitle: string;
  scale: readonly ScaleStep[];
  bands: readonly Band[];
  dimensions: readonly Dimension[];
  redFlags: readonly RedFlag[];
  floors?: readonly { id: string; ratingAtOrBelow: number; minWeight?: number | undefined; dimensions?: readonly string[]; blocks: readonly string[]; why: string }[];
}): ScorecardModel {
  return {
    role: input.role,
    roleTitle: input.roleTitle,
    scale: input.scale.map(({ rating, label, meaning }) => ({ rating, label, meaning })).sort((a, b) => a.rating - b.rating),
    bands: input.bands.map(({ id, label, advice, minScore, meaning }) => ({ id, label, advice, minScore, meaning })).sort((a, b) => b.minScore - a.minScore),
    dimensions: input.dimensions.map(({ competency, label, weight }) => ({ competency, label, weight })),
    redFlags: input.redFlags.map(({ id, text }) => ({ id, text })),
    floors: (input.floors ?? []).map((f) => ({
      id: f.id,
      ratingAtOrBelow: f.ratingAtOrBelow,
      ...(f.minWeight === undefined ? {} : { minWeight: f.minWeight }),
      dimensions: [...(f.dimensions ?? [])],
      blocks: [...f.blocks],
      why: f.why,
    })),
  };
}

/** True when `floor` applies to dimension `d`. */
export const floorAppliesTo = (floor: Floor, d: Dimension): boolean =>
  (floor.minWeight !== undefined && d.weight >= floor.minWeight) || floor.dimensions.includes(d.competency);

/** The ratings (on the scale) that hit a floor of the model: one hit per dimension, with every floor it hits. */
export function floorHits(model: ScorecardModel, ratings: Partial<Record<string, number>>): FloorHit[] {
  const hits: FloorHit[] = [];
  const valid = new Set(model.scale.map((s) => s.rating));
  for (const d of model.dimensions) {
    const rating = ratings[d.competency];
    if (rating === undefined || !valid.has(rating)) continue;
    const floors = model.floors.filter((floor) => rating <= floor.ratingAtOrBelow && floorAppliesTo(floor, d));
    if (floors.length) hits.push({ dimension: d, rating, floors, blocked: model.bands.filter((b) => floors.some((f) => f.blocks.includes(b.id))) });
  }
  return hits;
}

/**
 * The floors of a hit that say all it rules out: those whose bands no other floor of the hit rules
 * out and more. Of floors that rule out the same bands (a heavy dimension also named on its own),
 * the first. Usually one: a 1 that hits “1 rules out Strong hire and Hire” and “2 or lower rules out
 * Strong hire” is said with the first, which says everything the second does.
 */
export function strongestFloors(floors: readonly Floor[]): Floor[] {
  const covers = (a: Floor, b: Floor) => b.blocks.every((id) => a.blocks.includes(id));
  return floors.filter((f, i) => !floors.some((g, j) => j !== i && covers(g, f) && (!covers(f, g) || j < i)));
}

/** A rating low enough for a decision floor, on a dimension that floor does not cover (too light, not named). */
export interface UncoveredGap {
  dimension: Dimension;
  rating: number;
  /** The floors that would rule out bands for this rating had they covered the dimension. */
  floors: Floor[];
}

/**
 * The ratings a floor would have caught on a heavier dimension: at or below a floor's rating, on a
 * dimension the floor does not apply to. The score's band stands for them (the floors decide which
 * gaps rule a band out), but a band a floor can rule out describes a result without such a gap, so
 * `describeResult` does not show its meaning as is.
 */
export function uncoveredGaps(model: ScorecardModel, ratings: Partial<Record<string, number>>): UncoveredGap[] {
  const valid = new Set(model.scale.map((s) => s.rating));
  return model.dimensions.flatMap((dimension) => {
    const rating = ratings[dimension.competency];
    if (rating === undefined || !valid.has(rating)) return [];
    const reaching = model.floors.filter((f) => rating <= f.ratingAtOrBelow);
    // A rating that one floor covers is a floor hit, named as such, whatever other floors leave out.
    if (reaching.some((f) => floorAppliesTo(f, dimension))) return [];
    return reaching.length ? [{ dimension, rating, floors: reaching }] : [];
  });
}

/** A dimension's rating in words: “Evaluation & measurement is rated 1 (Below the bar)”. */
export function ratingText(model: ScorecardModel, given: { dimension: Dimension; rating: number }): string {
  const label = model.scale.find((s) => s.rating === given.rating)?.label;
  return `${given.dimension.label} is rated ${given.rating}${label ? ` (${label})` : ''}`;
}

/** A gap no floor covers, as the calculator lists it and its Markdown export says it. */
export const uncoveredGapText = (model: ScorecardModel, gap: UncoveredGap): string => `Gap no decision floor covers: ${ratingText(model, gap)}.`;

/**
 * What a recommendation means, chosen from the ratings as well as the score: the band's own meaning,
 * unless the band is one a floor can rule out and a rating that floor names sits on a dimension it
 * does not cover. Then the band's meaning (“no material gaps”, “any gaps are minor”) would be false,
 * and the text says what happened instead: which rating, why no floor applies, that the band stands.
 */
export function bandMeaning(model: ScorecardModel, band: Band, uncovered: readonly UncoveredGap[]): string {
  const gaps = uncovered.filter((g) => g.floors.some((f) => f.blocks.includes(band.id)));
  if (!gaps.length) return band.meaning;
  const one = gaps.length === 1;
  return (
    `The score reaches ${band.label}, but not without ${one ? 'a gap' : 'gaps'}: ${listWords(gaps.map((g) => ratingText(model, g)))}. ` +
    `No decision floor covers ${one ? 'that dimension' : 'those dimensions'}, so the band stands; weigh ${one ? 'the gap' : 'the gaps'} at the debrief before an offer.`
  );
}

/** The band of a score with floors applied: the highest band the score reaches that no hit rules out. */
export function bandWithFloors(model: ScorecardModel, score: number, hits: readonly FloorHit[]): Band | null {
  const blocked = new Set(hits.flatMap((h) => h.floors.flatMap((f) => f.blocks)));
  return model.bands.find((b) => score + 1e-9 >= b.minScore && !blocked.has(b.id)) ?? null;
}

/** The band a score falls in: the highest band whose `minScore` it reaches (a tolerance absorbs floating-point noise). */
export function bandFor(model: ScorecardModel, score: number): Band | null {
  return model.bands.find((b) => score + 1e-9 >= b.minScore) ?? null;
}

export function computeScorecard(model: ScorecardModel, input: Ratings): ScorecardResult {
  const valid = new Set(model.scale.map((s) => s.rating));
  const warnings: ScorecardWarning[] = [];
  let weighted = 0;
  let ratedWeight = 0;
  let ratedCount = 0;
  for (const d of model.dimensions) {
    const rating = input.ratings[d.competency];
    if (rating === undefined || !valid.has(rating)) {
      warnings.push({ kind: 'missing-rating', competency: d.competency, message: `${d.label} has no rating.` });
      continue;
    }
    weighted += d.weight * rating;
    ratedWeight += d.weight;
    ratedCount += 1;
    if (!input.notes[d.competency]?.trim())
      warnings.push({ kind: 'missing-note', competency: d.competency, message: `${d.label} is rated ${rating} without an evidence note.` });
  }
  const totalWeight = model.dimensions.reduce((sum, d) => sum + d.weight, 0);
  const score = ratedWeight > 0 ? weighted / ratedWeight : null;
  const checked = new Set(input.redFlags);
  const redFlags = model.redFlags.filter((f) => checked.has(f.id));
  const outcome: Outcome = redFlags.length
    ? 'debrief-required'
    : score === null
      ? 'no-ratings'
      : ratedCount < model.dimensions.length
        ? 'provisional'
        : 'recommendation';
  const hits = floorHits(model, input.ratings);
  const scoreBand = score === null ? null : bandFor(model, score);
  const band = score === null ? null : bandWithFloors(model, score, hits);
  return { outcome, score, band, cappedFrom: band?.id !== scoreBand?.id ? scoreBand : null, floorHits: hits, uncoveredGaps: uncoveredGaps(model, input.ratings), ratedCount, ratedWeight, totalWeight, redFlags, warnings };
}

/** Which ratings a floor catches, in words: “a rating of 1 on a dimension weighted 15% or more, or on Leadership & mentorship”. */
function floorCondition(model: ScorecardModel, floor: Floor): string {
  const lowest = Math.min(...model.scale.map((s) => s.rating));
  const rating = floor.ratingAtOrBelow <= lowest ? `a rating of ${floor.ratingAtOrBelow}` : `a rating of ${floor.ratingAtOrBelow} or lower`;
  const named = floor.dimensions.map((c) => model.dimensions.find((d) => d.competency === c)?.label ?? c);
  // A floor that applies to every dimension (by weight, by name, or both) has no condition to name:
  // “weighted 1% or more” would read as one.
  const everyDimension = model.dimensions.length > 0 && model.dimensions.every((d) => floorAppliesTo(floor, d));
  const where = everyDimension
    ? 'on any dimension'
    : [floor.minWeight === undefined ? '' : `on a dimension weighted ${floor.minWeight}% or more`, named.length ? `on ${listWords(named)}` : ''].filter(Boolean).join(', or ');
  return `${rating} ${where}`;
}

const bandWords = (model: ScorecardModel, ids: readonly string[]) => listWords(model.bands.filter((b) => ids.includes(b.id)).map((b) => b.label));

/** A floor in words, from its data: “a rating of 1 on a dimension weighted 15% or more, or on Leadership & mentorship, rules out Strong hire and Hire”. */
export function floorRule(model: ScorecardModel, floor: Floor): string {
  return `${floorCondition(model, floor)} rules out ${bandWords(model, floor.blocks)}`;
}

/**
 * One hit in words, each rating and each band it rules out said once, with the floor that says the
 * most: “ML system design is rated 1 (Below the bar), and a rating of 1 on a dimension weighted 15%
 * or more rules out Strong hire and Hire”. When no one floor says it all, each is named and the bands
 * they rule out between them follow once.
 */
export function floorHitText(model: ScorecardModel, hit: FloorHit): string {
  const conditions = [...new Set(strongestFloors(hit.floors).map((f) => floorCondition(model, f)))];
  const bands = bandWords(model, hit.blocked.map((b) => b.id));
  return `${ratingText(model, hit)}, and ${listWords(conditions)} ${conditions.length === 1 ? `rules out ${bands}` : `rule out ${bands} between them`}`;
}

/**
 * What a floor did to a result, for the sentence that then names the ratings: “A decision floor
 * holds the result at Mixed, where the score alone reads Strong hire”. It names the band shown, not
 * only the one ruled out: “below Strong hire” would read as Hire when the floor rules out both.
 */
export function floorCapText(band: Band | null, cappedFrom: Band): string {
  return `A decision floor holds the result at ${band?.label ?? 'no band'}, where the score alone reads ${cappedFrom.label}`;
}

/**
 * A band's name with what it measured and its advice, as a headline: “Hire — weighted score 3.25”,
 * and “Mixed (weighted score 3.40): discuss at debrief” where the band advises, so that the advice
 * ends the sentence instead of sitting between the name and the score.
 */
export const bandHeadline = (band: Band | null, measure: string) => (band?.advice ? `${band.label} (${measure}): ${band.advice}` : `${band?.label ?? 'No band'} — ${measure}`);

/** A band where it stands alone (a table of bands): its name, then its advice after a dash. */
export const bandTitle = (band: Band) => (band.advice ? `${band.label} — ${band.advice}` : band.label);

/**
 * A score as shown everywhere: two decimals (`3.10`). Given the bands it is read against, a score
 * under a band's minimum never shows as reaching it: a debrief's mean of means can fall a few
 * thousandths under (2.9958), which rounds to “3.00” beside a band that needs 3; such a score is
 * cut instead (“2.99”). The tolerance is `bandFor`'s, so floating-point noise under a minimum the
 * band counts as reached still shows as reaching it.
 */
export function formatScore(score: number, bands: readonly Pick<Band, 'minScore'>[] = []): string {
  const rounded = score.toFixed(2);
  const crosses = bands.some((b) => score + 1e-9 < b.minScore && Number(rounded) >= b.minScore);
  return crosses ? (Math.floor((score + 1e-9) * 100) / 100).toFixed(2) : rounded;
}

/** The result in words: a headline and one or two sentences, for the live region, the page and the Markdown export. */
export function describeResult(model: ScorecardModel, r: ScorecardResult): { headline: string; detail: string } {
  const scoreText = r.score === null ? '' : `weighted score ${formatScore(r.score, model.bands)}`;
  const band = r.band ? r.band.label : 'no band';
  const capped = r.cappedFrom
    ? ` ${floorCapText(r.band, r.cappedFrom)}: ${r.floorHits.filter((h) => h.blocked.some((b) => b.id === r.cappedFrom!.id)).map((h) => floorHitText(model, h)).join('; ')}.`
    : '';
  switch (r.outcome) {
    case 'no-ratings':
      return { headline: 'No ratings yet', detail: 'Rate each dimension to see the weighted score.' };
    case 'debrief-required':
      return {
        headline: 'Debrief required',
        detail:
          `${r.redFlags.length === 1 ? 'A red flag is' : `${r.redFlags.length} red flags are`} checked: the panel decides at the debrief, whatever the score.` +
          (r.score === null ? '' : ` For context only: ${scoreText} (${band} band).`) +
          capped,
      };
    case 'provisional':
      return {
        headline: `Provisional: ${formatScore(r.score!, model.bands)} (${band} so far${r.band?.advice ? `: ${r.band.advice}` : ''})`,
        detail: `Score over ${r.ratedCount} of ${model.dimensions.length} dimensions (${Math.round((100 * r.ratedWeight) / r.totalWeight)}% of the weight). Rate every dimension for a recommendation.${capped}`,
      };
    case 'recommendation':
      return { headline: bandHeadline(r.band, scoreText), detail: `${r.band ? bandMeaning(model, r.band, r.uncoveredGaps) : ''}${capped}`.trim() };
  }
}

/** A band's range in words, e.g. `3.00 to under 3.50`, from the bands above it. */
export function bandRanges(model: ScorecardModel): { band: Band; range: string }[] {
  const ratings = model.scale.map((s) => s.rating);
  const [bottom, top] = [Math.min(...ratings), Math.max(...ratings)];
  return model.bands.map((band, i) => {
    const above = model.bands[i - 1];
    const from = formatScore(Math.max(band.minScore, bottom));
    return { band, range: above ? `${from} to under ${formatScore(above.minScore)}` : `${from} to ${formatScore(top)}` };
  });
}

/** A floor as a sentence on the hiring guide: its rule in words, capitalized. */
export function floorSentence(model: ScorecardModel, floor: Floor): string {
  return asSentence(floorRule(model, floor));
}

/**
 * The worked example of a scorecard, step by step as the hiring guide shows it: each dimension's
 * weight times its rating, their sum, the weights' total, and the calculator's own result.
 */
export function workedExampleSteps(model: ScorecardModel, ratings: Ratings['ratings']) {
  const rows = model.dimensions.map((d) => ({ dimension: d, rating: ratings[d.competency] ?? 0, product: d.weight * (ratings[d.competency] ?? 0) }));
  return {
    rows,
    sum: rows.reduce((total, r) => total + r.product, 0),
    weights: model.dimensions.reduce((total, d) => total + d.weight, 0),
    result: computeScorecard(model, { ratings, notes: {}, redFlags: [] }),
  };
}
