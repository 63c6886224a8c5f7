import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { applyImport, changesNothing, describePlan, mergeImport, nothingToImport, onlyAdds, planImport } from './import-plan';
import type { ToolSpec } from './store';

interface Team {
  lead: string | null;
  members: { id: string; name: string; level: number }[];
  skills: Record<string, { rating: number }>;
}
const spec: ToolSpec<Team> = {
  tool: 'team',
  version: 1,
  schema: z.any() as unknown as z.ZodMiniType<Team>,
  empty: () => ({ lead: null, members: [], skills: {} }),
  records: [
    { field: 'members', noun: 'member', plural: 'members', max: 10, labelOf: (r) => String(r['name']) },
    { field: 'skills', noun: 'skill', plural: 'skills', max: 10 },
  ],
};
const ada = { id: 'ada', name: 'Ada', level: 3 };
const bo = { id: 'bo', name: 'Bo', level: 2 };
const cy = { id: 'cy', name: 'Cy', level: 1 };

describe('planning an import', () => {
  it('matches records by id: the same file twice changes nothing and duplicates nothing', () => {
    const stored: Team = { lead: 'ada', members: [ada, bo], skills: { go: { rating: 2 } } };
    const plan = planImport(spec, stored, structuredClone(stored));
    expect(plan).toMatchObject({ added: [], updated: [], onlyHere: [], otherFields: [], filledFields: [] });
    expect(plan.unchanged.map((c) => c.id)).toEqual(['ada', 'bo', 'go']);
    expect(changesNothing(plan, 'merge')).toBe(true);
    expect(mergeImport(spec, stored, structuredClone(stored))).toEqual(stored);
  });

  it('lists records added, updated (by name), unchanged and only here, and other fields that differ', () => {
    const stored: Team = { lead: 'ada', members: [ada, bo], skills: { go: { rating: 2 } } };
    const file: Team = { lead: 'cy', members: [{ ...bo, level: 3 }, cy], skills: { go: { rating: 2 }, sql: { rating: 1 } } };
    const plan = planImport(spec, stored, file);
    expect(plan.added.map((c) => c.label)).toEqual(['Cy', 'sql']);
    expect(plan.updated.map((c) => c.label)).toEqual(['Bo']);
    expect(plan.unchanged.map((c) => c.label)).toEqual(['go']);
    expect(plan.onlyHere.map((c) => c.label)).toEqual(['Ada']);
    expect(plan.otherFields).toEqual(['lead']);
    expect(describePlan(spec, plan)).toEqual({
      merge: 'Merging adds 1 member and 1 skill, updates 1 member already here (“Bo”), leaves 1 skill unchanged, keeps 1 member that only this browser has.',
      replace: 'Replacing adds 1 member and 1 skill, updates 1 member already here (“Bo”), leaves 1 skill unchanged, removes 1 member that only this browser has (“Ada”), replaces lead.',
    });
  });

  it('counts a field empty here that the file fills as an addition, not a change', () => {
    const plan = planImport(spec, { lead: null, members: [], skills: {} }, { lead: 'ada', members: [ada], skills: {} });
    expect(plan).toMatchObject({ otherFields: [], filledFields: ['lead'] });
    expect(onlyAdds(plan)).toBe(true);
    expect(changesNothing(plan, 'merge')).toBe(false);
    expect(describePlan(spec, plan).merge).toBe('Merging adds 1 member, fills in lead.');
  });

  it('merges in place and appends, keeps a stored setting unless it is empty, and replaces as the file says', () => {
    const stored: Team = { lead: null, members: [ada, bo], skills: { go: { rating: 2 } } };
    const file: Team = { lead: 'cy', members: [{ ...bo, level: 3 }, cy], skills: { sql: { rating: 1 } } };
    expect(applyImport(spec, stored, file, 'merge')).toEqual({ lead: 'cy', members: [ada, { ...bo, level: 3 }, cy], skills: { go: { rating: 2 }, sql: { rating: 1 } } });
    expect(mergeImport(spec, { ...stored, lead: 'ada' }, file).lead).toBe('ada');
    expect(applyImport(spec, stored, file, 'replace')).toEqual(file);
  });

  it('never asks about, nor changes, what only says what is on screen', () => {
    const withScreen: ToolSpec<Team & { shown: string }> = { ...(spec as unknown as ToolSpec<Team & { shown: string }>), screenFields: ['shown'] };
    const stored = { lead: null, members: [ada], skills: {}, shown: 'ada' };
    const file = { lead: null, members: [ada, bo], skills: {}, shown: 'bo' };
    const plan = planImport(withScreen, stored, file);
    expect(plan.otherFields).toEqual([]);
    expect(onlyAdds(plan)).toBe(true);
    expect(applyImport(withScreen, stored, file, 'merge').shown).toBe('ada');
    expect(applyImport(withScreen, stored, file, 'replace')).toEqual({ ...file, shown: 'ada' });
  });
});

