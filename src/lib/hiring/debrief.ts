/**
 * The multi-interviewer debrief: several interviewers' scorecards for one candidate, side by side.
 *
 * Each interviewer exports the candidate from the scorecard calculator (the calculator's own export
 * format, with their name). The debrief page imports the files (or pasted text), keeps them in this
 * browser under `handbook:debrief` through the shared store, and shows per dimension every rating,
 * the spread and whether it is contested (ratings `disagreementPoints` apart or more), every red flag
 * with who raised it, the combined result with the decision floors applied to every interviewer's
 * ratings, and an agenda that puts the contested dimensions first (after an interviewer with two scorecards of the candidate, both counted). Pure functions; the island
 * (src/components/hiring/debrief-island.ts) and the tests call them.
 *
 * Stored data (version 1):
 *   { role, candidate: <name key of the candidate on screen>,
 *     scorecards: [{ id, interviewer, candidate, candidateId, file, savedAt?, ratings, notes, redFlags }] }
 * A scorecard's id joins the interviewer and the calculator's candidate id, so importing the same
 * export again updates it instead of adding it twice, and a newer export replaces it; an older one
 * never does (`newerScorecard`).
 */
import * as z from 'zod/mini';
import { bandHeadline, bandWithFloors, bandFor, floorCapText, floorHits, floorHitText, formatScore, type Band, type Dimension, type FloorHit, type RedFlag, type ScorecardModel } from './scorecard.ts';
import { candidateIdPattern, maxNameLength, maxNoteLength, roleProblem, scorecardSpec } from './scorecard-store.ts';
import type { Result, ToolSpec, ToolPages } from '../browser/store.ts';
import { parseExport } from '../browser/parse-export.ts';
import { fileSlug } from '../browser/download.ts';
import { calendarDateText } from '../browser/dates.ts';
import { idPattern } from '../content/id.ts';
import { listWords } from '../text/list-words.ts';
import { withoutByteOrderMark } from '../text/byte-order-mark.ts';

/** The scorecard model with the debrief's own setting from `scorecard.yaml`. */
export interface DebriefModel extends ScorecardModel {
  /** Ratings this many points apart make a dimension contested. */
  disagreementPoints: number;
}

export interface DebriefScorecard {
  /** `<interviewer slug>--<candidate id>`. */
  id: string;
  /** As the interviewer gave it in the calculator; '' when they did not. */
  interviewer: string;
  candidate: string;
  /** The candidate's id in the interviewer's calculator. */
  candidateId: string;
  /** The file it came from, or `pasted text`. */
  file: string;
  /**
   * When the interviewer exported it (the calculator file's save time, ISO 8601); absent for a
   * scorecard kept before the debrief recorded it, or from a file that does not say.
   */
  savedAt?: string | undefined;
  ratings: Partial<Record<string, number>>;
  notes: Partial<Record<string, string>>;
  redFlags: string[];
}

export interface DebriefData {
  role: string;
  /** The name key (`candidateKey`) of the candidate on screen. */
  candidate: string;
  scorecards: DebriefScorecard[];
}

/** Most scorecards a debrief keeps: a loop has a handful of interviewers, a hiring round a few candidates. */
export const maxScorecards = 60;

/** Candidates are matched across interviewers by name, written the same way apart from case and spaces. */
export const candidateKey = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** The label of the debrief's field for the interviewers' files (ScorecardDebrief.astro), named where the page sends them. */
export const addScorecardFilesLabel = 'Add scorecard files';

/** The store name of the debrief (`handbook:debrief`). */
export const debriefTool = 'debrief';

