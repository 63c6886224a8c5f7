/**
 * A person's growth over time: dated check-ins, an evidence log and their manager's reviews. What
 * the check-in page keeps in the browser (under `handbook:self-assessment`, version 2), what an
 * engineer exports, and what a manager and a calibration import.
 *
 *   GrowthRecord {
 *     id            stable, made once; a re-import of the same person's file updates, never duplicates
 *     name          optional; stays in the browser and in the files the person exports
 *     target        level id they aim for, or null
 *     checkIns[]    { id, date (YYYY-MM-DD), level (the level rated against), summary,
 *                     competencies: { [competency id]: { rating, notes, links, demonstrated? } },
 *                     changedAt? }
 *     evidence[]    { id, date, title, details, links, competencies[], kpis[], changedAt? }   (the "wins")
 *     reviews[]     { id, checkIn (a check-in id), date, reviewer, summary,
 *                     competencies: { [competency id]: { rating, notes } }, changedAt? }  (the manager's view;
 *                   at most one per check-in)
 *     deleted[]?    { field ('checkIns' | 'evidence' | 'reviews'), id, deletedAt }: the parts deleted
 *                   (tombstones; absent from files made before them)
 *     addedAt?      in a manager's team only: when the person was last added back after a removal
 *   }
 *
 * `changedAt`: when the page last saved a change to it (changed-at.ts), so that an import's merge
 * keeps the newer of two copies. `deleted`: when the page saved the deletion of a part, so that an
 * import's merge never brings back a part deleted after the file's copy was changed (tombstones.ts).
 *
 * A check-in rates the competencies its level has an expectation for (check-in-scale.ts); an entry
 * for another competency of the ladder is kept but not shown (nothing typed is ever dropped when a
 * check-in's level changes). `demonstrated` is set only on the check-in migrated from the earlier
 * one-off self-assessment (version 1), which recorded a level per competency: the level chosen then.
 *
 * Every change goes through the pure functions below, which return a new record.
 * Pure and free of Astro and Node imports (the islands use it).
 */
import * as z from 'zod/mini';
import { checkInRatings, competenciesOf, demonstratedLevel, ratingForLevel, type Rating } from './check-in-scale.ts';
import { levelById, maxLinkLength, maxLinks, maxNotesLength, type Assessment, type Ladder } from './self-assessment.ts';
import { changedAtPattern, isStamp } from '../browser/stamps.ts';
import type { Tombstone } from '../browser/tombstones.ts';
import { listWords } from '../text/list-words.ts';
import { calendarDateProblem, calendarDateSchema, calendarDateText, dateNotComeAnywhere, futureDateProblem } from '../browser/dates.ts';

export interface CompetencyCheckIn {
  rating: Rating | null;
  notes: string;
  links: string[];
  /** The level chosen for this competency in the earlier self-assessment (migrated check-ins only). */
  demonstrated?: string;
}

export interface CheckIn {
  id: string;
  /** Local calendar date, `YYYY-MM-DD`. */
  date: string;
  /** The level rated against: the person's level on that date. */
  level: string;
  summary: string;
  competencies: Partial<Record<string, CompetencyCheckIn>>;
  /** When it was last changed (ISO time; changed-at.ts): an import's merge keeps the newer copy. */
  changedAt?: string;
}

export interface EvidenceEntry {
  id: string;
  date: string;
  title: string;
  details: string;
  links: string[];
  /** Competency ids, in the ladder's order. */
  competencies: string[];
  /** KPI ids of the person's role, where it has KPIs. */
  kpis: string[];
  /** When it was last changed (ISO time; changed-at.ts). */
  changedAt?: string;
}

export interface ReviewEntry {
  rating: Rating | null;
  notes: string;
}

export interface Review {
  id: string;
  /** The check-in reviewed. */
  checkIn: string;
  /** When the review was last changed. */
  date: string;
  reviewer: string;
  summary: string;
  competencies: Partial<Record<string, ReviewEntry>>;
  /** When it was last changed (ISO time; changed-at.ts). */
  changedAt?: string;
}

