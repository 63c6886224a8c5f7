/**
 * The check-in's rating scale and its anchors in the ladder's own texts.
 *
 * A check-in rates each competency of the person's level L on four steps. Each step is anchored in
 * what a level of L's track consistently does, so that two people reading the same evidence reach
 * the same rating:
 *
 *   exceeds   consistently does what the next level of L's track expects
 *   meets     consistently does what L expects
 *   towards   consistently does what the previous level expects, and part of what L expects
 *   below     not yet consistently what the previous level expects
 *
 * At the ends of a track the missing neighbour is said in words ("beyond the highest level", "part
 * of what L expects") and has no level to point to.
 *
 * The level a rating points to (`demonstratedLevel`) is what the self-assessment's gaps, chart and
 * plan read (src/lib/growth/gaps.ts): exceeds → the next level (L at the top of a track), meets → L,
 * towards → the previous level, below → the level before that (at most what it does). A rating with
 * no such level (towards at the bottom of a track, below at the bottom two) points under the ladder.
 *
 * Pure and free of Astro and Node imports (the islands use it).
 */
import { levelsOfTrack } from '../ladder/level-order.ts';
import { levelById, type Ladder, type LadderLevel } from './self-assessment.ts';

/** The steps of a check-in rating, lowest first. */
export const checkInRatings = ['below', 'towards', 'meets', 'exceeds'] as const;
export type Rating = (typeof checkInRatings)[number];

export const ratingNames: Record<Rating, string> = {
  below: 'Below',
  towards: 'Working towards',
  meets: 'Meets',
  exceeds: 'Exceeds',
};

/** What each rating is anchored in and means, for any level (the page's explanation of the scale). */
export const ratingAnchors: Record<Rating, { anchor: string; meaning: string }> = {
  below: { anchor: 'The previous level of your track', meaning: 'Not yet consistently what the previous level does.' },
  towards: { anchor: 'The previous level, and yours', meaning: 'Consistently what the previous level does, and part of what yours does.' },
  meets: { anchor: 'Your level', meaning: 'Consistently what your level does.' },
  exceeds: { anchor: 'The next level of your track', meaning: 'Consistently what the next level does.' },
};

/** A rating's position on the scale: 0 for `below` … 3 for `exceeds`. */
export const ratingStep = (rating: Rating): number => checkInRatings.indexOf(rating);

export const isRating = (value: unknown): value is Rating => typeof value === 'string' && (checkInRatings as readonly string[]).includes(value);

/** The level of the same track just below or above `level` that has an expectation for `competency`. */
function neighbour(ladder: Ladder, level: LadderLevel, competency: string, direction: -1 | 1): LadderLevel | undefined {
  const track = levelsOfTrack(ladder.levels, level.track).filter((l) => l.expectations[competency]);
  const index = track.findIndex((l) => l.id === level.id);
  return index < 0 ? undefined : track[index + direction];
}

/** The competencies a check-in at `level` rates: those the level has an expectation for, in the ladder's order. */
export function competenciesOf(ladder: Ladder, level: string | null | undefined): Ladder['competencies'] {
  const l = levelById(ladder, level);
  return l ? ladder.competencies.filter((c) => l.expectations[c.id]) : [];
}

export interface Anchor {
  rating: Rating;
  /** The level whose expectation anchors the rating; absent at the ends of a track and for `below`'s own text. */
  level?: LadderLevel;
  /** One sentence: what the rating means for this level and competency. */
  meaning: string;
  /** The anchoring level's behaviors for the competency (empty when there is no anchoring level). */
  behaviors: string[];
}

/**
 * The four anchors of a rating of `competency` at `level`, lowest first; empty when the level has
 * no expectation for the competency.
 */
