/**
 * What the growth tools keep in the browser, through the shared store (src/lib/browser/store.ts):
 *
 *   handbook:self-assessment   one person's own record (growth-record.ts), version 2. Version 1 was
 *                              the one-off self-assessment (`Assessment`); it migrates into a first
 *                              check-in dated the day it was saved (`fromAssessment`). Check-ins,
 *                              evidence entries and reviews are validated one at a time.
 *   handbook:growth-team       the records a manager imported: { reviewer, people: GrowthRecord[] }.
 *                              The manager's view adds reviews to them; calibration and the packet
 *                              read them. Each person is validated on their own, and a person in an
 *                              imported team file merges into the stored one (reviews kept).
 *
 * Exports: the person's record in the self-assessment envelope (what a manager imports, and what
 * the manager's view exports back with its review), and the team as its own envelope.
 * Imported by the islands: no Astro or Node imports.
 */
import { datedFileName } from '../browser/download.ts';
import * as z from 'zod/mini';
import { isObject as isData, withSchemaOnFirstUse, type ToolSpec } from '../browser/store.ts';
import { mergeImport } from '../browser/import-merge.ts';
import { lastChangedAt, newerCopy, stampAddedBack, stampPartsBack, withLaterAddedAt } from './changed-at.ts';
import { calendarDateText, isCalendarDate, localCalendarDate } from '../browser/dates.ts';
import { emptyRecord, fromAssessment, growthSchemas, limits, newId, tombstonesSchema, type GrowthRecord } from './growth-record.ts';
import type { Tombstone } from '../browser/tombstones.ts';
import { assessmentSchema, levelById, type Ladder } from './self-assessment.ts';
import { goneCurrentSentence, mendImportedRecord, mendImportedTeam, mendStoredRecord, mendStoredTeam } from './gone-levels.ts';

/** A KPI an evidence entry can name: those of the role descriptions that have a KPI framework, by level. */
export interface GrowthKpi {
  level: string;
  id: string;
  name: string;
}

/** Words for the record's fields in error messages. */
const fieldWords = { id: 'the record’s identity', target: 'target level', checkIns: 'check-ins', kpis: 'KPIs', checkIn: 'check-in', demonstrated: 'level chosen earlier', deleted: 'deleted parts', deletedAt: 'time of deletion', removed: 'people removed', addedAt: 'time added back' };

type Data = Record<string, unknown>;
/** A date from a file in words, as the pages write dates; as it is when it is not a date. */
const dateWords = (date: unknown): string | null => (typeof date !== 'string' ? null : isCalendarDate(date) ? calendarDateText(date) : date.slice(0, 20));

/**
 * A check-in as the check-in list names it: its date in words and the short title of its level
 * (`14 March 2026 · Lead`). It may come from a file that failed validation: whatever is missing is left out.
 */
export function checkInLabel(ladder: Ladder, c: Data, id: string): string {
  const level = typeof c['level'] === 'string' ? (levelById(ladder, c['level'])?.shortTitle ?? null) : null;
  const parts = [dateWords(c['date']), level].filter(Boolean);
  return parts.length ? parts.join(' · ') : id;
}

/** The record collections of one person's record, validated one at a time, each record named as the pages name it. */
const recordCollections = (ladder: Ladder) =>
  [
    // A part both sides hold merges as its newer copy (changed-at.ts): a file made before a change here never undoes it.
    { field: 'checkIns', noun: 'check-in', plural: 'check-ins', max: limits.checkIns, labelOf: (r: Data, id: string) => checkInLabel(ladder, r, id), merge: newerCopy },
    { field: 'evidence', noun: 'evidence entry', plural: 'evidence entries', max: limits.evidence, labelOf: (r: Data, id: string) => String(r['title'] ?? id), merge: newerCopy },
    {
      field: 'reviews',
      noun: 'manager’s review',
      plural: 'manager’s reviews',
      max: limits.reviews,
      merge: newerCopy,
      // A check-in has one review: of two (one from each side of a merge), the newer is kept.
      partOf: { field: 'checkIns', by: 'checkIn', one: true },
      // Named by the check-in it reviews, as the manager's view lists it.
      labelOf: (r: Data, id: string, data?: Data) => {
        const checkIns: unknown[] = Array.isArray(data?.['checkIns']) ? data['checkIns'] : [];
        const of = checkIns.find((c): c is Data => isData(c) && c['id'] === r['checkIn']);
        if (of) return `review of ${checkInLabel(ladder, of, String(of['id']))}`;
        const date = dateWords(r['date']);
        return date ? `review dated ${date}` : id;
      },
    },
  ] as const;

