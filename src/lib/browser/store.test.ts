import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { sharedStorage, type SharedStorage } from '../../../tests/support/fake-storage';
import { clearUndoMinutes, createStore, maxImportBytes, memoryStorage, sameUndo, storageFormat, withSchemaOnFirstUse, type KeyValueStorage, type Snapshot, type Store, type ToolSpec } from './store';
import { parseExport, parseImport } from './parse-export';

/** A small synthetic tool: a list of people with a name and a score, and a free setting. */
interface People {
  owner: string;
  people: { id: string; name: string; score: number }[];
}
const maxPeople = 3;
const spec: ToolSpec<People> = {
  tool: 'people',
  version: 2,
  schema: z.strictObject({
    owner: z.string().check(z.maxLength(20)),
    people: z.array(z.strictObject({ id: z.string().check(z.regex(/^[a-z0-9-]+$/)), name: z.string().check(z.minLength(1), z.maxLength(12)), score: z.number() })),
  }),
  empty: () => ({ owner: '', people: [] }),
  migrations: { 1: (d) => ({ owner: '', people: (d as { names: string[] }).names.map((name, i) => ({ id: `p${i}`, name, score: 0 })) }) },
  records: [{ field: 'people', noun: 'person', plural: 'people', max: maxPeople, labelOf: (r) => String(r['name']) }],
};
const envelope = (data: unknown, version = spec.version) => JSON.stringify({ format: storageFormat, tool: spec.tool, version, savedAt: '2026-01-01T00:00:00.000Z', data });
const ada = { id: 'ada', name: 'Ada', score: 3 };
const bo = { id: 'bo', name: 'Bo', score: 2 };
const clock = (start = Date.UTC(2026, 2, 14, 9)) => {
  let t = start;
  return () => new Date((t += 1000));
};
/** `storage` as seen through a hook run before each write (to act between two writes, or to refuse one by throwing). */
const beforeWriting = (storage: KeyValueStorage, hook: (key: string) => void): KeyValueStorage => ({
  get length() {
    return storage.length;
  },
  key: (i) => storage.key(i),
  getItem: (k) => storage.getItem(k),
  removeItem: (k) => storage.removeItem(k),
  setItem(k, v) {
    hook(k);
    storage.setItem(k, v);
  },
});
const addPerson = (p: People['people'][number]) => (d: People) => ({ ...d, people: [...d.people, p] });
const okValue = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
};

/** Fills `shared` up: not a character more, so a copy for undo cannot sit beside the data. */
const fillUp = (shared: SharedStorage) => {
  shared.quota = [...shared.map].reduce((n, [k, v]) => n + k.length + v.length, 0);
};
/** Two tabs of one storage holding Ada and Bo, the storage then full. */
const fullStorageInTwoTabs = () => {
  const shared = sharedStorage();
  const [store, other] = [createStore(spec, shared.tab().storage), createStore(spec, shared.tab().storage)];
  okValue(store.update(addPerson(ada)));
  okValue(store.update(addPerson(bo)));
  const before = store.read().data;
  fillUp(shared);
  return { shared, store, other, before };
};

