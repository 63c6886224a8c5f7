/** Parts of a growth record deleted here stay deleted when an older file is imported (changed-at.ts writes tombstones, the import plan reads them). */
import { describe, expect, it } from 'vitest';
import { applyImport, describePlan, nothingToImport, onlyAdds, planImport } from '../browser/import-plan';
import { createStore, storageFormat, validateStrict } from '../browser/store';
import { goneRecords, withRecordBack } from '../browser/gone-records';
import { sharedStorage } from '../../../tests/support/fake-storage';
import { removeCheckIn, removeEvidence } from './growth-record';
import { growthSpec, teamSpec, type TeamData } from './growth-store';
import { stampChanges, stampTeamChanges } from './changed-at';
import { nextStamp } from '../browser/stamps';
import { withoutPerson } from './team';
import { planTeamImport, teamPlanText } from './team-import-plan';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record, review } from '../../../tests/support/growth-record.fixture';
import { parseImport } from '../browser/parse-export';

const t1 = '2026-09-01T10:00:00.000Z';
const t2 = '2026-09-02T10:00:00.000Z';
const t3 = '2026-09-03T10:00:00.000Z';
const spec = growthSpec(ladder, ['k1']);
const stamped = <T extends object>(part: T, changedAt = t1) => ({ ...part, changedAt });
/** What the file exported before the deletions holds. */
const exported = record('gr-1', {
  checkIns: [stamped(checkIn('c1', '2026-03-01', 'x1', { a: 'meets' }))],
  evidence: [stamped(entry('e1', '2026-04-01', ['a'], 'Ran the incident review')), stamped(entry('e2', '2026-05-01', ['b']))],
  reviews: [stamped(review('v1', 'c1', { a: 'meets' }))],
});
const envelope = (data: unknown) => JSON.stringify({ format: storageFormat, tool: 'self-assessment', version: 2, savedAt: t1, data });