/** A new, empty record with a fresh id. */
export const newRecord = (now = new Date(), random = Math.random): GrowthRecord => emptyRecord(newId('gr', [], now, random));

/** A short hash of `text` (FNV-1a, 32 bits) in base 36: the same text always gives the same id. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The level ids a version-1 assessment (not yet validated) names, the ladder's or not: its current
 * and target levels and the level chosen for each competency.
 */
function levelsNamed(data: unknown): string[] {
  if (!isData(data)) return [];
  const chosen = isData(data['competencies']) ? Object.values(data['competencies']).map((e) => (isData(e) ? e['demonstrated'] : undefined)) : [];
  return [data['current'], data['target'], ...chosen].filter((level): level is string => typeof level === 'string' && level.trim() !== '');
}

/** Every competency id a version-1 assessment (not yet validated) names, so that one a fork removed is read, then cleared (gone-ids.ts). */
const competenciesNamed = (data: unknown): string[] => (isData(data) && isData(data['competencies']) ? Object.keys(data['competencies']).filter((id) => id.trim() !== '') : []);

/**
 * Version 1 (the one-off self-assessment) → version 2 (a record). Data that is not a valid version-1
 * assessment is passed on as it is, so that reading it fails and the store keeps it aside.
 * A level or competency the ladder no longer has (a fork removed it) is read all the same and carried into the
 * record (`fromAssessment`), whose mends then deal with it as with a record saved since, each said
 * (gone-levels.ts): refusing the whole file for a target a fork removed would lose everything else.
 * A gone current level is not carried (the check-in is at another level): the migration says so itself.
 * The store migrates on every read until the first save, so the ids it makes come from the saved
 * data itself: each read gives the same record, and a change made on one read applies to the next.
 */
export function migrateAssessment(ladder: Ladder, now: () => Date = () => new Date()) {
  return (data: unknown, envelope: { savedAt: string | null }, say: (sentence: string) => void): unknown => {
    const levels = [...new Set([...ladder.levels.map((l) => l.id), ...levelsNamed(data)])];
    const competencies = [...new Set([...ladder.competencies.map((c) => c.id), ...competenciesNamed(data)])];
    const parsed = assessmentSchema(ladder, levels, competencies).safeParse(data);
    if (!parsed.success) return data;
    // A current level a fork removed gives way to another level: the record no longer names it, so the mends cannot say it.
    const gone = goneCurrentSentence(ladder, parsed.data);
    if (gone) say(gone);
    const saved = envelope.savedAt ? new Date(envelope.savedAt) : null;
    const date = localCalendarDate(saved && !Number.isNaN(saved.getTime()) ? saved : now());
    const seed = hash(`${envelope.savedAt ?? ''}\u0000${JSON.stringify(parsed.data)}`);
    let n = 0;
    return fromAssessment(ladder, parsed.data, date, `gr-${seed}`, (prefix) => `${prefix}-${seed}-${++n}`);
  };
}

/** The store names of one person's record and of a manager's team (`handbook:<tool>`). */
export const recordTool = 'self-assessment';
export const teamTool = 'growth-team';

