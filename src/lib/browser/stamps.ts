/**
 * Stamps: ISO times (`2026-12-04T21:55:33.123Z`) that say when a record was last changed or
 * deleted, compared as instants, not as text (“…:00Z” is the same instant as “…:00.000Z”, and
 * later than “…:00.900Z” as text). The growth records stamp their parts (growth/changed-at.ts); an
 * import's merge reads the stamps of any tool that keeps deletions (tombstones.ts), so they live
 * with the shared import code. Pure and free of Astro and Node imports (the islands use it).
 */

/** An ISO time, as `Date.prototype.toISOString` writes it: the stamp's form. */
export const changedAtPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/**
 * The instant a stamp names, or `undefined` for a stamp that names none: not of the stamp's form,
 * or a date or time that does not exist (“9999-99-99…”, “2026-02-30…”, “24:00:00”), which the
 * pattern alone let through and which, compared as text, outranked every real stamp.
 */
export function stampTime(stamp: unknown): number | undefined {
  if (typeof stamp !== 'string' || !changedAtPattern.test(stamp)) return undefined;
  const time = Date.parse(stamp);
  // The same date and time back: a day or hour out of range is not rolled over into the next.
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 19) !== stamp.slice(0, 19) ? undefined : time;
}

/** Whether `stamp` is a stamp that names an instant (the records' schemas hold their stamps to it). */
export const isStamp = (stamp: string): boolean => stampTime(stamp) !== undefined;

/** The stamp for a change made `now` to a record last stamped `previous`: `now`, or just after `previous` if that is not earlier. */
export function nextStamp(now: string, previous: unknown): string {
  const at = stampTime(now) ?? Date.now();
  const before = stampTime(previous);
  return new Date(before !== undefined && before >= at ? before + 1 : at).toISOString();
}

/** Of two copies of one record (the stored one and the file's), the one changed last (`changedAt`); the file's when both say the same or neither says, so a copy without a stamp counts as older than any stamped one. */
export const newerCopy = (stored: Record<string, unknown>, incoming: Record<string, unknown>): Record<string, unknown> =>
  (stampTime(incoming['changedAt']) ?? -Infinity) >= (stampTime(stored['changedAt']) ?? -Infinity) ? incoming : stored;