describe('a part deleted here', () => {
  it('is remembered with the time of its deletion, never earlier than its last change', () => {
    const after = stampChanges(exported, removeEvidence(exported, 'e1'), t2);
    expect(after.deleted).toEqual([{ field: 'evidence', id: 'e1', deletedAt: t2 }]);
    // A clock behind the stamp of the part deleted: the deletion is stamped just after it.
    expect(stampChanges(exported, removeEvidence(exported, 'e1'), '2026-01-01T00:00:00.000Z').deleted![0]!.deletedAt).toBe(nextStamp('2026-01-01T00:00:00.000Z', t1));
    // A check-in takes its reviews with it: both are remembered.
    expect(stampChanges(exported, removeCheckIn(exported, 'c1'), t2).deleted!.map((t) => `${t.field} ${t.id}`)).toEqual(['checkIns c1', 'reviews v1']);
    expect(spec.schema.safeParse(after).success).toBe(true);
  });

  it('stays deleted when the file exported before the deletion is merged, and the plan says so', () => {
    const here = stampChanges(exported, removeEvidence(exported, 'e1'), t2);
    const plan = planImport(spec, here, exported);
    expect(plan.added).toEqual([]);
    expect(plan.staysDeleted.map((c) => c.label)).toEqual(['Ran the incident review']);
    expect(nothingToImport(spec, plan, 'record.json')).toBe(
      'Nothing to import: this browser has everything in “record.json” but what was deleted here since the file was made (1 evidence entry: “Ran the incident review”), which a merge leaves out.',
    );
    expect(applyImport(spec, here, exported, 'merge')).toEqual(here);
    // With something new in the file beside it: imported at once, the deleted entry left out.
    const newer = { ...exported, evidence: [...exported.evidence, stamped(entry('e3', '2026-06-01', ['a']), t3)] };
    const withNew = planImport(spec, here, newer);
    expect(onlyAdds(withNew)).toBe(true);
    expect(applyImport(spec, here, newer, 'merge').evidence.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(describePlan(spec, withNew).merge).toBe('Merging adds 1 evidence entry, leaves 1 check-in, 1 evidence entry and 1 manager’s review unchanged, leaves out 1 evidence entry deleted here since the file was made (“Ran the incident review”).');
  });

  it('comes back, its tombstone gone, when it is added again, stamped after its deletion', () => {
    const here = stampChanges(exported, removeEvidence(exported, 'e1'), t3);
    const again = stampChanges(here, { ...here, evidence: [...here.evidence, exported.evidence[0]!] }, t2);
    expect(again.deleted).toEqual([]);
    expect(again.evidence.at(-1)!.changedAt).toBe(nextStamp(t2, t3));
    expect(planImport(spec, again, exported).staysDeleted).toEqual([]);
    // After its latest deletion, whatever the order of the list (a file may list one part twice).
    const twice = { ...here, deleted: [{ field: 'evidence' as const, id: 'e1', deletedAt: t3 }, { field: 'evidence' as const, id: 'e1', deletedAt: t2 }] };
    expect(stampChanges(twice, { ...twice, evidence: [...twice.evidence, exported.evidence[0]!] }, t1).evidence.at(-1)!.changedAt).toBe(nextStamp(t1, t3));
  });

  it('is remembered for the newest 200 deletions only, so that a record stays a reasonable size', () => {
    const many = record('gr-1', { evidence: Array.from({ length: 201 }, (_, i) => stamped(entry(`e${i}`, '2026-04-01', ['a']))) });
    let r = many;
    for (const [i, e] of many.evidence.entries()) r = stampChanges(r, removeEvidence(r, e.id), new Date(Date.parse(t2) + i * 1000).toISOString());
    expect(r.deleted).toHaveLength(200);
    expect(r.deleted![0]!.id).toBe('e1');
    expect(r.deleted!.at(-1)!.id).toBe('e200');
    expect(spec.schema.safeParse(r).success).toBe(true);
    expect(spec.schema.safeParse({ ...r, deleted: [...r.deleted!, { field: 'evidence', id: 'e0', deletedAt: t1 }] }).success).toBe(false);
  });
});

describe('a part brought back after its deletion', () => {
  const records = spec.records ?? [];
  /** The file made between the deletion and the bringing back: it says the entry (or the check-in, with its review) was deleted. */
  const withoutE1 = stampChanges(exported, removeEvidence(exported, 'e1'), t2);
  const withoutC1 = stampChanges(exported, removeCheckIn(exported, 'c1'), t2);
  /** The record after `deleted` was stored and undone, at t3. */
  const undone = (deleted: typeof exported, label: string) => {
    const store = createStore(spec, sharedStorage().tab().storage, { now: () => new Date(t3) });
    store.update(() => exported);
    store.replace(deleted, label);
    const back = store.undo();
    return back.ok ? back.value.data : exported;
  };
  /** A file made between the deletion and the bringing back, merged later: leaves the record as it is, and says nothing of the part. */
  const mergesQuietly = (back: typeof exported, between: typeof exported) => {
    const plan = planImport(spec, back, between);
    expect(plan.deletedInFile).toEqual([]);
    expect(applyImport(spec, back, between, 'merge')).toEqual(back);
    expect(nothingToImport(spec, plan, 'record.json')).toBe('Nothing to import: everything in “record.json” is already here.');
  };

  it('by an undo of its deletion is stamped after the deletion: a file made in between, merged later, leaves it as it is and says nothing of it', () => {
    const back = undone(withoutE1, 'the deletion of an evidence entry');
    expect([back.evidence.map((e) => e.id), back.evidence[0]!.changedAt, back.deleted]).toEqual([['e1', 'e2'], t3, []]);
    // Only what the deletion took is stamped: the entry it left alone keeps its stamp.
    expect(back.evidence[1]!.changedAt).toBe(t1);
    expect(spec.schema.safeParse(back).success).toBe(true);
    mergesQuietly(back, withoutE1);
  });

  it('by an undo in a storage with no room for its stamps comes back as it was stored, rather than not at all', () => {
    const shared = sharedStorage();
    const store = createStore(spec, shared.tab().storage, { now: () => new Date(t3) });
    store.update(() => exported);
    store.replace(withoutE1, 'the deletion of an evidence entry');
    // Room for the record as it was before the deletion, beside its copy for undo, and none more.
    const used = Object.entries(shared.dump()).reduce((n, [k, v]) => n + k.length + v.length, 0);
    shared.quota = used + JSON.stringify(exported).length - JSON.stringify(withoutE1).length + 2;
    const back = store.undo();
    expect(back.ok && back.value.data).toEqual(exported);
  });

  it('by an undo of a check-in’s deletion brings back its review stamped alike', () => {
    const back = undone(withoutC1, 'the deletion of a check-in');
    expect([back.checkIns[0]!.changedAt, back.reviews[0]!.changedAt]).toEqual([t3, t3]);
    mergesQuietly(back, withoutC1);
  });

  it('by a replace with a file that holds it is stamped after the deletion alike', () => {
    const back = applyImport(spec, withoutE1, exported, 'replace', t3);
    expect([back.evidence.map((e) => e.id), back.evidence[0]!.changedAt]).toEqual([['e1', 'e2'], t3]);
    mergesQuietly(back, withoutE1);
    // A clock behind the deletion's stamp: brought back just after it.
    expect(applyImport(spec, withoutE1, exported, 'replace', t1).evidence[0]!.changedAt).toBe(nextStamp(t1, t2));
    // A copy in the file changed after the deletion keeps its stamp; a replace that brings nothing back changes nothing.
    const editedThere = { ...exported, evidence: exported.evidence.map((e) => (e.id === 'e1' ? { ...e, changedAt: t3 } : e)) };
    expect(applyImport(spec, withoutE1, editedThere, 'replace', t2).evidence[0]!.changedAt).toBe(t3);
    expect(spec.addedBack!(exported, exported, t3)).toBe(exported);
  });

  it('by another tab’s keep of the text typed in it is stamped after the deletion alike (as a change, stampChanges)', () => {
    const [gone] = goneRecords(records, exported, withoutE1);
    const back = stampChanges(withoutE1, withRecordBack(records, withoutE1, gone!), t3);
    expect([back.evidence.map((e) => e.id), back.evidence[0]!.changedAt]).toEqual([['e1', 'e2'], t3]);
    mergesQuietly(back, withoutE1);
  });

  it('in the manager’s team, by an undo of the deletion of a review, is stamped after the deletion: a team file made in between, merged later, leaves it as it is', () => {
    const teamFile = teamSpec(ladder, ['k1']);
    const team: TeamData = { reviewer: 'M', people: [exported, record('gr-2', { name: 'Bo' })] };
    const noReview = stampTeamChanges(team, { ...team, people: [{ ...exported, reviews: [] }, team.people[1]!] }, t2);
    const store = createStore(teamFile, sharedStorage().tab().storage, { now: () => new Date(t3) });
    store.update(() => team);
    store.replace(noReview, 'the deletion of a review');
    const undoneTeam = store.undo();
    const back = undoneTeam.ok ? undoneTeam.value.data : team;
    expect([back.people[0]!.reviews[0]!.changedAt, back.people[0]!.deleted]).toEqual([t3, []]);
    expect(back.people[1]).toEqual(team.people[1]);
    const plan = planImport(teamFile, back, noReview);
    expect(plan.updated).toEqual([]);
    expect(applyImport(teamFile, back, noReview, 'merge')).toEqual(back);
    // Of the review it says nothing: the person is newer here, for the undo.
    expect(nothingToImport(teamFile, plan, 'team.json')).toBe(
      'Nothing to import: this browser has everything in “team.json”, and 1 person of it in a newer version, changed here after the file was made; a merge keeps the newer.',
    );
  });
});

describe('a part the file deleted', () => {
  const deletedThere = stampChanges(exported, removeEvidence(exported, 'e1'), t2);

  it('is removed here on merge, after asking, when the copy here is not newer', () => {
    const plan = planImport(spec, exported, deletedThere);
    expect(plan.deletedInFile.map((c) => c.label)).toEqual(['Ran the incident review']);
    expect(onlyAdds(plan)).toBe(false);
    expect(describePlan(spec, plan).merge).toBe('Merging leaves 1 check-in, 1 evidence entry and 1 manager’s review unchanged, removes 1 evidence entry deleted in the file (“Ran the incident review”).');
    expect(applyImport(spec, exported, deletedThere, 'merge')).toEqual(deletedThere);
  });

  it('is kept when it was changed here after the deletion, and its tombstone is not taken', () => {
    const editedHere = { ...exported, evidence: exported.evidence.map((e) => (e.id === 'e1' ? { ...e, details: 'Follow-ups done.', changedAt: t3 } : e)) };
    const plan = planImport(spec, editedHere, deletedThere);
    expect([plan.deletedInFile, plan.onlyHere.map((c) => c.id)]).toEqual([[], ['e1']]);
    const merged = applyImport(spec, editedHere, deletedThere, 'merge');
    expect(merged.evidence.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(merged.deleted).toEqual([]);
  });
});

describe('a record file', () => {
  const store = () => createStore(spec, sharedStorage().tab().storage, { now: () => new Date(t3) });

  it('made before tombstones still imports, and merges as before', () => {
    const parsed = parseImport(store(), envelope(exported));
    expect(parsed.ok && parsed.value).toEqual(exported);
    expect('deleted' in applyImport(spec, exported, exported, 'merge')).toBe(false);
  });

  it('with a malformed tombstone is refused, saying which and why', () => {
    const bad = (deleted: unknown) => {
      const parsed = parseImport(store(), envelope({ ...exported, deleted }));
      return parsed.ok ? 'imported' : parsed.error;
    };
    expect(bad([{ field: 'evidence', id: 'e9', deletedAt: '2026-02-30T00:00:00Z' }])).toBe(
      'Import failed: the data is not valid: deleted parts, item 1, time of deletion: a date and time that exists. Nothing was changed.',
    );
    expect(bad([{ field: 'goals', id: 'e9', deletedAt: t1 }])).toBe(
      'Import failed: the data is not valid: deleted parts, item 1, field: expected one of “checkIns”, “evidence”, “reviews”, not “goals”. Nothing was changed.',
    );
    expect(bad([{ field: 'evidence', id: 'e9', deletedAt: 'yesterday' }])).toMatch(/^Import failed: the data is not valid: deleted parts, item 1, time of deletion: not in the expected form/);
    expect(bad('e9')).toBe('Import failed: the data is not valid: deleted parts: expected a list, not text. Nothing was changed.');
    expect(bad([{ field: 'evidence', id: 'e9', deletedAt: t1 }])).toBe('imported');
  });
});

describe('the manager’s team', () => {
  const team: TeamData = { reviewer: 'M', people: [exported, record('gr-2', { name: 'Bo' })] };

  it('remembers, per person, the parts the manager deleted', () => {
    const changed = stampTeamChanges(team, { ...team, people: [{ ...exported, reviews: [] }, team.people[1]!] }, t2);
    expect(changed.people[0]!.deleted).toEqual([{ field: 'reviews', id: 'v1', deletedAt: t2 }]);
    expect(changed.people[1]).toBe(team.people[1]);
  });

  it('keeps a part deleted since a person’s older file out of the team, and takes their deletions', () => {
    const noReview = stampTeamChanges(team, { ...team, people: [{ ...exported, reviews: [] }, team.people[1]!] }, t2);
    const older = planTeamImport(spec, noReview, [exported]);
    expect(older.next).toEqual(noReview);
    expect(teamPlanText(spec, older)).toBe('Importing leaves the record of Person 1 as it is: already up to date.');
    const deletedThere = stampChanges(exported, removeEvidence(exported, 'e1'), t3);
    const newer = planTeamImport(spec, noReview, [deletedThere]);
    expect(newer.next.people[0]!.evidence.map((e) => e.id)).toEqual(['e2']);
    expect(newer.next.people[0]!.reviews).toEqual([]);
    expect(newer.updated).toEqual(['Person 1']);
    expect(teamPlanText(spec, newer)).toBe(
      'Importing updates Person 1 with what is new in the file (what is only here, such as your reviews, stays); removes 1 evidence entry the file deleted.',
    );
    // A team file merges each person the same way.
    expect(applyImport(teamSpec(ladder, ['k1']), noReview, team, 'merge')).toEqual(noReview);
  });

  it('names a part two files of one person deleted once', () => {
    const deletedThere = stampChanges(exported, removeEvidence(exported, 'e1'), t2);
    const twice = planTeamImport(spec, team, [deletedThere, deletedThere]);
    expect(twice.removed).toEqual([{ noun: 'evidence entry', id: 'e1', label: 'Ran the incident review' }]);
  });
});

describe('a person removed from the manager’s team', () => {
  const team: TeamData = { reviewer: 'M', people: [record('gr-1', { name: 'Ada', evidence: [stamped(entry('e1', '2026-04-01', ['a']))] }), record('gr-2', { name: 'Bo' })] };
  const teamFile = teamSpec(ladder, ['k1']);
  const ada = team.people[0]!;
  const withoutAda = stampTeamChanges(team, withoutPerson(team, 'gr-1'), t2);

  it('is remembered as removed, after their latest change, and forgotten once added again', () => {
    expect(withoutAda.removed).toEqual([{ field: 'people', id: 'gr-1', deletedAt: t2 }]);
    expect(stampTeamChanges(team, withoutPerson(team, 'gr-1'), '2026-01-01T00:00:00.000Z').removed![0]!.deletedAt).toBe(nextStamp('2026-01-01T00:00:00.000Z', t1));
    expect(stampTeamChanges(withoutAda, { ...withoutAda, people: [...withoutAda.people, ada] }, t3).removed).toEqual([]);
    expect(teamFile.schema.safeParse(withoutAda).success).toBe(true);
  });

  it('added back (another tab kept a review typed for them) is stamped after the removal, so that an older file merged after it leaves them as they are', () => {
    // Nothing of theirs changed since before the removal: only the adding back is newer.
    const back = stampTeamChanges(withoutAda, { ...withoutAda, people: [ada, ...withoutAda.people] }, t3);
    expect([back.removed, back.people[0]!.addedAt]).toEqual([[], t3]);
    expect(teamFile.schema.safeParse(back).success).toBe(true);
    // A team file made between the removal and the adding back (it says Ada was removed) keeps her, quietly.
    const plan = planImport(teamFile, back, withoutAda);
    expect([plan.deletedInFile, plan.onlyHere.map((c) => c.label)]).toEqual([[], ['Ada']]);
    expect(applyImport(teamFile, back, withoutAda, 'merge')).toEqual(back);
    // Removed again later, they are stamped as removed after the adding back.
    expect(stampTeamChanges(back, withoutPerson(back, 'gr-1'), t2).removed).toEqual([{ field: 'people', id: 'gr-1', deletedAt: nextStamp(t2, t3) }]);
  });

  it('stays removed when a team file made before the removal is merged, and the plan says so', () => {
    const plan = planImport(teamFile, withoutAda, team);
    expect([plan.added, plan.staysDeleted.map((c) => c.label)]).toEqual([[], ['Ada']]);
    expect(nothingToImport(teamFile, plan, 'team.json')).toBe('Nothing to import: this browser has everything in “team.json” but what was removed here since the file was made (1 person: “Ada”), which a merge leaves out.');
    expect(describePlan(teamFile, plan).replace).toBe('Replacing puts back 1 person removed here since the file was made (“Ada”), leaves 1 person unchanged.');
    expect(applyImport(teamFile, withoutAda, team, 'merge')).toEqual(withoutAda);
    // A file in which they were changed after the removal brings them back.
    const later = { ...team, people: [{ ...ada, evidence: [stamped(entry('e1', '2026-04-01', ['a']), t3)] }, team.people[1]!] };
    expect(planImport(teamFile, withoutAda, later).added.map((c) => c.label)).toEqual(['Ada']);
  });

  it('added back between a team file and its merge (by an undo, their own file, a replace) is stamped after the removal: a file made between the removal and the adding back, merged later, leaves them as they are, and the plan says nothing of them', () => {
    const store = createStore(teamFile, sharedStorage().tab().storage, { now: () => new Date(t3) });
    store.update(() => team);
    store.replace(withoutAda, 'the removal of Ada');
    const undone = store.undo();
    const byUndo = undone.ok ? undone.value.data : team;
    const byOwnFile = planTeamImport(spec, withoutAda, [ada], t3).next;
    const byReplace = applyImport(teamFile, withoutAda, team, 'replace', t3);
    for (const back of [byUndo, byOwnFile, byReplace]) {
      expect(back.people.find((p) => p.id === 'gr-1')!.addedAt).toBe(t3);
      expect(teamFile.schema.safeParse(back).success).toBe(true);
      // `withoutAda`: the team file made between the removal and the adding back.
      const plan = planImport(teamFile, back, withoutAda);
      expect(plan.deletedInFile).toEqual([]);
      expect(applyImport(teamFile, back, withoutAda, 'merge').people.map((p) => p.name).sort()).toEqual(['Ada', 'Bo']);
      expect(nothingToImport(teamFile, plan, 'team.json')).toBe('Nothing to import: everything in “team.json” is already here.');
    }
    // The engineer's file does not carry when the team added them back.
    expect(ada.addedAt).toBeUndefined();
  });

  it('keeps the later stamp of their adding back when a replace or a merge takes the other copy of them: a team file made in between, merged later, leaves them as they are', () => {
    const t4 = '2026-09-04T10:00:00.000Z';
    const t5 = '2026-09-05T10:00:00.000Z';
    const back = stampTeamChanges(withoutAda, { ...withoutAda, people: [ada, ...withoutAda.people] }, t3);
    // Replaced with a team file made before the removal: its copy of Ada has no stamp of her adding back.
    const replaced = applyImport(teamFile, back, team, 'replace', t4);
    expect(replaced.people.find((p) => p.id === 'gr-1')!.addedAt).toBe(t3);
    expect(planImport(teamFile, replaced, withoutAda).deletedInFile).toEqual([]);
    // Merged with a team file in which she was removed again (t4) and added back later (t5) than here (t3).
    const elsewhere = stampTeamChanges(back, withoutPerson(back, 'gr-1'), t4);
    const backThere = stampTeamChanges(elsewhere, { ...elsewhere, people: [ada, ...elsewhere.people] }, t5);
    const merged = applyImport(teamFile, back, backThere, 'merge');
    expect(merged.people.find((p) => p.id === 'gr-1')!.addedAt).toBe(t5);
    // `elsewhere`: a team file made between that second removal and adding back.
    expect(planImport(teamFile, merged, elsewhere).deletedInFile).toEqual([]);
    // The later stamp is kept whichever side holds it.
    expect(applyImport(teamFile, backThere, back, 'merge').people.find((p) => p.id === 'gr-1')!.addedAt).toBe(t5);
    expect(applyImport(teamFile, back, backThere, 'replace', t5).people.find((p) => p.id === 'gr-1')!.addedAt).toBe(t5);
  });

  it('removed in the file after the copy here changed is removed by a merge, after asking, and the plan names them in the reader’s words', () => {
    const plan = planImport(teamFile, team, withoutAda);
    expect(plan.deletedInFile.map((c) => c.label)).toEqual(['Ada']);
    expect(describePlan(teamFile, plan).merge).toBe('Merging leaves 1 person unchanged, removes “Ada”, whom the file’s author removed from the team.');
    const both = { ...withoutAda, people: [], removed: [...withoutAda.removed!, { field: 'people' as const, id: 'gr-2', deletedAt: t2 }] };
    expect(describePlan(teamFile, planImport(teamFile, team, both)).merge).toBe('Merging removes “Ada” and “Bo”, whom the file’s author removed from the team.');
  });

  it('comes back when their own file is imported on its own, and the plan says so; among other files it stays removed', () => {
    const alone = planTeamImport(spec, withoutAda, [ada]);
    expect(alone.next.people.map((p) => p.id)).toEqual(['gr-2', 'gr-1']);
    expect(alone.next.removed).toEqual([]);
    expect(teamPlanText(spec, alone)).toBe('Importing adds back Ada, whom you removed from the team.');
    const cy = record('gr-3', { name: 'Cy' });
    const batch = planTeamImport(spec, withoutAda, [ada, cy]);
    expect(batch.next.people.map((p) => p.id)).toEqual(['gr-2', 'gr-3']);
    expect(teamPlanText(spec, batch)).toBe('Importing adds Cy; leaves out Ada, whom you removed from the team: import a file of theirs on its own to add them back.');
  });

  it('is kept in a team file, which a team file made before tombstones still imports without', () => {
    const store = createStore(teamFile, sharedStorage().tab().storage, { now: () => new Date(t3) });
    const file = (data: unknown) => JSON.stringify({ format: storageFormat, tool: 'growth-team', version: 1, savedAt: t1, data });
    expect(parseImport(store, file(team)).ok).toBe(true);
    expect(parseImport(store, file(withoutAda)).ok).toBe(true);
    const bad = parseImport(store, file({ ...withoutAda, removed: [{ field: 'evidence', id: 'gr-1', deletedAt: t2 }] }));
    expect(bad.ok ? 'imported' : bad.error).toBe('Import failed: the data is not valid: people removed, item 1, field: expected “people”, not “evidence”. Nothing was changed.');
  });
});

describe('a replace', () => {
  it('remembers what it removes, so that a file made before it does not bring it back', () => {
    const older = { ...exported, evidence: [exported.evidence[1]!] };
    const replaced = applyImport(spec, exported, older, 'replace', t2);
    expect(replaced.deleted).toEqual([{ field: 'evidence', id: 'e1', deletedAt: t2 }]);
    expect(spec.schema.safeParse(replaced).success).toBe(true);
    expect(applyImport(spec, replaced, exported, 'merge')).toEqual(replaced);
    expect(planImport(spec, replaced, exported).staysDeleted.map((c) => c.label)).toEqual(['Ran the incident review']);
  });

  it('of the team remembers the people it removes', () => {
    const team: TeamData = { reviewer: 'M', people: [exported, record('gr-2', { name: 'Bo' })] };
    expect(applyImport(teamSpec(ladder, ['k1']), team, { ...team, people: [exported] }, 'replace', t2).removed).toEqual([{ field: 'people', id: 'gr-2', deletedAt: t2 }]);
  });

  it('of the team remembers the parts it takes from a person who stays, so that an older team file merged after it leaves that person as the replace left them', () => {
    const teamSpecK = teamSpec(ladder, ['k1']);
    const team: TeamData = { reviewer: 'M', people: [exported, record('gr-2', { name: 'Bo' })] };
    const file: TeamData = { ...team, people: [{ ...exported, evidence: [exported.evidence[1]!], reviews: [] }, team.people[1]!] };
    const replaced = applyImport(teamSpecK, team, file, 'replace', t2);
    expect(replaced.people[0]!.deleted).toEqual([
      { field: 'evidence', id: 'e1', deletedAt: t2 },
      { field: 'reviews', id: 'v1', deletedAt: t2 },
    ]);
    expect(replaced.people[1]).toEqual(team.people[1]);
    expect(teamSpecK.schema.safeParse(replaced).success).toBe(true);
    // `team`: the older file, made before the replace.
    expect(applyImport(teamSpecK, replaced, team, 'merge')).toEqual(replaced);
    expect(planImport(teamSpecK, replaced, team).updated).toEqual([]);
  });
});

describe('a check-in the file deleted that has a review here', () => {
  const engineers = { ...exported, reviews: [] };
  const managers = { ...engineers, reviews: [stamped(review('v9', 'c1', { a: 'exceeds' }), t3)] };
  const deletedThere = stampChanges(engineers, removeCheckIn(engineers, 'c1'), t2);

  it('is kept with its review, its deletion forgotten, and the plan says so (the merge was refused)', () => {
    const plan = planImport(spec, managers, deletedThere);
    expect([plan.keptForParts.map((c) => c.id), plan.deletedInFile]).toEqual([['c1'], []]);
    const merged = applyImport(spec, managers, deletedThere, 'merge');
    expect(validateStrict(spec, merged).ok).toBe(true);
    expect([merged.checkIns.map((c) => c.id), merged.reviews.map((v) => v.id), merged.deleted]).toEqual([['c1'], ['v9'], []]);
    expect(describePlan(spec, plan).merge).toBe(
      'Merging leaves 2 evidence entries unchanged, keeps 1 manager’s review that only this browser has, keeps 1 check-in deleted in the file, for the manager’s review of it here (“1 March 2026 · X1”).',
    );
  });

  it('is kept in the manager’s team, and the team import says so', () => {
    const plan = planTeamImport(spec, { reviewer: 'M', people: [managers] }, [deletedThere]);
    expect(plan.next.people[0]!.checkIns.map((c) => c.id)).toEqual(['c1']);
    expect(teamPlanText(spec, plan)).toBe('Importing keeps 1 check-in deleted in the file, for the manager’s review of it here (“1 March 2026 · X1”); leaves the record of Person 1 as it is: already up to date.');
  });
});

describe('two reviews of one check-in', () => {
  const first = stamped(review('v1', 'c1', { a: 'meets' }), t1);
  const second = stamped(review('v2', 'c1', { a: 'exceeds' }), t2);

  it('in a file are refused, naming the check-in', () => {
    const parsed = parseImport(createStore(spec, sharedStorage().tab().storage), envelope({ ...exported, reviews: [first, second] }));
    expect(parsed.ok ? 'imported' : parsed.error).toBe(
      'Import failed: the data is not valid: manager’s review “review of 1 March 2026 · X1” (number 2), check-in: the check-in has another manager’s review before it (one review per check-in). Nothing was changed.',
    );
  });

  it('from the two sides of a merge leave the newer, and the plan says which goes', () => {
    const here = { ...exported, reviews: [first] };
    const file = { ...exported, reviews: [second] };
    const plan = planImport(spec, here, file);
    expect(describePlan(spec, plan).merge).toBe(
      'Merging adds 1 manager’s review, leaves 1 check-in and 2 evidence entries unchanged, drops 1 manager’s review for a newer one of the same check-in in the file (“review of 1 March 2026 · X1”).',
    );
    expect(applyImport(spec, here, file, 'merge').reviews).toEqual([second]);
    expect(applyImport(spec, file, here, 'merge').reviews).toEqual([second]);
    expect(planImport(spec, file, here).supersededInFile.map((c) => c.id)).toEqual(['v1']);
    // The team's merge of a person's file alike.
    expect(planTeamImport(spec, { reviewer: 'M', people: [here] }, [file]).next.people[0]!.reviews).toEqual([second]);
  });
});