/** `clock`: the present, in milliseconds, for a merge to tell a save time that has not come (`isOlderExport`). */
export function debriefSpec(model: ScorecardModel, clock: () => number = Date.now): ToolSpec<DebriefData> {
  const dimensions = z.enum(model.dimensions.map((d) => d.competency) as [string, ...string[]]);
  const ratings = model.scale.map((s) => s.rating);
  const scorecard = z.strictObject({
    id: z.string().check(z.maxLength(200), z.regex(/^[a-z0-9][a-z0-9-]*$/)),
    interviewer: z.string().check(z.maxLength(maxNameLength)),
    candidate: z.string().check(z.minLength(1), z.maxLength(maxNameLength)),
    candidateId: z.string().check(z.regex(candidateIdPattern)),
    file: z.string().check(z.maxLength(300)),
    savedAt: z.optional(z.string().check(z.maxLength(40), z.refine((t) => exportTime(t) !== null, { message: 'expected a date and time (ISO 8601)' }))),
    ratings: z.partialRecord(dimensions, z.number().check(z.refine((n) => ratings.includes(n), { message: `expected a rating of the scale (${ratings.join(', ')})` }))),
    notes: z.partialRecord(dimensions, z.string().check(z.maxLength(maxNoteLength))),
    redFlags: z.array(z.enum(model.redFlags.map((f) => f.id) as [string, ...string[]])),
  });
  return {
    tool: debriefTool,
    version: 1,
    schema: z.strictObject({ role: z.string().check(z.regex(idPattern)), candidate: z.string().check(z.maxLength(maxNameLength)), scorecards: z.array(scorecard) }),
    empty: () => ({ role: model.role, candidate: '', scorecards: [] }),
    records: [
      {
        field: 'scorecards',
        noun: 'scorecard',
        plural: 'scorecards',
        max: maxScorecards,
        labelOf: (s) => `${String(s['interviewer'] || 'an interviewer')} on ${String(s['candidate'] ?? '')}`,
        // A merge (a debrief file imported, a scorecard added from another tab) keeps the newer export.
        merge: (stored, incoming) => newerScorecard(stored as Partial<DebriefScorecard>, incoming as Partial<DebriefScorecard>, clock()) as Record<string, unknown>,
      },
    ],
    // A calculator export belongs in this page's own field, not in the calculator: its data panel
    // imports a debrief's own file.
    readsElsewhere: { [scorecardSpec(model).tool]: `add it with “${addScorecardFilesLabel}” on this page` },
    fieldWords: { redFlags: 'red flags', candidateId: 'candidate id' },
    screenFields: ['candidate'],
  };
}

/**
 * The time of an ISO 8601 date and time with its offset (`Z` or `+02:00`), in milliseconds; `null`
 * when it is none. Without an offset, `Date.parse` reads it in the machine's time zone, and two
 * interviewers' files would compare differently on different machines.
 */
const exportTime = (iso: string | undefined): number | null => {
  const time = iso && /^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:\d{2})$/i.test(iso) ? Date.parse(iso) : NaN;
  return Number.isNaN(time) ? null : time;
};

/** An export's save time in words, to the minute, in UTC whatever offset the file wrote (the same words on every interviewer's machine). */
export const exportTimeText = (iso: string): string => {
  const time = exportTime(iso);
  const utc = time === null ? iso : new Date(time).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
};

/**
 * How far a save time may run ahead of the reader's clock before it counts as one that has not come.
 * Save times are instants (UTC, or with their offset), so time zones do not matter; only clocks
 * do, and two computers' clocks a few minutes apart are common and say nothing wrong. A file dated
 * further ahead (2099) was made on a computer whose clock was wrong.
 */
export const futureExportSlackMs = 10 * 60_000;

/** The time of a save time that has come by `now` (with the slack), else `null`: a time to compare exports by. */
const timeThatHasCome = (iso: string | undefined, now: number): number | null => {
  const time = exportTime(iso);
  return time !== null && time <= now + futureExportSlackMs ? time : null;
};

