import { describe, expect, it } from 'vitest';
import { createStore, storageFormat } from '../browser/store';
import { parseExport } from '../browser/parse-export';
import { sharedStorage } from '../../../tests/support/fake-storage';
import { applyImport, describePlan, onlyAdds, planImport } from '../browser/import-plan';
import { addCheckIn, rateCheckIn, type GrowthRecord } from './growth-record';
import { growthSpec, growthPlanFileName, teamSpec, type TeamData } from './growth-store';
import { tinyLadder as ladder } from '../../../tests/support/self-assessment.fixture';
import { checkIn, entry, record, review } from '../../../tests/support/growth-record.fixture';
import { parseImport } from '../browser/parse-export';

const kpis = ['k1'];
const now = () => new Date('2026-03-14T12:00:00Z');
const spec = growthSpec(ladder, kpis, now);
const envelope = (data: unknown, version: number, tool = 'self-assessment', savedAt = '2025-11-02T10:00:00.000Z') =>
  JSON.stringify({ format: storageFormat, tool, version, savedAt, data });
const changed = (r: ReturnType<typeof addCheckIn>): GrowthRecord => {
  if (!r.ok) throw new Error(r.error);
  return r.record;
};
const ok = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

/** A version-1 self-assessment as the earlier page saved it. */
const v1 = {
  current: 'x2',
  target: 'x3',
  competencies: { a: { demonstrated: 'x3', notes: 'Led the migration.', links: ['https://example.org/doc'] }, b: { demonstrated: 'x2', notes: '', links: [] } },
};

