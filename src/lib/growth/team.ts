/**
 * The team a manager keeps in the browser (growth-store.ts, `TeamData`): people's records as their
 * files brought them, with the manager's reviews added.
 *
 * Importing people's files: a person not in the team is added; a person already there (same record
 * id) is merged, so nothing either side holds is lost: check-ins, evidence entries and reviews are
 * matched by id, of one both hold the copy changed last wins (its `changedAt`, changed-at.ts: the
 * file's only when it is newer or neither says), and what only the team holds (the manager's
 * reviews, an older check-in) stays (`mergeImport` of the shared import plans), but for a part one
 * side deleted after the other's copy was changed (the record's tombstones, tombstones.ts): the
 * manager's deleted review stays deleted, the part the person deleted goes. The person's name
 * and target come from their file unless it is older than the team's copy (`ownFieldsFromFile`):
 * the manager never edits them, and the shared merge keeps a stored field. Several
 * files of one person merge in turn. A person removed from the team (`TeamData.removed`) comes back
 * only with their file chosen on its own. Nothing is applied until the page has shown the plan,
 * which names the parts the files remove.
 *
 * Pure and free of Astro and Node imports (the islands use it).
 */
import { futureRecordsNote, type GrowthRecord } from './growth-record.ts';
import type { Ladder } from './self-assessment.ts';
import type { TeamData } from './growth-store.ts';
import { personName } from './calibration.ts';

export const personById = (team: TeamData, id: string | null | undefined): GrowthRecord | undefined => team.people.find((p) => p.id === id);

/**
 * `team` with one person's record changed by `change`; `team` itself when the change changes nothing
 * or another tab removed that person, so that nothing is saved.
 */
export function updatePerson(team: TeamData, id: string, change: (r: GrowthRecord) => GrowthRecord): TeamData {
  const person = personById(team, id);
  const next = person && change(person);
  return !person || next === person ? team : { ...team, people: team.people.map((p) => (p === person ? next! : p)) };
}

export const withoutPerson = (team: TeamData, id: string): TeamData => ({ ...team, people: team.people.filter((p) => p.id !== id) });

export const setReviewer = (team: TeamData, reviewer: string): TeamData => ({ ...team, reviewer });

/** What to check in a team file, or null: a person's records dated after `today` (futureRecordsNote), naming the first such person. */
export function teamFutureRecordsNote(ladder: Ladder, team: TeamData, today: string): string | null {
  for (const [i, person] of team.people.entries()) {
    const note = futureRecordsNote(ladder, person, today);
    if (note) return `in ${personName(person, i)}’s record, ${note}`;
  }
  return null;
}