export interface GrowthRecord {
  id: string;
  name: string;
  target: string | null;
  checkIns: CheckIn[];
  evidence: EvidenceEntry[];
  reviews: Review[];
  /** The parts deleted, and when (changed-at.ts writes them, tombstones.ts reads them); oldest first. */
  deleted?: (Tombstone & { field: (typeof stampedParts)[number] })[];
  /**
   * In a manager's team: when the person was added back after being removed (changed-at.ts), later
   * than the removal, so that a team file made between the two does not remove them again. Their
   * parts may all be older than the removal: it is the one stamp of the person themselves.
   */
  addedAt?: string;
}

/** The parts of a record that carry `changedAt` (changed-at.ts), and whose deletions the record keeps. */
export const stampedParts = ['checkIns', 'evidence', 'reviews'] as const;

/** Limits of what one record holds, so a file stays a reasonable size. */
export const limits = {
  name: 120,
  title: 200,
  details: maxNotesLength,
  summary: maxNotesLength,
  checkIns: 200,
  evidence: 2_000,
  reviews: 200,
  /** KPIs one evidence entry names. */
  kpis: 50,
  /**
   * Deletions remembered, the newest kept: enough for every part deleted between two hand-overs of
   * a file, while a record whose parts are added and deleted for years stays a reasonable size. A
   * file older than the deletions left out can bring their parts back, as any file could before.
   */
  deleted: 200,
} as const;

/** Ids made here: a prefix, the time and a random part, in lower-case letters, digits and hyphens. */
export const recordIdPattern = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** A new id with `prefix`, not in `taken`. */
export function newId(prefix: string, taken: Iterable<string> = [], now = new Date(), random = Math.random): string {
  const used = new Set(taken);
  let id: string;
  do id = `${prefix}-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 5).toString(36)}`;
  while (used.has(id));
  return id;
}

export const emptyRecord = (id = ''): GrowthRecord => ({ id, name: '', target: null, checkIns: [], evidence: [], reviews: [] });

/* ---------- Schema ---------- */

const idList = (ids: readonly string[]) => ids as [string, ...string[]];
const unique = (values: readonly string[]) => new Set(values).size === values.length;
const text = (max: number) => z.string().check(z.maxLength(max));
const links = z.array(text(maxLinkLength)).check(z.maxLength(maxLinks));
const id = z.string().check(z.regex(recordIdPattern));
const stamp = z.string().check(z.regex(changedAtPattern), z.refine(isStamp, 'a date and time that exists'));
const changedAt = z.optional(stamp);
/** A list of tombstones (tombstones.ts) of the collections `fields`, the newest `limits.deleted`. */
export const tombstonesSchema = <F extends string>(fields: readonly [F, ...F[]]) =>
  z.optional(z.array(z.strictObject({ field: z.enum(fields), id, deletedAt: stamp })).check(z.maxLength(limits.deleted)));
