/**
 * A growth record that names a level the page's ladder no longer has: a fork removed the level, or
 * renamed its id (level ids have no record of former ids to map them by). Stored or imported, such
 * a record stays in use:
 *
 * - a target level that is gone is cleared, with a sentence naming the gone level (the reader
 *   chooses another);
 * - a check-in rated at a gone level (its `level`, or a `demonstrated` level of a check-in migrated
 *   from the one-off self-assessment) cannot be shown against this ladder. Stored, validation sets it
 *   aside with its manager's review, downloadable; imported, it is left out with its review, and a
 *   sentence says how many and that the file still holds them.
 *
 * Works on data not yet validated (a file, a stored value): anything else wrong is left to
 * validation. Pure; imported by the islands.
 */
import { levelById, type Ladder } from './self-assessment.ts';

type Data = Record<string, unknown>;
const isData = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** A level id as a sentence quotes it: “staff-x”, “lead-x”. */
const quoted = (ids: readonly string[]) => ids.map((id) => `“${id}”`).join(', ');

/** A level id the ladder lacks: a non-empty string that names no level (anything else is validation's). */
const isGone = (ladder: Ladder, level: unknown): level is string => typeof level === 'string' && level.trim() !== '' && !levelById(ladder, level);

/**
 * `record` with a target level the ladder lacks cleared, and that level (`gone`); `gone` is null
 * when the target is a level of the ladder, no target, or not a level id at all. An empty target (a
 * file edited by hand) names no level: cleared, without a sentence naming “”.
 */
export function clearGoneTarget(ladder: Ladder, record: unknown): { record: unknown; gone: string | null } {
  if (!isData(record) || typeof record['target'] !== 'string' || levelById(ladder, record['target'])) return { record, gone: null };
  if (!record['target'].trim()) return { record: { ...record, target: null }, gone: null };
  return { record: { ...record, target: null }, gone: record['target'] };
}

/** The gone levels a check-in (not yet validated) is rated at: its own level, and any level chosen for a competency. */
function goneLevelsOf(ladder: Ladder, checkIn: unknown): string[] {
  if (!isData(checkIn)) return [];
  const chosen = isData(checkIn['competencies']) ? Object.values(checkIn['competencies']).map((e) => (isData(e) ? e['demonstrated'] : undefined)) : [];
  return [...new Set([checkIn['level'], ...chosen].filter((level) => isGone(ladder, level)))];
}

/** What `leaveOutGoneCheckIns` left out of a record. */
export interface LeftOut {
  checkIns: number;
  reviews: number;
  /** The gone levels they were rated at, in the order first met. */
  levels: string[];
}

/**
 * `record` without its check-ins rated at a level the ladder lacks, nor the manager's reviews of
 * them (a review names its check-in, which is then missing), and what was left out. The rest, every
 * evidence entry included, is untouched.
 */
export function leaveOutGoneCheckIns(ladder: Ladder, record: unknown): { record: unknown; left: LeftOut } {
  const none: LeftOut = { checkIns: 0, reviews: 0, levels: [] };
  if (!isData(record) || !Array.isArray(record['checkIns'])) return { record, left: none };
  const levels = new Set<string>();
  const goneIds = new Set<unknown>();
  const kept = record['checkIns'].filter((c: unknown) => {
    const gone = goneLevelsOf(ladder, c);
    gone.forEach((level) => levels.add(level));
    if (gone.length && isData(c)) goneIds.add(c['id']);
    return gone.length === 0;
  });
  if (kept.length === record['checkIns'].length) return { record, left: none };
  // A review of a check-in that stays (two check-ins sharing an id, which validation refuses) stays with it.
  const keptIds = new Set(kept.map((c: unknown) => (isData(c) ? c['id'] : undefined)));
  const reviews: unknown[] = Array.isArray(record['reviews']) ? record['reviews'] : [];
  const keptReviews = reviews.filter((v) => !(isData(v) && goneIds.has(v['checkIn']) && !keptIds.has(v['checkIn'])));
  return {
    record: { ...record, checkIns: kept, ...(Array.isArray(record['reviews']) ? { reviews: keptReviews } : {}) },
    left: { checkIns: record['checkIns'].length - kept.length, reviews: reviews.length - keptReviews.length, levels: [...levels] },
  };
}

/** The sentence of what `leaveOutGoneCheckIns` left out of an import, `whose` naming the person (“Ada’s ”), or ''. */
const leftOutSentence = (left: LeftOut, whose = ''): string => {
  const reviews = left.reviews ? `, with ${plural(left.reviews, 'manager’s review', 'manager’s reviews')} of ${left.checkIns === 1 ? 'it' : 'them'},` : '';
  const are = left.checkIns === 1 && !left.reviews ? 'is' : 'are';
  const sentence = `${whose}${plural(left.checkIns, 'check-in', 'check-ins')} rated at ${left.levels.length === 1 ? 'a level' : 'levels'} no longer in this handbook’s ladder (${quoted(left.levels)})${reviews} ${are} left out of this import; the file still holds ${left.checkIns === 1 && !left.reviews ? 'it' : 'them'}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
};

/**
 * An import's mend of one person's record (a self-assessment, check-in or evidence file, or one
 * chosen on the manager's view): a gone target cleared, check-ins at a gone level and their reviews
 * left out, with a sentence for each. The file is the reader's and keeps all of it; what is stored
 * is untouched until they choose to import.
 */
export function mendImportedRecord(ladder: Ladder) {
  return (data: unknown): { data: unknown; mended: string[] } => {
    const { record: cleared, gone } = clearGoneTarget(ladder, data);
    const { record, left } = leaveOutGoneCheckIns(ladder, cleared);
    const mended: string[] = [];
    if (gone !== null) mended.push(`The file’s target level (“${gone}”) is no longer in this handbook’s ladder, so the record is imported without a target; the file still names it.`);
    if (left.checkIns) mended.push(leftOutSentence(left));
    return { data: record, mended };
  };
}

/** A person's name as a sentence gives it (“Ada’s ”), or “a person’s ” when they gave none. */
const whoseOf = (person: unknown): string => (isData(person) && typeof person['name'] === 'string' && person['name'].trim() ? `${person['name'].trim()}’s ` : 'a person’s ');

/** `mendImportedRecord` of each person of a manager's team file, each sentence naming the person. */
export function mendImportedTeam(ladder: Ladder) {
  return (data: unknown): { data: unknown; mended: string[] } => {
    if (!isData(data) || !Array.isArray(data['people'])) return { data, mended: [] };
    const mended: string[] = [];
    const people = data['people'].map((person: unknown) => {
      const { record: cleared, gone } = clearGoneTarget(ladder, person);
      const { record, left } = leaveOutGoneCheckIns(ladder, cleared);
      const whose = whoseOf(person);
      if (gone !== null) mended.push(`${whose.charAt(0).toUpperCase()}${whose.slice(1)}target level (“${gone}”) is no longer in this handbook’s ladder, so it is imported cleared; the file still names it.`);
      if (left.checkIns) mended.push(leftOutSentence(left, whose));
      return record;
    });
    return { data: { ...data, people }, mended };
  };
}