/**
 * True when `incoming` was exported before `stored`, by their save times: an interviewer who changed
 * a rating and exported again made the stored one from the newer file, and adding the older file
 * after it must not bring the old rating back. `false` when either does not say when it was saved,
 * or says a time that has not come by `now`: a file dated 2099 tells nothing about which export is
 * newer (its clock was wrong), and compared by its date it would make every real export the
 * interviewer makes later count as older and be refused, leaving the debrief with the old ratings.
 * Read as undated, it is replaced by the next export, as an undated one is.
 */
export function isOlderExport(stored: Pick<DebriefScorecard, 'savedAt'>, incoming: Pick<DebriefScorecard, 'savedAt'>, now: number = Date.now()): boolean {
  const [was, is] = [timeThatHasCome(stored.savedAt, now), timeThatHasCome(incoming.savedAt, now)];
  return was !== null && is !== null && is < was;
}

/** Of two versions of one scorecard, the one a merge keeps: the incoming one, unless it is the older export. */
export const newerScorecard = <S extends Pick<DebriefScorecard, 'savedAt'>>(stored: S, incoming: S, now: number = Date.now()): S => (isOlderExport(stored, incoming, now) ? stored : incoming);

/**
 * What to say of a scorecard added from a file dated after `now` (beyond the slack), or `null`: its
 * date, and that a later export still replaces it. Added all the same, as the growth tools add a
 * file dated after today: the ratings are the interviewer's, only the clock was wrong.
 */
export function futureExportNote(s: Pick<DebriefScorecard, 'savedAt' | 'file' | 'interviewer' | 'candidate'>, now: number): string | null {
  if (!s.savedAt || exportTime(s.savedAt) === null || timeThatHasCome(s.savedAt, now) !== null) return null;
  return `“${s.file}”: ${s.interviewer || 'an interviewer'}’s scorecard of ${s.candidate} is dated ${exportTimeText(s.savedAt)}, after now, ${exportTimeText(new Date(now).toISOString())}: the clock of the computer that exported it was wrong, so check the file; any export made later replaces it.`;
}

/**
 * The scorecards in a calculator export (a file or pasted text): one per candidate it holds. Refused,
 * with the reason in words, when it is not a valid scorecard export of this role. `pages` name the
 * page of another tool's file (store.ts); `pasted`: the text was pasted in, not read from a file.
 */
export function scorecardsFromExport(model: ScorecardModel, text: string, file: string, pages: ToolPages = {}, pasted = false): Result<DebriefScorecard[]> {
  const read = parseExport(scorecardSpec(model), text, pages, pasted ? 'paste' : 'file');
  if (!read.ok) return read;
  const data = read.value;
  // The file's save time, from the envelope parseExport has checked: read here rather than returned
  // by the shared store, whose script every tool page loads (its size budget, tests/dist/budgets).
  const savedAt = (JSON.parse(withoutByteOrderMark(text)) as { savedAt?: unknown }).savedAt;
  const wrongRole = roleProblem(model, data);
  if (wrongRole) return { ok: false, error: wrongRole };
  if (!data.candidates.length) return { ok: false, error: 'the file holds no candidate' };
  const interviewer = data.interviewer.trim();
  return {
    ok: true,
    value: data.candidates.map((c) => ({
      id: `${fileSlug(interviewer, 'interviewer')}--${c.id}`,
      interviewer,
      candidate: c.name,
      candidateId: c.id,
      file: file.slice(0, 300),
      ...(typeof savedAt === 'string' && exportTime(savedAt) !== null ? { savedAt } : {}),
      ratings: c.ratings,
      notes: c.notes,
      redFlags: c.redFlags,
    })),
  };
}

/**
 * The scorecards of several exports read together (files chosen at once), and the reason each refused
 * one was not added. Two exports of the same interviewer's scorecard of the same candidate (an
 * interviewer who exported twice, both files chosen) share an id: merged, the one read last would
 * silently replace the other, whichever is newer, and a rating the other holds (a 1 that hits a
 * decision floor) would vanish from the debrief. So neither is added from that batch, and the reason
 * says to add the one meant on its own, where the import says what it would update. A scorecard
 * exported before the one of its id already `here` is refused too, for the same reason: the debrief
 * would go back to ratings the interviewer has since changed. `notes`: what to say of the scorecards
 * added from a file dated after `now` (`futureExportNote`).
 */
