/**
 * What the scorecard calculator keeps in the browser, and its import and export formats.
 *
 * Kept under `handbook:scorecard` through src/lib/browser/store.ts (a versioned envelope, validated on
 * every read and import, one candidate at a time). `data` (version 2):
 *   {
 *     role: "lead-ml-engineer",          // the role whose scorecard the ratings use
 *     interviewer: "Sam Rivera",         // who fills the scorecards in this browser ('' until given); part of every export, so the debrief knows who rated what
 *     currentId: "c-…",                  // the candidate last on screen (not asked about on import)
 *     candidates: [{
 *       id, name, updatedAt,             // id: lower-case letters, digits and hyphens, stable across exports
 *       ratings: { <competency>: 1–4 },  // only rated dimensions; keys are the scorecard's dimensions
 *       notes: { <competency>: text },   // evidence notes
 *       redFlags: [<red flag id>],       // ids from hiring.yaml
 *     }]
 *   }
 * Version 1 (framework 1.0) had no `interviewer`; `migrations[1]` adds an empty one.
 * The schema is built from the model, so an unknown dimension, red flag or rating is refused.
 *
 * Lifecycle: the island saves every change through the store (applied to the latest stored data,
 * so two tabs never erase each other's candidates). Import is the shared data panel's: the file is
 * validated completely, its candidates are matched with the stored ones by id (never duplicated), and
 * the reader chooses to merge or replace, with undo. Exports: the envelope as JSON (all candidates,
 * or one for the debrief), and one candidate as Markdown for the debrief notes.
 *
 * Imported by the island: no Astro or Node imports; zod/mini keeps it small.
 */
import { markdownInline } from '../text/markdown-text.ts';
import * as z from 'zod/mini';
import { computeScorecard, describeResult, floorHitText, formatScore, uncoveredGapText, type ScorecardModel } from './scorecard.ts';
import { toEnvelope, withSchemaOnFirstUse, type ToolSpec } from '../browser/store.ts';
import { calendarDateText, localCalendarDate } from '../browser/dates.ts';
import { idPattern } from '../content/id.ts';

export const maxCandidates = 200;
export const maxNameLength = 120;
export const maxNoteLength = 5000;

export interface Candidate {
  id: string;
  name: string;
  updatedAt: string;
  ratings: Partial<Record<string, number>>;
  notes: Partial<Record<string, string>>;
  redFlags: string[];
}

export interface ScorecardData {
  role: string;
  interviewer: string;
  currentId: string;
  candidates: Candidate[];
}

/** A candidate's id, made by `newCandidate`: short lower-case text, so a tampered file cannot carry markup in it. */
export const candidateIdPattern = /^[a-z0-9][a-z0-9-]{0,59}$/;
const unique = (values: readonly string[]) => new Set(values).size === values.length;

/** The store name of the calculator (`handbook:scorecard`). */
export const scorecardTool = 'scorecard';

/** The storage spec of the calculator for one role's scorecard. */
export function scorecardSpec(model: ScorecardModel): ToolSpec<ScorecardData> {
  return withSchemaOnFirstUse(
    {
      tool: scorecardTool,
      version: 2,
      empty: () => ({ role: model.role, interviewer: '', currentId: '', candidates: [] }),
      migrations: {
        1: (data) => (data !== null && typeof data === 'object' && !Array.isArray(data) ? { interviewer: '', ...data } : data),
      },
      records: [{ field: 'candidates', noun: 'candidate', plural: 'candidates', max: maxCandidates, labelOf: (c) => String(c['name'] ?? '') }],
      fieldWords: { redFlags: 'red flags', updatedAt: 'last change' },
      screenFields: ['currentId'],
    },
    () => scorecardSchema(model),
  );
}

function scorecardSchema(model: ScorecardModel): z.ZodMiniType<ScorecardData> {
  const dimensions = z.enum(model.dimensions.map((d) => d.competency) as [string, ...string[]]);
  const ratings = model.scale.map((s) => s.rating);
  const candidate = z.strictObject({
    id: z.string().check(z.regex(candidateIdPattern)),
    name: z.string().check(z.minLength(1), z.maxLength(maxNameLength)),
    updatedAt: z.string().check(z.maxLength(40)),
    ratings: z.partialRecord(
      dimensions,
      z.number().check(z.refine((n) => ratings.includes(n), { message: `expected a rating of the scale (${ratings.join(', ')})` })),
    ),
    notes: z.partialRecord(dimensions, z.string().check(z.maxLength(maxNoteLength))),
    redFlags: z
      .array(z.enum(model.redFlags.map((f) => f.id) as [string, ...string[]]))
      .check(z.refine(unique, { message: 'expected each red flag at most once' })),
  });
  return z.strictObject({
    role: z.string().check(z.regex(idPattern)),
    interviewer: z.string().check(z.maxLength(maxNameLength)),
    currentId: z.string().check(z.maxLength(60)),
    candidates: z.array(candidate),
  });
}

/** Why an import the schema accepts does not belong here (another role's scorecards), or `null`. */
export function roleProblem(model: ScorecardModel, data: ScorecardData): string | null {
  return data.role === model.role ? null : `the file holds scorecards for the role “${data.role}”, not “${model.role}”`;
}