describe('a self-assessment saved by the earlier page', () => {
  it('loads as a first check-in dated the day it was saved, nothing lost, and is then stored as a record', () => {
    const storage = sharedStorage({ 'handbook:self-assessment': envelope(v1, 1) });
    const store = createStore(spec, storage.tab().storage, { now });
    const snapshot = store.read();
    expect(snapshot.notices).toEqual([]);
    const [first] = snapshot.data.checkIns;
    expect(snapshot.data.target).toBe('x3');
    expect(first).toMatchObject({
      date: '2025-11-02',
      level: 'x2',
      competencies: { a: { rating: 'exceeds', notes: 'Led the migration.', links: ['https://example.org/doc'], demonstrated: 'x3' }, b: { rating: 'meets', demonstrated: 'x2' } },
    });
    // Until then every read migrates again, to the same record.
    expect(createStore(spec, storage.tab().storage, { now }).read().data).toEqual(snapshot.data);
    // The first change writes version 2; the record keeps its ids from then on.
    ok(store.update((r) => rateCheckIn(r, first!.id, 'c', 'towards')));
    expect(JSON.parse(storage.map.get('handbook:self-assessment')!)).toMatchObject({ version: 2, data: { id: snapshot.data.id } });
    expect(store.read().data.checkIns[0]!.id).toBe(first!.id);
  });

  it('imports from a file the earlier page exported', () => {
    const store = createStore(spec, sharedStorage().tab().storage, { now });
    const imported = ok(parseImport(store, envelope(v1, 1)));
    expect(imported.checkIns).toHaveLength(1);
  });

  it('is kept aside, not dropped, when it cannot be read', () => {
    const bad = envelope({ ...v1, competencies: { a: { ...v1.competencies.a, notes: 4 } } }, 1);
    const storage = sharedStorage({ 'handbook:self-assessment': bad });
    const store = createStore(spec, storage.tab().storage, { now });
    const snapshot = store.read();
    expect(snapshot.data.checkIns).toEqual([]);
    expect(snapshot.notices.map((n) => n.kind)).toEqual(['set-aside']);
    expect(store.unreadable().map((u) => u.text)).toEqual([bad]);
  });

  // A level id no ladder has: a fork removed it after the earlier page saved it.
  const gone = 'removed-level-q';

  it('aiming at a level the ladder no longer has is imported with its target cleared, that level named, the rest kept', () => {
    const store = createStore(spec, sharedStorage().tab().storage, { now });
    const imported = parseImport(store, envelope({ ...v1, target: gone }, 1));
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.target).toBeNull();
    expect(imported.value.checkIns[0]).toMatchObject({ level: 'x2', competencies: { a: { notes: 'Led the migration.', demonstrated: 'x3' } } });
    expect(imported.notices).toEqual([expect.stringContaining(`“${gone}”`)]);
  });

  it('at a level the ladder no longer has is imported as a check-in at a level of the ladder, every note kept', () => {
    const store = createStore(spec, sharedStorage().tab().storage, { now });
    const imported = parseImport(store, envelope({ ...v1, current: gone }, 1));
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.target).toBe('x3');
    expect(imported.value.checkIns).toHaveLength(1);
    expect(ladder.levels.map((l) => l.id)).toContain(imported.value.checkIns[0]!.level);
    expect(imported.value.checkIns[0]!.competencies.a).toMatchObject({ notes: 'Led the migration.', links: v1.competencies.a.links });
    // The level it gave way to is said, not silently put in its place.
    const title = ladder.levels.find((l) => l.id === imported.value.checkIns[0]!.level)!.title;
    expect(imported.notices).toEqual([expect.stringMatching(new RegExp(`^In your earlier self-assessment, your current level \\(“${gone}”\\).* at ${title} instead`))]);
  });

  it('rating a competency at a level the ladder no longer has is imported with that level cleared, its notes kept, said once', () => {
    const store = createStore(spec, sharedStorage().tab().storage, { now });
    const file = { ...v1, competencies: { ...v1.competencies, a: { ...v1.competencies.a, demonstrated: gone } } };
    const imported = parseImport(store, envelope(file, 1));
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.checkIns).toHaveLength(1);
    expect(imported.value.checkIns[0]!.competencies.a).toEqual({ rating: null, notes: 'Led the migration.', links: v1.competencies.a.links });
    expect(imported.notices).toEqual([expect.stringMatching(new RegExp(`earlier self-assessment.*“${gone}”`))]);
    expect(imported.notices[0]).not.toMatch(/check-in/);
  });

  it('stored, aiming at a level the ladder no longer has, loads with its target cleared and said, nothing kept aside', () => {
    const storage = sharedStorage({ 'handbook:self-assessment': envelope({ ...v1, target: gone }, 1) });
    const store = createStore(spec, storage.tab().storage, { now });
    const snapshot = store.read();
    expect(snapshot.data.target).toBeNull();
    expect(snapshot.data.checkIns[0]).toMatchObject({ level: 'x2', competencies: { a: { notes: 'Led the migration.' } } });
    expect(snapshot.notices).toEqual([{ kind: 'mended', message: expect.stringContaining(`“${gone}”`) }]);
    expect(store.unreadable()).toEqual([]);
  });

  it('stored, at a level the ladder no longer has, loads as a check-in at a level of the ladder, nothing kept aside', () => {
    const storage = sharedStorage({ 'handbook:self-assessment': envelope({ ...v1, current: gone }, 1) });
    const store = createStore(spec, storage.tab().storage, { now });
    const snapshot = store.read();
    expect(snapshot.data.target).toBe('x3');
    expect(ladder.levels.map((l) => l.id)).toContain(snapshot.data.checkIns[0]!.level);
    expect(snapshot.data.checkIns[0]!.competencies.a).toMatchObject({ notes: 'Led the migration.' });
    expect(snapshot.notices).toEqual([{ kind: 'mended', message: expect.stringMatching(new RegExp(`current level \\(“${gone}”\\)`)) }]);
    expect(store.unreadable()).toEqual([]);
  });

  it('stored, rating a competency at a level the ladder no longer has, loads with that level cleared and said, its notes kept', () => {
    const file = { ...v1, competencies: { ...v1.competencies, a: { ...v1.competencies.a, demonstrated: gone } } };
    const storage = sharedStorage({ 'handbook:self-assessment': envelope(file, 1) });
    const store = createStore(spec, storage.tab().storage, { now });
    const snapshot = store.read();
    expect(snapshot.data.checkIns[0]!.competencies.a).toEqual({ rating: null, notes: 'Led the migration.', links: v1.competencies.a.links });
    expect(snapshot.notices).toEqual([{ kind: 'mended', message: expect.stringMatching(new RegExp(`earlier self-assessment.*“${gone}”`)) }]);
    expect(store.unreadable()).toEqual([]);
  });
});

