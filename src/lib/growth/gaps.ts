/**
 * Gaps between the levels a reader demonstrates and a target level, ranked, on either track.
 *
 * Only the competencies the target level expects count. For each of them the gap is the target's
 * proficiency minus the proficiency of the level the reader demonstrates, and it is one of three
 * kinds:
 *   - `depth`: the target expects more depth (a positive gap);
 *   - `scope`: the same depth, but the level demonstrated is below the target in the same track,
 *     so the target's behaviors (its scope) are not demonstrated yet;
 *   - `new-in-kind`: no level the reader demonstrates or holds expects the competency at all,
 *     because it belongs to the target's track only (people management for an engineer moving
 *     into management). The reader's depth counts as zero: it is work of a different kind.
 * A competency is new in kind when the level rated for it does not expect it, or when it is not
 * rated and the reader's current level does not expect it (a Staff engineer has no level of their
 * own to rate people management with). Everything else rated is "met", including a level of
 * another track at the same or more depth (its track applies the competency differently, which the
 * comparison pages explain); competencies without a rating are listed apart as "unrated".
 *
 * Ranking, most pressing first:
 *   1. larger gap first (so every proficiency gap comes before every scope gap);
 *   2. then the larger interview-scorecard weight first (the competencies the loop weighs most);
 *   3. then the ladder's competency order (`competencies.yaml`), so the order is always total.
 */
import { outOf } from '../ladder/proficiency-scale.ts';
import { levelById, ratingOf, type Assessment, type Ladder, type LadderLevel } from './self-assessment.ts';

export type GapKind = 'depth' | 'scope' | 'new-in-kind';

export interface Gap {
  competency: string;
  /** Id of the level demonstrated; null when no level the reader demonstrates expects the competency. */
  demonstrated: string | null;
  /** The proficiency demonstrated; 0 when none. */
  yours: number;
  target: number;
  /** `target - yours`; zero or negative when the depth is met. */
  gap: number;
  /** The level demonstrated is below the target in the same track. */
  behind: boolean;
  /** Scorecard weight in percent; 0 when the scorecard does not weigh the competency. */
  weight: number;
  /** Why it is a gap (for a met competency: `depth`, with a gap of zero or less). */
  kind: GapKind;
}

export interface GapReport {
  target: string;
  /** Gaps to close, ranked. */
  gaps: Gap[];
  /** Rated competencies that meet the target, in competency order. */
  met: Gap[];
  /** Competencies the target expects that have no rating, in competency order. */
  unrated: string[];
}

/** Orders two gaps by the ranking above; `order` is each competency's position in the ladder. */
export function compareGaps(a: Gap, b: Gap, order: (competency: string) => number): number {
  return b.gap - a.gap || b.weight - a.weight || order(a.competency) - order(b.competency);
}

export const isGap = (g: Gap): boolean => g.gap > 0 || g.behind || g.kind === 'new-in-kind';

/** The gap of one competency the target expects at `wanted`, from the level rated for it (if any) and the reader's current level. */
function gapOf(ladder: Ladder, target: LadderLevel, competency: string, wanted: number, rated: LadderLevel | undefined, current: LadderLevel | undefined): Gap | undefined {
  const weight = ladder.weights[competency] ?? 0;
  const yours = rated?.expectations[competency]?.proficiency;
  if (rated && yours !== undefined) {
    const behind = rated.track === target.track && rated.rank < target.rank;
    return { competency, demonstrated: rated.id, yours, target: wanted, gap: wanted - yours, behind, weight, kind: wanted > yours ? 'depth' : behind ? 'scope' : 'depth' };
  }
  const holder = rated ?? current;
  if (holder && holder.expectations[competency] === undefined)
    return { competency, demonstrated: null, yours: 0, target: wanted, gap: wanted, behind: false, weight, kind: 'new-in-kind' };
  return undefined;
}

/** The ranked gaps against the assessment's target level, or null when no target is chosen. */
export function rankGaps(ladder: Ladder, a: Assessment): GapReport | null {
  const target = levelById(ladder, a.target);
  if (!target) return null;
  const current = levelById(ladder, a.current);
  const ids = ladder.competencies.map((c) => c.id).filter((c) => target.expectations[c] !== undefined);
  const rated: Gap[] = [];
  const unrated: string[] = [];
  for (const competency of ids) {
    const gap = gapOf(ladder, target, competency, target.expectations[competency]!.proficiency, levelById(ladder, ratingOf(a, competency)), current);
    if (gap) rated.push(gap);
    else unrated.push(competency);
  }
  const order = (c: string) => ids.indexOf(c);
  return {
    target: target.id,
    gaps: rated.filter(isGap).sort((x, y) => compareGaps(x, y, order)),
    met: rated.filter((g) => !isGap(g)),
    unrated,
  };
}

/** One sentence on a gap against the level `target`, for the page and the exported plan: what the reader shows, what the target expects, and why it is a gap. */
export function describeGap(ladder: Ladder, target: string, g: Gap): string {
  const to = levelById(ladder, target)?.shortTitle ?? target;
  const name = ladder.competencies.find((c) => c.id === g.competency)?.name ?? g.competency;
  const expects = `${to} expects ${outOf(g.target, ladder.scale)}`;
  if (g.kind === 'new-in-kind') return `None of your levels expects ${name.toLowerCase()}; ${expects}: new in kind for you, not more of the same.`;
  const yours = `You demonstrate ${levelById(ladder, g.demonstrated)?.shortTitle ?? g.demonstrated} at ${outOf(g.yours, ladder.scale)}`;
  return `${yours}; ${expects}: ${g.kind === 'scope' ? 'the same proficiency, at a wider scope' : `a proficiency gap of ${g.gap}`}.`;
}
