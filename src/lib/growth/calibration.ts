/**
 * Team calibration: several people's latest check-ins side by side, each against their own level.
 *
 * A cell's rating is the manager's where the manager reviewed the check-in, else the engineer's own
 * (the cell says which). From the cells:
 * - outliers: a rating of `below`; a manager and an engineer `wideDifference` steps apart or more;
 *   or a rating `wideDifference` steps or more from the team's median for that competency (the
 *   median of everyone whose level rates it, so a team of one has no such outlier);
 * - ready for the next level: someone whose level has a next level in its track, rated at least
 *   `meets` on every competency of their level and `exceeds` on at least `readyShare` of them. The
 *   number of check-ins in a row that pass this bar says whether it is sustained.
 * Each comes with the person's evidence for the competencies concerned.
 *
 * Names stay where they were typed: this module only reads records already in the browser.
 * Pure and free of Astro and Node imports (the islands use it).
 */
import { levelsOfTrack } from '../ladder/level-order.ts';
import { checkInRatings, competenciesOf, ratingNames, ratingStep, type Rating } from './check-in-scale.ts';
import { checkInNotesFor, checkInsByDate, entryOf, evidenceFor, latestCheckIn, reviewOf, type CheckIn, type CheckInNote, type EvidenceEntry, type GrowthRecord } from './growth-record.ts';
import { wideDifference } from './review.ts';
import { levelById, type Ladder } from './self-assessment.ts';
import { median } from '../numbers/median.ts';

/** The share of a level's competencies rated `exceeds` that makes someone look ready for the next level. */
export const readyShare = 0.5;

export interface Cell {
  competency: string;
  self: Rating | null;
  manager: Rating | null;
  /** The rating the calibration reads: the manager's, else the engineer's. */
  rating: Rating | null;
  from: 'manager' | 'engineer' | null;
}

export interface PersonRow {
  id: string;
  /** The name typed in the record, else `Person N` (N its place in the list). */
  name: string;
  level: string;
  date: string;
  /** One per ladder competency, in the ladder's order; undefined where the level has no expectation. */
  cells: (Cell | undefined)[];
}

/** What the calibration calls a person without a name. */
export const personName = (r: GrowthRecord, index: number): string => r.name.trim() || `Person ${index + 1}`;

function cellOf(r: GrowthRecord, checkIn: CheckIn, competency: string): Cell {
  const self = entryOf(checkIn, competency).rating;
  const manager = reviewOf(r, checkIn.id)?.competencies[competency]?.rating ?? null;
  return { competency, self, manager, rating: manager ?? self, from: manager ? 'manager' : self ? 'engineer' : null };
}

/** The heatmap's rows: people with at least one check-in, in the order given. */
export function heatmap(ladder: Ladder, people: readonly GrowthRecord[]): PersonRow[] {
  return people.flatMap((r, index) => {
    const checkIn = latestCheckIn(r);
    if (!checkIn) return [];
    const rated = new Set(competenciesOf(ladder, checkIn.level).map((c) => c.id));
    return [
      {
        id: r.id,
        name: personName(r, index),
        level: checkIn.level,
        date: checkIn.date,
        cells: ladder.competencies.map((c) => (rated.has(c.id) ? cellOf(r, checkIn, c.id) : undefined)),
      },
    ];
  });
}

export type OutlierReason = 'below' | 'disagreement' | 'far-from-team';

export interface Outlier {
  person: string;
  name: string;
  competency: string;
  competencyName: string;
  rating: Rating;
  reasons: OutlierReason[];
  /** What each reason means here, in words. */
  explanation: string;
  evidence: EvidenceEntry[];
  /** What the person wrote for the competency at their check-ins up to the row's (evidence too). */
  notes: CheckInNote[];
}

