/**
 * A validation rule, one per file under `rules/` (markdownlint's model): its id, what it checks, how
 * to fix what it finds, and the check itself. `npm run validate`, the build and the Content
 * reference page all read the same objects, so the documented list of rules is the list applied.
 */
import type { Entry, LoadedContent, Page } from './load.ts';
import type { Problem } from './problem.ts';
import type { PathKey } from './yaml-source.ts';
import { levelsOfTrack } from '../../ladder/level-order.ts';
import { unresolved } from './unresolved.ts';
import { asList, asStrings, dataOf, entriesOf, idsOf, nestedIdsOf, type Data } from './entry-data.ts';

// Rules read entries through these (entry-data.ts, their home, which references.ts and unresolved.ts import too).
export { asList, asStrings, dataOf, entriesOf, idsOf, nestedIdsOf, type Data };

export interface Rule<Id extends string = string> {
  /** Kebab-case id printed with each problem, e.g. `broken-reference`. */
  id: Id;
  /** What the rule checks, in a sentence an editor understands (shown on the Content reference page). */
  description: string;
  /** How to fix a problem it reports (printed under the report, and on the Content reference page). */
  hint: string;
  /** The problems it finds in the loaded content; schema-level rules pick up the ones the loader found. */
  check(content: LoadedContent): Problem<Id>[];
}

/** A rule's problems as a list to add to, and a way to place a problem on an entry's key or value. */
export function reporter<Id extends string>(rule: Id) {
  const problems: Problem<Id>[] = [];
  /** Reports at the value at `path` in `entry` (or at its key with `onKey`), relative to the entry's place in its file. */
  const report = (entry: Entry | Page, path: PathKey[], message: string, extra: { expected?: string; found?: string } = {}, onKey = false) => {
    const full = 'pathPrefix' in entry ? [...entry.pathPrefix, ...path] : path;
    const position = onKey ? entry.source.keyAt(full) : entry.source.valueAt(full);
    problems.push({ file: entry.file, ...position, rule, message, ...extra });
  };
  return { problems, report };
}

/** The problems with this rule's id that the loader found while parsing and schema-checking the files. */
export const reportedByLoader = <Id extends string>(content: LoadedContent, rule: Id): Problem<Id>[] =>
  content.problems.filter((p) => p.rule === rule) as Problem<string>[] as Problem<Id>[];

/** A name as readers tell names apart: without case and extra spaces (readers type `staff mle` for `Staff MLE`). */
export const comparableName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The names that tell entries apart on pages, in tables and in search, by collection, with what an
 * entry is called in messages; `aliases` says whether its entries also have other names (`aliases`).
 * Read by duplicate-name (no two entries share a name) and ambiguous-alias (an alias names one entry).
 */
export const entryNames: { collection: string; what: string; names: { key: string; label: string }[]; aliases: boolean }[] = [
  { collection: 'competencies', what: 'competency', names: [{ key: 'name', label: 'name' }], aliases: false },
  {
    collection: 'roles',
    what: 'level',
    names: [
      { key: 'title', label: 'title' },
      { key: 'shortTitle', label: 'short title' },
    ],
    aliases: true,
  },
  { collection: 'glossary', what: 'glossary entry', names: [{ key: 'term', label: 'term' }], aliases: true },
  { collection: 'archetypes', what: 'archetype', names: [{ key: 'name', label: 'name' }], aliases: true },
];

/** A level's track and rank and id, when they are usable (a rank that is not a number is already a schema error). */
export function rankedLevel(e: Entry): { id: string; track: string; rank: number; entry: Entry } | undefined {
  const d = dataOf(e);
  return typeof d['rank'] === 'number' ? { id: e.id, track: String(d['track']), rank: d['rank'], entry: e } : undefined;
}

/** A ranked level with its expectations by competency id, as the rules that walk up a track read it. */
export type TrackLevel = NonNullable<ReturnType<typeof rankedLevel>> & { expectations: Record<string, Data> };

/**
 * Every track's levels, lowest rank first, each with its expectations: for rules that compare a level with
 * the one below it. None when a level file did not parse: its track would lack it, and the rules would
 * blame its neighbours (a gap in the ranks, a level compared with the wrong one below) for its syntax error.
 * Nor a level whose track does not exist (a typo broken-reference reports), nor a track it may have left a
 * gap in: the level would be the first of a track of its own, and its neighbours compared with the wrong ones.
 */
export function levelsByTrack(content: LoadedContent): { track: string; levels: TrackLevel[] }[] {
  if (content.unreadable.has('roles')) return [];
  const { offTrack, tracksInDoubt } = unresolved(content);
  const levels = entriesOf(content, 'roles')
    .map(rankedLevel)
    .filter((l) => l !== undefined && !offTrack.has(l.id) && !tracksInDoubt.has(l.track))
    .map((l) => ({ ...l!, expectations: (dataOf(l!.entry)['expectations'] ?? {}) as Record<string, Data> }));
  return [...new Set(levels.map((l) => l.track))].map((track) => ({ track, levels: levelsOfTrack(levels, track) }));
}

/** Declares a rule, keeping its id as a literal type (so `RuleId` lists every id). */
export const defineRule = <Id extends string>(rule: Rule<Id>): Rule<Id> => rule;