describe('a stored record', () => {
  const stored: GrowthRecord = record('gr-1', {
    checkIns: [checkIn('c1', '2025-01-01', 'x1', { a: 'meets' }), checkIn('c2', '2025-01-01', 'x1', { b: 'meets' }), checkIn('c3', '2025-02-01', 'x1', {})],
    evidence: [entry('e1', '2025-01-01', ['a']), { ...entry('e2', '2025-01-01', ['a']), kpis: ['nope'] }],
    reviews: [review('v1', 'c1', {}), review('v2', 'gone', {})],
  });

  it('sets aside only the check-in, entry and review that cannot be read, and loads the rest', () => {
    const storage = sharedStorage({ 'handbook:self-assessment': envelope(stored, 2) });
    const store = createStore(spec, storage.tab().storage, { now });
    const { data, notices } = store.read();
    expect(data.checkIns.map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(data.evidence.map((e) => e.id)).toEqual(['e1']);
    expect(data.reviews.map((v) => v.id)).toEqual(['v1']);
    expect(notices[0]!.message).toContain('check-in “1 January 2025 · X1” (number 2), date: another check-in has the same date (one check-in per date)');
    // Each record is named once, where its problem is said (not “entry “Win e2”: entry “Win e2”, KPIs…”).
    expect(notices[0]!.message).not.toMatch(/(\S+ “[^”]+”(?: \(number \d+\))?): \1/);
    expect(store.unreadable().map((u) => JSON.parse(u.text).id).sort()).toEqual(['c2', 'e2', 'v2']);
  });

  it('refuses an import with such a record, naming it', () => {
    const store = createStore(spec, sharedStorage().tab().storage, { now });
    const result = parseImport(store, envelope({ ...stored, evidence: [], reviews: [] }, 2));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^Import failed: the data is not valid: check-in “1 January 2025 · X1” \(number 2\), date: another check-in has the same date/);
  });

  it('takes another tab’s check-in and this tab’s rating together', () => {
    const storage = sharedStorage();
    const [a, b] = [createStore(spec, storage.tab().storage, { now }), createStore(spec, storage.tab().storage, { now })];
    const first = ok(a.update((r) => changed(addCheckIn(r, '2025-01-01', 'x1', '2025-07-01')))).data.checkIns[0]!;
    b.read();
    ok(a.update((r) => changed(addCheckIn(r, '2025-06-01', 'x1', '2025-07-01'))));
    ok(b.update((r) => rateCheckIn(r, first.id, 'a', 'exceeds')));
    const { data } = a.read();
    expect(data.checkIns).toHaveLength(2);
    expect(data.checkIns.find((c) => c.id === first.id)!.competencies['a']?.rating).toBe('exceeds');
  });

  it('merges a later export of the same person: new check-ins added, reviews kept', () => {
    const mine = record('gr-1', { checkIns: [checkIn('c1', '2025-01-01', 'x1', { a: 'meets' })], reviews: [review('v1', 'c1', { a: 'exceeds' })] });
    const later = record('gr-1', { checkIns: [checkIn('c1', '2025-01-01', 'x1', { a: 'meets' }), checkIn('c4', '2025-04-01', 'x1', {})] });
    const plan = planImport(spec, mine, later);
    expect([plan.added.map((c) => c.id), plan.unchanged.map((c) => c.id), plan.onlyHere.map((c) => c.id)]).toEqual([['c4'], ['c1'], ['v1']]);
    expect(applyImport(spec, mine, later, 'merge')).toEqual({ ...mine, checkIns: later.checkIns });
  });
});