/** The parts of the schema, for validating one record of a list at a time. */
export function growthSchemas(ladder: Ladder, kpiIds: readonly string[]) {
  const level = z.enum(idList(ladder.levels.map((l) => l.id)));
  const competency = z.enum(idList(ladder.competencies.map((c) => c.id)));
  const rating = z.nullable(z.enum(checkInRatings));
  const checkIn = z.strictObject({
    id,
    date: calendarDateSchema,
    level,
    summary: text(limits.summary),
    competencies: z.partialRecord(
      competency,
      z.strictObject({ rating, notes: text(maxNotesLength), links, demonstrated: z.optional(level) }),
    ),
    changedAt,
  });
  const evidence = z.strictObject({
    id,
    date: calendarDateSchema,
    title: z.string().check(z.minLength(1), z.maxLength(limits.title)),
    details: text(limits.details),
    links,
    competencies: z.array(competency).check(z.refine(unique, { message: 'expected each competency at most once' })),
    kpis: z
      .array(kpiIds.length ? z.enum(idList(kpiIds)) : z.never())
      .check(z.maxLength(limits.kpis), z.refine(unique, { message: 'expected each KPI at most once' })),
    changedAt,
  });
  const review = z.strictObject({
    id,
    checkIn: id,
    date: calendarDateSchema,
    reviewer: text(limits.name),
    summary: text(limits.summary),
    competencies: z.partialRecord(competency, z.strictObject({ rating, notes: text(maxNotesLength) })),
    changedAt,
  });
  // One check-in per date, and one review of each check-in the record has: issues on the record
  // concerned, so that a stored record with one bad check-in or review sets aside only that one.
  const record = z
    .strictObject({
      id,
      name: text(limits.name),
      target: z.nullable(level),
      checkIns: z.array(checkIn).check(z.maxLength(limits.checkIns)),
      evidence: z.array(evidence).check(z.maxLength(limits.evidence)),
      reviews: z.array(review).check(z.maxLength(limits.reviews)),
      deleted: tombstonesSchema(stampedParts),
      addedAt: changedAt,
    })
    .check(
      z.superRefine((r, ctx) => {
        const dates = new Map<string, number>();
        r.checkIns.forEach((c, i) => {
          const first = dates.get(c.date);
          if (first === undefined) dates.set(c.date, i);
          else ctx.addIssue({ code: 'custom', message: 'another check-in has the same date (one check-in per date)', path: ['checkIns', i, 'date'], input: c.date });
        });
        const ids = new Set(r.checkIns.map((c) => c.id));
        const reviewed = new Set<string>();
        r.reviews.forEach((v, i) => {
          const problem = !ids.has(v.checkIn) ? 'names a check-in the record does not have' : reviewed.has(v.checkIn) ? 'the check-in has another manager’s review before it (one review per check-in)' : '';
          if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['reviews', i, 'checkIn'], input: v.checkIn });
          reviewed.add(v.checkIn);
        });
      }),
    );
  return {
    checkIn: checkIn as unknown as z.ZodMiniType<CheckIn>,
    evidence: evidence as unknown as z.ZodMiniType<EvidenceEntry>,
    review: review as unknown as z.ZodMiniType<Review>,
    record: record as unknown as z.ZodMiniType<GrowthRecord>,
  };
}

/* ---------- Reading ---------- */

/** Check-ins oldest first (dates are unique within a record). */
export const checkInsByDate = (r: GrowthRecord): CheckIn[] => [...r.checkIns].sort((a, b) => a.date.localeCompare(b.date));

export const latestCheckIn = (r: GrowthRecord): CheckIn | undefined => checkInsByDate(r).at(-1);

export const checkInById = (r: GrowthRecord, id: string | null | undefined): CheckIn | undefined => r.checkIns.find((c) => c.id === id);

/** The check-in before `id` by date, if any. */
export function previousCheckIn(r: GrowthRecord, id: string): CheckIn | undefined {
  const sorted = checkInsByDate(r);
  const index = sorted.findIndex((c) => c.id === id);
  return index > 0 ? sorted[index - 1] : undefined;
}

/** The person's level: that of their latest check-in. */
export const currentLevel = (r: GrowthRecord): string | null => latestCheckIn(r)?.level ?? null;

/** Evidence entries newest first (then by title, so the order is total). */
export const evidenceByDate = (entries: readonly EvidenceEntry[]): EvidenceEntry[] =>
  [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));

/** Evidence dated after `from` (exclusive; none for no bound) and up to `to` (inclusive), newest first. */
export const evidenceBetween = (r: GrowthRecord, from: string | null, to: string): EvidenceEntry[] =>
  evidenceByDate(r.evidence.filter((e) => (from === null || e.date > from) && e.date <= to));

/** What a check-in gathers: the evidence since the previous check-in, up to its own date. */
export function evidenceOfCheckIn(r: GrowthRecord, id: string): EvidenceEntry[] {
  const checkIn = checkInById(r, id);
  return checkIn ? evidenceBetween(r, previousCheckIn(r, id)?.date ?? null, checkIn.date) : [];
}

/** Entries tagged with `competency`. */
export const evidenceFor = (entries: readonly EvidenceEntry[], competency: string): EvidenceEntry[] => entries.filter((e) => e.competencies.includes(competency));

export const entryOf = (c: CheckIn, competency: string): CompetencyCheckIn => c.competencies[competency] ?? { rating: null, notes: '', links: [] };

/** What a person wrote for a competency at one check-in: its notes and links. */
export interface CheckInNote {
  date: string;
  notes: string;
  links: string[];
}

/**
 * What a person wrote for a competency at their check-ins up to `upTo` (all when absent), newest
 * first, leaving out check-ins that hold no notes or links for it: evidence as much as the log's
 * entries, which the packet and the calibration both show.
 */
