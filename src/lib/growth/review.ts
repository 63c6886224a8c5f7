/**
 * The manager's view beside the engineer's: per competency of a check-in, the engineer's rating,
 * the manager's, and whether they agree. Two people reading the same evidence against the same
 * anchors should land on the same step; a difference of two steps or more is worth a conversation.
 *
 * Pure and free of Astro and Node imports (the islands use it).
 */
import { competenciesOf, ratingNames, ratingStep, type Rating } from './check-in-scale.ts';
import { entryOf, reviewOf, type CheckIn, type GrowthRecord, type Review } from './growth-record.ts';
import type { Ladder } from './self-assessment.ts';
import { calendarDateText } from '../browser/dates.ts';

/** A difference of this many rating steps or more is a disagreement to talk through. */
export const wideDifference = 2;

export type Agreement = 'agree' | 'manager-higher' | 'manager-lower' | 'engineer-only' | 'manager-only' | 'neither';

export interface ReviewRow {
  competency: string;
  name: string;
  engineer: Rating | null;
  manager: Rating | null;
  engineerNotes: string;
  managerNotes: string;
  agreement: Agreement;
  /** Manager's step minus the engineer's; 0 unless both rated. */
  difference: number;
}

/** One row per competency the check-in's level rates, in the ladder's order. */
export function reviewRows(ladder: Ladder, checkIn: CheckIn, review: Review | undefined): ReviewRow[] {
  return competenciesOf(ladder, checkIn.level).map((c) => {
    const own = entryOf(checkIn, c.id);
    const theirs = review?.competencies[c.id];
    const engineer = own.rating;
    const manager = theirs?.rating ?? null;
    const difference = engineer && manager ? ratingStep(manager) - ratingStep(engineer) : 0;
    const agreement: Agreement =
      engineer && manager ? (difference === 0 ? 'agree' : difference > 0 ? 'manager-higher' : 'manager-lower') : engineer ? 'engineer-only' : manager ? 'manager-only' : 'neither';
    return { competency: c.id, name: c.name, engineer, manager, engineerNotes: own.notes, managerNotes: theirs?.notes ?? '', agreement, difference };
  });
}

export interface ReviewSummary {
  /** Competencies both rated. */
  both: number;
  agree: number;
  /** Names of the competencies where the two differ by `wideDifference` steps or more. */
  wide: string[];
}

export function reviewSummary(rows: readonly ReviewRow[]): ReviewSummary {
  const both = rows.filter((r) => r.engineer && r.manager);
  return { both: both.length, agree: both.filter((r) => r.agreement === 'agree').length, wide: both.filter((r) => Math.abs(r.difference) >= wideDifference).map((r) => r.name) };
}

/** The summary of a comparison in words, the same for the manager and the engineer (“you” are the two of them). */
export function agreementLine(s: ReviewSummary): string {
  if (!s.both) return '';
  return `You agree on ${s.agree} of the ${s.both} competencies you both rated.${s.wide.length ? ` Two steps or more apart, worth talking through: ${s.wide.join(', ')}.` : ''}`;
}

/** The mark of a reviewed check-in on the engineer's side, e.g. `Reviewed by your manager, Grace Hopper, on 10 June 2025`. */
export const reviewedMark = (review: Review): string =>
  `Reviewed by your manager${review.reviewer.trim() ? `, ${review.reviewer.trim()},` : ''} on ${calendarDateText(review.date)}`;

/** The agreement in words, e.g. `Agree`, `Manager 1 step higher`, `Only the engineer rated`. */
export function agreementText(row: ReviewRow): string {
  const steps = (n: number) => `${n} step${n === 1 ? '' : 's'}`;
  switch (row.agreement) {
    case 'agree':
      return 'Agree';
    case 'manager-higher':
      return `Manager ${steps(row.difference)} higher`;
    case 'manager-lower':
      return `Manager ${steps(-row.difference)} lower`;
    case 'engineer-only':
      return 'Only the engineer rated';
    case 'manager-only':
      return 'Only the manager rated';
    default:
      return 'Not rated';
  }
}

export const ratingText = (rating: Rating | null): string => (rating ? ratingNames[rating] : 'Not rated');

/** The rows of a record's check-in with its review, if the record has that check-in. */
export function reviewOfCheckIn(ladder: Ladder, r: GrowthRecord, checkIn: CheckIn): { rows: ReviewRow[]; summary: ReviewSummary; review: Review | undefined } {
  const review = reviewOf(r, checkIn.id);
  const rows = reviewRows(ladder, checkIn, review);
  return { rows, summary: reviewSummary(rows), review };
}
