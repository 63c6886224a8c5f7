/**
 * A growth record that names a level the page's ladder no longer has: a fork removed the level, or
 * renamed its id (level ids have no record of former ids to map them by). Stored or imported, such
 * a record stays in use:
 *
 * - a target level that is gone is cleared, with a sentence naming the gone level (the reader
 *   chooses another);
 * - a check-in rated at a gone level (its `level`) cannot be shown against this ladder. Stored,
 *   validation sets it aside with its manager's review, downloadable; imported, it is left out with
 *   its review, and a sentence says how many and that the file still holds them;
 * - a gone level chosen for a competency in the one-off self-assessment (`demonstrated`, only on the
 *   check-in migrated from it, and only informational: the rating is what is shown) is cleared from
 *   that competency, whose notes and links are kept, stored or imported, with one sentence;
 * - a gone current level of the one-off self-assessment gives way, as it is migrated, to another
 *   level of the ladder for the check-in it becomes (`fromAssessment`), every note kept: the
 *   migration says which, and why (`goneCurrentSentence`).
 *
 * An import's mend also clears the competencies and KPIs the handbook lacks (gone-ids.ts), so that
 * one mend takes in what a fork's change left behind.
 *
 * Works on data not yet validated (a file, a stored value): anything else wrong is left to
 * validation. Pure; imported by the islands.
 */
import { isObject as isData, type LeftOutRecord } from '../browser/store.ts';
import { levelById, type Assessment, type Ladder } from './self-assessment.ts';
import { assessmentLevel } from './growth-record.ts';
import { capitalized, clearGoneIds, clearedSentence, plural, quoted } from './gone-ids.ts';

type Data = Record<string, unknown>;

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

/** The gone level a check-in (not yet validated) is rated at, if it is. */
const goneLevelsOf = (ladder: Ladder, checkIn: unknown): string[] => (isData(checkIn) && isGone(ladder, checkIn['level']) ? [checkIn['level']] : []);

/** What `clearGoneChosenLevels` cleared: how many competencies, and the gone levels, first met first. */
export interface ChosenCleared {
  competencies: number;
  levels: string[];
}

/**
 * `record` with every gone level chosen for a competency in the earlier self-assessment
 * (`demonstrated`) cleared from it, the competency's rating, notes and links kept; and what was
 * cleared. Anything that is not such a level is left as it is (validation's).
 */
export function clearGoneChosenLevels(ladder: Ladder, record: unknown): { record: unknown; cleared: ChosenCleared } {
  const levels = new Set<string>();
  let competencies = 0;
  if (!isData(record) || !Array.isArray(record['checkIns'])) return { record, cleared: { competencies, levels: [] } };
  const checkIns = record['checkIns'].map((c: unknown) => {
    if (!isData(c) || !isData(c['competencies'])) return c;
    let changed = false;
    const entries = Object.entries(c['competencies']).map(([id, e]) => {
      if (!isData(e) || !isGone(ladder, e['demonstrated'])) return [id, e];
      levels.add(e['demonstrated']);
      competencies++;
      changed = true;
      const { demonstrated: _, ...kept } = e;
      return [id, kept];
    });
    return changed ? { ...c, competencies: Object.fromEntries(entries) } : c;
  });
  return competencies ? { record: { ...record, checkIns }, cleared: { competencies, levels: [...levels] } } : { record, cleared: { competencies, levels: [] } };
}

/** The one sentence that says gone levels chosen in an earlier self-assessment were cleared; `whose` as for a target (“your ”, “Ada’s ”). */
const goneChosenSentence = (whose: string, { competencies, levels }: ChosenCleared) =>
  `In ${whose}earlier self-assessment, ${plural(competencies, 'competency was', 'competencies were')} rated at ${levels.length === 1 ? 'a level' : 'levels'} no longer in this handbook’s ladder (${quoted(levels)}): ${levels.length === 1 ? 'that level is' : 'those levels are'} cleared, and the notes and links written for ${competencies === 1 ? 'it' : 'them'} are kept.`;

/**
 * The sentence that says a version-1 self-assessment's current level is no longer in the ladder,
 * and what the check-in it becomes is at instead (`assessmentLevel`), or, without a level to rate
 * against, where its notes go; null when its current level is the ladder's, or none was chosen.
 * Said by the migration, stored or imported: the record it makes no longer names the gone level.
 */