/** Every outlier cell, people in order, competencies in the ladder's order. */
export function outliers(ladder: Ladder, people: readonly GrowthRecord[]): Outlier[] {
  const rows = heatmap(ladder, people);
  const medians = ladder.competencies.map((_, i) => {
    const steps = rows.flatMap((row) => (row.cells[i]?.rating ? [ratingStep(row.cells[i]!.rating!)] : []));
    return steps.length > 1 ? median(steps) : null;
  });
  const found: Outlier[] = [];
  rows.forEach((row) => {
    const record = people.find((p) => p.id === row.id)!;
    row.cells.forEach((cell, i) => {
      if (!cell?.rating) return;
      const reasons: OutlierReason[] = [];
      const words: string[] = [];
      if (cell.rating === 'below') {
        reasons.push('below');
        words.push(`rated ${ratingNames.below.toLowerCase()} the level`);
      }
      if (cell.self && cell.manager && Math.abs(ratingStep(cell.self) - ratingStep(cell.manager)) >= wideDifference) {
        reasons.push('disagreement');
        words.push(`the engineer says ${ratingNames[cell.self].toLowerCase()}, the manager ${ratingNames[cell.manager].toLowerCase()}`);
      }
      const m = medians[i];
      if (m !== null && m !== undefined && Math.abs(ratingStep(cell.rating) - m) >= wideDifference) {
        reasons.push('far-from-team');
        words.push(`${ratingStep(cell.rating) > m ? 'well above' : 'well below'} the team’s median (${medianText(m)})`);
      }
      if (!reasons.length) return;
      const competency = ladder.competencies[i]!;
      found.push({
        person: row.id,
        name: row.name,
        competency: competency.id,
        competencyName: competency.name,
        rating: cell.rating,
        reasons,
        explanation: words.join('; '),
        evidence: evidenceUpTo(record, row.date, competency.id),
        notes: checkInNotesFor(record, competency.id, row.date),
      });
    });
  });
  return found;
}

/** A median step in words: a rating, or between two. */
function medianText(step: number): string {
  const names = checkInRatings.map((r) => ratingNames[r]);
  return Number.isInteger(step) ? names[step]!.toLowerCase() : `between ${names[Math.floor(step)]!.toLowerCase()} and ${names[Math.ceil(step)]!.toLowerCase()}`;
}

const evidenceUpTo = (r: GrowthRecord, date: string, competency: string) =>
  evidenceFor(r.evidence, competency)
    .filter((e) => e.date <= date)
    .sort((a, b) => b.date.localeCompare(a.date));

/** True when a check-in, read with its review, passes the readiness bar. */
function passesBar(ladder: Ladder, r: GrowthRecord, checkIn: CheckIn): boolean {
  const competencies = competenciesOf(ladder, checkIn.level);
  if (!competencies.length) return false;
  const ratings = competencies.map((c) => cellOf(r, checkIn, c.id).rating);
  if (ratings.some((x) => !x || ratingStep(x) < ratingStep('meets'))) return false;
  return ratings.filter((x) => x === 'exceeds').length >= Math.ceil(competencies.length * readyShare);
}

export interface Readiness {
  person: string;
  name: string;
  level: string;
  /** The next level of their track. */
  next: string;
  /** Competencies rated `exceeds`, in the ladder's order. */
  exceeds: string[];
  /** How many check-ins in a row, up to the latest, pass the bar. */
  sustained: number;
  /** Evidence for the competencies rated `exceeds`, by competency. */
  evidence: { competency: string; entries: EvidenceEntry[]; notes: CheckInNote[] }[];
}

/** Who looks ready for the next level, in the order given. */
export function readyForNext(ladder: Ladder, people: readonly GrowthRecord[]): Readiness[] {
  return people.flatMap((r, index) => {
    const latest = latestCheckIn(r);
    const level = levelById(ladder, latest?.level);
    if (!latest || !level) return [];
    const track = levelsOfTrack(ladder.levels, level.track);
    const next = track[track.findIndex((l) => l.id === level.id) + 1];
    if (!next || !passesBar(ladder, r, latest)) return [];
    let sustained = 0;
    for (const c of checkInsByDate(r).reverse()) {
      if (c.level !== latest.level || !passesBar(ladder, r, c)) break;
      sustained++;
    }
    const exceeds = competenciesOf(ladder, latest.level)
      .filter((c) => cellOf(r, latest, c.id).rating === 'exceeds')
      .map((c) => c.id);
    return [
      {
        person: r.id,
        name: personName(r, index),
        level: level.id,
        next: next.id,
        exceeds,
        sustained,
        evidence: exceeds.map((c) => ({ competency: c, entries: evidenceUpTo(r, latest.date, c), notes: checkInNotesFor(r, c, latest.date) })),
      },
    ];
  });
}