export function scorecardsFromExports(
  model: ScorecardModel,
  sources: readonly { name: string; text: string; error?: string; pasted?: boolean }[],
  pages: ToolPages = {},
  here: readonly DebriefScorecard[] = [],
  now: number = Date.now(),
): { scorecards: DebriefScorecard[]; refused: string[]; refusedFiles: number; notes: string[] } {
  const stored = new Map(here.map((s) => [s.id, s]));
  const read = sources.map((source) => ({ source, result: source.error ? ({ ok: false, error: source.error } as const) : scorecardsFromExport(model, source.text, source.name, pages, source.pasted) }));
  const filesOf = new Map<string, string[]>();
  for (const { source, result } of read) if (result.ok) for (const s of result.value) filesOf.set(s.id, [...(filesOf.get(s.id) ?? []), source.name]);
  const refused: string[] = [];
  /** The files with a refusal: one export may hold several scorecards, each refused for its reason. */
  let refusedFiles = 0;
  const scorecards: DebriefScorecard[] = [];
  for (const { source, result } of read) {
    const refusedBefore = refused.length;
    if (!result.ok) refused.push(`“${source.name}”: ${result.error}`);
    else for (const s of result.value) {
      const files = filesOf.get(s.id)!;
      const whose = `${s.interviewer || 'an interviewer'}’s scorecard of ${s.candidate}`;
      const kept = stored.get(s.id);
      if (files.length >= 2) {
        const others = files.filter((f) => f !== source.name);
        const alsoIn = others.length ? `as does “${others.join('”, “')}”` : 'more than once';
        refused.push(`“${source.name}”: it holds ${whose}, ${alsoIn}; add the one you mean on its own, and the import says what it would update`);
      } else if (kept && isOlderExport(kept, s, now))
        refused.push(
          `“${source.name}”: it holds ${whose} exported ${exportTimeText(s.savedAt!)}, before the one here (“${kept.file}”, exported ${exportTimeText(kept.savedAt!)}); to use the older one, remove the one here first`,
        );
      else scorecards.push(s);
    }
    if (refused.length > refusedBefore) refusedFiles++;
  }
  const notes = scorecards.map((s) => futureExportNote(s, now)).filter((n): n is string => n !== null);
  return { scorecards, refused, refusedFiles, notes };
}

/**
 * The line beside the control the reader used when `refusedFiles` of what they added were refused:
 * files chosen, or (`pasted`) the text pasted in, which the reader never knew as a file.
 */
export function refusedSummary(refusedFiles: number, pasted: boolean): string {
  if (pasted) return 'The pasted text was not added, or only in part; the reasons are listed below.';
  return `${refusedFiles === 1 ? 'One file was' : `${refusedFiles} files were`} not added, or only in part; the reasons are listed below.`;
}

/** The candidates of the debrief, by name key, in the order they were first added. */
export function candidatesOf(data: DebriefData): { key: string; name: string; scorecards: number }[] {
  const out = new Map<string, { key: string; name: string; scorecards: number }>();
  for (const s of data.scorecards) {
    const key = candidateKey(s.candidate);
    const seen = out.get(key);
    if (seen) seen.scorecards++;
    else out.set(key, { key, name: s.candidate.trim(), scorecards: 1 });
  }
  return [...out.values()];
}

/** The scorecards of the candidate on screen (the stored one, else the first). */
export function shownScorecards(data: DebriefData): { key: string; scorecards: DebriefScorecard[] } {
  const keys = candidatesOf(data).map((c) => c.key);
  const key = keys.includes(data.candidate) ? data.candidate : (keys[0] ?? '');
  return { key, scorecards: data.scorecards.filter((s) => candidateKey(s.candidate) === key) };
}