export function anchorsOf(ladder: Ladder, levelId: string, competency: string): Anchor[] {
  const level = levelById(ladder, levelId);
  if (!level?.expectations[competency]) return [];
  const previous = neighbour(ladder, level, competency, -1);
  const next = neighbour(ladder, level, competency, 1);
  const does = (l: LadderLevel) => l.expectations[competency]?.behaviors ?? [];
  return [
    {
      rating: 'below',
      ...(previous ? { level: previous } : {}),
      meaning: previous ? `Not yet consistently what ${previous.shortTitle} does.` : `Little of what ${level.shortTitle} does yet.`,
      behaviors: previous ? does(previous) : [],
    },
    {
      rating: 'towards',
      ...(previous ? { level: previous } : {}),
      meaning: previous
        ? `Consistently what ${previous.shortTitle} does, and part of what ${level.shortTitle} does.`
        : `Part of what ${level.shortTitle} does, not yet consistently.`,
      behaviors: previous ? does(previous) : [],
    },
    { rating: 'meets', level, meaning: `Consistently what ${level.shortTitle} does.`, behaviors: does(level) },
    {
      rating: 'exceeds',
      ...(next ? { level: next } : {}),
      meaning: next ? `Consistently what ${next.shortTitle} does.` : `Consistently beyond what ${level.shortTitle} does, the highest level of its track.`,
      behaviors: next ? does(next) : [],
    },
  ];
}

/** The level a rating points to, for the gaps, the chart and the plan; null when it points under the ladder. */
export function demonstratedLevel(ladder: Ladder, levelId: string, competency: string, rating: Rating): string | null {
  const level = levelById(ladder, levelId);
  if (!level?.expectations[competency]) return null;
  if (rating === 'meets') return level.id;
  if (rating === 'exceeds') return (neighbour(ladder, level, competency, 1) ?? level).id;
  const previous = neighbour(ladder, level, competency, -1);
  if (rating === 'towards') return previous?.id ?? null;
  return (previous && neighbour(ladder, previous, competency, -1)?.id) ?? null;
}

/**
 * Where a rating sits on its track, so that ratings against different levels of one track compare:
 * the level's position in the track plus the rating's distance from `meets`. A Lead who meets and a
 * Staff working towards sit at the same place. Null when the level or competency is unknown.
 */
export function trackPosition(ladder: Ladder, levelId: string, competency: string, rating: Rating): number | null {
  const level = levelById(ladder, levelId);
  if (!level?.expectations[competency]) return null;
  const index = levelsOfTrack(ladder.levels, level.track)
    .filter((l) => l.expectations[competency])
    .findIndex((l) => l.id === level.id);
  return index + ratingStep(rating) - ratingStep('meets');
}

/**
 * The rating at `levelId` that matches a level chosen in the earlier self-assessment, which
 * recorded the level demonstrated per competency: the same level is `meets`, a higher level of the
 * track `exceeds`, the level just below `towards`, anything lower `below`. Across tracks, the
 * proficiency decides: higher `exceeds`, equal `meets`, one step lower `towards`, else `below`.
 */
export function ratingForLevel(ladder: Ladder, levelId: string, competency: string, demonstrated: string): Rating | null {
  const level = levelById(ladder, levelId);
  const shown = levelById(ladder, demonstrated);
  const want = level?.expectations[competency]?.proficiency;
  const have = shown?.expectations[competency]?.proficiency;
  if (!level || !shown || want === undefined || have === undefined) return null;
  if (shown.track === level.track) {
    const distance = (trackPosition(ladder, shown.id, competency, 'meets') ?? 0) - (trackPosition(ladder, level.id, competency, 'meets') ?? 0);
    return distance > 0 ? 'exceeds' : distance === 0 ? 'meets' : distance === -1 ? 'towards' : 'below';
  }
  return have > want ? 'exceeds' : have === want ? 'meets' : have === want - 1 ? 'towards' : 'below';
}

/**
 * A level to show the anchors with: the first, in ladder order, whose track has a level below and a
 * level above it for `competency`; else the first level with an expectation for it.
 */
export function exampleLevel(ladder: Ladder, competency: string): LadderLevel | undefined {
  const rated = ladder.levels.filter((l) => l.expectations[competency]);
  return rated.find((l) => neighbour(ladder, l, competency, -1) && neighbour(ladder, l, competency, 1)) ?? rated[0];
}
