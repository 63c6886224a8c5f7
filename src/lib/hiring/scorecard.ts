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
 */

export interface ScaleStep {
  rating: number;
  label: string;
  meaning: string;
}
export interface Band {
  id: string;
  label: string;
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

/** Everything the calculator needs from the content, serialized into the page for the island. */
export interface ScorecardModel {
  role: string;
  roleTitle: string;
  scale: ScaleStep[];
  /** Highest `minScore` first. */
  bands: Band[];
  dimensions: Dimension[];
  redFlags: RedFlag[];
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

export interface ScorecardResult {
  outcome: Outcome;
  /** Weighted score over the rated dimensions, unrounded; `null` when nothing is rated. */
  score: number | null;
  /** The band the score falls in (“so far” when provisional); `null` when nothing is rated. */
  band: Band | null;
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
}): ScorecardModel {
  return {
    role: input.role,
    roleTitle: input.roleTitle,
    scale: input.scale.map(({ rating, label, meaning }) => ({ rating, label, meaning })).sort((a, b) => a.rating - b.rating),
    bands: input.bands.map(({ id, label, minScore, meaning }) => ({ id, label, minScore, meaning })).sort((a, b) => b.minScore - a.minScore),
    dimensions: input.dimensions.map(({ competency, label, weight }) => ({ competency, label, weight })),
    redFlags: input.redFlags.map(({ id, text }) => ({ id, text })),
  };
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
  return { outcome, score, band: score === null ? null : bandFor(model, score), ratedCount, ratedWeight, totalWeight, redFlags, warnings };
}

/** A score as shown everywhere: two decimals (`3.10`). */
export const formatScore = (score: number) => score.toFixed(2);

/** The result in words: a headline and one or two sentences, for the live region, the page and the Markdown export. */
export function describeResult(model: ScorecardModel, r: ScorecardResult): { headline: string; detail: string } {
  const scoreText = r.score === null ? '' : `weighted score ${formatScore(r.score)}`;
  const band = r.band ? r.band.label : 'no band';
  switch (r.outcome) {
    case 'no-ratings':
      return { headline: 'No ratings yet', detail: 'Rate each dimension to see the weighted score.' };
    case 'debrief-required':
      return {
        headline: 'Debrief required',
        detail:
          `${r.redFlags.length === 1 ? 'A red flag is' : `${r.redFlags.length} red flags are`} checked: the panel decides at the debrief, whatever the score.` +
          (r.score === null ? '' : ` For context only: ${scoreText} (${band} band).`),
      };
    case 'provisional':
      return {
        headline: `Provisional: ${formatScore(r.score!)} (${band} so far)`,
        detail: `Score over ${r.ratedCount} of ${model.dimensions.length} dimensions (${Math.round((100 * r.ratedWeight) / r.totalWeight)}% of the weight). Rate every dimension for a recommendation.`,
      };
    case 'recommendation':
      return { headline: `${band} — ${scoreText}`, detail: r.band?.meaning ?? '' };
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
