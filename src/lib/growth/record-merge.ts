/**
 * Bringing a record file into what a browser holds, without losing either side.
 *
 * Merging one person's file into the same person's record (same record id): check-ins, evidence
 * entries and reviews are matched by id; one only on either side is kept, one on both sides takes
 * the file's version when it differs ("updated"). The name and the target level take the file's
 * value when it has one. Two different check-ins on one date cannot both stay (a record has one
 * check-in per date): such a file is not merged, and the page offers to replace instead (with undo).
 *
 * Pure and free of Astro and Node imports (the islands use it).
 */
import type { GrowthRecord } from './growth-record.ts';

export interface Counts {
  added: number;
  updated: number;
  unchanged: number;
  /** Only in the browser: kept as they are. */
  kept: number;
}

export interface MergePreview {
  /** The file holds another person's record (a different record id). */
  otherPerson: boolean;
  checkIns: Counts;
  evidence: Counts;
  reviews: Counts;
  /** Fields of the record the file changes (`name`, `target`). */
  fields: string[];
  /** Dates with a different check-in on each side. */
  conflicts: string[];
}

export type MergeResult = { ok: true; record: GrowthRecord; preview: MergePreview } | { ok: false; preview: MergePreview };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function mergeList<T extends { id: string }>(stored: readonly T[], incoming: readonly T[]): { items: T[]; counts: Counts } {
  const counts: Counts = { added: 0, updated: 0, unchanged: 0, kept: 0 };
  const byId = new Map(incoming.map((i) => [i.id, i]));
  const items = stored.map((s) => {
    const i = byId.get(s.id);
    if (!i) {
      counts.kept++;
      return s;
    }
    if (same(s, i)) counts.unchanged++;
    else counts.updated++;
    return i;
  });
  const known = new Set(stored.map((s) => s.id));
  for (const i of incoming)
    if (!known.has(i.id)) {
      counts.added++;
      items.push(i);
    }
  return { items, counts };
}

/** Merges `incoming` into `stored` (see above); a different person's file previews as such and is not merged. */
export function mergeRecord(stored: GrowthRecord, incoming: GrowthRecord): MergeResult {
  const checkIns = mergeList(stored.checkIns, incoming.checkIns);
  const evidence = mergeList(stored.evidence, incoming.evidence);
  const reviews = mergeList(stored.reviews, incoming.reviews);
  const dates = new Map<string, string[]>();
  for (const c of checkIns.items) dates.set(c.date, [...(dates.get(c.date) ?? []), c.id]);
  const fields = [
    ...(incoming.name && incoming.name !== stored.name ? ['name'] : []),
    ...(incoming.target && incoming.target !== stored.target ? ['target'] : []),
  ];
  const preview: MergePreview = {
    otherPerson: stored.id !== incoming.id,
    checkIns: checkIns.counts,
    evidence: evidence.counts,
    reviews: reviews.counts,
    fields,
    conflicts: [...dates].filter(([, ids]) => ids.length > 1).map(([d]) => d).sort(),
  };
  if (preview.otherPerson || preview.conflicts.length) return { ok: false, preview };
  return {
    ok: true,
    preview,
    record: {
      ...stored,
      name: incoming.name || stored.name,
      target: incoming.target ?? stored.target,
      checkIns: checkIns.items,
      evidence: evidence.items,
      reviews: reviews.items,
    },
  };
}

/** True when the merge would change nothing. */
export const changesNothing = (p: MergePreview): boolean =>
  !p.otherPerson && !p.fields.length && [p.checkIns, p.evidence, p.reviews].every((c) => c.added === 0 && c.updated === 0);

/** A preview in one sentence, e.g. `2 new check-ins, 1 updated evidence entry; the name changes.` */
export function previewText(p: MergePreview): string {
  const part = (n: number, what: string, plural: string) => (n ? `${n} ${n === 1 ? what : plural}` : '');
  const kinds = [
    [p.checkIns, 'check-in', 'check-ins'],
    [p.evidence, 'evidence entry', 'evidence entries'],
    [p.reviews, 'manager’s review', 'manager’s reviews'],
  ] as const;
  const parts = kinds.flatMap(([c, one, many]) => [part(c.added, `new ${one}`, `new ${many}`), part(c.updated, `updated ${one}`, `updated ${many}`)]).filter(Boolean);
  const fields = p.fields.length ? `; the ${p.fields.join(' and ')} change${p.fields.length === 1 ? 's' : ''}` : '';
  return parts.length || fields ? `${parts.join(', ') || 'No new entries'}${fields}.` : 'Nothing new: the file holds what this browser already has.';
}