/** One person's record, under `handbook:self-assessment`. `kpiIds`: the KPIs an evidence entry may name. */
export function growthSpec(ladder: Ladder, kpiIds: readonly string[], now: () => Date = () => new Date()): ToolSpec<GrowthRecord> {
  return withSchemaOnFirstUse(
    {
      tool: recordTool,
      version: 2,
      empty: () => newRecord(now()),
      migrations: { 1: migrateAssessment(ladder, now) },
      records: recordCollections(ladder),
      fieldWords,
      identityField: 'id',
      // A part deleted here stays deleted when a file made before the deletion is merged (tombstones.ts).
      deletions: { field: 'deleted', max: limits.deleted },
      // A part an undo or a replace brings back is stamped as changed after its deletion (changed-at.ts).
      addedBack: stampPartsBack,
      // A target level a fork removed is cleared, the record kept (rather than set aside whole).
      mendStored: mendStoredRecord(ladder),
      // Imported, the same record is taken in as it would be stored: the target cleared, check-ins
      // at a gone level (which a stored read sets aside) left out, and competencies and KPIs the
      // handbook lacks cleared from the parts that name them, the parts kept, each said
      // (gone-levels.ts, gone-ids.ts).
      mendImport: mendImportedRecord(ladder, kpiIds),
    },
    () => growthSchemas(ladder, kpiIds).record,
  );
}

export interface TeamData {
  /** The manager's name on the reviews they write. */
  reviewer: string;
  people: GrowthRecord[];
  /** The people removed from the team, and when (changed-at.ts writes them); absent from files made before them. */
  removed?: (Tombstone & { field: 'people' })[];
}

/** Most people one browser's team holds. */
export const maxPeople = 100;

/** The records a manager imported, under `handbook:growth-team`. */
export function teamSpec(ladder: Ladder, kpiIds: readonly string[]): ToolSpec<TeamData> {
  const person = growthSpec(ladder, kpiIds);
  return {
    tool: teamTool,
    version: 1,
    schema: z.strictObject({
      reviewer: z.string().check(z.maxLength(limits.name)),
      people: z.array(growthSchemas(ladder, kpiIds).record).check(z.maxLength(maxPeople)),
      removed: tombstonesSchema(['people']),
    }) as unknown as z.ZodMiniType<TeamData>,
    empty: () => ({ reviewer: '', people: [] }),
    records: [
      {
        field: 'people',
        noun: 'person',
        plural: 'people',
        max: maxPeople,
        labelOf: (r, id) => String(r['name'] || id),
        // A problem in a person's check-in names the check-in as well as the person.
        records: person.records ?? [],
        // A person's file merges into their stored record: the manager's reviews, and any check-in
        // only here, stay (a team file made earlier never takes away what was added since), and
        // when they were last added back, of the two copies (`withLaterAddedAt`).
        merge: (stored, incoming) => withLaterAddedAt(mergeImport(person, stored as unknown as GrowthRecord, incoming as unknown as GrowthRecord) as unknown as Data, stored, incoming),
        // A replace of the team remembers the parts it takes from a person who stays, as it does the people it removes.
        replace: (stored, incoming, now, replaceData) => withLaterAddedAt(replaceData(person, stored as unknown as GrowthRecord, incoming as unknown as GrowthRecord, now) as unknown as Data, stored, incoming),
        // A person carries no stamp of their own: they were last changed with their latest part.
        changedAt: (r) => lastChangedAt(r as unknown as GrowthRecord),
      },
    ],
    fieldWords,
    // A person removed here stays removed when a team file made before is merged (tombstones.ts).
    deletions: { field: 'removed', max: limits.deleted, word: 'removed', inFile: 'whom the file’s author removed from the team' },
    // A person an undo or a replace adds back is stamped as added after their removal (changed-at.ts).
    addedBack: stampAddedBack,
    // A person's target level that a fork removed is cleared, the person kept (rather than set aside).
    mendStored: mendStoredTeam(ladder),
    mendImport: mendImportedTeam(ladder, kpiIds),
  };
}

/** The name of the Markdown growth plan of a record, dated, with the person's name when they gave one (`growth-plan-ada-lovelace-2026-03-14.md`). */
export const growthPlanFileName = (r: Pick<GrowthRecord, 'name'>, date?: string): string => datedFileName(['growth-plan', ...(r.name.trim() ? [r.name] : [])], 'md', date);
