/**
 * Share links for check-ins. A link carries a level, a target and a rating per competency, never a
 * name, notes, links or evidence, in the URL's fragment (after `#`), which the browser does not send
 * to any server:
 *
 *   version 2 (written):  #sa=2&level=lead-ml-engineer&target=staff-ml-engineer&ml-system-design=meets&…
 *   version 1 (read):     #sa=1&current=lead-ml-engineer&target=staff-ml-engineer&ml-system-design=staff-ml-engineer&…
 *
 * Version 1 was the one-off self-assessment's: a level demonstrated per competency. It reads as a
 * check-in at its `current` level, each level chosen turned into a rating (`ratingForLevel`); a link
 * with only levels, such as the promotion pages write to preselect them, suggests the levels alone.
 * `sa` marks a share link (and its version); other fragments, such as a heading anchor, are not.
 * Decoding accepts only this ladder's level and competency ids and the check-in's ratings, each key
 * once, and only competencies the link's level rates.
 *
 * Pure and free of Astro and Node imports (the islands use it).
 */
import { competenciesOf, isRating, ratingForLevel, type Rating } from './check-in-scale.ts';
import { addCheckIn, entryOf, latestCheckIn, rateCheckIn, setTarget, type Change, type GrowthRecord } from './growth-record.ts';
import { levelById, type Ladder } from './self-assessment.ts';
import { asSentence } from '../text/sentence.ts';

export const shareMarker = 'sa';
export const shareVersion = '2';

export interface SharedCheckIn {
  /** The level the ratings are against (the person's level). */
  level: string | null;
  target: string | null;
  /** Rating by competency id; competencies without a rating are absent. */
  ratings: Partial<Record<string, Rating>>;
}

/** The fragment of a share link that only chooses a level and a target, as a guide to a move links into the page. */
export const encodeLevels = (level: string, target: string): string => new URLSearchParams({ [shareMarker]: shareVersion, level, target }).toString();

/** The fragment (without `#`) of a share link of the latest check-in, competencies in the ladder's order. */
export function encodeShare(ladder: Ladder, r: GrowthRecord): string {
  const latest = latestCheckIn(r);
  const params = new URLSearchParams({ [shareMarker]: shareVersion });
  if (latest) params.set('level', latest.level);
  if (r.target) params.set('target', r.target);
  for (const c of latest ? competenciesOf(ladder, latest.level) : []) {
    const rating = entryOf(latest!, c.id).rating;
    if (rating) params.set(c.id, rating);
  }
  return params.toString();
}

export type DecodeResult = { ok: true; value: SharedCheckIn } | { ok: false; error: string } | null;

const known = (ladder: Ladder, id: string) => ladder.competencies.some((c) => c.id === id);
const unknownLevel = (value: string) => ({ ok: false as const, error: `the share link names a level this ladder does not have (“${value.slice(0, 60)}”)` });
const unknownCompetency = (key: string) => ({ ok: false as const, error: `the share link names a competency this ladder does not have (“${key.slice(0, 60)}”)` });

/** A key given twice: only the marker, a level key or a known competency get this far (anything else is refused on first sight). */
function givenTwice(ladder: Ladder, key: string) {
  const competency = ladder.competencies.find((c) => c.id === key);
  const what = competency ? `rates ${competency.name}` : key === shareMarker ? 'gives its format' : key === 'target' ? 'names its target' : 'names its level';
  return { ok: false as const, error: `the share link ${what} twice` };
}

/** Reads a fragment (with or without `#`); null when it is not a share link at all. */
export function decodeShare(ladder: Ladder, hash: string): DecodeResult {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const version = params.get(shareMarker);
  if (version === null) return null;
  if (version !== '1' && version !== shareVersion) {
    // A link from a later release of the handbook is no one's mistake: said as such, with what to do.
    if (/^\d{1,6}$/.test(version) && Number(version) > Number(shareVersion))
      return { ok: false, error: `the share link was made by a newer version of the handbook (format ${version}; this page reads up to ${shareVersion}): open it in the handbook that made it, or ask for a new link` };
    // A tampered link's version can be any bytes: name it only when it reads as a version.
    const named = /^[\w.-]{1,10}$/.test(version) ? `format ${version}` : 'an unknown format';
    return { ok: false, error: `the share link has ${named}, which this page cannot read` };
  }
  const shared: SharedCheckIn = { level: null, target: null, ratings: {} };
  const chosen: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [key, value] of params) {
    // A key given twice has no one meaning (URLSearchParams would let the last win, unseen): refused.
    if (seen.has(key)) return givenTwice(ladder, key);
    seen.add(key);
    if (key === shareMarker) continue;
    const levelKey = version === '1' ? (key === 'current' ? 'level' : key === 'target' ? 'target' : null) : key === 'level' || key === 'target' ? key : null;
    if (levelKey) {
      if (!levelById(ladder, value)) return unknownLevel(value);
      shared[levelKey] = value;
    } else if (!known(ladder, key)) return unknownCompetency(key);
    else if (version === '1') {
      if (!levelById(ladder, value)) return unknownLevel(value);
      chosen[key] = value;
    } else if (isRating(value)) shared.ratings[key] = value;
    else return { ok: false, error: `the share link rates ${ladder.competencies.find((c) => c.id === key)!.name} “${value.slice(0, 30)}”, which is not a rating` };
  }
  // A rating of a competency the level has no expectation for would be stored unseen (a check-in
  // shows only its level's competencies) and travel on in every export: refused. Version 1 links
  // chose a level for any competency; those the level does not rate turn into no rating (below).
  const ratedAt = levelById(ladder, shared.level);
  if (ratedAt) {
    const stray = ladder.competencies.find((c) => Object.hasOwn(shared.ratings, c.id) && !ratedAt.expectations[c.id]);
    if (stray) return { ok: false, error: `the share link rates ${stray.name}, which a check-in at ${ratedAt.title} does not rate` };
  }
  if (version === '1' && shared.level)
    for (const [c, level] of Object.entries(chosen)) {
      const rating = ratingForLevel(ladder, shared.level, c, level);
      if (rating) shared.ratings[c] = rating;
    }
  if (version === '2' && Object.keys(shared.ratings).length && !shared.level) return { ok: false, error: 'the share link rates competencies without naming the level they are rated against' };
  return { ok: true, value: shared };
}