describe('the store', () => {
  it('saves changes as functions of the latest data, with a growing revision, and round-trips an export', () => {
    const store = createStore(spec, memoryStorage(), { now: clock() });
    expect(store.read()).toMatchObject({ data: { owner: '', people: [] }, revision: 0, notices: [], writable: true });
    expect(okValue(store.update(addPerson(ada))).revision).toBe(1);
    expect(okValue(store.update(addPerson(bo)))).toMatchObject({ revision: 2, data: { people: [ada, bo] } });
    const exported = store.exportText(store.read().data);
    expect(JSON.parse(exported)).not.toHaveProperty('revision');
    const other = createStore(spec, memoryStorage());
    expect(parseImport(other, exported)).toEqual({ ok: true, value: { owner: '', people: [ada, bo] }, notices: [] });
  });

  it('deletes and replaces data saved without a revision (by an earlier version) as any other, undoably', () => {
    const storage = memoryStorage({ 'handbook:people': envelope({ owner: 'me', people: [ada] }) });
    const store = createStore(spec, storage);
    expect(store.read()).toMatchObject({ revision: 1, data: { people: [ada] } });
    okValue(store.replace({ owner: '', people: [bo] }, 'the import'));
    expect(okValue(store.undo())).toMatchObject({ data: { owner: 'me', people: [ada] } });
    okValue(store.clear('the deletion'));
    expect(storage.getItem(store.key)).toBeNull();
    expect(okValue(store.undo())).toMatchObject({ data: { owner: 'me', people: [ada] } });
  });

  it('saves nothing when a change returns the same data', () => {
    const storage = memoryStorage();
    const store = createStore(spec, storage);
    store.update(addPerson(ada));
    const before = storage.getItem(store.key);
    expect(okValue(store.update((d) => d)).revision).toBe(1);
    expect(storage.getItem(store.key)).toBe(before);
  });

  it('migrates data saved by an older version, keeping its ids', () => {
    const storage = memoryStorage({ 'handbook:people': envelope({ names: ['Ada', 'Bo'] }, 1) });
    const store = createStore(spec, storage);
    expect(store.read().data.people.map((p) => [p.id, p.name])).toEqual([
      ['p0', 'Ada'],
      ['p1', 'Bo'],
    ]);
    expect(parseImport(store, envelope({ names: ['Cy'] }, 1))).toEqual({ ok: true, value: { owner: '', people: [{ id: 'p0', name: 'Cy', score: 0 }] }, notices: [] });
  });

  it('tells a migration when the data was saved', () => {
    const seen: unknown[] = [];
    const dated: ToolSpec<People> = { ...spec, migrations: { 1: (d, envelope, say) => (seen.push(envelope.savedAt), spec.migrations![1]!(d, envelope, say)) } };
    createStore(dated, memoryStorage({ 'handbook:people': envelope({ names: [] }, 1) })).read();
    parseImport(createStore(dated, memoryStorage()), JSON.stringify({ format: storageFormat, tool: spec.tool, version: 1, data: { names: [] } }));
    expect(seen).toEqual(['2026-01-01T00:00:00.000Z', null]);
  });

  describe('in two tabs', () => {
    it('never loses a change made in the other tab', () => {
      const shared = sharedStorage();
      const [a, b] = [createStore(spec, shared.tab().storage), createStore(spec, shared.tab().storage)];
      // Both tabs loaded the empty data; each then changes it without re-reading by hand.
      a.read();
      b.read();
      a.update(addPerson(ada));
      b.update(addPerson(bo));
      a.update((d) => ({ ...d, owner: 'Tab A' }));
      expect(b.read().data).toEqual({ owner: 'Tab A', people: [ada, bo] });
      expect(a.read().revision).toBe(3);
    });

    it('tells the other tab at once, with the latest data, and stops when unsubscribed', () => {
      const shared = sharedStorage();
      const tabA = shared.tab();
      const tabB = shared.tab();
      const a = createStore(spec, tabA.storage);
      const b = createStore(spec, tabB.storage);
      const seen: Snapshot<People>[] = [];
      const stop = b.subscribe((s) => seen.push(s), tabB.events);
      a.update(addPerson(ada));
      expect(seen.map((s) => s.data.people)).toEqual([[ada]]);
      b.update(addPerson(bo));
      // A tab is not told about its own writes.
      expect(seen).toHaveLength(1);
      stop();
      a.update((d) => ({ ...d, owner: 'A' }));
      expect(seen).toHaveLength(1);
    });

    /**
     * Tab A saved Ada and Bo; tab B listens, recording the revision each event reads and whether it
     * says the data was removed. `removal` is made in A with B's events held, then they all come at
     * once, as Chromium's tabs can receive another tab's writes: B reads what A wrote after the
     * removal already, a revision that repeats one written before it.
     */
    const heardAfter = (removal: (shared: SharedStorage, a: Store<People>) => void) => {
      const shared = sharedStorage();
      const [tabA, tabB] = [shared.tab(), shared.tab()];
      const [a, b] = [createStore(spec, tabA.storage), createStore(spec, tabB.storage)];
      okValue(a.update(addPerson(ada)));
      okValue(a.update(addPerson(bo)));
      const seen: { revision: number; removed: boolean }[] = [];
      b.subscribe((s, { removed }) => seen.push({ revision: s.revision, removed }), tabB.events);
      shared.late = true;
      removal(shared, a);
      shared.deliver();
      shared.late = false;
      return { seen, a };
    };

    it('tells the other tab that the data was removed from the first event of a removal, though it already reads what was written after', () => {
      // “Delete all” then an import; also when the storage is full and the copy for undo is kept after the data leaves its key.
      for (const full of [false, true]) {
        const { seen, a } = heardAfter((shared, a) => {
          if (full) fillUp(shared);
          okValue(a.clear('Delete all'));
          shared.quota = Infinity;
          okValue(a.replace({ owner: '', people: [bo] }, 'Import of people.json'));
        });
        expect(seen[0], full ? 'full storage' : 'room for the copy').toEqual({ revision: 1, removed: true });
        // An ordinary save says nothing was removed.
        seen.length = 0;
        okValue(a.update(addPerson(ada)));
        expect(seen).toEqual([{ revision: 2, removed: false }]);
      }
      // Unreadable data, kept aside whole and its key removed as tab A reads it, then a save anew.
      const { seen } = heardAfter((shared, a) => {
        shared.poke(a.key, '{"format": "ml-career-handbook", "tool": "peo');
        expect(a.read().revision).toBe(0);
        okValue(a.update(addPerson(ada)));
      });
      expect(seen[0], 'set aside').toEqual({ revision: 1, removed: true });
    });

    it('tells the other tab of a removal once: not again after it saved on the data read with its first event, but still after a save on data it was not told of', () => {
      for (const toldFirst of [true, false]) {
        const shared = sharedStorage();
        const [tabA, tabB] = [shared.tab(), shared.tab()];
        const [a, b] = [createStore(spec, tabA.storage), createStore(spec, tabB.storage)];
        const seen: { revision: number; removed: boolean }[] = [];
        b.subscribe((s, { removed }) => seen.push({ revision: s.revision, removed }), tabB.events);
        okValue(a.update(addPerson(ada)));
        shared.late = true;
        okValue(a.clear('Delete all'));
        okValue(a.replace({ owner: '', people: [bo] }, 'Import of people.json'));
        if (toldFirst) shared.deliver(1);
        okValue(b.update((d) => ({ ...d, owner: 'B' })));
        shared.deliver();
        expect(
          seen.filter((s) => s.removed),
          toldFirst ? 'told, then saved' : 'saved first',
        ).toEqual([{ revision: toldFirst ? 1 : 2, removed: true }]);
      }
    });

    it('tells the other tab that nothing was removed when a deletion kept under a later change is put back on offer', () => {
      // “Delete all”, a save, an import: the import's undo point keeps the deletion under it, and
      // that deletion is written back alone once the import is undone or a later save makes it stale.
      for (const after of [(a: Store<People>) => okValue(a.undo()), (a: Store<People>) => (okValue(a.update((d) => ({ ...d, owner: "A" }))), a.undoable())]) {
        const shared = sharedStorage();
        const [tabA, tabB] = [shared.tab(), shared.tab()];
        const [a, b] = [createStore(spec, tabA.storage), createStore(spec, tabB.storage)];
        okValue(a.update(addPerson(ada)));
        okValue(a.clear('Delete all'));
        okValue(a.update(addPerson(bo)));
        okValue(a.replace({ owner: '', people: [ada] }, 'Import of people.json'));
        const seen: { revision: number; removed: boolean }[] = [];
        b.subscribe((s, { removed }) => seen.push({ revision: s.revision, removed }), tabB.events);
        after(a);
        expect(JSON.parse(shared.map.get(`${a.key}:undo`)!), 'the deletion on offer again').toMatchObject({ after: 0 });
        expect(seen.length).toBeGreaterThan(0);
        expect(seen.filter((s) => s.removed)).toEqual([]);
      }
    });
  });

  describe('when a save fails', () => {
    it('says the storage is full, and changes nothing stored', () => {
      const shared = sharedStorage();
      const store = createStore(spec, shared.tab().storage);
      store.update(addPerson(ada));
      const before = shared.dump();
      shared.quota = JSON.stringify(before).length;
      const result = store.update(addPerson({ id: 'long', name: 'Long name', score: 1 }));
      expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
      expect(!result.ok && result.error.message).toMatch(/^Not saved: .*storage .*is full/);
      expect(shared.dump()).toEqual(before);
    });

    it('deletes everything in a full storage, undoably: the copy for undo takes the room the data leaves', () => {
      const shared = sharedStorage();
      const store = createStore(spec, shared.tab().storage);
      okValue(store.update(addPerson(ada)));
      okValue(store.update(addPerson(bo)));
      const before = store.read().data;
      // Full: not a character more, so no room for a copy beside the data.
      shared.quota = JSON.stringify(shared.dump()).length;
      okValue(store.clear('Delete all'));
      expect(store.read().revision).toBe(0);
      expect(store.undoable()?.label).toBe('Delete all');
      okValue(store.undo());
      expect(store.read().data).toEqual(before);
    });

    it('deletes a record in a full storage, its undo copy held in the page: undoable there while it is open, not offered in another tab', () => {
      // Full: the copy of the data before cannot sit beside it, and a deletion must not need the room it is meant to free.
      const { store, other, before } = fullStorageInTwoTabs();
      const deleted = okValue(store.replace({ ...before, people: [ada] }, 'the deletion of Bo'));
      expect(deleted.data.people).toEqual([ada]);
      expect(other.read().data.people).toEqual([ada]);
      expect(store.undoable()).toMatchObject({ label: 'the deletion of Bo', inMemory: true });
      expect(other.undoable()).toBeNull();
      expect(okValue(store.undo()).data).toEqual(before);
      expect(other.read().data).toEqual(before);
      expect(store.undoable()).toBeNull();
    });

    it('keeps an undo held in the page on offer when the storage has since no room for the data it brings back', () => {
      const { shared, store, before } = fullStorageInTwoTabs();
      okValue(store.replace({ ...before, people: [ada] }, 'the deletion of Bo'));
      // Another program takes the room the deletion left.
      shared.poke('other', 'x'.repeat(40));
      const failed = store.undo();
      expect(failed).toMatchObject({ ok: false, error: { kind: 'quota' } });
      expect(!failed.ok && failed.error.message).toMatch(/^Not saved: .*storage .*is full/);
      expect(store.undoable()).toMatchObject({ label: 'the deletion of Bo', inMemory: true });
      shared.map.delete('other');
      expect(okValue(store.undo()).data).toEqual(before);
    });

    it('drops an undo held in the page once a later change or another tab’s undo point takes its place', () => {
      const { shared, store, other } = fullStorageInTwoTabs();
      okValue(store.replace({ owner: '', people: [ada] }, 'the deletion of Bo'));
      okValue(store.update((d) => ({ ...d, owner: 'A' })));
      expect(store.undoable()).toBeNull();
      okValue(store.replace({ owner: 'A', people: [] }, 'the deletion of Ada'));
      expect(store.undoable()).toMatchObject({ inMemory: true });
      shared.quota = Number.POSITIVE_INFINITY;
      okValue(other.replace({ owner: 'B', people: [] }, 'the import of “b.json”'));
      expect(store.undoable()).toMatchObject({ label: 'the import of “b.json”' });
      expect(store.undoable()).not.toHaveProperty('inMemory');
    });

    it('removes a “Delete all” copy from the storage once its time has passed, when a deletion in a full storage kept its undo in the page over it', () => {
      let t = Date.UTC(2026, 2, 14, 9);
      const shared = sharedStorage();
      const store = createStore(spec, shared.tab().storage, { now: () => new Date(t) });
      okValue(store.update(addPerson(ada)));
      okValue(store.update(addPerson(bo)));
      okValue(store.clear('Delete all'));
      okValue(store.update(addPerson({ id: 'cy', name: 'Cy', score: 1 })));
      fillUp(shared);
      okValue(store.replace({ owner: '', people: [] }, 'the deletion of Cy'));
      expect(store.undoable()).toMatchObject({ label: 'the deletion of Cy', inMemory: true });
      t += clearUndoMinutes * 60_000 + 1;
      expect(store.undoable()).toMatchObject({ label: 'the deletion of Cy', inMemory: true });
      // Nothing of what “Delete all” deleted stays in the browser, as its question promised.
      expect([...shared.map.values()].join()).not.toMatch(/Ada|Bo/);
      expect(okValue(store.undo()).data.people.map((p) => p.name)).toEqual(['Cy']);
    });

    it('keeps a “Delete all” stored, for every tab, when a later change makes stale the deletion held in the page over it', () => {
      const shared = sharedStorage();
      const [store, other] = [createStore(spec, shared.tab().storage), createStore(spec, shared.tab().storage)];
      okValue(store.update(addPerson(ada)));
      okValue(store.clear('Delete all'));
      okValue(store.update(addPerson(bo)));
      fillUp(shared);
      okValue(store.replace({ owner: '', people: [] }, 'the deletion of Bo'));
      okValue(store.update((d) => ({ ...d, owner: 'A' })));
      expect(store.undoable()).toMatchObject({ label: 'Delete all', bringsBack: true });
      expect(store.undoable()).not.toHaveProperty('inMemory');
      expect(other.undoable()).toMatchObject({ label: 'Delete all', bringsBack: true });
    });

    it('keeps the data as it was when even the room it leaves cannot hold the copy for undo', () => {
      const shared = sharedStorage();
      const store = createStore(spec, shared.tab().storage);
      okValue(store.update(addPerson(ada)));
      const before = shared.dump();
      fillUp(shared);
      const result = store.clear('A label far longer than what the saved data leaves room for, once it is gone from the storage');
      expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
      expect(shared.dump()).toEqual(before);
      // It says what happened and what to do first, never to delete as the way to make room: that just failed.
      const message = !result.ok ? result.error.message : '';
      expect(message).toMatch(/^Nothing was deleted: /);
      expect(message).toMatch(/Export your data first/);
      expect(message).not.toMatch(/deleting everything in a tool can be undone/);
    });

    describe('when another tab takes the room between two steps', () => {
      type Step = { op: 'set' | 'remove'; key: string };
      /** `storage` that throws a full storage's error at the steps `fails` picks (counted per op and key, from 1). */
      const failingAt = (fails: (step: Step, nth: number) => boolean): KeyValueStorage => {
        const storage = memoryStorage();
        const seen = new Map<string, number>();
        const check = (step: Step) => {
          const nth = (seen.get(`${step.op} ${step.key}`) ?? 0) + 1;
          seen.set(`${step.op} ${step.key}`, nth);
          if (fails(step, nth)) throw new DOMException('full', 'QuotaExceededError');
        };
        return {
          get length() {
            return storage.length;
          },
          key: (i) => storage.key(i),
          getItem: (k) => storage.getItem(k),
          setItem(k, v) {
            check({ op: 'set', key: k });
            storage.setItem(k, v);
          },
          removeItem(k) {
            check({ op: 'remove', key: k });
            storage.removeItem(k);
          },
        };
      };
      let armed = false;
      const undoKey = 'handbook:people:undo';

      it('says the data is no longer stored, and keeps it for export, when it cannot be put back after its copy failed', () => {
        armed = false;
        const storage = failingAt(({ op, key }) => armed && op === 'set' && (key === undoKey || key === 'handbook:people'));
        const store = createStore(spec, storage);
        okValue(store.update(addPerson(ada)));
        armed = true;
        const result = store.clear('Delete all');
        expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
        expect(!result.ok && result.error.message).toMatch(/^Your data is no longer stored in this browser: export it now/);
        expect(storage.getItem(store.key)).toBeNull();
        // Still here for the tool to show and export, and stored again by the next save that fits.
        expect(store.read()).toMatchObject({ data: { people: [ada] }, notices: [{ kind: 'unavailable' }] });
        armed = false;
        okValue(store.update(addPerson(bo)));
        expect(store.read()).toMatchObject({ data: { people: [ada, bo] }, notices: [] });
      });

      it('never overwrites the only copy of the data once the deletion made room for it', () => {
        armed = false;
        // The copy fails beside the data, fits in the room the data leaves; any later removal of the data key would fail.
        const storage = failingAt(({ op, key }, nth) => armed && ((op === 'set' && key === undoKey && nth === 1) || (op === 'remove' && key === 'handbook:people' && nth > 1)));
        const store = createStore(spec, storage);
        okValue(store.update(addPerson(ada)));
        armed = true;
        okValue(store.clear('Delete all'));
        expect(store.undoable()?.label).toBe('Delete all');
        armed = false;
        expect(okValue(store.undo()).data.people).toEqual([ada]);
      });

      it('says a deletion’s data is no longer stored, and keeps it for export, when its undo can neither write it nor put its copy back', () => {
        armed = false;
        const storage = failingAt(({ op, key }) => armed && op === 'set' && (key === undoKey || key === 'handbook:people'));
        const store = createStore(spec, storage);
        okValue(store.update(addPerson(ada)));
        okValue(store.clear('Delete all'));
        armed = true;
        const result = store.undo();
        expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
        expect(!result.ok && result.error.message).toMatch(/^Your data is no longer stored in this browser: export it now/);
        expect(store.read()).toMatchObject({ data: { people: [ada] }, notices: [{ kind: 'unavailable' }] });
      });

      it('never lets an older deletion’s undo restore over data held only in memory: it brings the deleted data back beside it', () => {
        armed = false;
        const storage = failingAt(({ op, key }) => armed && op === 'set' && (key === undoKey || key === 'handbook:people'));
        const store = createStore(spec, storage);
        okValue(store.update(addPerson(ada)));
        okValue(store.clear('Delete Ada'));
        okValue(store.update(addPerson(bo)));
        // Storage full: deleting Bo can neither keep its copy nor put Bo back; Bo is held in memory only.
        armed = true;
        expect(store.clear('Delete Bo')).toMatchObject({ ok: false, error: { kind: 'quota' } });
        expect(store.read().data.people).toEqual([bo]);
        armed = false;
        expect(store.undoable()).toMatchObject({ label: 'Delete Ada', bringsBack: true });
        const undone = okValue(store.undo()).data.people;
        expect(undone).toContainEqual(bo);
        expect(undone).toContainEqual(ada);
        expect(store.read().data.people).toEqual(undone);
      });

      it('says what an undo lost when it can neither write the data nor put its copy back', () => {
        armed = false;
        const storage = failingAt(({ op, key }) => armed && op === 'set' && (key === undoKey || key === 'handbook:people'));
        const store = createStore(spec, storage);
        okValue(store.update(addPerson(ada)));
        okValue(store.replace({ owner: '', people: [bo] }, 'Import'));
        armed = true;
        const result = store.undo();
        expect(result).toMatchObject({ ok: false, error: { kind: 'quota' } });
        expect(!result.ok && result.error.message).toMatch(/^Nothing was undone, and .*no longer stored/);
        expect(store.read().data.people).toEqual([bo]);
      });
    });

    it('names the record and field of invalid data in words, with the limit', () => {
      const store = createStore(spec, memoryStorage());
      const result = store.update(addPerson({ id: 'x', name: 'A name far too long', score: 1 }));
      expect(result).toEqual({ ok: false, error: { kind: 'invalid', message: 'Not saved: person “A name far too long”, name: at most 12 characters.' } });
    });

    it('reports a browser that refuses storage, and never claims to have saved', () => {
      const shared = sharedStorage();
      shared.refuse = true;
      const store = createStore(spec, shared.tab().storage);
      const read = store.read();
      expect(read).toMatchObject({ writable: false, notices: [{ kind: 'unavailable' }] });
      expect(store.update(addPerson(ada))).toMatchObject({ ok: false, error: { kind: 'blocked' } });
      expect(store.unreadable()).toEqual([]);
    });
  });

  describe('with corrupted data', () => {
    it('keeps an unreadable value aside at once, under its own key, and frees the main key', () => {
      const shared = sharedStorage({ 'handbook:people': '{"format": "ml-career-handbook", "tool": "peo' });
      const store = createStore(spec, shared.tab().storage, { now: clock() });
      const read = store.read();
      expect(read).toMatchObject({ data: { people: [] }, revision: 0, writable: true, notices: [{ kind: 'set-aside' }] });
      expect(read.notices[0]!.message).toContain('not valid JSON');
      expect(shared.map.has('handbook:people')).toBe(false);
      const [kept] = store.unreadable();
      expect(kept).toMatchObject({ what: 'saved data', problem: 'it is not valid JSON', text: '{"format": "ml-career-handbook", "tool": "peo' });
      expect(kept!.key).toMatch(/^handbook:people:unreadable:2026-03-14T09:00:01\.000Z$/);
      expect(kept!.fileName).toBe('people-unreadable-2026-03-14T09-00-01-000Z.txt');
    });

    it('names the file of data kept aside by the title of the tool’s page, as the reader knows the tool', () => {
      const shared = sharedStorage({ 'handbook:people': 'not json' });
      const store = createStore(spec, shared.tab().storage, { now: clock(), toolPages: { people: { title: 'Team’s People list' } } });
      store.read();
      expect(store.unreadable()[0]!.fileName).toMatch(/^teams-people-list-unreadable-2026-03-14T09-00-01-000Z\.txt$/);
    });

    it('describes unreadable saved data as saved data, never as a file', () => {
      for (const raw of ['[1, 2]', JSON.stringify({ hello: 'world' }), JSON.stringify({ format: storageFormat, tool: 'other', version: 1, data: {} })]) {
        const store = createStore(spec, sharedStorage({ 'handbook:people': raw }).tab().storage, { now: clock() });
        const message = store.read().notices[0]!.message;
        expect(message).toContain('the saved data');
        expect(message).not.toMatch(/\bfile\b|export/);
      }
    });

    it('never overwrites the first copy with a second corruption, and never keeps the same text twice', () => {
      const shared = sharedStorage();
      const tab = shared.tab();
      // A frozen clock: both copies are kept in the same millisecond.
      const store = createStore(spec, tab.storage, { now: () => new Date(Date.UTC(2026, 0, 1)) });
      shared.poke('handbook:people', 'first broken value');
      store.read();
      shared.poke('handbook:people', 'first broken value');
      store.read();
      shared.poke('handbook:people', envelope({ owner: 42, people: [] }));
      store.read();
      const kept = store.unreadable();
      expect(kept.map((k) => k.text)).toEqual(['first broken value', envelope({ owner: 42, people: [] })]);
      expect(new Set(kept.map((k) => k.key)).size).toBe(2);
      expect(kept[1]!.problem).toBe('owner: expected text, not a number');
      store.discardUnreadable(kept[0]!.key);
      expect(store.unreadable().map((k) => k.text)).toEqual([envelope({ owner: 42, people: [] })]);
    });

    it('sets one bad record aside and loads the others', () => {
      const stored = envelope({ owner: 'me', people: [ada, { id: 'cy', name: 'A name far too long', score: 1, extra: true }, bo] });
      const shared = sharedStorage({ 'handbook:people': stored });
      const store = createStore(spec, shared.tab().storage);
      const read = store.read();
      expect(read.data).toEqual({ owner: 'me', people: [ada, bo] });
      expect(read.notices).toHaveLength(1);
      expect(read.notices[0]!.message).toContain('1 person could not be read');
      const [kept] = store.unreadable();
      expect(kept).toMatchObject({ what: 'person “A name far too long”', problem: 'person “A name far too long”, name: at most 12 characters; person “A name far too long”: unknown field “extra”' });
      expect(JSON.parse(kept!.text)).toEqual({ id: 'cy', name: 'A name far too long', score: 1, extra: true });
      // The readable rest is stored again, so another tab reads it cleanly and sets nothing aside twice.
      expect(createStore(spec, shared.tab().storage).read()).toMatchObject({ data: { people: [ada, bo] }, notices: [] });
      expect(store.unreadable()).toHaveLength(1);
    });

    it('sets aside a record whose id an earlier one has, and records beyond the limit', () => {
      const many = [ada, { ...ada, name: 'Ada again' }, bo, { id: 'cy', name: 'Cy', score: 1 }, { id: 'di', name: 'Di', score: 1 }];
      const store = createStore(spec, memoryStorage({ 'handbook:people': envelope({ owner: '', people: many }) }));
      expect(store.read().data.people.map((p) => p.id)).toEqual(['ada', 'bo', 'cy']);
      expect(store.unreadable().map((u) => u.problem)).toEqual(['the same id as person “Ada”', `beyond the limit of ${maxPeople} people`]);
    });

    it('keeps a value with a prototype key aside without touching any prototype', () => {
      const polluted = '{"format":"ml-career-handbook","tool":"people","version":2,"data":{"owner":"","people":[],"__proto__":{"polluted":true}}}';
      const store = createStore(spec, memoryStorage({ 'handbook:people': polluted }));
      expect(store.read().notices[0]!.message).toContain('“__proto__”');
      expect(store.unreadable()[0]!.text).toBe(polluted);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('stops saving, and says so, when the unreadable value cannot be kept aside', () => {
      const shared = sharedStorage({ 'handbook:people': 'broken' });
      shared.quota = 'handbook:people'.length + 'broken'.length;
      const store = createStore(spec, shared.tab().storage);
      const read = store.read();
      expect(read).toMatchObject({ writable: false, notices: [{ kind: 'blocked' }] });
      expect(store.update(addPerson(ada))).toMatchObject({ ok: false, error: { kind: 'blocked' } });
      expect(shared.dump()).toEqual({ 'handbook:people': 'broken' });
    });
  });

  describe('replace, clear and undo', () => {
    it('undoes a replace, and a clear, while nothing changed since', () => {
      const store = createStore(spec, memoryStorage());
      store.update(addPerson(ada));
      store.replace({ owner: 'file', people: [bo] }, 'Import of people.json');
      expect(store.undoable()).toEqual({ label: 'Import of people.json', id: expect.any(String) });
      expect(okValue(store.undo()).data).toEqual({ owner: '', people: [ada] });
      expect(store.undoable()).toBeNull();

      store.clear('Delete all');
      expect(store.read()).toMatchObject({ revision: 0, data: { people: [] } });
      expect(store.undoable()).toMatchObject({ label: 'Delete all' });
      expect(store.undoable()).not.toHaveProperty('bringsBack');
      expect(okValue(store.undo()).data.people).toEqual([ada]);
    });

    it('tells an undo point from a later one of the same label, which replaced it', () => {
      const shared = sharedStorage();
      const [a, b] = [createStore(spec, shared.tab().storage), createStore(spec, shared.tab().storage)];
      a.update(addPerson(ada));
      okValue(a.replace({ owner: '', people: [bo] }, 'Import'));
      const offered = a.undoable();
      expect(sameUndo(offered, b.undoable())).toBe(true);
      okValue(b.replace({ owner: '', people: [ada, bo] }, 'Import'));
      expect(a.undoable()?.label).toBe(offered?.label);
      expect(sameUndo(offered, a.undoable())).toBe(false);
      expect(sameUndo(offered, null)).toBe(false);
    });

    it('tells an undo point from a later one of the same label that left the same revision, after a deletion of everything', () => {
      const shared = sharedStorage();
      const [a, b] = [createStore(spec, shared.tab().storage), createStore(spec, shared.tab().storage)];
      a.update(addPerson(ada));
      okValue(a.replace({ owner: '', people: [bo] }, 'Import'));
      const offered = a.undoable();
      const revision = a.read().revision;
      okValue(b.clear('Delete all'));
      while (b.read().revision < revision - 1) okValue(b.update((d) => ({ ...d, owner: `${d.owner}.` })));
      okValue(b.replace({ owner: '', people: [bo] }, 'Import'));
      // The precondition: B's import left the revision A's did, under the same label.
      expect(b.read().revision).toBe(revision);
      expect(a.undoable()?.label).toBe(offered?.label);
      expect(sameUndo(offered, a.undoable())).toBe(false);
    });

    it('offers no undo once the data changed, in this tab or another', () => {
      const shared = sharedStorage();
      const [a, b] = [createStore(spec, shared.tab().storage), createStore(spec, shared.tab().storage)];
      a.update(addPerson(ada));
      a.replace({ owner: '', people: [bo] }, 'Import');
      b.update((d) => ({ ...d, owner: 'B' }));
      expect(a.undoable()).toBeNull();
      expect(a.undo()).toMatchObject({ ok: false, error: { kind: 'stale' } });
      expect(a.read().data).toEqual({ owner: 'B', people: [bo] });
    });

    it('undoes a deletion of everything after another tab saved, bringing the deleted data back beside what it saved', () => {
      const shared = sharedStorage();
      const [a, b] = [createStore(spec, shared.tab().storage), createStore(spec, shared.tab().storage)];
      a.update((d) => ({ ...d, owner: 'A' }));
      a.update(addPerson(ada));
      okValue(a.clear('Delete all'));
      b.update(addPerson(bo));
      expect(a.undoable()).toMatchObject({ label: 'Delete all', bringsBack: true });
      expect(okValue(a.undo()).data).toEqual({ owner: 'A', people: [bo, ada] });
      expect(b.read().data).toEqual({ owner: 'A', people: [bo, ada] });
      expect(a.undoable()).toBeNull();
    });

    it('forgets a deletion of everything once its time to be undone has passed, removing the copy it kept', () => {
      let t = Date.UTC(2026, 2, 14, 9);
      const storage = memoryStorage();
      const store = createStore(spec, storage, { now: () => new Date(t) });
      store.update(addPerson(ada));
      okValue(store.clear('Delete all'));
      const until = store.undoable()?.until;
      expect(until).toBe(t + clearUndoMinutes * 60_000);
      t = until!;
      expect(store.undoable()).toMatchObject({ label: 'Delete all' });
      t += 1;
      expect(store.undoable()).toBeNull();
      expect(store.undo()).toMatchObject({ ok: false, error: { kind: 'stale' } });
      // Nothing of what was deleted stays in the browser.
      expect(Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i)!)).join()).not.toContain(ada.name);
    });

    it('removes the copy kept for an undo once a later change made it stale', () => {
      const storage = memoryStorage();
      const store = createStore(spec, storage);
      store.update(addPerson(ada));
      store.replace({ owner: '', people: [bo] }, 'Import');
      store.update((d) => ({ ...d, owner: 'later' }));
      expect(storage.length).toBe(2);
      expect(store.undoable()).toBeNull();
      expect(storage.length).toBe(1);
    });

    it('keeps an undo point another tab reads before the data it goes with is written', () => {
      const shared = memoryStorage();
      let between: (() => void) | null = null;
      // Tab A runs `between` just before writing the data, after its undo point.
      const a = createStore(spec, beforeWriting(shared, (k) => k === a.key && between?.()));
      const b = createStore(spec, shared);
      a.update(addPerson(ada));
      between = () => expect(b.undoable()).toBeNull();
      okValue(a.replace({ owner: '', people: [bo] }, 'Import'));
      between = null;
      expect(a.undoable()).toEqual({ label: 'Import', id: expect.any(String) });
      expect(b.undoable()).toEqual({ label: 'Import', id: expect.any(String) });
    });

    it('offers the deletion of everything again once an import made after it is undone', () => {
      const shared = sharedStorage();
      const [a, b] = [createStore(spec, shared.tab().storage), createStore(spec, shared.tab().storage)];
      a.update(addPerson(ada));
      okValue(a.clear('Delete all'));
      okValue(b.replace({ owner: '', people: [bo] }, 'Import'));
      expect(a.undoable()).toMatchObject({ label: 'Import' });
      expect(okValue(a.undo()).data.people).toEqual([]);
      expect(a.undoable()).toMatchObject({ label: 'Delete all' });
      expect(okValue(a.undo()).data.people).toEqual([ada]);
      expect(a.undoable()).toBeNull();
    });

    it('brings the deleted data back beside what was saved since, through an import made after it', () => {
      const store = createStore(spec, memoryStorage());
      store.update(addPerson(ada));
      store.clear('Delete all');
      store.update((d) => ({ ...d, owner: 'since' }));
      okValue(store.replace({ owner: 'file', people: [bo] }, 'Import'));
      expect(okValue(store.undo()).data).toEqual({ owner: 'since', people: [] });
      expect(store.undoable()).toMatchObject({ label: 'Delete all', bringsBack: true });
      expect(okValue(store.undo()).data).toEqual({ owner: 'since', people: [ada] });
    });

    it('lets the deletion kept under an import run out in its time, leaving the import undoable', () => {
      let t = Date.UTC(2026, 2, 14, 9);
      const storage = memoryStorage();
      const store = createStore(spec, storage, { now: () => new Date(t) });
      store.update(addPerson(ada));
      store.clear('Delete all');
      store.replace({ owner: '', people: [bo] }, 'Import');
      t += clearUndoMinutes * 60_000 + 1;
      expect(store.undoable()).toEqual({ label: 'Import', id: expect.any(String) });
      expect(Array.from({ length: storage.length }, (_, i) => storage.getItem(storage.key(i)!)).join()).not.toContain(ada.name);
      okValue(store.undo());
      expect(store.undoable()).toBeNull();
    });

    it('writes nothing when the undo point is read, unless a copy it keeps has had its time, and then once', () => {
      let t = Date.UTC(2026, 2, 14, 9);
      const shared = memoryStorage();
      const writes: string[] = [];
      const store = createStore(spec, beforeWriting(shared, (k) => writes.push(k)), { now: () => new Date(t) });
      store.update(addPerson(ada));
      store.clear('Delete all');
      store.replace({ owner: '', people: [bo] }, 'Import');
      writes.length = 0;
      expect(store.undoable()).toEqual({ label: 'Import', id: expect.any(String) });
      store.read();
      expect(writes).toEqual([]);
      t += clearUndoMinutes * 60_000 + 1;
      expect(store.undoable()).toEqual({ label: 'Import', id: expect.any(String) });
      expect(store.undoable()).toEqual({ label: 'Import', id: expect.any(String) });
      expect(writes).toEqual([`${store.key}:undo`]);
    });

    it('still offers an undo whose expired deletion could not be removed from storage', () => {
      let t = Date.UTC(2026, 2, 14, 9);
      let refuse = false;
      const store = createStore(
        spec,
        beforeWriting(memoryStorage(), () => {
          if (refuse) throw new DOMException('refused', 'SecurityError');
        }),
        { now: () => new Date(t) },
      );
      store.update(addPerson(ada));
      store.clear('Delete all');
      store.replace({ owner: '', people: [bo] }, 'Import');
      t += clearUndoMinutes * 60_000 + 1;
      refuse = true;
      expect(store.undoable()).toEqual({ label: 'Import', id: expect.any(String) });
      refuse = false;
      expect(okValue(store.undo()).data.people).toEqual([]);
      expect(store.undoable()).toBeNull();
    });

    it('does not overwrite an undo point another tab kept while this one was reading the older one', () => {
      let t = Date.UTC(2026, 2, 14, 9);
      const shared = memoryStorage();
      const clockNow = () => new Date(t);
      let whileReading: (() => void) | null = null;
      // Tab A runs `whileReading` once, just after it read the undo key.
      const a = createStore(
        spec,
        {
          get length() {
            return shared.length;
          },
          key: (i) => shared.key(i),
          getItem(k) {
            const value = shared.getItem(k);
            if (k.endsWith(':undo') && whileReading) {
              const run = whileReading;
              whileReading = null;
              run();
            }
            return value;
          },
          setItem: (k, v) => shared.setItem(k, v),
          removeItem: (k) => shared.removeItem(k),
        },
        { now: clockNow },
      );
      const b = createStore(spec, shared, { now: clockNow });
      a.update(addPerson(ada));
      a.clear('Delete all');
      a.replace({ owner: '', people: [bo] }, 'Import');
      t += clearUndoMinutes * 60_000 + 1;
      whileReading = () => okValue(b.replace({ owner: 'B', people: [ada] }, 'Import in B'));
      a.undoable();
      expect(b.undoable()).toEqual({ label: 'Import in B', id: expect.any(String) });
      expect(okValue(b.undo()).data).toEqual({ owner: '', people: [bo] });
    });

    it('keeps a deletion of everything undoable through two imports made after it, and through an edit after an import', () => {
      const store = createStore(spec, memoryStorage());
      store.update(addPerson(ada));
      store.clear('Delete all');
      okValue(store.replace({ owner: '', people: [bo] }, 'Import B'));
      okValue(store.replace({ owner: 'C', people: [bo] }, 'Import C'));
      expect(okValue(store.undo()).data).toEqual({ owner: '', people: [bo] });
      expect(store.undoable()).toMatchObject({ label: 'Delete all', bringsBack: true });

      store.update((d) => ({ ...d, owner: 'edited' }));
      // The import's undo is stale now; the deletion's is still offered, bringing its data back beside.
      expect(store.undoable()).toMatchObject({ label: 'Delete all', bringsBack: true });
      expect(okValue(store.undo()).data).toEqual({ owner: 'edited', people: [bo, ada] });
    });

    it('offers no undo for an import whose data could not be saved, and keeps the undo that was on offer', () => {
      const shared = memoryStorage();
      let full = false;
      const store = createStore(
        spec,
        beforeWriting(shared, (k) => {
          if (full && k === store.key) throw new DOMException('full', 'QuotaExceededError');
        }),
      );
      store.update(addPerson(ada));
      store.clear('Delete all');
      full = true;
      expect(store.replace({ owner: '', people: [bo] }, 'Import').ok).toBe(false);
      full = false;
      expect(store.undoable()).toMatchObject({ label: 'Delete all' });
      store.update(addPerson(bo));
      expect(store.undoable()).toMatchObject({ label: 'Delete all', bringsBack: true });
      expect(okValue(store.undo()).data.people).toEqual([bo, ada]);
    });

    it('keeps what was saved after a deletion where it and the deleted data both set a field', () => {
      const store = createStore(spec, memoryStorage());
      store.update((d) => ({ ...d, owner: 'old' }));
      store.clear('Delete all');
      store.update((d) => ({ ...d, owner: 'new' }));
      expect(okValue(store.undo()).data).toEqual({ owner: 'new', people: [] });
    });

    it('undoes an import into an empty browser by emptying it again', () => {
      const storage = memoryStorage();
      const store = createStore(spec, storage);
      store.replace({ owner: '', people: [ada] }, 'Import');
      okValue(store.undo());
      expect(storage.getItem(store.key)).toBeNull();
    });
  });

  describe('import', () => {
    const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}`, score: 1 }));
    it.each([
      ['not JSON', '{', 'not valid JSON'],
      ['not JSON, with the place', '{\n  "format": "ml-career-handbook",\n  "tool" "people"\n}', 'not valid JSON (line 3, column 10: expected'],
      ['another tool', JSON.stringify({ format: storageFormat, tool: 'other', version: 1, data: {} }), 'exported from another tool (“other”), not from this page'],
      ['a newer version', envelope({}, 9), 'newer version'],
      ['a foreign file', JSON.stringify({ hello: 'world' }), 'not a handbook export'],
      ['a prototype key', '{"format":"ml-career-handbook","tool":"people","version":2,"data":{"people":[],"__proto__":{"polluted":true}}}', '“__proto__”'],
      ['a long name', envelope({ owner: '', people: [{ ...ada, name: 'x'.repeat(13) }] }), 'person “xxxxxxxxxxxxx”, name: at most 12 characters'],
      ['an empty name', envelope({ owner: '', people: [{ ...ada, name: '' }] }), 'person 1, name: must not be empty'],
      ['an unknown field', envelope({ owner: '', people: [{ ...ada, foo: 1 }] }), 'person “Ada”: unknown field “foo”'],
      ['too many records', envelope({ owner: '', people: people(maxPeople + 1) }), `people: at most ${maxPeople}`],
      ['a repeated id', envelope({ owner: '', people: [ada, ada] }), 'person “Ada” (number 2): the same id as person “Ada” (number 1)'],
      ['a wrong type', envelope({ owner: '', people: [{ ...ada, score: '3' }] }), 'person “Ada”, score: expected a number'],
      ['too large', 'x'.repeat(maxImportBytes + 1), 'too large'],
      ['an empty file', '', 'the file is empty'],
      ['a file of white space', ' \n\t ', 'the file is empty'],
      ['a missing part', envelope({ owner: '' }), 'people: missing'],
      ['a part of the wrong kind', envelope({ owner: '', people: { ada } }), 'people: expected a list, not a set of fields'],
      ['a field of the wrong kind', envelope({ owner: 7, people: [] }), 'owner: expected text, not a number'],
    ])('refuses %s with a message in words, and changes nothing', (_name, text, message) => {
      const storage = memoryStorage();
      const store = createStore(spec, storage);
      store.update(addPerson(ada));
      const before = storage.getItem(store.key);
      const result = parseImport(store, text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toContain(message);
      expect(!result.ok && result.error).toMatch(/^Import failed: .*Nothing was changed\.$/);
      expect(storage.getItem(store.key)).toBe(before);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });

  describe('a refusal saying what to do next', () => {
    it('sends a newer file to the handbook that made it, or to this one updated', () => {
      const result = parseImport(createStore(spec, memoryStorage()), envelope({}, spec.version + 1));
      expect(!result.ok && result.error).toMatch(/newer version .*: open it in the handbook that made it, or in this one once it is updated\. Nothing was changed\.$/);
    });

    it('sends a file of another tool to its page, by its address when the page knows it', () => {
      const file = JSON.stringify({ format: storageFormat, tool: 'other', version: 1, savedAt: '', data: {} });
      const there = parseImport(createStore(spec, memoryStorage(), { toolPages: { other: { title: 'T', href: '/base/t/' } } }), file);
      expect(!there.ok && there.error).toContain('not from this page: import it there (/base/t/)');
      const noHref = parseImport(createStore(spec, memoryStorage(), { toolPages: { other: { title: 'T' } } }), file);
      expect(!noHref.ok && noHref.error).toMatch(/not from this page: import it there\. /);
    });

    it('sends a file of another tool that this page reads in a field of its own to that field, not to the other tool’s page', () => {
      const file = JSON.stringify({ format: storageFormat, tool: 'other', version: 1, savedAt: '', data: {} });
      const pages = { other: { title: 'T', href: '/base/t/' } };
      const store = createStore({ ...spec, readsElsewhere: { other: 'add it with “Other files” on this page' } }, memoryStorage(), { toolPages: pages });
      const result = parseImport(store, file);
      expect(!result.ok && result.error).toContain('not from this page: add it with “Other files” on this page. ');
      expect(!result.ok && result.error).not.toContain('/base/t/');
      // Only the tools it names: a key of every object is no field of the page.
      const proto = parseImport(store, file.replace('"other"', '"constructor"'));
      expect(!proto.ok && proto.error).toContain('another tool (“constructor”), not from this page. ');
    });

    it('tells saved data of another tool apart from a file: nothing to import anywhere', () => {
      const raw = JSON.stringify({ format: storageFormat, tool: 'other', version: 1, data: {} });
      const store = createStore(spec, sharedStorage({ 'handbook:people': raw }).tab().storage, { now: clock(), toolPages: { other: { title: 'T', href: '/t/' } } });
      expect(store.read().notices[0]!.message).not.toContain('import it');
    });

    it('speaks of pasted text as pasted text', () => {
      for (const text of ['', '{', envelope({}, spec.version + 1)]) {
        const result = parseExport(spec, text, {}, 'paste');
        expect(!result.ok && result.error).toMatch(/^the pasted text /);
        expect(!result.ok && result.error).not.toContain('file');
      }
    });

    it('reads pasted text that starts with a byte order mark as its file, whose decoding drops the mark', () => {
      const text = envelope({ owner: 'me', people: [ada] });
      const pasted = parseExport(spec, `\uFEFF${text}`, {}, 'paste');
      expect(pasted).toEqual(parseExport(spec, text, {}, 'paste'));
      expect(pasted.ok).toBe(true);
    });
  });

  describe('a refusal naming another tool', () => {
    const file = (tool: string) => JSON.stringify({ format: storageFormat, tool, version: 1, savedAt: '', data: {} });
    const titles = { other: { title: 'Title T of the other page' }, people: { title: 'Title P of this page' } };

    it('names it by the title of its page, as the content gives it, never by its store’s name', () => {
      const result = parseImport(createStore(spec, memoryStorage(), { toolPages: titles }), file('other'));
      expect(!result.ok && result.error).toContain('the page “Title T of the other page”');
      expect(!result.ok && result.error).not.toMatch(/\bother\b(?! page)|\bpeople\b/);
    });

    it('names a tool no page has by the name its file gives', () => {
      const result = parseImport(createStore(spec, memoryStorage(), { toolPages: titles }), file('unknown-tool'));
      expect(!result.ok && result.error).toContain('(“unknown-tool”)');
      expect(!result.ok && result.error).not.toContain('people');
    });

    it('never reads a title from the prototype of the titles', () => {
      const result = parseImport(createStore(spec, memoryStorage(), { toolPages: titles }), file('toString'));
      expect(!result.ok && result.error).toContain('(“toString”)');
    });
  });

  describe('a refusal naming a record', () => {
    /** Groups of people, each holding people of its own: records inside records. */
    const nested: ToolSpec<{ groups: { id: string; name: string; people: People['people'] }[] }> = {
      tool: 'groups',
      version: 1,
      schema: z.strictObject({ groups: z.array(z.strictObject({ id: z.string(), name: z.string(), people: z.array(z.strictObject({ id: z.string(), name: z.string(), score: z.number() })) })) }) as never,
      empty: () => ({ groups: [] }),
      records: [{ field: 'groups', noun: 'group', plural: 'groups', max: 5, labelOf: (r) => String(r['name'] ?? ''), records: spec.records! }],
    };
    const refusal = <T>(s: ToolSpec<T>, data: unknown) => {
      const result = parseImport(createStore(s, memoryStorage()), JSON.stringify({ format: storageFormat, tool: s.tool, version: s.version, savedAt: '', data }));
      return result.ok ? '' : result.error;
    };

    it('names it by the name it holds, never by its place alone', () => {
      const error = refusal(spec, { owner: '', people: [ada, bo, { ...bo, id: 'cy', name: 'Cy', score: 'x' }] });
      expect(error).toContain('person “Cy”, score');
      expect(error).not.toMatch(/person \d/);
    });

    it('adds its place where another record holds the same name', () => {
      expect(refusal(spec, { owner: '', people: [ada, { ...ada, id: 'ada-2', score: 'x' }] })).toContain('person “Ada” (number 2), score');
    });

    it('names a record inside another by both names', () => {
      const error = refusal(nested, { groups: [{ id: 'g1', name: 'Platform', people: [ada, { ...bo, score: 'x' }] }] });
      expect(error).toContain('group “Platform”, person “Bo”, score');
    });

    it('names a record that holds no name by its place, as the page does', () => {
      expect(refusal(spec, { owner: '', people: [ada, { ...bo, name: '' }] })).toContain('person 2, name: must not be empty');
    });
  });
});

describe('a spec whose schema is built on first use', () => {
  const { schema, ...rest } = spec;
  const lazily = () => {
    let builds = 0;
    const lazy = withSchemaOnFirstUse(rest, () => (builds++, schema));
    return { lazy, builds: () => builds };
  };

  it('does not build the schema to read nothing stored, and builds it once for the first save', () => {
    const { lazy, builds } = lazily();
    const store = createStore(lazy, memoryStorage());
    expect(store.read().data).toEqual({ owner: '', people: [] });
    expect(builds()).toBe(0);
    expect(store.update((d) => ({ ...d, people: [ada] })).ok).toBe(true);
    expect(store.update((d) => ({ ...d, people: [ada, bo] })).ok).toBe(true);
    expect(builds()).toBe(1);
  });

  it('validates stored data as the same spec with its schema does', () => {
    const storage = memoryStorage();
    storage.setItem('handbook:people', envelope({ owner: 'me', people: [ada, { id: 'x', name: '', score: 1 }] }));
    const { lazy, builds } = lazily();
    expect(createStore(lazy, storage).read().data.people).toEqual([ada]);
    expect(builds()).toBe(1);
  });
});