export function checkInNotesFor(r: GrowthRecord, competency: string, upTo?: string): CheckInNote[] {
  return checkInsByDate(r)
    .reverse()
    .filter((c) => upTo === undefined || c.date <= upTo)
    .flatMap((c) => {
      const e = entryOf(c, competency);
      return e.notes.trim() || e.links.length ? [{ date: c.date, notes: e.notes.trim(), links: e.links }] : [];
    });
}

export const ratingIn = (c: CheckIn | undefined, competency: string): Rating | null => (c ? entryOf(c, competency).rating : null);

/** The review of a check-in, if its manager recorded one. */
export const reviewOf = (r: GrowthRecord, checkIn: string | null | undefined): Review | undefined => r.reviews.find((v) => v.checkIn === checkIn);

export const reviewRating = (v: Review | undefined, competency: string): Rating | null => v?.competencies[competency]?.rating ?? null;

/** True when the record holds anything a person typed or chose. */
export const hasContent = (r: GrowthRecord): boolean => r.name !== '' || r.target !== null || r.checkIns.length > 0 || r.evidence.length > 0 || r.reviews.length > 0;

/**
 * A check-in as the self-assessment's `Assessment` (current level, target, level demonstrated per
 * competency), so that the ranked gaps, the chart and the growth plan read the latest check-in with
 * the functions they always used. Competencies rated below the ladder have no level demonstrated.
 */
export function toAssessment(ladder: Ladder, r: GrowthRecord, checkIn: CheckIn | undefined = latestCheckIn(r)): Assessment {
  const competencies: Assessment['competencies'] = {};
  for (const c of checkIn ? competenciesOf(ladder, checkIn.level) : []) {
    const e = entryOf(checkIn!, c.id);
    const demonstrated = e.rating ? demonstratedLevel(ladder, checkIn!.level, c.id, e.rating) : null;
    if (demonstrated || e.notes || e.links.length) competencies[c.id] = { demonstrated, notes: e.notes, links: e.links };
  }
  return { current: checkIn?.level ?? null, target: r.target, competencies };
}

/* ---------- Changes ---------- */

/**
 * `r` with the check-in `id` changed; `r` itself when there is no such check-in (another tab deleted
 * it), so that the change saves nothing rather than an unchanged copy, and reaches no other check-in.
 */
const replaceCheckIn = (r: GrowthRecord, id: string, change: (c: CheckIn) => CheckIn): GrowthRecord =>
  r.checkIns.some((c) => c.id === id) ? { ...r, checkIns: r.checkIns.map((c) => (c.id === id ? change(c) : c)) } : r;

/** Drops entries that hold nothing, so that "not rated, no notes" has one representation. */
function withEntry(c: CheckIn, competency: string, next: CompetencyCheckIn): CheckIn {
  const competencies = { ...c.competencies };
  if (next.rating === null && next.notes === '' && next.links.length === 0 && !next.demonstrated) delete competencies[competency];
  else competencies[competency] = next;
  return { ...c, competencies };
}

export const setName = (r: GrowthRecord, name: string): GrowthRecord => ({ ...r, name: name.slice(0, limits.name) });
export const setTarget = (r: GrowthRecord, target: string | null): GrowthRecord => ({ ...r, target });

export type Change = { ok: true; record: GrowthRecord; id?: string } | { ok: false; error: string };

/**
 * Why a check-in cannot be dated `date`, or null: it is not a real date, or it is after `today` (a
 * check-in rates what has been done: one dated ahead would pass for the latest and hide the real
 * latest from the profile, the plan and the packet).
 */
function checkInDateProblem(date: string, today: string): string | null {
  const problem = calendarDateProblem(date);
  if (problem) return problem;
  const future = futureDateProblem(date, today);
  return future && `${future}: a check-in rates what you have already done, so it is dated today or earlier`;
}

/**
 * A new check-in on `date` at `level`. It starts from the ratings of the latest earlier check-in at
 * the same level (so only what moved needs changing); notes and links start empty. Refused when the
 * date is not a real date, is after `today` (the reader's calendar date) or already has a check-in.
 */