export function goneCurrentSentence(ladder: Ladder, a: Assessment): string | null {
  if (!isGone(ladder, a.current)) return null;
  const { level, from } = assessmentLevel(ladder, a);
  const instead = level
    ? `the check-in made from it is at ${levelById(ladder, level)!.title} instead (${from === 'target' ? 'your target level' : 'the level you chose most often'}), every note kept`
    : 'no check-in is made from it, and whatever notes and links it holds are kept in your evidence log';
  return `In your earlier self-assessment, your current level (“${a.current}”) is no longer in this handbook’s ladder: ${instead}.`;
}

/** What `leaveOutGoneCheckIns` left out of a record. */
export interface LeftOut {
  checkIns: number;
  reviews: number;
  /** Those check-ins and reviews by collection and id. */
  records: LeftOutRecord[];
  /** The gone levels they were rated at, in the order first met. */
  levels: string[];
}

/**
 * `record` without its check-ins rated at a level the ladder lacks, nor the manager's reviews of
 * them (a review names its check-in, which is then missing), and what was left out. The rest, every
 * evidence entry included, is untouched.
 */
export function leaveOutGoneCheckIns(ladder: Ladder, record: unknown): { record: unknown; left: LeftOut } {
  const levels = new Set<string>();
  const goneIds = new Set<unknown>();
  const checkIns: unknown[] = isData(record) && Array.isArray(record['checkIns']) ? record['checkIns'] : [];
  const kept = checkIns.filter((c) => {
    const gone = goneLevelsOf(ladder, c);
    gone.forEach((level) => levels.add(level));
    if (gone.length) goneIds.add((c as Data)['id']);
    return !gone.length;
  });
  if (!goneIds.size) return { record, left: { checkIns: 0, reviews: 0, records: [], levels: [] } };
  const reviews: unknown[] = Array.isArray((record as Data)['reviews']) ? ((record as Data)['reviews'] as unknown[]) : [];
  const isLeftOut = (v: unknown) => isData(v) && goneIds.has(v['checkIn']);
  const keptReviews = reviews.filter((v) => !isLeftOut(v));
  const idsOf = (field: string, parts: unknown[]) => parts.flatMap((p) => (isData(p) && typeof p['id'] === 'string' ? [{ field, id: p['id'] }] : []));
  return {
    record: { ...(record as Data), checkIns: kept, ...(reviews.length ? { reviews: keptReviews } : {}) },
    left: {
      checkIns: checkIns.length - kept.length,
      reviews: reviews.length - keptReviews.length,
      records: [...idsOf('checkIns', checkIns.filter((c) => !kept.includes(c))), ...idsOf('reviews', reviews.filter(isLeftOut))],
      levels: [...levels],
    },
  };
}

/**
 * The one sentence that says a record's target level is gone and cleared, stored or imported:
 * `whose` names the record (“your ”, “Ada’s ”, “the file’s ”), `then` what it means for the reader.
 */
const goneTargetSentence = (whose: string, gone: string, then: string) => capitalized(`${whose}target level (“${gone}”) is no longer in this handbook’s ladder, so it is cleared; ${then}`);

/**
 * The store's `mendStored` of one person's record: a target level gone from the ladder is cleared,
 * so that the record and everything written in it stay in use, rather than the whole record failing
 * validation and being set aside; so is a gone level chosen for a competency in the earlier
 * self-assessment (informational), its notes kept. Not a check-in at a gone level: that is left to
 * validation, which sets that part aside, downloadable, with its own notice.
 */
export const mendStoredRecord =
  (ladder: Ladder) =>
  (data: unknown): { data: unknown; mended: string[] } => {
    const { record: targetCleared, gone } = clearGoneTarget(ladder, data);
    const { record, cleared } = clearGoneChosenLevels(ladder, targetCleared);
    const mended = gone === null ? [] : [goneTargetSentence('your ', gone, 'nothing else in your record is changed by this. Choose a target level.')];
    if (cleared.competencies) mended.push(goneChosenSentence('your ', cleared));
    return { data: record, mended };
  };

