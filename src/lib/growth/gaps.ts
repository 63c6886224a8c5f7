/**
 * Gaps between the levels a reader demonstrates and a target level, ranked.
 *
 * For each competency the reader rated, the gap is the target level's proficiency minus the
 * proficiency of the level they demonstrate. A competency is a gap to close when
 *   - the gap is positive (the target expects more depth), or
 *   - the gap is zero but the level demonstrated is below the target in the same track: the depth is
 *     the same, yet the target's behaviors (its scope) are not demonstrated yet ("scope gap").
 * Everything else rated is "met"; competencies without a rating are listed apart as "unrated".
 *
 * Ranking, most pressing first:
 *   1. larger proficiency gap first (so every proficiency gap comes before every scope gap);
 *   2. then the larger interview-scorecard weight first (the competencies the loop weighs most);
 *   3. then the ladder's competency order (`competencies.yaml`), so the order is always total.
 */
import { levelById, ratingOf, type Assessment, type Ladder } from './self-assessment.ts';

export interface Gap {
  competency: string;
  /** Id of the level demonstrated. */
  demonstrated: string;
  yours: number;
  target: number;
  /** `target - yours`; zero or negative when the depth is met. */
  gap: number;
  /** The level demonstrated is below the target in the same track. */
  behind: boolean;
  /** Scorecard weight in percent; 0 when the scorecard does not weigh the competency. */
  weight: number;
}

export interface GapReport {
  target: string;
  /** Gaps to close, ranked. */
  gaps: Gap[];
  /** Rated competencies that meet the target, in competency order. */
  met: Gap[];
  /** Competencies without a rating, in competency order. */
  unrated: string[];
}

/** Orders two gaps by the ranking above; `order` is each competency's position in the ladder. */
export function compareGaps(a: Gap, b: Gap, order: (competency: string) => number): number {
  return b.gap - a.gap || b.weight - a.weight || order(a.competency) - order(b.competency);
}

export const isGap = (g: Gap): boolean => g.gap > 0 || g.behind;

/** The ranked gaps against the assessment's target level, or null when no target is chosen. */
export function rankGaps(ladder: Ladder, a: Assessment): GapReport | null {
  const target = levelById(ladder, a.target);
  if (!target) return null;
  const ids = ladder.competencies.map((c) => c.id);
  const rated: Gap[] = [];
  const unrated: string[] = [];
  for (const competency of ids) {
    const level = levelById(ladder, ratingOf(a, competency));
    const yours = level?.expectations[competency]?.proficiency;
    const wanted = target.expectations[competency]?.proficiency;
    if (!level || yours === undefined || wanted === undefined) {
      unrated.push(competency);
      continue;
    }
    rated.push({
      competency,
      demonstrated: level.id,
      yours,
      target: wanted,
      gap: wanted - yours,
      behind: level.track === target.track && level.rank < target.rank,
      weight: ladder.weights[competency] ?? 0,
    });
  }
  const order = (c: string) => ids.indexOf(c);
  return {
    target: target.id,
    gaps: rated.filter(isGap).sort((x, y) => compareGaps(x, y, order)),
    met: rated.filter((g) => !isGap(g)),
    unrated,
  };
}