export function addCheckIn(r: GrowthRecord, date: string, level: string, today: string, now = new Date(), random = Math.random): Change {
  const problem = checkInDateProblem(date, today);
  if (problem) return { ok: false, error: problem };
  if (r.checkIns.some((c) => c.date === date)) return { ok: false, error: `there is already a check-in on ${calendarDateText(date)}` };
  if (r.checkIns.length >= limits.checkIns) return { ok: false, error: `a record holds at most ${limits.checkIns} check-ins` };
  const before = checkInsByDate(r).filter((c) => c.date < date && c.level === level).at(-1);
  const competencies: CheckIn['competencies'] = {};
  for (const [c, e] of Object.entries(before?.competencies ?? {})) if (e?.rating) competencies[c] = { rating: e.rating, notes: '', links: [] };
  const id = newId('ci', r.checkIns.map((c) => c.id), now, random);
  return { ok: true, id, record: { ...r, checkIns: [...r.checkIns, { id, date, level, summary: '', competencies }] } };
}

/** Moves a check-in to another date; refused when the date is not real, is after `today` or is already taken. */
export function setCheckInDate(r: GrowthRecord, id: string, date: string, today: string): Change {
  const problem = checkInDateProblem(date, today);
  if (problem) return { ok: false, error: problem };
  if (r.checkIns.some((c) => c.date === date && c.id !== id)) return { ok: false, error: `there is already a check-in on ${calendarDateText(date)}` };
  return { ok: true, record: replaceCheckIn(r, id, (c) => ({ ...c, date })) };
}

/** Rates against another level; every entry is kept, and those the level has no expectation for are not shown. */
export const setCheckInLevel = (r: GrowthRecord, id: string, level: string): GrowthRecord => replaceCheckIn(r, id, (c) => ({ ...c, level }));

export const setCheckInSummary = (r: GrowthRecord, id: string, summary: string): GrowthRecord =>
  replaceCheckIn(r, id, (c) => ({ ...c, summary: summary.slice(0, limits.summary) }));

export const rateCheckIn = (r: GrowthRecord, id: string, competency: string, rating: Rating | null): GrowthRecord =>
  replaceCheckIn(r, id, (c) => withEntry(c, competency, { ...entryOf(c, competency), rating }));

export const annotateCheckIn = (r: GrowthRecord, id: string, competency: string, notes: string, links: string[]): GrowthRecord =>
  replaceCheckIn(r, id, (c) => withEntry(c, competency, { ...entryOf(c, competency), notes: notes.slice(0, maxNotesLength), links }));

/** Rates every competency of the check-in's level that has no rating yet. */
export const rateUnratedIn = (ladder: Ladder, r: GrowthRecord, id: string, rating: Rating): GrowthRecord => {
  const checkIn = checkInById(r, id);
  if (!checkIn) return r;
  return competenciesOf(ladder, checkIn.level).reduce<GrowthRecord>((acc, c) => (ratingIn(checkInById(acc, id), c.id) ? acc : rateCheckIn(acc, id, c.id, rating)), r);
};

/** Removes a check-in and the reviews of it. */
export const removeCheckIn = (r: GrowthRecord, id: string): GrowthRecord => ({
  ...r,
  checkIns: r.checkIns.filter((c) => c.id !== id),
  reviews: r.reviews.filter((v) => v.checkIn !== id),
});

/** What an evidence form holds; `id` is set when an entry is edited. */
export type EvidenceDraft = Omit<EvidenceEntry, 'id'> & { id?: string };

/**
 * Why an evidence entry cannot be dated `date`, or null: it is not a real date, or it is after
 * `today` (the log records what has been done: an entry dated ahead would head the log and be
 * gathered by no check-in until that day came).
 */
export function evidenceDateProblem(date: string, today: string): string | null {
  if (!date.trim()) return 'give the entry a date: the day you did it';
  const problem = calendarDateProblem(date);
  if (problem) return problem;
  const future = futureDateProblem(date, today);
  return future && `${future}: the log records what you have already done, so an entry is dated today or earlier`;
}

/**
 * Adds an entry, or replaces the one with the draft's id; refused without a title, or with a date
 * that is not real or is after `today` (the reader's calendar date).
 */
