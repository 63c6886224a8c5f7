/**
 * Which levels and competencies a release changed, read from its snapshot's diff with the release
 * before (release-diff.ts), set against the changes its changelog entry lists. Pure: the
 * `release-changes` rule names what changed without an entry, and the "last changed" note of a
 * level or competency page says what changed when the changelog does not.
 */
import type { Changelog } from '../../schemas/changelog.ts';
import type { ReleaseSnapshot } from '../../schemas/release.ts';
import { asSentence } from '../text/sentence.ts';
import { summarizeExpectation, type ChangeKind, type CompetencyDiff, type ExpectationDiff, type LevelDiff, type ReleaseDiff } from './release-diff.ts';

type Change = Pick<Changelog['releases'][number]['changes'][number], 'subject' | 'id'>;
export type LadderSubject = 'level' | 'competency';

/** One field of an expectation that changed, as a path into the role file: `expectations.ops.proficiency 3 → 4`. */
function expectationFields(e: ExpectationDiff): string[] {
  const at = `expectations.${e.competency}`;
  if (e.kind !== 'changed') return [`${at} ${summarizeExpectation(e)}`];
  const fields: string[] = [];
  if (e.proficiency) fields.push(`${at}.proficiency ${e.proficiency.from} → ${e.proficiency.to}`);
  for (const [name, changes] of [
    ['behaviors', e.behaviors],
    ['evidence', e.evidence],
  ] as const) {
    const counts = (['reworded', 'added', 'removed'] as const).map((k) => [k, changes.filter((c) => c.kind === k).length] as const).filter(([, n]) => n);
    if (counts.length) fields.push(`${at}.${name}: ${counts.map(([k, n]) => `${n} ${k}`).join(', ')}`);
  }
  return fields;
}

/** A level's own changes (added, removed, its title or place) as paths into its role file, without its expectations. */
function levelOwnFields(level: LevelDiff): string[] {
  if (level.kind !== 'changed') return [`level ${level.kind}`];
  return [
    ...(level.renamed ? [`title “${level.renamed.from}” → “${level.renamed.to}”`] : []),
    ...(level.moved ? [`place ${level.moved.from} → ${level.moved.to}`] : []),
  ];
}

/** A competency's own changes (added, removed, its name or summary), without its expectations at the levels. */
function competencyOwnFields(competency: CompetencyDiff): string[] {
  if (competency.kind !== 'changed') return [`competency ${competency.kind}`];
  return [
    ...(competency.renamed ? [`name “${competency.renamed.from}” → “${competency.renamed.to}”`] : []),
    ...(competency.summary ? ['summary reworded'] : []),
    ...(competency.tracks ? [`tracks [${competency.tracks.from.join(', ')}] → [${competency.tracks.to.join(', ')}]`] : []),
    ...(competency.trackFocus ?? []).map((f) => `trackFocus.${f.track} ${f.kind}`),
  ];
}

/** A level or competency whose snapshot changed in a release that lists no change for it. */
export interface UnrecordedChange {
  subject: LadderSubject;
  id: string;
  /** What changed, field by field: `title “A” → “B”`, `expectations.ops.proficiency 3 → 4`. */
  fields: string[];
}

/**
 * The levels and competencies a release changed (its diff with the release before) that its
 * changelog entry lists no change for. A level's title, place or presence needs a change for the
 * level, a competency's name, summary, tracks, track focus or presence one for the competency; a level's expectation for
 * a competency is recorded by a change for either (adding a competency adds it at every level).
 */
export function unrecordedChanges(diff: ReleaseDiff, changes: readonly Change[]): UnrecordedChange[] {
  const listed = (subject: LadderSubject, id: string) => changes.some((c) => c.subject === subject && c.id === id);
  const found: UnrecordedChange[] = [];
  for (const level of diff.levels) {
    if (listed('level', level.id)) continue;
    const fields = [...levelOwnFields(level), ...level.expectations.filter((e) => !listed('competency', e.competency)).flatMap(expectationFields)];
    if (fields.length) found.push({ subject: 'level', id: level.id, fields });
  }
  for (const competency of diff.competencies) {
    if (listed('competency', competency.id)) continue;
    const fields = competencyOwnFields(competency);
    if (fields.length) found.push({ subject: 'competency', id: competency.id, fields });
  }
  return found;
}

/** How a release's snapshot changed one level or competency, in words for its page. */
export interface SnapshotChange {
  kind: ChangeKind;
  what: string;
}

const sentence = (parts: string[]) => asSentence(parts.join('; '));

/** How a competency's tracks and track focus changed, in words: `its tracks changed from ic to ic, platform`. */
export function trackChanges(competency: Pick<CompetencyDiff, 'tracks' | 'trackFocus'>): string[] {
  return [
    ...(competency.tracks ? [`its tracks changed from ${competency.tracks.from.join(', ')} to ${competency.tracks.to.join(', ')}`] : []),
    ...(competency.trackFocus ?? []).map((f) => `its focus on the ${f.track} track ${f.kind}`),
  ];
}

/** The same as one sentence, for a release page; empty when they did not change. */
export const trackChangeSentence = (competency: Pick<CompetencyDiff, 'tracks' | 'trackFocus'>): string => {
  const parts = trackChanges(competency);
  return parts.length ? sentence(parts) : '';
};

/**
 * How release `diff.to` changed a level or competency compared with the release before, from the
 * snapshots (`snapshot` is that release's, for names): “Its expectation for Operations: proficiency
 * 3 → 4.” Undefined when the snapshots hold the same for it.
 */
export function snapshotChangeOf(diff: ReleaseDiff, snapshot: ReleaseSnapshot, subject: LadderSubject, id: string): SnapshotChange | undefined {
  const competencyName = (c: string) => snapshot.competencies.find((x) => x.id === c)?.name ?? c;
  const levelTitle = (l: string) => snapshot.levels.find((x) => x.id === l)?.title ?? l;
  if (subject === 'level') {
    const level = diff.levels.find((l) => l.id === id);
    if (!level) return undefined;
    if (level.kind !== 'changed') return { kind: level.kind, what: `Level ${level.kind} in this release.` };
    return {
      kind: 'changed',
      what: sentence([
        ...(level.renamed ? [`renamed from “${level.renamed.from}”`] : []),
        ...(level.moved ? [`moved from the ${level.moved.from} to the ${level.moved.to}`] : []),
        ...level.expectations.map((e) => `its expectation for ${competencyName(e.competency)}: ${summarizeExpectation(e)}`),
      ]),
    };
  }
  const competency = diff.competencies.find((c) => c.id === id);
  if (!competency) return undefined;
  if (competency.kind !== 'changed') return { kind: competency.kind, what: `Competency ${competency.kind} in this release.` };
  return {
    kind: 'changed',
    what: sentence([
      ...(competency.renamed ? [`renamed from “${competency.renamed.from}”`] : []),
      ...(competency.summary ? ['its summary reworded'] : []),
      ...trackChanges(competency),
      ...competency.expectations.map((e) => `its expectation at ${levelTitle(e.level)}: ${summarizeExpectation(e)}`),
    ]),
  };
}