describe('a record whose target level a fork removed', () => {
  const gone = 'no-longer-a-level';
  const mine = record('gr-1', { name: 'Ada', target: gone, checkIns: [checkIn('c1', '2025-01-01', 'x1', { a: 'meets' })], evidence: [entry('e1', '2025-01-01', ['a'])] });

  it('is loaded whole with its target cleared, saying which level is gone and asking for a target', () => {
    const storage = sharedStorage({ 'handbook:self-assessment': envelope(mine, 2) });
    const store = createStore(spec, storage.tab().storage, { now });
    const { data, notices } = store.read();
    expect(data).toEqual({ ...mine, target: null });
    expect(notices).toEqual([{ kind: 'mended', message: expect.stringContaining(`“${gone}”`) }]);
    expect(notices[0]!.message).toMatch(/Choose a target level\.$/);
    expect(store.unreadable()).toEqual([]);
    // Saved as it was until the reader's next change, which saves the mend with it.
    expect(JSON.parse(storage.map.get('handbook:self-assessment')!).data.target).toBe(gone);
    ok(store.update((r) => ({ ...r, target: 'x2' })));
    expect(store.read()).toMatchObject({ data: { ...mine, target: 'x2' }, notices: [] });
  });

  it('keeps a person of a manager’s team with their target cleared, naming them', () => {
    const team: TeamData = { reviewer: 'Grace', people: [record('p1', { name: 'Grace' }), mine] };
    const store = createStore(teamSpec(ladder, kpis), sharedStorage({ 'handbook:growth-team': envelope(team, 1, 'growth-team') }).tab().storage, { now });
    const { data, notices } = store.read();
    expect(data.people).toEqual([team.people[0], { ...mine, target: null }]);
    expect(notices).toEqual([{ kind: 'mended', message: expect.stringMatching(new RegExp(`^Ada’s target level \\(“${gone}”\\)`)) }]);
    expect(store.unreadable()).toEqual([]);
  });

  it('restores a copy kept for undo before the fork with its target cleared', () => {
    const before = envelope(mine, 2);
    // Stored without a revision, the data reads as the first; the undo point is of the change that left it.
    const storage = sharedStorage({ 'handbook:self-assessment': envelope({ ...mine, target: 'x2' }, 2) });
    storage.map.set('handbook:self-assessment:undo', JSON.stringify({ id: 'u1', label: 'a change', before: JSON.parse(before).data, after: 1 }));
    const store = createStore(spec, storage.tab().storage, { now });
    expect(ok(store.undo()).data).toEqual({ ...mine, target: null });
  });

  it('clears an empty target without a sentence naming a level', () => {
    const store = createStore(spec, sharedStorage({ 'handbook:self-assessment': envelope({ ...mine, target: '' }, 2) }).tab().storage, { now });
    expect(store.read()).toMatchObject({ data: { ...mine, target: null }, notices: [] });
  });

  it('is imported as it would be stored: the target cleared, check-ins at the gone level left out with their reviews, each said', () => {
    // The guide for editors (content/docs/reference/editing.mdx) promises this of a file made before a fork removed a level.
    const file = { ...mine, checkIns: [...mine.checkIns, { ...checkIn('c2', '2025-02-01', 'x1', {}), level: gone }], reviews: [review('v2', 'c2', {})] };
    const parsed = parseExport(spec, envelope(file, 2));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value).toEqual({ ...mine, target: null, reviews: [] });
    expect(parsed.notices).toHaveLength(2);
    for (const notice of parsed.notices) expect(notice).toContain(`“${gone}”`);
    expect(parsed.notices[1]).toMatch(/file still holds/);
    // The store's import reads the same way; a team file keeps each person so mended.
    expect(ok(parseImport(createStore(spec, sharedStorage().tab().storage, { now }), envelope(file, 2)))).toEqual(parsed.value);
    const team = parseExport(teamSpec(ladder, kpis), envelope({ reviewer: 'Grace', people: [file] }, 1, 'growth-team'));
    expect(team.ok && team.value.people).toEqual([parsed.value]);
    expect(team.ok && team.notices.every((n) => n.startsWith('Ada’s'))).toBe(true);
  });

  it('is still refused on import for anything else it holds that is not valid', () => {
    const parsed = parseExport(spec, envelope({ ...mine, checkIns: [{ ...mine.checkIns[0]!, date: 'someday' }] }, 2));
    expect(parsed.ok).toBe(false);
  });

  it('still sets aside what cannot be read, with the mend said too', () => {
    const broken = { ...mine, checkIns: [...mine.checkIns, { ...checkIn('c2', '2025-02-01', 'x1', {}), level: gone }] };
    const store = createStore(spec, sharedStorage({ 'handbook:self-assessment': envelope(broken, 2) }).tab().storage, { now });
    const { data, notices } = store.read();
    expect(data.checkIns.map((c) => c.id)).toEqual(['c1']);
    expect(notices.map((n) => n.kind)).toEqual(['mended', 'set-aside']);
  });
});