export function saveEvidence(ladder: Ladder, r: GrowthRecord, draft: EvidenceDraft, today: string, now = new Date(), random = Math.random): Change {
  const title = draft.title.trim().slice(0, limits.title);
  if (!title) return { ok: false, error: 'give the entry a title: what you did, in a few words' };
  const dateProblem = evidenceDateProblem(draft.date, today);
  if (dateProblem) return { ok: false, error: dateProblem };
  const exists = draft.id !== undefined && r.evidence.some((e) => e.id === draft.id);
  if (!exists && r.evidence.length >= limits.evidence) return { ok: false, error: `the log holds at most ${limits.evidence} entries` };
  const order = ladder.competencies.map((c) => c.id);
  const entry: EvidenceEntry = {
    id: exists ? draft.id! : newId('ev', r.evidence.map((e) => e.id), now, random),
    date: draft.date,
    title,
    details: draft.details.slice(0, limits.details),
    links: draft.links.slice(0, maxLinks),
    competencies: order.filter((c) => draft.competencies.includes(c)),
    kpis: [...new Set(draft.kpis)].slice(0, limits.kpis),
  };
  const evidence = exists ? r.evidence.map((e) => (e.id === entry.id ? entry : e)) : [...r.evidence, entry];
  return { ok: true, id: entry.id, record: { ...r, evidence } };
}

export const removeEvidence = (r: GrowthRecord, id: string): GrowthRecord => ({ ...r, evidence: r.evidence.filter((e) => e.id !== id) });

/* ---------- Dates after today, in a file ---------- */

/**
 * What to check in a record read from a file, or null: the check-ins, evidence entries and reviews it
 * holds dated after `today` (the reader's calendar date) by more than a day's slack (`dateNotComeAnywhere`), named as the
 * pages name them, the first few of them. The file is imported all the same: the forms refuse such a
 * date today, but earlier versions took it, and a backup that could not be restored would lose what
 * it holds; a wrong clock could refuse everything. A record holds what has happened, so a check-in
 * dated ahead passes for the latest: said after the import, with its Undo beside it.
 */
export function futureRecordsNote(ladder: Ladder, r: GrowthRecord, today: string): string | null {
  const levelName = (id: string) => levelById(ladder, id)?.shortTitle ?? id;
  const checkInName = (c: CheckIn) => `the check-in of ${calendarDateText(c.date)} (${levelName(c.level)})`;
  const named = [
    ...checkInsByDate(r).filter((c) => dateNotComeAnywhere(c.date, today)).map(checkInName),
    ...evidenceByDate(r.evidence)
      .reverse()
      .filter((e) => dateNotComeAnywhere(e.date, today))
      .map((e) => `the evidence entry “${e.title.length > 60 ? `${e.title.slice(0, 60)}…` : e.title}” of ${calendarDateText(e.date)}`),
    ...[...r.reviews]
      .sort((a, b) => a.date.localeCompare(b.date))
      .filter((v) => dateNotComeAnywhere(v.date, today))
      .map((v) => {
        const of = checkInById(r, v.checkIn);
        return `the manager’s review${of ? ` of ${checkInName(of)}` : ''} dated ${calendarDateText(v.date)}`;
      }),
  ];
  if (!named.length) return null;
  return `${listWords(named, 3)} ${named.length === 1 ? 'is' : 'are'} dated after today, ${calendarDateText(today)}: a record holds what has already happened, so check ${named.length === 1 ? 'its date' : 'their dates'}`;
}

/* ---------- The manager's review ---------- */

/** The review of `checkIn`, created empty by `reviewer` when there is none yet, changed by `change`. */
export function changeReview(r: GrowthRecord, checkIn: string, reviewer: string, date: string, change: (v: Review) => Review, now = new Date(), random = Math.random): GrowthRecord {
  if (!checkInById(r, checkIn)) return r;
  const existing = reviewOf(r, checkIn);
  const base: Review = existing ?? { id: newId('rv', r.reviews.map((v) => v.id), now, random), checkIn, date, reviewer, summary: '', competencies: {} };
  const next = { ...change(base), date, reviewer: reviewer.slice(0, limits.name) };
  return { ...r, reviews: existing ? r.reviews.map((v) => (v.id === existing.id ? next : v)) : [...r.reviews, next] };
}