/** `data` with the candidate of name key `key` on screen; `data` itself when they already are. */
export const withCandidateShown = (data: DebriefData, key: string): DebriefData => (data.candidate === key ? data : { ...data, candidate: key });

/** `data` without the scorecard `id`, the others in their order; `data` itself when it holds no such scorecard. */
export function withoutScorecard(data: DebriefData, id: string): DebriefData {
  const scorecards = data.scorecards.filter((s) => s.id !== id);
  return scorecards.length === data.scorecards.length ? data : { ...data, scorecards };
}

export interface InterviewerRating {
  interviewer: string;
  rating: number | null;
  note: string;
}

export interface DimensionRow {
  dimension: Dimension;
  /** One per scorecard, in the order of the scorecards. */
  ratings: InterviewerRating[];
  /** Mean of the ratings given; `null` when nobody rated it. */
  mean: number | null;
  /** Highest minus lowest rating; `null` when fewer than two rated it. */
  spread: number | null;
  contested: boolean;
}

export interface AgendaItem {
  kind: 'counted-twice' | 'contested' | 'red-flag' | 'floor' | 'unrated' | 'confirm';
  title: string;
  detail: string;
}

export interface Debrief {
  /** How each scorecard's interviewer is named: their name, or “Interviewer N”. */
  interviewers: string[];
  rows: DimensionRow[];
  redFlags: { flag: RedFlag; raisedBy: string[] }[];
  floorHits: { hit: FloorHit; interviewer: string }[];
  /** Weighted score of the mean ratings, over the dimensions someone rated. */
  score: number | null;
  band: Band | null;
  /** The band of the score alone, when a floor holds the result below it. */
  cappedFrom: Band | null;
  outcome: 'no-scorecards' | 'no-ratings' | 'provisional' | 'combined';
  agenda: AgendaItem[];
}


/** How each scorecard's interviewer is named: their name, or “Interviewer N” when they gave none. */
const interviewerNames = (scorecards: readonly DebriefScorecard[]) => scorecards.map((s, i) => s.interviewer.trim() || `Interviewer ${i + 1}`);

/**
 * What the top of the debrief says, on screen and on the printed sheet: whose debrief it is (the
 * candidate on screen), for which role, on which day (`today`, a calendar date; `null` on the server,
 * which cannot know the day the page is read), from whose scorecards. Before any scorecard is added
 * it says so, in the same place, so nothing moves when the first one comes.
 */
export function debriefHeading(model: ScorecardModel, data: DebriefData, today: string | null): { candidate: string; line: string } {
  const { key, scorecards } = shownScorecards(data);
  const candidate = candidatesOf(data).find((c) => c.key === key)?.name;
  const parts = [
    model.roleTitle,
    today ? `debrief of ${calendarDateText(today)}` : 'debrief',
    scorecards.length ? `scorecards from ${listWords(interviewerNames(scorecards))}` : 'no scorecards yet',
  ];
  return { candidate: candidate && scorecards.length ? candidate : 'No candidate yet', line: parts.join(' · ') };
}

