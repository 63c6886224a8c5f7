/**
 * What changed in the ladder from one release to the next, level by level and competency by
 * competency, from their snapshots (content/family/releases/). Pure: the release pages render it,
 * and the validator uses it to say how the content differs from the newest snapshot.
 *
 * An expectation is `added` or `removed` when only one release has it, else `changed` when its
 * proficiency moved or its behaviors or evidence changed. A list item is `reworded` when a removed
 * and an added item in the same place share most of their words (a word diff then shows how), and
 * otherwise `removed` and `added`.
 */
import type { ReleaseSnapshot } from '../../schemas/release.ts';
import { diffSequence, diffWords, similarity, type DiffPart } from '../text/diff.ts';

type SnapshotLevel = ReleaseSnapshot['levels'][number];
type SnapshotExpectation = SnapshotLevel['expectations'][string];
type SnapshotCompetency = ReleaseSnapshot['competencies'][number];

export type ItemChange =
  | { kind: 'added'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'reworded'; before: string; after: string; words: DiffPart<string>[] };

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface ExpectationDiff {
  level: string;
  competency: string;
  kind: ChangeKind;
  /** Set when the proficiency moved (or the expectation came or went: `from` or `to` is then undefined). */
  proficiency?: { from: number | undefined; to: number | undefined };
  behaviors: ItemChange[];
  evidence: ItemChange[];
}

export interface LevelDiff {
  id: string;
  /** The title in the newer release (in the older one for a removed level). */
  title: string;
  kind: ChangeKind;
  /** Set when the title changed. */
  renamed?: { from: string; to: string };
  /** Set when the level moved to another track or rank. */
  moved?: { from: string; to: string };
  expectations: ExpectationDiff[];
}

export interface CompetencyDiff {
  id: string;
  name: string;
  kind: ChangeKind;
  renamed?: { from: string; to: string };
  /** A word diff of the summary, when it changed. */
  summary?: DiffPart<string>[];
  /** Set when its tracks changed (compared as sets), where both releases record them (older snapshots do not). */
  tracks?: { from: string[]; to: string[] };
  /** The tracks whose focus sentence came, went or was reworded, where both releases record them. */
  trackFocus?: { track: string; kind: 'added' | 'removed' | 'reworded' }[];
  /** Its expectations that changed, level by level (the same objects as under the levels). */
  expectations: ExpectationDiff[];
}

export interface ReleaseDiff {
  /** The older release; undefined for the first one. */
  from: string | undefined;
  to: string;
  /** Levels and competencies with a change, in the newer release's order (removed ones last). */
  levels: LevelDiff[];
  competencies: CompetencyDiff[];
  /** Every expectation change, level by level. */
  expectations: ExpectationDiff[];
}

/** A list's changes: items removed, added, or reworded in place. */
export function diffItems(before: readonly string[], after: readonly string[]): ItemChange[] {
  const changes: ItemChange[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flushGap = () => {
    // Pair each removed item with the most alike added item of the same gap, in order.
    const free = [...added];
    for (const text of removed) {
      const best = free.map((a, i) => ({ i, score: similarity(text, a) })).sort((x, y) => y.score - x.score)[0];
      if (best && best.score >= 0.5) {
        const [match] = free.splice(best.i, 1);
        changes.push({ kind: 'reworded', before: text, after: match!, words: diffWords(text, match!) });
      } else changes.push({ kind: 'removed', text });
    }
    for (const text of free) changes.push({ kind: 'added', text });
    removed = [];
    added = [];
  };
  for (const part of diffSequence(before, after)) {
    if (part.kind === 'same') flushGap();
    else if (part.kind === 'removed') removed.push(part.value);
    else added.push(part.value);
  }
  flushGap();
  return changes;
}

/** How one expectation changed between two releases; undefined when it did not. */
export function diffExpectation(level: string, competency: string, before: SnapshotExpectation | undefined, after: SnapshotExpectation | undefined): ExpectationDiff | undefined {
  if (!before && !after) return undefined;
  const behaviors = diffItems(before?.behaviors ?? [], after?.behaviors ?? []);
  const evidence = diffItems(before?.evidence ?? [], after?.evidence ?? []);
  const moved = before?.proficiency !== after?.proficiency;
  const kind: ChangeKind = !before ? 'added' : !after ? 'removed' : 'changed';
  if (kind === 'changed' && !moved && !behaviors.length && !evidence.length) return undefined;
  return { level, competency, kind, ...(moved ? { proficiency: { from: before?.proficiency, to: after?.proficiency } } : {}), behaviors, evidence };
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));

/** In the newer release's order, then what only the older one had. */
function union<T extends { id: string }>(before: readonly T[], after: readonly T[]): { id: string; before: T | undefined; after: T | undefined }[] {
  const old = byId(before);
  const now = byId(after);
  return [...after.map((x) => x.id), ...before.map((x) => x.id).filter((id) => !now.has(id))].map((id) => ({ id, before: old.get(id), after: now.get(id) }));
}

