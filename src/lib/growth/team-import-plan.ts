/**
 * The plan of importing people's files into a manager's team (team.ts tells how a file is merged),
 * and its sentence. Apart from team.ts, which both team pages load, because it runs only when a
 * reader imports: the pages load it then (src/components/tools/import-code.ts).
 */
import { changesNothing, counted, mergeImport, partsText, planImport, type PartsKept, type RecordChange } from '../browser/import-plan.ts';
import { addedBack, ownFieldsFromFile } from './changed-at.ts';
import { listWords } from '../text/list-words.ts';
import type { ToolSpec } from '../browser/store.ts';
import type { GrowthRecord } from './growth-record.ts';
import type { TeamData } from './growth-store.ts';
import { maxPeople } from './growth-store.ts';
import { personById, updatePerson } from './team.ts';
import { personName } from './calibration.ts';

export interface TeamImportPlan {
  /** The team after the import. */
  next: TeamData;
  /** Names of the people added, updated and already up to date, in the order of the files. */
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Of the people added, those removed from the team before (`TeamData.removed`), whose file was chosen on its own. */
  back: string[];
  /** People removed from the team before whose file came with others: not imported. */
  stayRemoved: string[];
  /** People beyond the team's limit, not imported. */
  overLimit: string[];
  /**
   * The parts people's files deleted after the team's copy was changed, which the import removes (a
   * part one file of a person removes and a later file of theirs brings back is still counted).
   */
  removed: RecordChange[];
  /** What the merges keep and leave out for the parts of check-ins (a review here of a check-in a file deleted). */
  parts: PartsKept;
}

/** What importing `records` (already validated) into `team` would do (`now`: a person added back is stamped as added then, `addedBack`). */
export function planTeamImport(spec: ToolSpec<GrowthRecord>, team: TeamData, records: readonly GrowthRecord[], now = new Date().toISOString()): TeamImportPlan {
  const plan: TeamImportPlan = {
    ...{ next: team, added: [], updated: [], unchanged: [], back: [], stayRemoved: [], overLimit: [], removed: [] },
    parts: { keptForParts: [], backForParts: [], supersededHere: [], supersededInFile: [] },
  };
  const name = (r: GrowthRecord) => personName(r, plan.next.people.findIndex((p) => p.id === r.id));
  for (const incoming of records) {
    const stored = personById(plan.next, incoming.id);
    if (!stored) {
      // A person removed from the team comes back when the manager chooses their file on its own:
      // plainly a request to add them, and once the removal's undo is gone the only way to. Among
      // several files (the team's files imported again) it is not: they stay removed, and are named.
      const removal = plan.next.removed?.findLast((t) => t.id === incoming.id);
      const removed = !!removal;
      if (removed && records.length > 1) plan.stayRemoved.push(incoming.name.trim() || incoming.id);
      else if (plan.next.people.length >= maxPeople) plan.overLimit.push(incoming.name.trim() || incoming.id);
      else {
        // Added back after the removal, though their file may be older: a team file made in between does not remove them again.
        plan.next = { ...plan.next, people: [...plan.next.people, addedBack(incoming, removal, now)], ...(removed ? { removed: plan.next.removed!.filter((t) => t.id !== incoming.id) } : {}) };
        plan.added.push(name(incoming));
        if (removed) plan.back.push(name(incoming));
      }
      continue;
    }
    const changes = planImport(spec, stored, incoming);
    // Named once, though several files of one person say it.
    for (const list of Object.keys(plan.parts) as (keyof PartsKept)[]) plan.parts[list].push(...changes[list].filter((c) => !plan.parts[list].some((p) => p.id === c.id)));
    const own = ownFieldsFromFile(stored, incoming);
    if (changesNothing(changes, 'merge') && !own) {
      if (!plan.unchanged.includes(name(stored)) && !plan.updated.includes(name(stored)) && !plan.added.includes(name(stored))) plan.unchanged.push(name(stored));
      continue;
    }
    plan.next = updatePerson(plan.next, stored.id, (r) => ({ ...mergeImport(spec, r, incoming), ...own }));
    const person = name(stored);
    if (!plan.updated.includes(person) && !plan.added.includes(person)) plan.updated.push(person);
    plan.unchanged = plan.unchanged.filter((n) => n !== person);
    plan.removed.push(...changes.deletedInFile);
  }
  return plan;
}

/**
 * The plan in one sentence, e.g. `Importing adds Ada and Bo; updates Cy with what is new in the file
 * (…); removes 1 evidence entry the file deleted; leaves the record of Di as it is: already up to date.`
 * (`spec`: a person's record, whose collections name the parts).
 */
export function teamPlanText(spec: ToolSpec<GrowthRecord>, plan: TeamImportPlan): string {
  // The people of a long team file by their first five names, as the import plans name records.
  const list = (names: string[]) => listWords(names, 5);
  const files = `file${plan.updated.length > 1 ? 's' : ''}`;
  const added = plan.added.filter((n) => !plan.back.includes(n));
  const parts = [
    added.length ? `adds ${list(added)}` : '',
    plan.back.length ? `adds back ${list(plan.back)}, whom you removed from the team` : '',
    plan.updated.length ? `updates ${list(plan.updated)} with what is new in the ${files} (what is only here, such as your reviews, stays)` : '',
    plan.removed.length ? `removes ${counted(spec, plan.removed)} the ${files} deleted` : '',
    ...partsText(spec, plan.parts),
    plan.unchanged.length ? `leaves the ${plan.unchanged.length > 1 ? 'records' : 'record'} of ${list(plan.unchanged)} as ${plan.unchanged.length > 1 ? 'they are' : 'it is'}: already up to date` : '',
    plan.overLimit.length ? `cannot add ${list(plan.overLimit)}: a team holds at most ${maxPeople} people` : '',
    plan.stayRemoved.length ? `leaves out ${list(plan.stayRemoved)}, whom you removed from the team: import a file of theirs on its own to add them back` : '',
  ].filter(Boolean);
  const text = parts.join('; ');
  return text ? `Importing ${text}.` : 'Nothing to import.';
}