export function debriefOf(model: DebriefModel, scorecards: readonly DebriefScorecard[]): Debrief {
  const interviewers = interviewerNames(scorecards);
  const valid = new Set(model.scale.map((s) => s.rating));
  const rows: DimensionRow[] = model.dimensions.map((dimension) => {
    const ratings = scorecards.map((s, i) => {
      const r = s.ratings[dimension.competency];
      return { interviewer: interviewers[i]!, rating: r !== undefined && valid.has(r) ? r : null, note: s.notes[dimension.competency]?.trim() ?? '' };
    });
    const given = ratings.map((r) => r.rating).filter((r): r is number => r !== null);
    const spread = given.length >= 2 ? Math.max(...given) - Math.min(...given) : null;
    return {
      dimension,
      ratings,
      mean: given.length ? given.reduce((a, b) => a + b, 0) / given.length : null,
      spread,
      contested: spread !== null && spread >= model.disagreementPoints,
    };
  });
  const redFlags = model.redFlags
    .map((flag) => ({ flag, raisedBy: scorecards.flatMap((s, i) => (s.redFlags.includes(flag.id) ? [interviewers[i]!] : [])) }))
    .filter((f) => f.raisedBy.length > 0);
  const hits = scorecards.flatMap((s, i) => floorHits(model, s.ratings).map((hit) => ({ hit, interviewer: interviewers[i]! })));

  const rated = rows.filter((r) => r.mean !== null);
  const ratedWeight = rated.reduce((sum, r) => sum + r.dimension.weight, 0);
  const score = ratedWeight ? rated.reduce((sum, r) => sum + r.dimension.weight * r.mean!, 0) / ratedWeight : null;
  const band = score === null ? null : bandWithFloors(model, score, hits.map((h) => h.hit));
  const scoreBand = score === null ? null : bandFor(model, score);
  const outcome: Debrief['outcome'] = !scorecards.length ? 'no-scorecards' : score === null ? 'no-ratings' : rated.length < rows.length ? 'provisional' : 'combined';

  const byWeight = (a: DimensionRow, b: DimensionRow) => b.dimension.weight - a.dimension.weight;
  const ratingsText = (row: DimensionRow) =>
    row.ratings
      .filter((r) => r.rating !== null)
      .map((r) => `${r.interviewer} ${r.rating}`)
      .join(', ');
  // Each dimension comes once, in the first place it earns, in this order: contested, hit by a
  // floor, unrated, to confirm. A floor hit by two interviewers is one item naming both.
  const placed = new Set<string>();
  const place = (competency: string) => !placed.has(competency) && !!placed.add(competency);
  const contested = rows
    .filter((r) => r.contested && place(r.dimension.competency))
    .sort((a, b) => b.spread! - a.spread! || byWeight(a, b))
    .map((r) => {
      // Each interviewer once, though two scorecards may carry the same name.
      const floored = [...new Set(hits.filter((h) => h.hit.dimension.competency === r.dimension.competency).map((h) => `${h.interviewer}’s`))];
      const floorNote = !floored.length ? '' : floored.length === 1 ? ` ${floored[0]} rating hits a decision floor.` : ` ${listWords(floored)} ratings hit a decision floor.`;
      return { kind: 'contested' as const, title: `${r.dimension.label}: ratings ${r.spread} points apart`, detail: `${ratingsText(r)}.${floorNote} Each interviewer states their evidence; agree on one rating.` };
    });
  const floors = rows
    .map((r) => hits.filter((h) => h.hit.dimension.competency === r.dimension.competency))
    .filter((own) => own.length && place(own[0]!.hit.dimension.competency))
    .map((own) => {
      const byRating = [...new Set(own.map((h) => h.hit.rating))].map((rating) => `${rating} by ${listWords([...new Set(own.filter((h) => h.hit.rating === rating).map((h) => h.interviewer))])}`);
      const why = [...new Set(own.map((h) => floorHitText(model, h.hit)))].join('; ');
      return { kind: 'floor' as const, title: `Decision floor: ${own[0]!.hit.dimension.label} rated ${listWords(byRating)}`, detail: `${why}. Confirm the rating, or agree on another with the evidence.` };
    });
  // One interviewer's several scorecards of the candidate (two entries of the same person in their
  // calculator): each counts in the means as an interviewer of its own, which can lift the result a
  // band, so the panel settles it first.
  const byInterviewer = new Map<string, number[]>();
  scorecards.forEach((s, i) => {
    const key = candidateKey(s.interviewer);
    if (key) byInterviewer.set(key, [...(byInterviewer.get(key) ?? []), i]);
  });
  const countedTwice = [...byInterviewer.values()]
    .filter((own) => own.length > 1)
    .map((own) => {
      const who = interviewers[own[0]!]!;
      return {
        kind: 'counted-twice' as const,
        title: `${who}: ${own.length} scorecards of this candidate`,
        detail: `Each counts in the means as an interviewer of its own (${listWords(own.map((i) => scorecards[i]!.file || 'an unknown file'))}). Keep the one that is ${who}’s final say and remove the others, or check that two interviewers share the name.`,
      };
    });
  const agenda: AgendaItem[] = [
    ...countedTwice,
    ...contested,
    ...redFlags.map((f) => ({ kind: 'red-flag' as const, title: `Red flag: ${f.flag.text}`, detail: `Raised by ${listWords(f.raisedBy)}. The panel decides on it whatever the score.` })),
    ...floors,
    ...rows.filter((r) => r.mean === null && place(r.dimension.competency)).map((r) => ({ kind: 'unrated' as const, title: `${r.dimension.label}: nobody rated it`, detail: 'Decide who has evidence for it, or plan a follow-up conversation.' })),
    ...rows
      .filter((r) => r.mean !== null && place(r.dimension.competency))
      .sort(byWeight)
      .map((r) => ({ kind: 'confirm' as const, title: `${r.dimension.label}: confirm`, detail: `${ratingsText(r)}.` })),
  ];
  return { interviewers, rows, redFlags, floorHits: hits, score, band, cappedFrom: band?.id !== scoreBand?.id ? scoreBand : null, outcome, agenda };
}