/** True when the link holds ratings (it would add a check-in), not only levels. */
export const hasRatings = (s: SharedCheckIn): boolean => Object.keys(s.ratings).length > 0;

/** True when applying the link would change nothing: its ratings are the latest check-in's, its target the record's. */
export function sameAsRecord(ladder: Ladder, r: GrowthRecord, s: SharedCheckIn): boolean {
  const latest = latestCheckIn(r);
  if ((s.target ?? r.target) !== r.target) return false;
  if (!hasRatings(s)) return !s.level || s.level === latest?.level;
  if (!latest || latest.level !== s.level) return false;
  return competenciesOf(ladder, latest.level).every((c) => (s.ratings[c.id] ?? null) === entryOf(latest, c.id).rating);
}

/**
 * The question the page asks before “Use the link”: what the link holds, then everything pressing
 * the button would do to what is stored. A target the link replaces is named with its old and new
 * value (a QA tester found a prompt promising that nothing changes above a button that replaced
 * the saved target): nothing saved may change without the prompt saying so.
 */
export function sharePrompt(ladder: Ladder, r: GrowthRecord, s: SharedCheckIn): string {
  const title = (id: string | null) => levelById(ladder, id)?.title ?? id;
  const level = title(s.level);
  const target = title(s.target);
  const replaced = s.target && r.target && s.target !== r.target;
  const targetChange = !s.target || s.target === r.target ? null : replaced ? `change your target from ${title(r.target)} to ${target}` : `set your target to ${target}`;
  // Out of how many: a link cut short between two ratings (a chat client, a partial copy) still
  // reads, and only the count against the level's competencies shows what it lost.
  const rated = Object.keys(s.ratings).length;
  const of = s.level ? competenciesOf(ladder, s.level).length : rated;
  const holds = hasRatings(s)
    ? `This link holds a check-in against ${level}: ${rated} of ${of} competenc${of === 1 ? 'y' : 'ies'} rated${target ? `, aiming for ${target}` : ''}.`
    : `This link suggests ${[s.level && `${level} as your level`, s.target && `${target} as your target`].filter(Boolean).join(' and ')}.`;
  const does = [hasRatings(s) ? 'add it as a new check-in dated today' : s.level && `preselect ${level} for your next check-in`, targetChange].filter(Boolean).join(' and ');
  const keeps = replaced ? 'Your check-ins so far stay as they are.' : 'Nothing you have recorded changes.';
  return `${holds} Use the link to ${does}? ${keeps}`;
}

/** What “Use the link” did, for the status line after it: the same changes the prompt announced. */
export function shareApplied(ladder: Ladder, before: GrowthRecord, s: SharedCheckIn): string {
  const title = (id: string | null) => levelById(ladder, id)?.title ?? id;
  const did = [
    hasRatings(s) ? 'Added the share link’s check-in as one dated today' : s.level ? `Preselected ${title(s.level)} for your next check-in` : null,
    s.target && s.target !== before.target ? (before.target ? `changed your target from ${title(before.target)} to ${title(s.target)}` : `set your target to ${title(s.target)}`) : null,
  ].filter(Boolean);
  return asSentence(did.join(' and ') || 'used the link');
}

/**
 * Applies a link: its target becomes the record's (when it names one), and its ratings become a new
 * check-in dated `today` (the reader's calendar date) at its level. Nothing already recorded
 * changes; a date that already has a check-in is refused.
 */
export function applyShare(r: GrowthRecord, s: SharedCheckIn, today: string, now = new Date(), random = Math.random): Change {
  const targeted = s.target ? setTarget(r, s.target) : r;
  if (!hasRatings(s) || !s.level) return { ok: true, record: targeted };
  const added = addCheckIn(targeted, today, s.level, today, now, random);
  if (!added.ok) return added;
  // A new check-in starts from earlier ratings: the link's replace them all.
  const id = added.id!;
  const cleared = Object.keys(added.record.checkIns.find((c) => c.id === id)!.competencies).reduce((acc, c) => rateCheckIn(acc, id, c, null), added.record);
  const record = Object.entries(s.ratings).reduce((acc, [c, rating]) => rateCheckIn(acc, id, c, rating ?? null), cleared);
  return { ok: true, id, record };
}