describe('a record carried to another browser', () => {
  it('is imported at once into a browser that holds nothing yet, and keeps its identity there', () => {
    const exported = record('gr-first-browser', { name: 'Ada', checkIns: [checkIn('c1', '2025-01-01', 'x1', { a: 'meets' })] });
    const fresh = spec.empty();
    const plan = planImport(spec, fresh, exported);
    expect(onlyAdds(plan)).toBe(true);
    expect(applyImport(spec, fresh, exported, 'merge')).toEqual(exported);
  });
});

describe('the team a manager imported', () => {
  it('merges a person of an earlier team file into the stored one, keeping the reviews added since', () => {
    const spec = teamSpec(ladder, kpis);
    const ada = record('p1', { name: 'Ada', checkIns: [checkIn('c1', '2025-01-01', 'x1', { a: 'meets' })] });
    const stored: TeamData = { reviewer: 'Grace', people: [{ ...ada, reviews: [review('v1', 'c1', { a: 'exceeds' })] }] };
    const earlier: TeamData = { reviewer: 'Grace', people: [ada] };
    expect(planImport(spec, stored, earlier).unchanged.map((c) => c.id)).toEqual(['p1']);
    expect(applyImport(spec, stored, earlier, 'merge')).toEqual(stored);
  });

  it('sets aside one person who cannot be read and keeps the others', () => {
    const team: TeamData = { reviewer: 'Grace', people: [record('p1', { name: 'Ada' }), { ...record('p2'), extra: 'field' } as GrowthRecord] };
    const store = createStore(teamSpec(ladder, kpis), sharedStorage({ 'handbook:growth-team': envelope(team, 1, 'growth-team') }).tab().storage, { now });
    const { data, notices } = store.read();
    expect(data.people.map((p) => p.name)).toEqual(['Ada']);
    expect(notices[0]!.message).toContain('person 2');
  });
});

describe('the import preview of a record', () => {
  it('names what replacing would change in a reader’s words, never an internal key', () => {
    const here = record('gr-here', { name: 'Ada', checkIns: [checkIn('c1', '2025-01-01', 'x2', { a: 'meets' })] });
    const file = record('gr-file', { name: 'Ada L.', checkIns: [checkIn('c2', '2025-04-01', 'x2', { a: 'exceeds' })] });
    const { replace } = describePlan(spec, planImport(spec, here, file));
    expect(replace).toMatch(/^Replacing /);
    expect(replace).not.toMatch(/\bids?\b/i);
  });
});