/**
 * The combined result in words: a headline and a sentence or two. A raised red flag takes the
 * headline, as it takes the calculator's: the hiring guide says a red flag turns the result into a
 * panel decision and shows the score for context only, so no band reads as the result then. The
 * detail does not say again what the headline says (the count of red flags, who decides).
 */
export function describeDebrief(model: ScorecardModel, d: Debrief): { headline: string; detail: string } {
  if (d.outcome === 'no-scorecards') return { headline: 'No scorecards yet', detail: 'Add each interviewer’s export of this candidate from the scorecard calculator.' };
  if (d.outcome === 'no-ratings') return { headline: 'No ratings yet', detail: 'The scorecards added so far rate no dimension.' };
  const n = d.interviewers.length;
  const flags = d.redFlags.length;
  const base = bandHeadline(d.band, `combined score ${formatScore(d.score!, model.bands)}`);
  const headline = flags
    ? `${flags === 1 ? 'Red flag raised' : `${flags} red flags raised`}: the panel decides`
    : d.outcome === 'provisional'
      ? `Provisional: ${base}`
      : base;
  const parts = [
    flags ? `For context only: combined score ${formatScore(d.score!, model.bands)} (${d.band?.label ?? 'no'} band).` : '',
    `The mean of ${n} ${n === 1 ? 'interviewer’s ratings' : 'interviewers’ ratings'} per dimension, weighted as the scorecard says.`,
    d.outcome === 'provisional' ? `Provisional: ${d.rows.filter((r) => r.mean === null).length} of ${d.rows.length} dimensions have no rating.` : '',
    d.cappedFrom
      ? `${floorCapText(d.band, d.cappedFrom)}: ${d.floorHits
          .filter((h) => h.hit.blocked.some((b) => b.id === d.cappedFrom!.id))
          .map((h) => `${h.interviewer} rated ${h.hit.dimension.label} ${h.hit.rating}`)
          .join('; ')}.`
      : '',
    d.agenda.some((a) => a.kind === 'counted-twice') ? 'An interviewer’s scorecards count more than once: see the agenda.' : '',
    d.rows.some((r) => r.contested) ? `${d.rows.filter((r) => r.contested).length} contested ${d.rows.filter((r) => r.contested).length === 1 ? 'dimension' : 'dimensions'} to settle first.` : '',
  ];
  return { headline, detail: parts.filter(Boolean).join(' ') };
}