/** How a competency's tracks changed; undefined where either release does not record them, or they hold the same tracks. */
function diffTracks(old: SnapshotCompetency, now: SnapshotCompetency): CompetencyDiff['tracks'] {
  if (!old.tracks || !now.tracks) return undefined;
  const same = old.tracks.length === now.tracks.length && old.tracks.every((t) => now.tracks!.includes(t));
  return same ? undefined : { from: [...old.tracks], to: [...now.tracks] };
}

/** Which tracks' focus sentences changed; undefined where either release does not record them, or none changed. */
function diffTrackFocus(old: SnapshotCompetency, now: SnapshotCompetency): CompetencyDiff['trackFocus'] {
  if (!old.trackFocus || !now.trackFocus) return undefined;
  const [before, after] = [old.trackFocus, now.trackFocus];
  const tracks = [...Object.keys(after), ...Object.keys(before).filter((t) => !(t in after))];
  const changes = tracks.flatMap((track) => {
    const kind = !(track in before) ? 'added' : !(track in after) ? 'removed' : before[track] !== after[track] ? 'reworded' : undefined;
    return kind ? [{ track, kind } as const] : [];
  });
  return changes.length ? changes : undefined;
}

const placeOf = (l: SnapshotLevel) => `${l.track} track, rank ${l.rank}`;

/**
 * What changed from release `before` to release `after`; with no `before`, `after` is the first
 * release and everything in it is added.
 */
export function diffReleases(before: ReleaseSnapshot | undefined, after: ReleaseSnapshot): ReleaseDiff {
  const competencyOrder = after.competencies.map((c) => c.id).concat((before?.competencies ?? []).map((c) => c.id).filter((id) => !after.competencies.some((c) => c.id === id)));
  const levels: LevelDiff[] = [];
  const expectations: ExpectationDiff[] = [];
  for (const { id, before: old, after: now } of union(before?.levels ?? [], after.levels)) {
    const changes = competencyOrder
      .map((c) => diffExpectation(id, c, old?.expectations[c], now?.expectations[c]))
      .filter((d): d is ExpectationDiff => !!d);
    const renamed = old && now && old.title !== now.title ? { from: old.title, to: now.title } : undefined;
    const moved = old && now && placeOf(old) !== placeOf(now) ? { from: placeOf(old), to: placeOf(now) } : undefined;
    if (old && now && !changes.length && !renamed && !moved) continue;
    expectations.push(...changes);
    levels.push({ id, title: (now ?? old)!.title, kind: !old ? 'added' : !now ? 'removed' : 'changed', ...(renamed ? { renamed } : {}), ...(moved ? { moved } : {}), expectations: changes });
  }
  const competencies: CompetencyDiff[] = [];
  for (const { id, before: old, after: now } of union<SnapshotCompetency>(before?.competencies ?? [], after.competencies)) {
    const changes = expectations.filter((e) => e.competency === id);
    const renamed = old && now && old.name !== now.name ? { from: old.name, to: now.name } : undefined;
    const summary = old && now && old.summary !== now.summary ? diffWords(old.summary, now.summary) : undefined;
    const tracks = old && now ? diffTracks(old, now) : undefined;
    const trackFocus = old && now ? diffTrackFocus(old, now) : undefined;
    if (old && now && !changes.length && !renamed && !summary && !tracks && !trackFocus) continue;
    competencies.push({
      id,
      name: (now ?? old)!.name,
      kind: !old ? 'added' : !now ? 'removed' : 'changed',
      ...(renamed ? { renamed } : {}),
      ...(summary ? { summary } : {}),
      ...(tracks ? { tracks } : {}),
      ...(trackFocus ? { trackFocus } : {}),
      expectations: changes,
    });
  }
  return { from: before?.version, to: after.version, levels, competencies, expectations };
}

/** Whether two snapshots hold the same ladder (their versions aside). */
export const sameLadder = (a: ReleaseSnapshot, b: ReleaseSnapshot): boolean => {
  const d = diffReleases(a, { ...b, version: a.version });
  return !d.levels.length && !d.competencies.length;
};

/** One line on what changed in an expectation: `proficiency 3 → 4; 1 behavior reworded, 1 added`. */
export function summarizeExpectation(e: ExpectationDiff): string {
  if (e.kind === 'added') return `added at proficiency ${e.proficiency?.to}`;
  if (e.kind === 'removed') return 'removed';
  const parts: string[] = [];
  if (e.proficiency) parts.push(`proficiency ${e.proficiency.from} → ${e.proficiency.to}`);
  for (const [name, changes] of [
    ['behavior', e.behaviors],
    ['example of evidence', e.evidence],
  ] as const) {
    const counts = (['reworded', 'added', 'removed'] as const).map((k) => [k, changes.filter((c) => c.kind === k).length] as const).filter(([, n]) => n);
    if (counts.length) {
      const plural = (n: number) => (n === 1 ? name : name === 'behavior' ? 'behaviors' : 'examples of evidence');
      parts.push(counts.map(([k, n], i) => (i === 0 ? `${n} ${plural(n)} ${k}` : `${n} ${k}`)).join(', '));
    }
  }
  return parts.join('; ');
}
