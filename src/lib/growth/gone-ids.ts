/**
 * An imported growth record that names a competency or a KPI the handbook no longer has: a fork
 * removed it, or renamed its id. Each part that names one is kept, and only the dangling name is
 * cleared from it:
 *
 *   evidence[].competencies   a tag                   the entry is kept, without the tag
 *   evidence[].kpis           a KPI the entry names   the entry is kept, without the KPI
 *   checkIns[].competencies   a rated competency      the check-in is kept, without that competency's
 *                                                     rating, notes and links
 *   reviews[].competencies    a rated competency      the review is kept, without that competency's
 *                                                     rating and notes
 *
 * These are every competency and KPI id the record's schema holds (growth-record.ts; its levels are
 * gone-levels.ts's). One sentence per kind of reference names the ids, counts the parts cleared and
 * says that the file still holds what was cleared, as gone-levels.ts says of a gone level.
 *
 * Only for imports: the file stays the reader's. A stored record is not mended so (what was written
 * for a gone competency would leave the reader's only copy): validation sets such a part aside,
 * downloadable, as before. Works on data not yet validated; anything else wrong is validation's.
 * Pure; imported by the islands.
 */
import { isObject as isData } from '../browser/store.ts';
import type { Ladder } from './self-assessment.ts';

type Data = Record<string, unknown>;

/** An id of a list, or a key of a map, that names nothing the handbook has (an empty one is validation's). */
const isGoneId = (known: ReadonlySet<string>, id: unknown): id is string => typeof id === 'string' && id.trim() !== '' && !known.has(id);

/**
 * `value` without the ids it names that `known` lacks, and those ids in the order met: a list of ids
 * loses them, a map keyed by id loses their entries; anything else is returned as it is.
 */
export function withoutGoneIds(value: unknown, known: ReadonlySet<string>): { value: unknown; gone: string[] } {
  if (Array.isArray(value)) {
    const gone = value.filter((id): id is string => isGoneId(known, id));
    return gone.length ? { value: value.filter((id) => !isGoneId(known, id)), gone } : { value, gone };
  }
  if (isData(value)) {
    const gone = Object.keys(value).filter((id) => isGoneId(known, id));
    return gone.length ? { value: Object.fromEntries(Object.entries(value).filter(([id]) => !isGoneId(known, id))), gone } : { value, gone };
  }
  return { value, gone: [] };
}

/** A place in a record where parts name ids of the handbook, and how a sentence speaks of it. */
interface IdReference {
  /** The record's collection, and the field of each of its parts that names the ids. */
  collection: 'evidence' | 'checkIns' | 'reviews';
  field: 'competencies' | 'kpis';
  of: 'competency' | 'kpi';
  /** The part in words, one and many. */
  part: [string, string];
  /** What the part held for an id besides the name, cleared with it (`for it`/`for them` follows); none for a tag. */
  with?: string;
}

const references: readonly IdReference[] = [
  { collection: 'evidence', field: 'competencies', of: 'competency', part: ['evidence entry', 'evidence entries'] },
  { collection: 'evidence', field: 'kpis', of: 'kpi', part: ['evidence entry', 'evidence entries'] },
  { collection: 'checkIns', field: 'competencies', of: 'competency', part: ['check-in', 'check-ins'], with: 'what was rated and written' },
  { collection: 'reviews', field: 'competencies', of: 'competency', part: ['manager’s review', 'manager’s reviews'], with: 'what the manager rated and wrote' },
];

/** What `clearGoneIds` cleared at one reference: the ids, first met first, and how many parts named them. */
export interface Cleared {
  reference: IdReference;
  ids: string[];
  parts: number;
}

/**
 * `record` with every competency and KPI id the handbook lacks cleared from its parts (each part
 * kept), and what was cleared, per reference. `kpiIds`: the KPIs an evidence entry may name (the
 * page's; none means any KPI named is gone, as the schema reads it).
 */
export function clearGoneIds(ladder: Ladder, kpiIds: readonly string[], record: unknown): { record: unknown; cleared: Cleared[] } {
  if (!isData(record)) return { record, cleared: [] };
  const known = { competency: new Set(ladder.competencies.map((c) => c.id)), kpi: new Set(kpiIds) };
  const next: Data = { ...record };
  const cleared: Cleared[] = [];
  for (const reference of references) {
    const parts = next[reference.collection];
    if (!Array.isArray(parts)) continue;
    const ids = new Set<string>();
    let count = 0;
    const mended = parts.map((part: unknown) => {
      if (!isData(part)) return part;
      const { value, gone } = withoutGoneIds(part[reference.field], known[reference.of]);
      if (!gone.length) return part;
      gone.forEach((id) => ids.add(id));
      count++;
      return { ...part, [reference.field]: value };
    });
    if (!count) continue;
    next[reference.collection] = mended;
    cleared.push({ reference, ids: [...ids], parts: count });
  }
  return cleared.length ? { record: next, cleared } : { record, cleared };
}

/** A count and its noun (“1 check-in”, “2 check-ins”); with `quoted` and `capitalized`, the words of the sentences here and in gone-levels.ts. */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Ids as a sentence quotes them: “staff-x”, “lead-x”. */
export const quoted = (ids: readonly string[]) => ids.map((id) => `“${id}”`).join(', ');
export const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const kinds = {
  competency: { words: ['competency', 'competencies'] as [string, string], where: 'this handbook’s ladder' },
  kpi: { words: ['KPI', 'KPIs'] as [string, string], where: 'this handbook' },
};

/**
 * The sentence that says what was cleared at one reference, in one line: “The competency “zeta”, no
 * longer in this handbook’s ladder, is cleared from 2 evidence entries in this import, which are
 * kept; the file still names it.” `where` names the record in a team file (“In Ada’s record, ”).
 */
export function clearedSentence({ reference, ids, parts }: Cleared, where = ''): string {
  const kind = kinds[reference.of];
  const one = ids.length === 1;
  const named = `the ${one ? kind.words[0] : kind.words[1]} ${quoted(ids)}, no longer in ${kind.where},`;
  const subject = reference.with ? `${named} and ${reference.with} for ${one ? 'it' : 'them'} are` : `${named} ${one ? 'is' : 'are'}`;
  const still = reference.with ? 'the file still holds them' : `the file still names ${one ? 'it' : 'them'}`;
  return capitalized(`${where}${subject} cleared from ${plural(parts, ...reference.part)} in this import, which ${parts === 1 ? 'is' : 'are'} kept; ${still}.`);
}