function withReviewEntry(v: Review, competency: string, next: ReviewEntry): Review {
  const competencies = { ...v.competencies };
  if (next.rating === null && next.notes === '') delete competencies[competency];
  else competencies[competency] = next;
  return { ...v, competencies };
}

export const rateAsReviewer = (v: Review, competency: string, rating: Rating | null): Review =>
  withReviewEntry(v, competency, { rating, notes: v.competencies[competency]?.notes ?? '' });

export const annotateAsReviewer = (v: Review, competency: string, notes: string): Review =>
  withReviewEntry(v, competency, { rating: v.competencies[competency]?.rating ?? null, notes: notes.slice(0, maxNotesLength) });

/* ---------- From the earlier self-assessment (store version 1) ---------- */

/** The competencies a version-1 assessment wrote something for. */
const assessmentEntries = (a: Assessment) => Object.entries(a.competencies).flatMap(([c, e]) => (e ? [[c, e] as const] : []));

/**
 * The level of the check-in a version-1 assessment becomes (`fromAssessment`), and where it comes
 * from: the current level the person chose, if the ladder has it; else, when they wrote about any
 * competency, the level of the ladder they chose most often for their competencies, else their
 * target; else none (`null`: their notes and links become evidence entries, if they wrote any).
 */
export function assessmentLevel(ladder: Ladder, a: Assessment): { level: string; from: 'current' | 'most chosen' | 'target' } | { level: null; from: null } {
  const current = levelById(ladder, a.current)?.id;
  if (current) return { level: current, from: 'current' };
  const entries = assessmentEntries(a);
  if (!entries.length) return { level: null, from: null };
  const chosen = entries.flatMap(([, e]) => (levelById(ladder, e.demonstrated) ? [e.demonstrated!] : []));
  const count = (level: string) => chosen.filter((c) => c === level).length;
  const mostChosen = [...new Set(chosen)].sort((x, y) => count(y) - count(x))[0];
  if (mostChosen) return { level: mostChosen, from: 'most chosen' };
  const target = levelById(ladder, a.target)?.id;
  return target ? { level: target, from: 'target' } : { level: null, from: null };
}

/**
 * The record that a version-1 self-assessment becomes: one check-in dated `date`, at the level the
 * person chose as current (else the level of the ladder they chose most often for their
 * competencies, else their target), each competency rated by the level they chose for it
 * (`ratingForLevel`), that level kept as `demonstrated`, and their notes and links unchanged.
 * Without any level to rate against, notes and links become entries of the evidence log, tagged with
 * their competency; nothing is dropped.
 *
 * The check-in's level is always one of the ladder's (`assessmentLevel`): a current level the
 * ladder no longer has (a fork removed it) gives way to the next choice, as when none was chosen, so
 * that every note is kept; the migration says so (gone-levels.ts, `goneCurrentSentence`). A gone
 * target, or a gone level chosen for a competency, is carried over as it is: the record's own mends
 * clear each, said (gone-levels.ts), and keep the rest.
 */
export function fromAssessment(ladder: Ladder, a: Assessment, date: string, id: string, newEntryId: (prefix: string) => string): GrowthRecord {
  const record = { ...emptyRecord(id), target: a.target };
  const entries = assessmentEntries(a);
  const { level } = assessmentLevel(ladder, a);
  if (!level) {
    const name = (c: string) => ladder.competencies.find((x) => x.id === c)?.name ?? c;
    const evidence = entries.map(([c, e]): EvidenceEntry => ({
      id: newEntryId('ev'),
      date,
      title: `Notes from my self-assessment: ${name(c)}`.slice(0, limits.title),
      details: e.notes,
      links: e.links,
      competencies: [c],
      kpis: [],
    }));
    return { ...record, evidence };
  }
  const competencies: CheckIn['competencies'] = {};
  for (const [c, e] of entries) {
    const rating = e.demonstrated ? ratingForLevel(ladder, level, c, e.demonstrated) : null;
    competencies[c] = { rating, notes: e.notes, links: e.links, ...(e.demonstrated ? { demonstrated: e.demonstrated } : {}) };
  }
  return { ...record, checkIns: [{ id: newEntryId('ci'), date, level, summary: '', competencies }] };
}