/** The store's `mendStored` of a manager's team: each person's target level gone from the ladder is cleared, each said by name. */
export const mendStoredTeam =
  (ladder: Ladder) =>
  (data: unknown): { data: unknown; mended: string[] } => {
    if (!isData(data) || !Array.isArray(data['people'])) return { data, mended: [] };
    const mended: string[] = [];
    const people = data['people'].map((person: unknown) => {
      const { record, gone } = clearGoneTarget(ladder, person);
      if (gone !== null) mended.push(goneTargetSentence(whoseOf(person), gone, 'the rest of their record is kept. Their next file carries the target they choose.'));
      return record;
    });
    return { data: { ...data, people }, mended };
  };

/**
 * An import's mend of one person's record: a gone target cleared, check-ins at a gone level and
 * their reviews left out, then competencies and KPIs the handbook lacks cleared from the parts kept
 * (gone-ids.ts), with a sentence for each, `whose` naming the record (“the file’s ”, “Ada’s ”). The
 * file is the reader's and keeps all of it; what is stored is untouched until they choose to import.
 */
function mendImported(ladder: Ladder, kpiIds: readonly string[], data: unknown, whose: string, mended: string[], leftOut: LeftOutRecord[] = []): unknown {
  const { record: targetCleared, gone } = clearGoneTarget(ladder, data);
  const { record: cleared, cleared: chosen } = clearGoneChosenLevels(ladder, targetCleared);
  const { record: kept, left } = leaveOutGoneCheckIns(ladder, cleared);
  const { record, cleared: idsCleared } = clearGoneIds(ladder, kpiIds, kept);
  leftOut.push(...left.records);
  if (gone !== null) mended.push(goneTargetSentence(whose, gone, 'the file still names it.'));
  if (chosen.competencies) mended.push(goneChosenSentence(whose === 'the file’s ' ? 'your ' : whose, chosen));
  if (left.checkIns) {
    // The subject is the check-ins; their reviews come along in a clause.
    const one = left.checkIns === 1;
    const reviews = left.reviews ? `, with ${plural(left.reviews, 'manager’s review', 'manager’s reviews')} of ${left.checkIns === 1 ? 'it' : 'them'},` : '';
    mended.push(
      capitalized(
        `${whose === 'the file’s ' ? '' : whose}${plural(left.checkIns, 'check-in', 'check-ins')} rated at ${left.levels.length === 1 ? 'a level' : 'levels'} no longer in this handbook’s ladder (${quoted(left.levels)})${reviews} ${one ? 'is' : 'are'} left out of this import; the file still holds ${one ? 'it' : 'them'}.`,
      ),
    );
  }
  for (const c of idsCleared) mended.push(clearedSentence(c, whose === 'the file’s ' ? '' : `In ${whose}record, `));
  return record;
}

/**
 * `mendImported` of one person's file (a self-assessment, check-in or evidence file, or one chosen
 * on the manager's view). `kpiIds`: the KPIs an evidence entry may name on the page.
 */
export const mendImportedRecord =
  (ladder: Ladder, kpiIds: readonly string[]) =>
  (data: unknown): { data: unknown; mended: string[]; leftOut: LeftOutRecord[] } => {
    const mended: string[] = [];
    const leftOut: LeftOutRecord[] = [];
    return { data: mendImported(ladder, kpiIds, data, 'the file’s ', mended, leftOut), mended, leftOut };
  };

/** A person's name as a sentence gives it (“Ada’s ”), or “a person’s ” when they gave none. */
export const whoseOf = (person: unknown): string => (isData(person) && typeof person['name'] === 'string' && person['name'].trim() ? `${person['name'].trim()}’s ` : 'a person’s ');

/** `mendImported` of each person of a manager's team file, each sentence naming the person. */
export const mendImportedTeam =
  (ladder: Ladder, kpiIds: readonly string[]) =>
  (data: unknown): { data: unknown; mended: string[] } => {
    if (!isData(data) || !Array.isArray(data['people'])) return { data, mended: [] };
    const mended: string[] = [];
    return { data: { ...data, people: data['people'].map((person: unknown) => mendImported(ladder, kpiIds, person, whoseOf(person), mended)) }, mended };
  };
