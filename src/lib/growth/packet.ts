/**
 * The promotion packet: one printable document per person, built from their record alone: their
 * levels over time, their ratings at every check-in, the latest check-in beside their manager's
 * review, and the evidence by competency (log entries and the notes of each check-in).
 *
 * Pure and free of Astro and Node imports (the islands use it).
 */
import { timelines, type TimelinePoint } from './compare-check-ins.ts';
import { checkInNotesFor, checkInsByDate, evidenceByDate, evidenceFor, latestCheckIn, type CheckInNote, type EvidenceEntry, type GrowthRecord } from './growth-record.ts';

export type { CheckInNote };
import { reviewOfCheckIn, type ReviewRow, type ReviewSummary } from './review.ts';
import { levelById, type Ladder } from './self-assessment.ts';

export interface LevelPeriod {
  level: string;
  /** Dates of the first and last check-in at that level, in a row. */
  from: string;
  to: string;
  checkIns: number;
}

export interface PacketSection {
  competency: string;
  name: string;
  entries: EvidenceEntry[];
  /** What the person wrote for the competency at each check-in, newest first (only check-ins with notes or links). */
  notes: CheckInNote[];
}

/**
 * Where the latest check-in's level stands against the target: `ahead` (the target is still to
 * reach, or on another track), `reached` (the same level), `passed` (a lower level of the same
 * track), `none` (no target, or no check-in).
 */
export type TargetStanding = 'none' | 'ahead' | 'reached' | 'passed';

export interface Packet {
  name: string;
  /** The level of the latest check-in. */
  level: string | null;
  target: string | null;
  /** The target against `level`: after a promotion the packet says so rather than “X → X”. */
  standing: TargetStanding;
  periods: LevelPeriod[];
  /** Dates of every check-in, oldest first: the columns of `ratings`. */
  dates: string[];
  ratings: { competency: string; name: string; points: TimelinePoint[] }[];
  latest: { date: string; level: string; rows: ReviewRow[]; summary: ReviewSummary; reviewer: string | null; reviewSummary: string; ownSummary: string } | null;
  evidence: PacketSection[];
  /** Entries tagged with no competency. */
  untagged: EvidenceEntry[];
}

/** Consecutive check-ins at one level become one period. */
export function levelPeriods(r: GrowthRecord): LevelPeriod[] {
  const periods: LevelPeriod[] = [];
  for (const c of checkInsByDate(r)) {
    const last = periods.at(-1);
    if (last && last.level === c.level) periods[periods.length - 1] = { ...last, to: c.date, checkIns: last.checkIns + 1 };
    else periods.push({ level: c.level, from: c.date, to: c.date, checkIns: 1 });
  }
  return periods;
}

/** Where `level` stands against `target` (ids of the ladder's levels; unknown ones count as absent). */
export function targetStanding(ladder: Ladder, level: string | null, target: string | null): TargetStanding {
  const at = levelById(ladder, level);
  const aim = levelById(ladder, target);
  if (!at || !aim) return 'none';
  if (at.id === aim.id) return 'reached';
  return at.track === aim.track && aim.rank < at.rank ? 'passed' : 'ahead';
}

export function promotionPacket(ladder: Ladder, r: GrowthRecord): Packet {
  const latest = latestCheckIn(r);
  const review = latest ? reviewOfCheckIn(ladder, r, latest) : undefined;
  const evidence = evidenceByDate(r.evidence);
  return {
    name: r.name.trim(),
    level: latest?.level ?? null,
    target: levelById(ladder, r.target)?.id ?? null,
    standing: targetStanding(ladder, latest?.level ?? null, r.target),
    periods: levelPeriods(r),
    dates: checkInsByDate(r).map((c) => c.date),
    ratings: timelines(ladder, r),
    latest:
      latest && review
        ? {
            date: latest.date,
            level: latest.level,
            rows: review.rows,
            summary: review.summary,
            reviewer: review.review?.reviewer.trim() || (review.review ? 'Manager' : null),
            reviewSummary: review.review?.summary ?? '',
            ownSummary: latest.summary,
          }
        : null,
    evidence: ladder.competencies
      .map((c) => ({
        competency: c.id,
        name: c.name,
        entries: evidenceFor(evidence, c.id),
        notes: checkInNotesFor(r, c.id),
      }))
      .filter((s) => s.entries.length || s.notes.length),
    untagged: evidence.filter((e) => e.competencies.length === 0),
  };
}

/** A record has a packet to show once it holds a check-in. */
export const hasPacket = (r: GrowthRecord): boolean => r.checkIns.length > 0;

/**
 * Whose packet the page opens on (`person`, `null` for the own record): the one asked for (`asked`:
 * `''` for the own record, a team member's id from the page or `?person=`, `null` before any
 * choice), when there is one; else this browser's own record, when it has check-ins; else the first
 * team member with check-ins (a manager's browser usually holds no record of their own); else the
 * own record. `missing`: a team member was asked for whom the team does not hold (a link altered,
 * or its team not imported in this browser), for the page to say so rather than replace them silently.
 */
export function packetPerson(own: GrowthRecord, team: readonly GrowthRecord[], asked: string | null): { person: string | null; missing: boolean } {
  if (asked === '') return { person: null, missing: false };
  if (asked && team.some((p) => p.id === asked)) return { person: asked, missing: false };
  return { person: hasPacket(own) ? null : (team.find(hasPacket)?.id ?? null), missing: !!asked };
}
