/**
 * Growth records made from whatever ladder a page carries (its levels, competencies and KPIs, never
 * typed-out ids), for the browser tests of the growth tools and for looking at the pages with data.
 *
 * - `engineer`: someone at a level with a level above it in their track, three check-ins whose
 *   ratings move, evidence entries between them, and a target one level up.
 * - `reviewedEngineer`: the same engineer with their manager’s review of the latest check-in.
 * - `team`: five people at the levels of that track, one who looks ready for the next level (exceeds
 *   most competencies, twice), one with an outlier (a rating below their level, and a manager two
 *   steps away), the rest between.
 */
import { checkInRatings, competenciesOf, type Rating } from '../../src/lib/growth/check-in-scale.ts';
import { annotateAsReviewer, changeReview, rateAsReviewer, type CheckIn, type EvidenceEntry, type GrowthRecord } from '../../src/lib/growth/growth-record.ts';
import type { GrowthKpi } from '../../src/lib/growth/growth-store.ts';
import { levelsOfTrack } from '../../src/lib/ladder/level-order.ts';
import type { Ladder, LadderLevel } from '../../src/lib/growth/self-assessment.ts';

/** The ladder and KPIs as a growth page serialises them (`[data-growth-model]`). */
export interface GrowthModel {
  ladder: Ladder;
  kpis: GrowthKpi[];
}

/** A track with at least three levels, and a level in it with a level below and above. */
export function trackOf(ladder: Ladder): { track: LadderLevel[]; level: LadderLevel; below: LadderLevel; above: LadderLevel } {
  for (const t of ladder.tracks) {
    const track = levelsOfTrack(ladder.levels, t.id);
    if (track.length >= 3) return { track, below: track[0]!, level: track[1]!, above: track[2]! };
  }
  throw new Error('The growth scenarios need a track with three levels or more.');
}

const ratingsFor = (ladder: Ladder, level: string, pick: (i: number) => Rating): Record<string, Rating> =>
  Object.fromEntries(competenciesOf(ladder, level).map((c, i) => [c.id, pick(i)]));

function checkIn(id: string, date: string, level: string, ratings: Record<string, Rating>, notes: Record<string, string> = {}): CheckIn {
  return {
    id,
    date,
    level,
    summary: '',
    competencies: Object.fromEntries(Object.entries(ratings).map(([c, rating]) => [c, { rating, notes: notes[c] ?? '', links: [] }])),
  };
}

const entry = (id: string, date: string, title: string, competencies: string[], kpis: string[] = []): EvidenceEntry => ({
  id,
  date,
  title,
  details: `What happened, the outcome, and who saw it (${title.toLowerCase()}).`,
  links: ['https://example.org/evidence/' + id],
  competencies,
  kpis,
});

/** Dates of the engineer's three check-ins, oldest first. */
export const checkInDates = ['2025-01-15', '2025-04-15', '2025-07-15'] as const;

export function engineer(model: GrowthModel, name = 'Ada Example'): GrowthRecord {
  const { ladder } = model;
  const { level, above } = trackOf(ladder);
  const cs = competenciesOf(ladder, level.id).map((c) => c.id);
  const kpi = model.kpis.find((k) => k.level === level.id)?.id;
  // The ratings climb: towards → meets → exceeds, staggered by competency so some move and some do not.
  const at = (step: number) => ratingsFor(ladder, level.id, (i) => checkInRatings[Math.min(3, 1 + Math.floor((step + (i % 3)) / 2))]!);
  return {
    id: 'gr-ada',
    name,
    target: above.id,
    checkIns: checkInDates.map((date, i) => checkIn(`ci-${i + 1}`, date, level.id, at(i), i === 2 ? { [cs[0]!]: 'Led the design review of the ranking service.' } : {})),
    evidence: [
      entry('ev-1', '2025-02-10', 'Wrote the evaluation plan for the churn model', [cs[0]!, cs[1] ?? cs[0]!]),
      entry('ev-2', '2025-03-20', 'Closed the feature-store incident', [cs[1] ?? cs[0]!], kpi ? [kpi] : []),
      entry('ev-3', '2025-05-05', 'Mentored two engineers through their first launch', [cs.at(-1)!]),
      entry('ev-4', '2025-06-30', 'Shipped the ranking model to production', [cs[0]!], kpi ? [kpi] : []),
    ],
    reviews: [],
  };
}

/** The engineer after importing the combined record back: their manager's review of the latest check-in rates two competencies, notes one, and sums up. */
export function reviewedEngineer(model: GrowthModel): GrowthRecord {
  const ada = engineer(model);
  const latest = ada.checkIns.at(-1)!;
  const [first, second] = competenciesOf(model.ladder, latest.level);
  return changeReview(ada, latest.id, 'Grace Manager', '2025-07-20', (v) => ({
    ...annotateAsReviewer(rateAsReviewer(rateAsReviewer(v, first!.id, 'meets'), second!.id, 'exceeds'), second!.id, 'Led the migration.'),
    summary: 'A strong quarter.',
  }));
}

/** Five people at the levels of one track, with manager reviews on some. */
export function team(model: GrowthModel): GrowthRecord[] {
  const { ladder } = model;
  const { track, level } = trackOf(ladder);
  const person = (id: string, name: string, at: LadderLevel, pick: (i: number) => Rating, dates: readonly string[] = ['2025-06-01']): GrowthRecord => ({
    id,
    name,
    target: null,
    checkIns: dates.map((d, i) => checkIn(`${id}-ci-${i + 1}`, d, at.id, ratingsFor(ladder, at.id, pick))),
    evidence: competenciesOf(ladder, at.id)
      .slice(0, 2)
      .map((c, i) => entry(`${id}-ev-${i + 1}`, '2025-05-01', `${name}’s work on ${c.name}`, [c.id])),
    reviews: [],
  });
  const ready = person('p-ready', 'Bea Ready', level, (i) => (i % 4 === 3 ? 'meets' : 'exceeds'), ['2025-01-10', '2025-06-01']);
  const outlier = person('p-outlier', 'Cy Outlier', level, (i) => (i === 0 ? 'below' : i === 1 ? 'exceeds' : 'meets'));
  const reviewedOutlier = changeReview(outlier, 'p-outlier-ci-1', 'Grace Manager', '2025-06-10', (v) => rateAsReviewer(v, competenciesOf(ladder, level.id)[1]!.id, 'towards'));
  return [
    engineer(model, 'Ada Example'),
    ready,
    reviewedOutlier,
    person('p-steady', 'Dee Steady', track[0]!, () => 'meets'),
    person('p-new', 'Eli New', track.at(-1)!, (i) => (i % 2 ? 'meets' : 'towards')),
  ];
}

/** The envelope a growth file holds (what an engineer exports). */
export const recordFile = (record: GrowthRecord): string =>
  JSON.stringify({ format: 'ml-career-handbook', tool: 'self-assessment', version: 2, savedAt: '2025-07-20T10:00:00.000Z', data: record }, null, 2);
