/**
 * An edit of an evidence entry meets the entry as stored, which another tab or an import may have
 * changed since the form was filled from it. Each field keeps whichever side changed it; a field
 * both sides changed, differently, is a clash the reader settles, so that neither edit is erased.
 */
import type { EvidenceEntry } from './growth-record.ts';

/** The fields of an entry a reader edits. */
export type EvidenceField = Exclude<keyof EvidenceEntry, 'id' | 'changedAt'>;
export const evidenceFields: readonly EvidenceField[] = ['date', 'title', 'details', 'links', 'competencies', 'kpis'];

/** Each field in words, as a message names it. */
export const evidenceFieldWords: Record<EvidenceField, string> = {
  date: 'date',
  title: 'title',
  details: 'details',
  links: 'links',
  competencies: 'competencies',
  kpis: 'KPIs',
};

const same = (a: EvidenceEntry[EvidenceField], b: EvidenceEntry[EvidenceField]) => JSON.stringify(a) === JSON.stringify(b);

/** The fields in which `a` and `b` differ. */
export const changedFields = (a: EvidenceEntry, b: EvidenceEntry): EvidenceField[] => evidenceFields.filter((f) => !same(a[f], b[f]));

export type EvidenceMerge = { ok: true; entry: EvidenceEntry } | { ok: false; clashes: EvidenceField[] };

/**
 * `mine` (the edit of `base`) applied to `theirs` (the entry as stored now): a field I changed
 * takes my value, any other keeps theirs; fields we both changed to different values are clashes.
 */
export function mergeEvidenceEdit(base: EvidenceEntry, mine: EvidenceEntry, theirs: EvidenceEntry): EvidenceMerge {
  const clashes = evidenceFields.filter((f) => !same(mine[f], base[f]) && !same(theirs[f], base[f]) && !same(mine[f], theirs[f]));
  if (clashes.length) return { ok: false, clashes };
  const entry = { ...theirs };
  for (const f of evidenceFields) if (!same(mine[f], base[f])) Object.assign(entry, { [f]: mine[f] });
  return { ok: true, entry };
}