describe('a field that names the data, not part of it', () => {
  /** `lead` stands for the data's identity here, as a record's id does. */
  const named: ToolSpec<Team> = { ...spec, identityField: 'lead' };

  it('is not yet anyone’s while nothing is stored: an import into it only adds, and takes the file’s', () => {
    const fresh: Team = { lead: 'made-here', members: [], skills: {} };
    const file: Team = { lead: 'from-file', members: [ada], skills: {} };
    const plan = planImport(named, fresh, file);
    expect(plan).toMatchObject({ otherFields: [], filledFields: ['lead'] });
    expect(onlyAdds(plan)).toBe(true);
    expect(applyImport(named, fresh, file, 'merge').lead).toBe('from-file');
  });

  it('is kept, and asked about, once a record is stored under it', () => {
    const stored: Team = { lead: 'made-here', members: [bo], skills: {} };
    const file: Team = { lead: 'from-file', members: [ada], skills: {} };
    const plan = planImport(named, stored, file);
    expect(plan.otherFields).toEqual(['lead']);
    expect(onlyAdds(plan)).toBe(false);
    expect(applyImport(named, stored, file, 'merge').lead).toBe('made-here');
  });

  it('is kept, and asked about, in a tool with no record collection, where nothing tells that it is not yet anyone’s', () => {
    const bare: ToolSpec<Team> = { ...named, records: [] };
    const stored: Team = { lead: 'made-here', members: [], skills: {} };
    const file: Team = { lead: 'from-file', members: [], skills: {} };
    expect(planImport(bare, stored, file)).toMatchObject({ otherFields: ['lead'], filledFields: [] });
    expect(applyImport(bare, stored, file, 'merge').lead).toBe('made-here');
    const none: ToolSpec<Team> = { tool: spec.tool, version: spec.version, schema: spec.schema, empty: spec.empty, identityField: 'lead' };
    expect(planImport(none, stored, file)).toMatchObject({ otherFields: ['lead'], filledFields: [] });
  });
});

describe('records that merge their own way', () => {
  /** A member's level is the higher of the two: a file never lowers it. */
  const keepHigher: ToolSpec<Team> = {
    ...spec,
    records: [{ ...spec.records![0]!, merge: (stored, incoming) => ({ ...incoming, level: Math.max(Number(stored['level']), Number(incoming['level'])) }) }, spec.records![1]!],
  };

  it('merge through the collection’s own function, and plan as unchanged what that merge would not change', () => {
    const stored: Team = { lead: null, members: [ada, bo], skills: {} };
    const older: Team = { lead: null, members: [{ ...ada, level: 1 }, { ...bo, level: 5 }], skills: {} };
    expect(mergeImport(keepHigher, stored, older).members).toEqual([ada, { ...bo, level: 5 }]);
    const plan = planImport(keepHigher, stored, older);
    expect([plan.unchanged.map((c) => c.id), plan.updated.map((c) => c.id)]).toEqual([['ada'], ['bo']]);
  });
});

