/**
 * The self-assessment's model, shared by the page (server) and its island (browser).
 *
 * `Ladder` is the part of the career ladder the tool needs, serialised once into the page as JSON.
 * `Assessment` is what a reader records and what is stored, exported and imported:
 *
 *   { current: level id | null,   the level the reader holds now
 *     target: level id | null,    the level they aim for
 *     competencies: {             only competencies the reader touched; a missing one is "not rated"
 *       [competency id]: { demonstrated: level id | null, notes: string, links: string[] } } }
 *
 * `demonstrated` names the level whose expectation the reader consistently demonstrates for that
 * competency; their proficiency there is that level's proficiency (a step of the proficiency scale),
 * never a bare number.
 * Every change goes through the pure update functions below, which return a new value.
 */
import * as z from 'zod/mini';
import { inLadderOrder } from '../ladder/level-order.ts';
import type { ProficiencyStep } from '../ladder/proficiency-scale.ts';

export interface LadderExpectation {
  /** A step of the proficiency scale (`Ladder['scale']`). */
  proficiency: number;
  behaviors: string[];
  evidence: string[];
}

export interface LadderLevel {
  id: string;
  title: string;
  shortTitle: string;
  track: string;
  rank: number;
  /** The level page, e.g. `/ladder/levels/staff-ml-engineer/`; a competency's section is `#<competency id>`. */
  href: string;
  expectations: Record<string, LadderExpectation>;
}

export interface Ladder {
  tracks: { id: string; name: string }[];
  /** In the ladder's order (`competencies.yaml`), which is also the chart's axis order. */
  competencies: { id: string; name: string }[];
  /** Ordered by track and rank. */
  levels: LadderLevel[];
  /** The steps of the proficiency scale, lowest first. */
  scale: ProficiencyStep[];
  /** Weight (percent) of each competency in the interview scorecard; breaks ties between equal gaps. */
  weights: Record<string, number>;
  /** The scorecard the weights come from. */
  weightsFrom: { title: string; href: string };
}

export interface CompetencyAssessment {
  demonstrated: string | null;
  notes: string;
  links: string[];
}

export interface Assessment {
  current: string | null;
  target: string | null;
  competencies: Record<string, CompetencyAssessment>;
}

/** Most characters kept in one competency's notes. */
export const maxNotesLength = 20_000;
/** Most links per competency, and most characters per link. */
export const maxLinks = 30;
export const maxLinkLength = 2_000;

export const emptyAssessment = (): Assessment => ({ current: null, target: null, competencies: {} });

const idList = (ids: string[]) => ids as [string, ...string[]];

/**
 * The schema of `Assessment` for this ladder: only its level and competency ids are accepted, or
 * the level and competency ids `levelIds` and `competencyIds` when given (the migration to a growth
 * record reads levels and competencies a fork removed, which the record's own mends then clear or
 * leave out, each said: gone-levels.ts, gone-ids.ts).
 */
export function assessmentSchema(
  ladder: Ladder,
  levelIds: readonly string[] = ladder.levels.map((l) => l.id),
  competencyIds: readonly string[] = ladder.competencies.map((c) => c.id),
): z.ZodMiniType<Assessment> {
  const level = z.nullable(z.enum(idList([...levelIds])));
  const competency = z.enum(idList([...competencyIds]));
  return z.strictObject({
    current: level,
    target: level,
    competencies: z.partialRecord(
      competency,
      z.strictObject({
        demonstrated: level,
        notes: z.string().check(z.maxLength(maxNotesLength)),
        links: z.array(z.string().check(z.maxLength(maxLinkLength))).check(z.maxLength(maxLinks)),
      }),
    ),
  }) as unknown as z.ZodMiniType<Assessment>;
}

export const levelById = (ladder: Ladder, id: string | null | undefined): LadderLevel | undefined =>
  id ? ladder.levels.find((l) => l.id === id) : undefined;

const entry = (a: Assessment, competency: string): CompetencyAssessment =>
  a.competencies[competency] ?? { demonstrated: null, notes: '', links: [] };

/** Drops entries that hold nothing, so that "not rated, no notes" has one representation. */
function withEntry(a: Assessment, competency: string, next: CompetencyAssessment): Assessment {
  const competencies = { ...a.competencies };
  if (next.demonstrated === null && next.notes === '' && next.links.length === 0) delete competencies[competency];
  else competencies[competency] = next;
  return { ...a, competencies };
}

export const setLevel = (a: Assessment, which: 'current' | 'target', level: string | null): Assessment => ({ ...a, [which]: level });

