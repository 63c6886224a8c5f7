/**
 * Comparing two levels of the ladder, competency by competency. Pure functions: the comparison
 * pages, the level pages, the promotion guide and the picker's script all call them.
 *
 * A pair of levels is unordered: it has one page (src/lib/site/urls.ts), where the first level
 * comes before the second in ladder order (src/lib/ladder/level-order.ts). So within a track the
 * lower level comes first, and across tracks the level of the earlier track comes first. The
 * comparison then reads "from first to second".
 */

/** What a comparison needs of one competency's expectation at a level. */
export interface ExpectationLike {
  /** A step of the proficiency scale. */
  proficiency: number;
  /** Observable statements; compared as a set of trimmed, whitespace-collapsed texts. */
  behaviors: readonly string[];
}

/**
 * How one competency changes from level `from` to level `to`:
 *
 * - `new`: `to` expects it and `from` does not (across tracks: new in kind, such as people
 *   management for someone moving into management).
 * - `dropped`: `from` expects it and `to` does not.
 * - `raised`: both expect it and `to` asks for a higher proficiency.
 * - `reframed`: both expect it, with different behaviors and no higher proficiency: the competency
 *   is applied to a different scope or in a different way. Within a track the proficiency is then
 *   the same (the validator forbids it to fall, and asks the level to say what differs). Across
 *   tracks it may be lower: a manager applies system design through the team, not hands-on, which
 *   is a different way of applying it and not "less" of it, so no kind calls it lower.
 * - `unchanged`: the same proficiency and the same behaviors.
 */
export type ChangeKind = 'new' | 'raised' | 'reframed' | 'unchanged' | 'dropped';

/** Every change kind, in the order pages list them. */
export const changeKinds: readonly ChangeKind[] = ['new', 'raised', 'reframed', 'unchanged', 'dropped'];

export interface CompetencyChange<E extends ExpectationLike = ExpectationLike> {
  competency: string;
  kind: ChangeKind;
  from: E | undefined;
  to: E | undefined;
  /** `to.proficiency - from.proficiency`; 0 when either side is missing. */
  delta: number;
  /** Behaviors of `to` that `from` does not have (all of them when `from` is missing). */
  added: string[];
  /** Behaviors of `from` that `to` no longer lists. */
  removed: string[];
}

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ');

/** Classifies the change of one competency; `undefined` means the level has no expectation for it. */
export function classifyChange(from: ExpectationLike | undefined, to: ExpectationLike | undefined): ChangeKind {
  if (!from && !to) throw new Error('classifyChange: neither level has an expectation for this competency');
  if (!from) return 'new';
  if (!to) return 'dropped';
  if (to.proficiency > from.proficiency) return 'raised';
  const before = new Set(from.behaviors.map(normalize));
  const after = new Set(to.behaviors.map(normalize));
  const same = before.size === after.size && [...after].every((b) => before.has(b));
  return same && to.proficiency === from.proficiency ? 'unchanged' : 'reframed';
}

/** The change of one competency, with the behaviors that appear and disappear. */
export function compareExpectations<E extends ExpectationLike>(competency: string, from: E | undefined, to: E | undefined): CompetencyChange<E> {
  const kind = classifyChange(from, to);
  const before = new Set((from?.behaviors ?? []).map(normalize));
  const after = new Set((to?.behaviors ?? []).map(normalize));
  return {
    competency,
    kind,
    from,
    to,
    delta: from && to ? to.proficiency - from.proficiency : 0,
    added: (to?.behaviors ?? []).filter((b) => !before.has(normalize(b))),
    removed: (from?.behaviors ?? []).filter((b) => !after.has(normalize(b))),
  };
}

/** What a comparison needs of a level. */
export interface LevelLike<E extends ExpectationLike = ExpectationLike> {
  id: string;
  /** The level's track; a comparison of levels of two tracks is a move across tracks. */
  track?: string;
  expectations: Readonly<Record<string, E>>;
}

export interface Comparison<E extends ExpectationLike = ExpectationLike> {
  from: string;
  to: string;
  /** The levels belong to different tracks. */
  acrossTracks: boolean;
  /** One change per competency that either level expects, in `competencies` order. */
  changes: CompetencyChange<E>[];
  /** How many competencies fall in each kind (every kind present, zero when none). */
  counts: Record<ChangeKind, number>;
}

/** A comparison page's title, as the page, the Browse list and llms.txt name it. */
export const comparisonTitle = (from: { title: string }, to: { title: string }): string => `${from.title} vs ${to.title}`;

/**
 * Compares level `from` with level `to` over the given competency ids (in that order). Competencies
 * that neither level expects are left out.
 */
export function compareLevels<E extends ExpectationLike>(from: LevelLike<E>, to: LevelLike<E>, competencies: readonly string[]): Comparison<E> {
  const changes = competencies
    .filter((c) => from.expectations[c] || to.expectations[c])
    .map((c) => compareExpectations(c, from.expectations[c], to.expectations[c]));
  const counts = Object.fromEntries(changeKinds.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const change of changes) counts[change.kind]++;
  return { from: from.id, to: to.id, acrossTracks: from.track !== to.track, changes, counts };
}
