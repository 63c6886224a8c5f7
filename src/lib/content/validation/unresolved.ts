/**
 * Values that already fail their own rule, and what the other rules make of them: none of a check that
 * depends on one runs on it. A misspelled track, expectation key or scorecard dimension is reported
 * once, where it is written (broken-reference); without this, the rules that read it would report
 * correct text elsewhere (a gap in the track the level left, a dimension the hiring guide rates, an
 * expectation "missing" under its right name) and suggest the typo as what was meant.
 *
 * Pure: the sets are read from the loaded content and its references (references.ts, as broken-reference
 * reads them); the decisions are small functions of ids and ranks.
 */
import { didYouMean, editDistance } from './did-you-mean.ts';
import type { LoadedContent } from './load.ts';
import { heldBySnapshots, references, type ReferenceKind } from './references.ts';
import { dataOf } from './entry-data.ts';

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

/**
 * Defined ids that look misspelled, each with the id it was meant to be: a definition no reference names,
 * while an id one or two edits from it is named by two references or more and defined nowhere. (With one
 * reference, the reference is as likely the typo as the definition, and is reported as such.)
 */
export function misspelledDefinitions(defined: Iterable<string>, references: readonly string[]): Map<string, string> {
  const ids = new Set(defined);
  const uses = new Map<string, number>();
  for (const r of references) uses.set(r, (uses.get(r) ?? 0) + 1);
  const unreferenced = [...ids].filter((id) => !uses.has(id));
  const misspelled = new Map<string, string>();
  for (const [meant, n] of uses) {
    if (ids.has(meant) || n < 2) continue;
    // As `didYouMean`, but measured against the longer of the two ids: both are known, so `ic` and `icc` pair.
    let typo: { id: string; distance: number } | undefined;
    for (const id of unreferenced.filter((u) => !misspelled.has(u))) {
      const distance = editDistance(id, meant);
      if (distance <= 2 && distance < Math.max(id.length, meant.length) / 2 && (!typo || distance < typo.distance)) typo = { id, distance };
    }
    if (typo) misspelled.set(typo.id, meant);
  }
  return misspelled;
}

export interface Unresolved {
  /** Levels whose `track` names no track (broken-reference reports them) or that have none (the schema reports them), with their rank. */
  offTrack: Map<string, number | undefined>;
  /** By level id: the keys of its `expectations` that name no competency. */
  unknownExpectations: Map<string, Set<string>>;
  /** By role id: the competencies of its scorecard's dimensions that name no competency. */
  unknownDimensions: Map<string, Set<string>>;
  /** The competencies' ids, when they can be read. */
  competencies: Set<string> | undefined;
  /** The tracks whose sequence a level of a track that does not exist may belong to. */
  tracksInDoubt: Set<string>;
  /** Competency and level ids defined with a typo (see `misspelledDefinitions`), with the ids meant, as the content's references name them (broken-reference reports them). */
  misspelled: { competencies: Map<string, string>; levels: Map<string, string> };
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
  const named = (kind: ReferenceKind) => references(content).filter((r) => r.kind === kind);
  /** By id of an entry of `collection`: the ids of `kind` it names that `ids` lacks. */
  const unknownIn = (collection: string, kind: ReferenceKind, ids: Set<string>) => {
    const byEntry = new Map<string, Set<string>>();
    for (const r of named(kind)) if ('collection' in r.in && r.in.collection === collection && !ids.has(r.id)) byEntry.set(r.in.id, (byEntry.get(r.in.id) ?? new Set()).add(r.id));
    return byEntry;
  };

  const offTrack = new Map<string, number | undefined>();
  const rankOf = (level: string) => {
    const rank = dataOf(levels.find((l) => l.id === level)!)['rank'];
    return typeof rank === 'number' ? rank : undefined;
  };
  for (const level of tracks ? unknownIn('roles', 'track', tracks).keys() : []) offTrack.set(level, rankOf(level));
  // A level without a track (the field left out, or the file left empty) is the schema's to report; like a
  // misspelled one, it may belong to any track.
  for (const level of levels) if (typeof dataOf(level)['track'] !== 'string') offTrack.set(level.id, rankOf(level.id));
  // The competencies a level names are the keys of its expectations; those a scorecard names, its dimensions.
  const unknownExpectations = competencies ? unknownIn('roles', 'competency', competencies) : new Map<string, Set<string>>();
  const unknownDimensions = competencies ? unknownIn('scorecards', 'competency', competencies) : new Map<string, Set<string>>();
  const loose = [...offTrack.values()].filter((r): r is number => r !== undefined);
  const tracksInDoubt = new Set<string>();
  for (const track of tracks ?? []) {
    const ranks = levels.filter((l) => dataOf(l)['track'] === track).map((l) => dataOf(l)['rank']).filter((r): r is number => typeof r === 'number');
    if (gapFilledBy(ranks, loose) || (loose.length < offTrack.size && ranks.length)) tracksInDoubt.add(track);
  }
  // A changelog reference to a level or competency removed since (a release's snapshot holds it, the
  // content no longer defines it) names an id that existed, not one defined nowhere: it is no evidence
  // that a definition near it is misspelled.
  const namedForMisspelling = (kind: 'level' | 'competency', defined: ReadonlySet<string>) => {
    const held = heldBySnapshots(content, kind === 'level' ? 'levels' : 'competencies');
    return named(kind)
      .filter((r) => !(r.orRemoved && held.has(r.id) && !defined.has(r.id)))
      .map((r) => r.id);
  };
  const levelIds = new Set(levels.map((l) => l.id));
  const misspelled = {
    competencies: competencies ? misspelledDefinitions(competencies, namedForMisspelling('competency', competencies)) : new Map<string, string>(),
    levels: content.unreadable.has('roles') ? new Map<string, string>() : misspelledDefinitions(levelIds, namedForMisspelling('level', levelIds)),
  };
  const result = { offTrack, unknownExpectations, unknownDimensions, competencies, tracksInDoubt, misspelled };
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
