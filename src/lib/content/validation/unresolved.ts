/**
 * Values that already fail their own rule, and what the other rules make of them: none of a check that
 * depends on one runs on it. A misspelled track, expectation key or scorecard dimension is reported
 * once, where it is written (broken-reference); without this, the rules that read it would report
 * correct text elsewhere (a gap in the track the level left, a dimension the hiring guide rates, an
 * expectation "missing" under its right name) and suggest the typo as what was meant.
 *
 * Pure: the sets are read from the loaded content; the decisions are small functions of ids and ranks.
 */
import { didYouMean } from './did-you-mean.ts';
import type { Entry, LoadedContent } from './load.ts';

type Data = Record<string, unknown>;
const dataOf = (e: Entry): Data => (e.data && typeof e.data === 'object' ? (e.data as Data) : {});
const listOf = (v: unknown): Data[] => (Array.isArray(v) ? (v as Data[]) : []);

/**
 * Whether `id` may be what one of `unknown` (ids that fail their rule) was meant to be, so that a check
 * of `id` against the set they belong to cannot be judged: an unknown id one or two edits from `id`, or
 * one that is near no id of `known` at all (then it may have been meant as any).
 */
export function mayBeMeantBy(id: string, unknown: ReadonlySet<string>, known: Iterable<string>): boolean {
  const candidates = [...known];
  for (const typed of unknown) {
    const meant = didYouMean(typed, candidates);
    if (meant === undefined || meant === id) return true;
  }
  return false;
}

/**
 * Whether the ranks of a track have a gap (or do not start at 1) that one of `loose` fills: ranks of
 * levels whose track does not exist, any of which may belong here. Such a track's sequence, and the
 * comparisons of each level with the one below, cannot be judged until the track is spelled right.
 */
export function gapFilledBy(ranks: readonly number[], loose: readonly number[]): boolean {
  const held = new Set(ranks);
  const top = Math.max(0, ...ranks);
  return loose.some((rank) => Number.isInteger(rank) && rank >= 1 && rank <= top && !held.has(rank));
}

export interface Unresolved {
  /** Levels whose `track` names no track, with their rank: broken-reference reports them. */
  offTrack: Map<string, number | undefined>;
  /** By level id: the keys of its `expectations` that name no competency. */
  unknownExpectations: Map<string, Set<string>>;
  /** By role id: the competencies of its scorecard's dimensions that name no competency. */
  unknownDimensions: Map<string, Set<string>>;
  /** The competencies' ids, when they can be read. */
  competencies: Set<string> | undefined;
  /** The tracks whose sequence a level of a track that does not exist may belong to. */
  tracksInDoubt: Set<string>;
}

const cache = new WeakMap<LoadedContent, Unresolved>();

/** What of `content` fails its own rule and must not be judged again by the rules that read it (computed once per content). */
export function unresolved(content: LoadedContent): Unresolved {
  const known = cache.get(content);
  if (known) return known;
  const of = (c: string) => content.entries.filter((e) => e.collection === c);
  const tracks = content.unreadable.has('tracks') ? undefined : new Set(of('tracks').map((e) => e.id));
  const competencies = content.unreadable.has('competencies') ? undefined : new Set(of('competencies').map((e) => e.id));
  const levels = of('roles');

  const offTrack = new Map<string, number | undefined>();
  if (tracks)
    for (const level of levels) {
      const d = dataOf(level);
      if (typeof d['track'] === 'string' && !tracks.has(d['track'])) offTrack.set(level.id, typeof d['rank'] === 'number' ? d['rank'] : undefined);
    }
  const unknownExpectations = new Map<string, Set<string>>();
  const unknownDimensions = new Map<string, Set<string>>();
  if (competencies) {
    for (const level of levels) {
      const keys = Object.keys((dataOf(level)['expectations'] ?? {}) as object).filter((k) => !competencies.has(k));
      if (keys.length) unknownExpectations.set(level.id, new Set(keys));
    }
    for (const scorecard of of('scorecards')) {
      const dims = listOf(dataOf(scorecard)['dimensions'])
        .map((d) => d['competency'])
        .filter((c): c is string => typeof c === 'string' && !competencies.has(c));
      if (dims.length) unknownDimensions.set(scorecard.id, new Set(dims));
    }
  }
  const loose = [...offTrack.values()].filter((r): r is number => r !== undefined);
  const tracksInDoubt = new Set<string>();
  for (const track of tracks ?? []) {
    const ranks = levels.filter((l) => dataOf(l)['track'] === track).map((l) => dataOf(l)['rank']).filter((r): r is number => typeof r === 'number');
    if (gapFilledBy(ranks, loose) || (loose.length < offTrack.size && ranks.length)) tracksInDoubt.add(track);
  }
  const result = { offTrack, unknownExpectations, unknownDimensions, competencies, tracksInDoubt };
  cache.set(content, result);
  return result;
}

/** Whether a check of `competency` against the dimensions of `role`'s scorecard cannot be judged: one of them is misspelled and may be it. */
export function dimensionInDoubt(u: Unresolved, role: string, competency: string): boolean {
  const unknown = u.unknownDimensions.get(role);
  return !!unknown && !!u.competencies && (unknown.has(competency) || (u.competencies.has(competency) && mayBeMeantBy(competency, unknown, u.competencies)));
}

/** Whether a check of `level`'s expectation for `competency` cannot be judged: one of its keys is misspelled and may be it. */
export function expectationInDoubt(u: Unresolved, level: string, competency: string): boolean {
  const unknown = u.unknownExpectations.get(level);
  return !!unknown && !!u.competencies && (unknown.has(competency) || mayBeMeantBy(competency, unknown, u.competencies));
}