/** A new, empty candidate with an id not used in `data`. */
export function newCandidate(data: ScorecardData, name: string, now = new Date(), random = Math.random): Candidate {
  const taken = new Set(data.candidates.map((c) => c.id));
  let id: string;
  do id = `c-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4).toString(36)}`;
  while (taken.has(id));
  return { id, name, updatedAt: now.toISOString(), ratings: {}, notes: {}, redFlags: [] };
}

/** The next default name, `Candidate N`, not already used. */
export function nextCandidateName(data: ScorecardData): string {
  const names = new Set(data.candidates.map((c) => c.name));
  let n = data.candidates.length + 1;
  while (names.has(`Candidate ${n}`)) n++;
  return `Candidate ${n}`;
}

/** The candidate on screen: the current one, else the first; `undefined` when there is none. */
export const currentCandidate = (data: ScorecardData): Candidate | undefined =>
  data.candidates.find((c) => c.id === data.currentId) ?? data.candidates[0];

/** `data` with one candidate replaced (matched by id) and made current. */
export function withCandidate(data: ScorecardData, candidate: Candidate): ScorecardData {
  const exists = data.candidates.some((c) => c.id === candidate.id);
  return {
    ...data,
    currentId: candidate.id,
    candidates: exists ? data.candidates.map((c) => (c.id === candidate.id ? candidate : c)) : [...data.candidates, candidate],
  };
}

/**
 * `data` after “Add a candidate”, with the new candidate current. `shown` is the candidate on
 * screen: while nothing is stored it is a draft (“Candidate 1”, stored by its first edit), and the
 * reader who adds a candidate beside it expects it to stay; it is stored first, so the new one is
 * “Candidate 2”, not a second “Candidate 1” in its place.
 */
export function withAddedCandidate(data: ScorecardData, shown: Candidate | null, now = new Date(), random = Math.random): { data: ScorecardData; added: Candidate } {
  const kept = shown && !data.candidates.some((c) => c.id === shown.id) ? withCandidate(data, shown) : data;
  const added = newCandidate(kept, nextCandidateName(kept), now, random);
  return { data: withCandidate(kept, added), added };
}

/** `data` without one candidate; the current candidate becomes its neighbour. */
export function withoutCandidate(data: ScorecardData, id: string): ScorecardData {
  const index = data.candidates.findIndex((c) => c.id === id);
  const candidates = data.candidates.filter((c) => c.id !== id);
  const next = candidates[Math.min(Math.max(index, 0), candidates.length - 1)];
  return { ...data, candidates, currentId: next?.id ?? '' };
}

/** The export of one candidate, for the debrief: the same format as a full export, with only that candidate. */
export function candidateExportText(spec: ToolSpec<ScorecardData>, data: ScorecardData, id: string, now = new Date()): string {
  const one: ScorecardData = { ...data, currentId: id, candidates: data.candidates.filter((c) => c.id === id) };
  return JSON.stringify(toEnvelope(spec, one, now), null, 2);
}

/** One candidate's scorecard as Markdown, for the debrief notes. */
export function candidateMarkdown(model: ScorecardModel, candidate: Candidate, exportedAt = new Date(), interviewer = ''): string {
  const result = computeScorecard(model, candidate);
  const { headline, detail } = describeResult(model, result);
  const scale = new Map(model.scale.map((s) => [s.rating, s.label]));
  const lines = [
    `# Interview scorecard: ${markdownInline(candidate.name)}`,
    '',
    `Role: ${markdownInline(model.roleTitle)}.${interviewer.trim() ? ` Interviewer: ${markdownInline(interviewer)}.` : ''} Exported ${calendarDateText(localCalendarDate(exportedAt))} from the handbook’s scorecard calculator.`,
    '',
    `**${markdownInline(headline)}.** ${markdownInline(detail)}`,
    '',
    '| Dimension | Weight | Rating | Evidence |',
    '| --- | --- | --- | --- |',
    ...model.dimensions.map((d) => {
      const rating = candidate.ratings[d.competency];
      const ratingText = rating === undefined ? 'not rated' : `${rating} · ${scale.get(rating) ?? ''}`;
      return `| ${markdownInline(d.label)} | ${d.weight}% | ${ratingText} | ${markdownInline(candidate.notes[d.competency] ?? '') || '—'} |`;
    }),
    '',
    result.score === null ? 'Weighted score: none yet.' : `Weighted score: ${formatScore(result.score, model.bands)} over ${result.ratedCount} of ${model.dimensions.length} dimensions.`,
    '',
    '## Red flags',
    '',
    ...(result.redFlags.length ? result.redFlags.map((f) => `- ${markdownInline(f.text)}`) : ['None checked.']),
    '',
    '## Decision floors',
    '',
    ...(result.floorHits.length ? result.floorHits.map((h) => `- ${markdownInline(floorHitText(model, h))}`) : ['None hit.']),
    '',
    '## Warnings',
    '',
    // As the calculator lists them on screen: the gaps no decision floor covers, then the missing ratings and notes.
    ...(result.uncoveredGaps.length || result.warnings.length
      ? [...result.uncoveredGaps.map((g) => uncoveredGapText(model, g)), ...result.warnings.map((w) => w.message)].map((text) => `- ${markdownInline(text)}`)
      : ['None.']),
    '',
  ];
  return lines.join('\n');
}
