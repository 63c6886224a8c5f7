/**
 * Share links for the self-assessment. A link carries the current and target levels and the level
 * demonstrated per competency, never notes or links, in the URL's fragment (after `#`), which the
 * browser does not send to any server:
 *
 *   /growth/self-assessment/#sa=1&current=lead-ml-engineer&target=staff-ml-engineer&ml-system-design=staff-ml-engineer&…
 *
 * `sa=1` marks a share link (and its format version); other fragments, such as a heading anchor,
 * are not share links. Decoding accepts only this ladder's level and competency ids.
 */
import { emptyAssessment, levelById, rate, setLevel, type Assessment, type Ladder } from './self-assessment.ts';

export const shareMarker = 'sa';
export const shareVersion = '1';

export interface Shared {
  current: string | null;
  target: string | null;
  /** Level demonstrated, by competency id; competencies without a rating are absent. */
  ratings: Record<string, string>;
}

/** The part of an assessment that a link may carry. */
export function sharedPart(a: Assessment): Shared {
  const ratings: Record<string, string> = {};
  for (const [c, v] of Object.entries(a.competencies)) if (v.demonstrated) ratings[c] = v.demonstrated;
  return { current: a.current, target: a.target, ratings };
}

/** The fragment (without `#`) of a share link, competencies in the ladder's order. */
export function encodeShare(ladder: Ladder, a: Assessment): string {
  const s = sharedPart(a);
  const params = new URLSearchParams({ [shareMarker]: shareVersion });
  if (s.current) params.set('current', s.current);
  if (s.target) params.set('target', s.target);
  for (const c of ladder.competencies) {
    const level = s.ratings[c.id];
    if (level) params.set(c.id, level);
  }
  return params.toString();
}

export type DecodeResult = { ok: true; value: Shared } | { ok: false; error: string } | null;

/** Reads a fragment (with or without `#`); null when it is not a share link at all. */
export function decodeShare(ladder: Ladder, hash: string): DecodeResult {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const version = params.get(shareMarker);
  if (version === null) return null;
  if (version !== shareVersion) return { ok: false, error: `the share link has format ${version.slice(0, 10)}, which this page cannot read` };
  const shared: Shared = { current: null, target: null, ratings: {} };
  for (const [key, value] of params) {
    if (key === shareMarker) continue;
    if (!levelById(ladder, value)) return { ok: false, error: `the share link names a level this ladder does not have (“${value.slice(0, 60)}”)` };
    if (key === 'current' || key === 'target') shared[key] = value;
    else if (ladder.competencies.some((c) => c.id === key)) shared.ratings[key] = value;
    else return { ok: false, error: `the share link names a competency this ladder does not have (“${key.slice(0, 60)}”)` };
  }
  return { ok: true, value: shared };
}

/**
 * Applies a shared assessment on top of a stored one: levels and ratings come from the link,
 * notes and links stay as stored (a link never carries them, so nothing typed is lost).
 */
export function applyShared(stored: Assessment, shared: Shared): Assessment {
  let next: Assessment = { ...setLevel(setLevel(stored, 'current', shared.current), 'target', shared.target) };
  for (const c of Object.keys(stored.competencies)) next = rate(next, c, null);
  for (const [c, level] of Object.entries(shared.ratings)) next = rate(next, c, level);
  return next;
}

/** True when applying the link would change nothing. */
export function sameAsShared(stored: Assessment, shared: Shared): boolean {
  const s = sharedPart(stored);
  const keys = new Set([...Object.keys(s.ratings), ...Object.keys(shared.ratings)]);
  return s.current === shared.current && s.target === shared.target && [...keys].every((k) => s.ratings[k] === shared.ratings[k]);
}

/** The assessment a share link alone describes (for a browser with nothing stored). */
export const fromShared = (shared: Shared): Assessment => applyShared(emptyAssessment(), shared);

/** True when a link carries no level and no rating (a bare `#sa=1`): opening it must change nothing. */
export const carriesNothing = (shared: Shared): boolean => shared.current === null && shared.target === null && Object.keys(shared.ratings).length === 0;
