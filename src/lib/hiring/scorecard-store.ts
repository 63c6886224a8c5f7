/**
 * What the scorecard calculator keeps in the browser, and its import and export formats.
 *
 * Kept under `handbook:scorecard` through src/lib/browser/storage.ts (a versioned envelope, validated on
 * every read and import). `data` (version 1):
 *   {
 *     role: "lead-ml-engineer",          // the role whose scorecard the ratings use
 *     currentId: "c-…",                  // the candidate on screen
 *     candidates: [{
 *       id, name, updatedAt,             // id: lower-case letters, digits and hyphens
 *       ratings: { <competency>: 1–4 },  // only rated dimensions; keys are the scorecard's dimensions
 *       notes: { <competency>: text },   // evidence notes
 *       redFlags: [<red flag id>],       // ids from hiring.yaml
 *     }]
 *   }
 * The schema is built from the model, so an unknown dimension, red flag or rating is refused.
 *
 * Lifecycle: the island saves after every change. Import validates the whole file first, then adds
 * its candidates to what is stored (never overwriting one: an id already taken gets a new id); an
 * invalid or foreign file changes nothing. Exports: the envelope as JSON (all candidates), and one
 * candidate as Markdown for the debrief notes.
 *
 * Imported by the island: no Astro or Node imports; zod/mini keeps it small.
 */
import * as z from 'zod/mini';
import { computeScorecard, describeResult, formatScore, type ScorecardModel } from './scorecard.ts';
import { parseExport, type Result, type Store, type StoreSpec } from '../browser/storage.ts';
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
  currentId: string;
  candidates: Candidate[];
}

/** A candidate's id, made by `newCandidate`: short lower-case text, so a tampered file cannot carry markup in it. */
const candidateIdPattern = /^[a-z0-9][a-z0-9-]{0,59}$/;
const unique = (values: readonly string[]) => new Set(values).size === values.length;

/** The storage spec of the calculator for one role's scorecard. */
export function scorecardSpec(model: ScorecardModel): StoreSpec<ScorecardData> {
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
  return {
    tool: 'scorecard',
    version: 1,
    schema: z.strictObject({
      role: z.string().check(z.regex(idPattern)),
      currentId: z.string().check(z.maxLength(60)),
      candidates: z
        .array(candidate)
        .check(
          z.maxLength(maxCandidates),
          z.refine((cs) => unique(cs.map((c) => c.id)), { message: 'expected each candidate id at most once' }),
        ),
    }),
    empty: () => ({ role: model.role, currentId: '', candidates: [] }),
  };
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

/** `data` without one candidate; the current candidate becomes its neighbour. */
export function withoutCandidate(data: ScorecardData, id: string): ScorecardData {
  const index = data.candidates.findIndex((c) => c.id === id);
  const candidates = data.candidates.filter((c) => c.id !== id);
  const next = candidates[Math.min(Math.max(index, 0), candidates.length - 1)];
  return { ...data, candidates, currentId: next?.id ?? '' };
}

/**
 * Adds the candidates of an export file to `stored`, without overwriting any: an imported candidate
 * identical to a stored one is skipped, one whose id is taken gets a new id and “(imported)” after
 * its name. The first imported candidate becomes current.
 */
export function mergeImport(stored: ScorecardData, imported: ScorecardData, now = new Date()): { data: ScorecardData; added: number; skipped: number } {
  let data: ScorecardData = { ...stored, role: stored.role, candidates: [...stored.candidates] };
  let added = 0;
  let skipped = 0;
  let first: string | undefined;
  for (const c of imported.candidates) {
    const same = data.candidates.find((s) => s.id === c.id);
    if (same && JSON.stringify(same) === JSON.stringify(c)) {
      skipped++;
      first ??= same.id;
      continue;
    }
    const copy = same ? { ...c, id: newCandidate(data, c.name, now).id, name: `${c.name.slice(0, maxNameLength - 11)} (imported)` } : c;
    data = { ...data, candidates: [...data.candidates, copy] };
    first ??= copy.id;
    added++;
  }
  return { data: { ...data, currentId: first ?? data.currentId }, added, skipped };
}

/**
 * Imports an export file into `store`: validates it completely (format, tool, version, role, every
 * field), merges it with what is stored and saves once. Any failure returns a message and leaves
 * storage exactly as it was.
 */
export function importScorecards(store: Store<ScorecardData>, spec: StoreSpec<ScorecardData>, model: ScorecardModel, text: string): Result<{ data: ScorecardData; message: string }> {
  const fail = (error: string): Result<never> => ({ ok: false, error: `Import failed: ${error}. Nothing was changed.` });
  const parsed = parseExport(spec, text);
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.value.role !== model.role) return fail(`the file holds scorecards for the role “${parsed.value.role}”, not “${model.role}”`);
  // Stored data that cannot be read is set aside by the store when it saves (`handbook:scorecard:unreadable`).
  const stored = store.load().value;
  const merged = mergeImport(stored, parsed.value);
  if (merged.data.candidates.length > maxCandidates) return fail(`together with the ${stored.candidates.length} stored candidates there would be more than ${maxCandidates}; delete some first`);
  const saved = store.save(merged.data);
  if (!saved.ok) return fail(saved.error);
  const n = (k: number) => `${k} ${k === 1 ? 'candidate' : 'candidates'}`;
  const message =
    `Imported ${n(merged.added)}` + (merged.skipped ? `; ${n(merged.skipped)} already here ${merged.skipped === 1 ? 'was' : 'were'} skipped` : '') + '.';
  return { ok: true, value: { data: saved.value, message } };
}

/** Text safe inside a Markdown table cell or heading: one line, no table pipes, no raw HTML. */
function markdownInline(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_[\]|<>#]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`))
    .trim();
}

/** One candidate's scorecard as Markdown, for the debrief notes. */
export function candidateMarkdown(model: ScorecardModel, candidate: Candidate, exportedAt = new Date()): string {
  const result = computeScorecard(model, candidate);
  const { headline, detail } = describeResult(model, result);
  const scale = new Map(model.scale.map((s) => [s.rating, s.label]));
  const lines = [
    `# Interview scorecard: ${markdownInline(candidate.name)}`,
    '',
    `Role: ${markdownInline(model.roleTitle)}. Exported ${exportedAt.toISOString().slice(0, 10)} from the handbook’s scorecard calculator.`,
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
    result.score === null ? 'Weighted score: none yet.' : `Weighted score: ${formatScore(result.score)} over ${result.ratedCount} of ${model.dimensions.length} dimensions.`,
    '',
    '## Red flags',
    '',
    ...(result.redFlags.length ? result.redFlags.map((f) => `- ${markdownInline(f.text)}`) : ['None checked.']),
    '',
    '## Warnings',
    '',
    ...(result.warnings.length ? result.warnings.map((w) => `- ${markdownInline(w.message)}`) : ['None.']),
    '',
  ];
  return lines.join('\n');
}

/** A file name part from free text: `Ada Lovelace` → `ada-lovelace`. */
export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'candidate'
  );
}