describe('records deleted on one side (tombstones)', () => {
  interface Log {
    entries: { id: string; title: string; changedAt?: string }[];
    tags: Record<string, { changedAt?: string }>;
    deleted?: { field: string; id: string; deletedAt: string }[];
  }
  const log: ToolSpec<Log> = {
    tool: 'log',
    version: 1,
    schema: z.any() as unknown as z.ZodMiniType<Log>,
    empty: () => ({ entries: [], tags: {} }),
    records: [
      { field: 'entries', noun: 'entry', plural: 'entries', max: 10, labelOf: (r) => String(r['title']) },
      { field: 'tags', noun: 'tag', plural: 'tags', max: 10 },
    ],
    deletions: { field: 'deleted', max: 3 },
  };
  const t1 = '2026-09-01T10:00:00.000Z';
  const t2 = '2026-09-02T10:00:00.000Z';
  const t3 = '2026-09-03T10:00:00.000Z';
  const a = { id: 'a', title: 'Alpha', changedAt: t1 };
  const b = { id: 'b', title: 'Beta', changedAt: t1 };
  const tomb = (id: string, deletedAt: string, field = 'entries') => ({ field, id, deletedAt });

  it('keeps a record deleted here deleted when an older file still holds it, and says so', () => {
    const file: Log = { entries: [a, b], tags: { x: {} } };
    const here: Log = { entries: [a], tags: {}, deleted: [tomb('b', t2), tomb('x', t2, 'tags')] };
    const plan = planImport(log, here, file);
    expect(plan.added).toEqual([]);
    expect(plan.staysDeleted.map((c) => c.label)).toEqual(['Beta', 'x']);
    expect(changesNothing(plan, 'merge')).toBe(true);
    expect(nothingToImport(log, plan, 'old.json')).toBe('Nothing to import: this browser has everything in “old.json” but what was deleted here since the file was made (1 entry and 1 tag: “Beta” and “x”), which a merge leaves out.');
    expect(mergeImport(log, here, file)).toEqual(here);
    // A replace takes the file as it is, and says it puts them back.
    expect(applyImport(log, here, file, 'replace')).toEqual(file);
    expect(describePlan(log, plan).replace).toBe('Replacing puts back 1 entry and 1 tag deleted here since the file was made (“Beta” and “x”), leaves 1 entry unchanged.');
  });

  it('takes a record the file changed after it was deleted here, and forgets the deletion', () => {
    const here: Log = { entries: [], tags: {}, deleted: [tomb('b', t2)] };
    const file: Log = { entries: [{ ...b, changedAt: t3 }], tags: {} };
    const plan = planImport(log, here, file);
    expect(plan.added.map((c) => c.id)).toEqual(['b']);
    expect(onlyAdds(plan)).toBe(true);
    expect(mergeImport(log, here, file)).toEqual({ entries: [{ ...b, changedAt: t3 }], tags: {}, deleted: [] });
  });

  it('counts a record without a stamp as older than any deletion', () => {
    const plan = planImport(log, { entries: [], tags: {}, deleted: [tomb('a', t1)] }, { entries: [{ id: 'a', title: 'Alpha' }], tags: {} });
    expect(plan.staysDeleted.map((c) => c.id)).toEqual(['a']);
  });

  it('removes on merge a record the file deleted, only when the copy here is not newer, and asks first', () => {
    const file: Log = { entries: [], tags: {}, deleted: [tomb('a', t2), tomb('b', t2)] };
    const here: Log = { entries: [a, { ...b, title: 'Beta, edited later', changedAt: t3 }], tags: {} };
    const plan = planImport(log, here, file);
    expect(plan.deletedInFile.map((c) => c.label)).toEqual(['Alpha']);
    expect(plan.onlyHere.map((c) => c.label)).toEqual(['Beta, edited later']);
    expect(onlyAdds(plan)).toBe(false);
    expect(changesNothing(plan, 'merge')).toBe(false);
    expect(describePlan(log, plan)).toEqual({
      merge: 'Merging keeps 1 entry that only this browser has, removes 1 entry deleted in the file (“Alpha”).',
      replace: 'Replacing removes 2 entries that only this browser has (“Beta, edited later” and “Alpha”).',
    });
    // The edit made here after the deletion wins: its tombstone goes, that of the record removed stays.
    expect(mergeImport(log, here, file)).toEqual({ entries: [here.entries[1]], tags: {}, deleted: [tomb('a', t2)] });
  });

  it('names the first five records of a longer list and says how many more, in every sentence that names them', () => {
    const many = ['Ada', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal'].map((title) => ({ id: title.toLowerCase(), title, changedAt: t1 }));
    const firstFive = '“Ada”, “Bo”, “Cy”, “Di”, “Ed” and 3 more';
    const removedThere = planImport(log, { entries: many, tags: {} }, { entries: [], tags: {}, deleted: many.map((e) => tomb(e.id, t2)) });
    expect(describePlan(log, removedThere)).toEqual({
      merge: `Merging removes 8 entries deleted in the file (${firstFive}).`,
      replace: `Replacing removes 8 entries that only this browser has (${firstFive}).`,
    });
    // A tool that says whom the file's author removed names them in the sentence itself.
    const team = { ...log, deletions: { ...log.deletions!, word: 'removed', inFile: 'whom the file’s author removed' } };
    expect(describePlan(team, removedThere).merge).toBe(`Merging removes ${firstFive}, whom the file’s author removed.`);
    const deletedHere = planImport(log, { entries: [], tags: {}, deleted: many.map((e) => tomb(e.id, t2)) }, { entries: many, tags: {} });
    expect(nothingToImport(log, deletedHere, 'old.json')).toBe(
      `Nothing to import: this browser has everything in “old.json” but what was deleted here since the file was made (8 entries: ${firstFive}), which a merge leaves out.`,
    );
  });

  it('joins the two sides’ deletions, one per record (its latest), the newest few kept', () => {
    const here: Log = { entries: [], tags: {}, deleted: [tomb('a', t1), tomb('b', t3), tomb('c', t1)] };
    const file: Log = { entries: [], tags: {}, deleted: [tomb('a', t2), tomb('d', '2026-09-04T10:00:00.000Z')] };
    expect(mergeImport(log, here, file).deleted).toEqual([tomb('a', t2), tomb('b', t3), tomb('d', '2026-09-04T10:00:00.000Z')]);
  });

  it('leaves data of a tool that keeps no deletions, or of files made before them, as it was', () => {
    const file: Log = { entries: [a, b], tags: {} };
    expect(mergeImport(log, { entries: [a], tags: {} }, file)).toEqual(file);
    const { deletions: _, ...plain } = log;
    const here: Log = { entries: [a], tags: {}, deleted: [tomb('b', t2)] };
    expect(planImport(plain, here, file).added.map((c) => c.id)).toEqual(['b']);
  });

  it('remembers on replace the records it removes, stamped now after their last change, and the deletions here of records the file lacks', () => {
    const here: Log = { entries: [a, { ...b, changedAt: t3 }], tags: { x: {} }, deleted: [tomb('c', t1), tomb('a', t1)] };
    const file: Log = { entries: [a], tags: {} };
    expect(applyImport(log, here, file, 'replace', t2).deleted).toEqual([tomb('c', t1), tomb('x', t2, 'tags'), tomb('b', '2026-09-03T10:00:00.001Z')]);
    // So a file made before the replace leaves them out of a merge.
    const replaced = applyImport(log, here, file, 'replace', t2);
    expect(planImport(log, replaced, { entries: [a, b], tags: { x: {} } }).staysDeleted.map((c) => c.id)).toEqual(['b', 'x']);
    // What it keeps of the file's deletions, of records it does not hold.
    expect(applyImport(log, { entries: [], tags: {} }, { entries: [], tags: {}, deleted: [tomb('d', t1)] }, 'replace', t2).deleted).toEqual([tomb('d', t1)]);
  });

  it('never counts the list of deletions as a field the file changes', () => {
    const plan = planImport(log, { entries: [a], tags: {}, deleted: [tomb('z', t1)] }, { entries: [a], tags: {}, deleted: [tomb('y', t1)] });
    expect([plan.otherFields, plan.filledFields]).toEqual([[], []]);
  });
});

describe('records that are parts of others (partOf)', () => {
  interface Log {
    entries: { id: string; title: string; changedAt?: string }[];
    notes: { id: string; entry: string; changedAt?: string }[];
    deleted?: { field: string; id: string; deletedAt: string }[];
  }
  const log: ToolSpec<Log> = {
    tool: 'log',
    version: 1,
    schema: z.any() as unknown as z.ZodMiniType<Log>,
    empty: () => ({ entries: [], notes: [] }),
    records: [
      { field: 'entries', noun: 'entry', plural: 'entries', max: 10, labelOf: (r) => String(r['title']) },
      { field: 'notes', noun: 'note', plural: 'notes', max: 10, partOf: { field: 'entries', by: 'entry', one: true } },
    ],
    deletions: { field: 'deleted', max: 10 },
  };
  const t1 = '2026-09-01T10:00:00.000Z';
  const t2 = '2026-09-02T10:00:00.000Z';
  const t3 = '2026-09-03T10:00:00.000Z';
  const a = { id: 'a', title: 'Alpha', changedAt: t1 };
  const note = (id: string, changedAt?: string) => ({ id, entry: 'a', ...(changedAt ? { changedAt } : {}) });
  const tomb = (id: string, deletedAt: string, field = 'entries') => ({ field, id, deletedAt });

  it('keep a record the file deleted while a part of it here is kept, its deletion forgotten, and say so', () => {
    const here: Log = { entries: [a], notes: [note('n1', t1)] };
    const file: Log = { entries: [], notes: [], deleted: [tomb('a', t2)] };
    const plan = planImport(log, here, file);
    expect([plan.keptForParts.map((c) => c.label), plan.deletedInFile, plan.onlyHere.map((c) => c.id)]).toEqual([['Alpha'], [], ['n1']]);
    expect(onlyAdds(plan)).toBe(false);
    expect(mergeImport(log, here, file)).toEqual({ ...here, deleted: [] });
    expect(describePlan(log, plan)).toEqual({
      merge: 'Merging keeps 1 note that only this browser has, keeps 1 entry deleted in the file, for the note of it here (“Alpha”).',
      replace: 'Replacing removes 1 note and 1 entry that only this browser has (“n1” and “Alpha”).',
    });
    // With the part deleted in the file too (after its last change), both go.
    expect(mergeImport(log, here, { ...file, deleted: [tomb('a', t2), tomb('n1', t2, 'notes')] })).toEqual({ entries: [], notes: [], deleted: [tomb('a', t2), tomb('n1', t2, 'notes')] });
  });

  it('put back a record deleted here when the file holds a part of it changed since, and say so', () => {
    const here: Log = { entries: [], notes: [], deleted: [tomb('a', t2), tomb('n1', t2, 'notes')] };
    const file: Log = { entries: [a], notes: [note('n1', t3)] };
    const plan = planImport(log, here, file);
    expect([plan.backForParts.map((c) => c.label), plan.added.map((c) => c.id), plan.staysDeleted]).toEqual([['Alpha'], ['n1'], []]);
    expect(onlyAdds(plan)).toBe(false);
    expect(mergeImport(log, here, file)).toEqual({ ...file, deleted: [] });
    expect(describePlan(log, plan).merge).toBe('Merging adds 1 note, puts back 1 entry deleted here, for the note of it in the file, changed since (“Alpha”).');
  });

  it('keep one part of a record that has at most one: the newer, the file’s when neither is, and say which goes', () => {
    const here: Log = { entries: [a], notes: [note('n1', t1)] };
    const newer: Log = { entries: [a], notes: [note('n2', t2)] };
    const plan = planImport(log, here, newer);
    expect([plan.added.map((c) => c.id), plan.supersededHere.map((c) => c.id), plan.onlyHere]).toEqual([['n2'], ['n1'], []]);
    expect(mergeImport(log, here, newer)).toEqual(newer);
    expect(describePlan(log, plan).merge).toBe('Merging adds 1 note, leaves 1 entry unchanged, drops 1 note for a newer one of the same entry in the file (“n1”).');
    const older = planImport(log, newer, here);
    expect([older.added, older.supersededInFile.map((c) => c.id), changesNothing(older, 'merge'), onlyAdds(older)]).toEqual([[], ['n1'], true, false]);
    expect(mergeImport(log, newer, here)).toEqual(newer);
    expect(describePlan(log, older).merge).toBe('Merging leaves 1 entry unchanged, keeps 1 note that only this browser has, leaves out the file’s 1 note, older than another of the same entry here (“n1”).');
    // Neither stamped: the file's.
    expect(mergeImport(log, { entries: [a], notes: [note('n1')] }, { entries: [a], notes: [note('n2')] }).notes).toEqual([note('n2')]);
  });
});
