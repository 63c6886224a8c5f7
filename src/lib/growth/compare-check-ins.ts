/**
 * Two check-ins side by side: what moved, what did not, and the evidence logged between them; and
 * every check-in in a row per competency (the competency's timeline).
 *
 * Ratings are against each check-in's own level. Between two levels of one track they compare by
 * their position on the track (`trackPosition`): a Lead who meets and, after a promotion, a Staff
 * who works towards sit at the same place, so nothing "moved down". Across tracks, the rating steps
 * compare as they are and the row says that the levels differ.
 *
 * Pure and free of Astro and Node imports (the islands use it).
 */
import { competenciesOf, ratingStep, trackPosition, type Rating } from './check-in-scale.ts';
import { checkInsByDate, entryOf, evidenceBetween, evidenceFor, type CheckIn, type EvidenceEntry, type GrowthRecord } from './growth-record.ts';
import { levelById, type Ladder } from './self-assessment.ts';

export type Movement = 'up' | 'down' | 'same' | 'newly-rated' | 'no-longer-rated' | 'not-rated';

export interface CompetencyMove {
  competency: string;
  name: string;
  before: Rating | null;
  after: Rating | null;
  movement: Movement;
  /** Positions moved on the track (or rating steps across tracks); 0 unless up or down. */
  steps: number;
  /** The two check-ins rate against levels of different tracks. */
  acrossTracks: boolean;
}

export interface Comparison {
  earlier: CheckIn;
  later: CheckIn;
  levelChanged: boolean;
  /** Every competency either check-in rates, in the ladder's order. */
  moves: CompetencyMove[];
  /** Evidence dated after the earlier check-in, up to the later one, by competency (competencies without any left out). */
  evidence: { competency: string; name: string; entries: EvidenceEntry[] }[];
  /** Entries of that period tagged with no competency. */
  untagged: EvidenceEntry[];
}

function position(ladder: Ladder, c: CheckIn, competency: string, rating: Rating, sameTrack: boolean): number {
  return sameTrack ? (trackPosition(ladder, c.level, competency, rating) ?? ratingStep(rating)) : ratingStep(rating);
}

/** Compares two check-ins of one record, whichever order they come in. */
export function compareCheckIns(ladder: Ladder, r: GrowthRecord, a: CheckIn, b: CheckIn): Comparison {
  const [earlier, later] = a.date <= b.date ? [a, b] : [b, a];
  const sameTrack = levelById(ladder, earlier.level)?.track === levelById(ladder, later.level)?.track;
  const rated = new Set([...competenciesOf(ladder, earlier.level), ...competenciesOf(ladder, later.level)].map((c) => c.id));
  const moves = ladder.competencies
    .filter((c) => rated.has(c.id))
    .map((c): CompetencyMove => {
      const before = entryOf(earlier, c.id).rating;
      const after = entryOf(later, c.id).rating;
      const base = { competency: c.id, name: c.name, before, after, acrossTracks: !sameTrack, steps: 0 };
      if (!before && !after) return { ...base, movement: 'not-rated' };
      if (!before) return { ...base, movement: 'newly-rated' };
      if (!after) return { ...base, movement: 'no-longer-rated' };
      const steps = position(ladder, later, c.id, after, sameTrack) - position(ladder, earlier, c.id, before, sameTrack);
      return { ...base, steps, movement: steps > 0 ? 'up' : steps < 0 ? 'down' : 'same' };
    });
  const entries = evidenceBetween(r, earlier.date, later.date);
  return {
    earlier,
    later,
    levelChanged: earlier.level !== later.level,
    moves,
    evidence: ladder.competencies.map((c) => ({ competency: c.id, name: c.name, entries: evidenceFor(entries, c.id) })).filter((g) => g.entries.length),
    untagged: entries.filter((e) => e.competencies.length === 0),
  };
}

export interface TimelinePoint {
  checkIn: string;
  date: string;
  level: string;
  /** Null when the check-in did not rate the competency; undefined when its level has no expectation for it. */
  rating: Rating | null | undefined;
}

/** Per competency, its rating at every check-in, oldest first. */
export function timelines(ladder: Ladder, r: GrowthRecord): { competency: string; name: string; points: TimelinePoint[] }[] {
  const checkIns = checkInsByDate(r);
  return ladder.competencies
    .map((c) => ({
      competency: c.id,
      name: c.name,
      points: checkIns.map((ci): TimelinePoint => ({
        checkIn: ci.id,
        date: ci.date,
        level: ci.level,
        rating: levelById(ladder, ci.level)?.expectations[c.id] ? entryOf(ci, c.id).rating : undefined,
      })),
    }))
    .filter((t) => t.points.some((p) => p.rating !== undefined));
}

/** A move in words, e.g. `up 1`, `down 2`, `no change`, `newly rated`. */
export function movementText(m: CompetencyMove): string {
  switch (m.movement) {
    case 'up':
      return `up ${m.steps}`;
    case 'down':
      return `down ${-m.steps}`;
    case 'same':
      return 'no change';
    case 'newly-rated':
      return 'newly rated';
    case 'no-longer-rated':
      return 'no longer rated';
    default:
      return 'not rated';
  }
}