describe('the import preview names records as the pages do', () => {
  it('a check-in by its date in words and its level, a review by the check-in it reviews, an entry by its title', () => {
    const here = record('gr-1', {
      checkIns: [checkIn('c1', '2025-01-01', 'x2', { a: 'meets' }), checkIn('c2', '2025-04-01', 'x3', {})],
      evidence: [entry('e1', '2025-02-01', [], 'Ran the pilot')],
      reviews: [review('r1', 'c1', { a: 'meets' })],
    });
    const file = record('gr-1', { checkIns: [checkIn('c1', '2025-01-01', 'x2', { a: 'exceeds' })] });
    const plan = planImport(spec, here, file);
    expect(plan.updated.map((c) => c.label)).toEqual(['1 January 2025 · X2']);
    expect(plan.onlyHere.map((c) => c.label)).toEqual(['1 April 2025 · X3', 'Ran the pilot', 'review of 1 January 2025 · X2']);
    expect(describePlan(spec, plan).replace).toBe(
      'Replacing updates 1 check-in already here (“1 January 2025 · X2”), removes 1 check-in, 1 evidence entry and 1 manager’s review that only this browser has (“1 April 2025 · X3”, “Ran the pilot” and “review of 1 January 2025 · X2”).',
    );
  });

  it('names a record a file holds badly with what it has', () => {
    const labelOf = spec.records!.find((c) => c.field === 'checkIns')!.labelOf!;
    expect(labelOf({ date: '2025-02-30', level: 'nope' }, 'c9')).toBe('2025-02-30');
    expect(labelOf({ level: 'x1' }, 'c9')).toBe('X1');
    expect(labelOf({}, 'c9')).toBe('c9');
    const reviewLabel = spec.records!.find((c) => c.field === 'reviews')!.labelOf!;
    expect(reviewLabel({ checkIn: 'gone', date: '2025-06-30' }, 'r9', { checkIns: [] })).toBe('review dated 30 June 2025');
  });
});

describe('the import preview of a file holding, at a level the ladder no longer has, a check-in this browser holds', () => {
  // The same check-in here (at a level of the ladder) and in the file (at a level a fork removed, so its import leaves it out), with its review.
  const here = record('gr-1', {
    checkIns: [checkIn('c1', '2025-01-01', 'x2', { a: 'meets' }), checkIn('c2', '2025-04-01', 'x3', {})],
    reviews: [review('r1', 'c1', { a: 'meets' })],
  });
  const file = { ...here, checkIns: [{ ...here.checkIns[0]!, level: 'removed-level-q' }], reviews: [review('r1', 'c1', { a: 'exceeds' })] };
  const read = () => {
    const imported = parseImport(createStore(spec, sharedStorage().tab().storage, { now }), envelope(file, 2));
    if (!imported.ok) throw new Error(imported.error);
    return imported;
  };
  const onlyHereClause = (sentence: string) => sentence.split(', ').find((clause) => clause.includes('only this browser has')) ?? '';

  it('speaks of it (and its review) as left out of the file, not as only this browser’s, and keeps it on a merge as it says', () => {
    const { value, leftOut } = read();
    const plan = planImport(spec, here, value, leftOut);
    expect(plan.leftOutOfFile.map((c) => c.id)).toEqual(['c1', 'r1']);
    expect(plan.onlyHere.map((c) => c.id)).toEqual(['c2']);
    const { merge } = describePlan(spec, plan);
    expect(merge).toContain('left out of this import (“1 January 2025 · X2” and “review of 1 January 2025 · X2”)');
    expect(merge).toMatch(/^Merging .*keeps the copy here of 1 check-in and 1 manager’s review whose copy in the file is left out/);
    const merged = applyImport(spec, here, value, 'merge');
    expect(merged.checkIns.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(merged.reviews.map((v) => v.id)).toEqual(['r1']);
  });

  it('says a replace removes it though the file holds it, and the replace removes it as it says', () => {
    const { value, leftOut } = read();
    const plan = planImport(spec, here, value, leftOut);
    const { replace } = describePlan(spec, plan);
    expect(onlyHereClause(replace)).not.toContain('1 January 2025 · X2');
    expect(replace).toMatch(/removes 1 check-in and 1 manager’s review whose copy in the file is left out of this import \(“1 January 2025 · X2” and .*\), so that neither copy stays in this browser/);
    const replaced = applyImport(spec, here, value, 'replace', '2026-03-14T12:00:00.000Z');
    expect(replaced.checkIns).toEqual([]);
    expect(replaced.reviews).toEqual([]);
  });
});

describe('the growth plan’s file', () => {
  it('names the person when they gave a name', () => {
    expect(growthPlanFileName(record('gr-ada', { name: 'Ada Lovelace' }), '2026-03-14')).toBe('growth-plan-ada-lovelace-2026-03-14.md');
    expect(growthPlanFileName(record('gr-x'), '2026-03-14')).toBe('growth-plan-2026-03-14.md');
  });
});