export const rate = (a: Assessment, competency: string, level: string | null): Assessment =>
  withEntry(a, competency, { ...entry(a, competency), demonstrated: level });

/** Splits a links field (one per line) into trimmed, non-empty links. */
export const parseLinks = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, maxLinks)
    .map((l) => l.slice(0, maxLinkLength));

export const annotate = (a: Assessment, competency: string, notes: string, links: string[]): Assessment =>
  withEntry(a, competency, { ...entry(a, competency), notes: notes.slice(0, maxNotesLength), links });

export const ratingOf = (a: Assessment, competency: string): string | null => entry(a, competency).demonstrated;
export const notesOf = (a: Assessment, competency: string) => entry(a, competency);

/** The proficiency of the level demonstrated for each competency, in the ladder's order; null when not rated. */
export const yourProfile = (ladder: Ladder, a: Assessment): (number | null)[] =>
  ladder.competencies.map((c) => levelById(ladder, ratingOf(a, c.id))?.expectations[c.id]?.proficiency ?? null);

/** A level's expected proficiency for each competency, in the ladder's order. */
export const levelProfile = (ladder: Ladder, level: string | null): (number | null)[] =>
  ladder.competencies.map((c) => levelById(ladder, level)?.expectations[c.id]?.proficiency ?? null);

/** Only web and mail links become clickable; anything else (e.g. `javascript:`) is shown as text. */
export const isSafeLink = (link: string): boolean => /^(https?:\/\/|mailto:)/i.test(link);

/**
 * The ladder without its behaviors, for a page that shows every level's behaviors in its markup
 * (the check-in page): its island reads them back from there (`withBehaviors`) rather than the page
 * carrying them twice.
 */
export const withoutBehaviors = (ladder: Ladder): Ladder => ({
  ...ladder,
  levels: ladder.levels.map((l) => ({
    ...l,
    expectations: Object.fromEntries(Object.entries(l.expectations).map(([c, e]) => [c, { ...e, behaviors: [] }])),
  })),
});

/** The ladder with each expectation's behaviors from `behaviorsOf` (level id, competency id). */
export const withBehaviors = (ladder: Ladder, behaviorsOf: (level: string, competency: string) => string[]): Ladder => ({
  ...ladder,
  levels: ladder.levels.map((l) => ({
    ...l,
    expectations: Object.fromEntries(Object.entries(l.expectations).map(([c, e]) => [c, { ...e, behaviors: behaviorsOf(l.id, c) }])),
  })),
});

/**
 * The ladder without its behaviors and evidence, for pages that show levels and ratings but not
 * the ladder's texts (comparing check-ins, calibration, the packet): a much smaller page.
 */
export const withoutTexts = (ladder: Ladder): Ladder => ({
  ...ladder,
  levels: ladder.levels.map((l) => ({
    ...l,
    expectations: Object.fromEntries(Object.entries(l.expectations).map(([c, e]) => [c, { proficiency: e.proficiency, behaviors: [], evidence: [] }])),
  })),
});

/** What `buildLadder` reads; content entries have more fields, which it leaves out of the page. */
export interface LadderSource {
  tracks: readonly { id: string; name: string }[];
  competencies: readonly { id: string; name: string }[];
  levels: readonly (Omit<LadderLevel, 'expectations'> & { expectations: Record<string, LadderExpectation> })[];
  scale: readonly ProficiencyStep[];
  scorecard: { title: string; href: string; dimensions: readonly { competency: string; weight: number }[] };
}

/** The ladder as the page serialises it: only the fields the tool uses, levels by track and rank. */
export function buildLadder(source: LadderSource): Ladder {
  return {
    tracks: source.tracks.map(({ id, name }) => ({ id, name })),
    competencies: source.competencies.map(({ id, name }) => ({ id, name })),
    levels: inLadderOrder(
      source.levels,
      source.tracks.map((t) => t.id),
    ).map((l) => ({
      id: l.id,
      title: l.title,
      shortTitle: l.shortTitle,
      track: l.track,
      rank: l.rank,
      href: l.href,
      expectations: Object.fromEntries(
        source.competencies.flatMap((c) => {
          const e = l.expectations[c.id];
          return e ? [[c.id, { proficiency: e.proficiency, behaviors: e.behaviors, evidence: e.evidence }]] : [];
        }),
      ),
    })),
    scale: source.scale.map(({ value, name }) => ({ value, name })),
    weights: Object.fromEntries(source.scorecard.dimensions.map((d) => [d.competency, d.weight])),
    weightsFrom: { title: source.scorecard.title, href: source.scorecard.href },
  };
}
