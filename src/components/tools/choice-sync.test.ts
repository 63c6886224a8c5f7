/**
 * ChoiceSync over fake radio buttons: what a rating shows as the page is redrawn from stored data,
 * when another tab's save carries back this tab's older choice (an echo, taken back and saved
 * again) and when another tab chose (shown, as always). No DOM is needed: a group is the few
 * members ChoiceSync reads.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { sharedStorage } from '../../../tests/support/fake-storage';
import { createStore, type Snapshot, type ToolSpec } from '~/lib/browser/store';
import { ChoiceSync } from './choice-sync.ts';

/** Two records' ratings, one group of radio buttons on screen, and the saves made through it. */
function setUp() {
  const group = ['', 'low', 'high', 'top'].map((value) => ({ name: 'rate-x', value, checked: value === '', isConnected: true, disabled: false })) as unknown as HTMLInputElement[];
  const stored = new Map<string, string>([
    ['bob', ''],
    ['cat', 'top'],
  ]);
  let onScreen = 'bob';
  /** The stored data's revision: each save, here or in another tab, writes the next one. */
  let revision = 1;
  const kept: { value: string; into: string }[] = [];
  const sync = new ChoiceSync({ keep: (radio) => save(radio) });
  const save = (radio: HTMLInputElement) => {
    kept.push({ value: radio.value, into: onScreen });
    stored.set(onScreen, radio.value);
    sync.saved(radio, ++revision);
    draw(onScreen, false);
  };
  /**
   * Draws `record`'s stored choice, as a redraw for this tab's change or another's; `read`: another
   * tab's save made on data of that revision, read before this tab's later saves reached it (a save
   * writes the revision it read plus one).
   */
  const draw = (record: string, external: boolean, read?: number) => {
    onScreen = record;
    if (external) revision = (read ?? revision) + 1;
    sync.drawing(revision);
    sync.sync(group, stored.get(record) ?? '', external, record);
  };
  /** The browser checks `value`, as a click does. */
  const check = (value: string) => {
    for (const radio of group) radio.checked = radio.value === value;
  };
  /** The reader clicks `value`: the browser checks it, the island saves it. */
  const click = (value: string) => {
    check(value);
    save(group.find((r) => r.value === value)!);
  };
  const shown = () => group.find((r) => r.checked)?.value;
  /** Another tab stores `value` for `record` (`read`: as `draw` says), and this tab draws it once its microtasks have run. */
  const theirs = async (record: string, value: string, read?: number) => {
    stored.set(record, value);
    draw(record, true, read);
    await Promise.resolve();
  };
  const disable = () => {
    for (const radio of group) radio.disabled = true;
  };
  /**
   * Another tab deletes everything (“Delete all”: revision 0) while no group of `record` is drawn
   * (the manager's view with no check-in on screen syncs no rating); the island forgets all
   * replaced values on any drawing of revision 0 (ToolIsland).
   */
  const deleteAll = (record: string) => {
    stored.delete(record);
    revision = 0;
    sync.drawing(revision);
  };
  return { stored, draw, check, click, shown, theirs, disable, deleteAll, kept: () => kept.splice(0) };
}

/** Bob's rating on screen, clicked 'low' then 'high' in this tab and saved each time. */
function clickedTwice() {
  const t = setUp();
  t.draw('bob', false);
  t.click('low');
  t.click('high');
  t.kept();
  return t;
}

describe('a choice kept in step with stored data', () => {
  it('keeps and saves again the reader’s choice when another tab’s save carries back a choice this tab’s own clicks replaced', async () => {
    // Clicked at revision 1 ('' stood), 2 (low stood): another tab that had read either carries it back.
    for (const [echo, read] of [['low', 2], ['', 1]] as const) {
      const t = clickedTwice();
      await t.theirs('bob', echo, read);
      expect(t.shown()).toBe('high');
      expect(t.stored.get('bob')).toBe('high');
      expect(t.kept()).toEqual([{ value: 'high', into: 'bob' }]);
    }
  });

  it('shows another tab’s choice: a value this tab never chose, or one it did, stored by a tab that had seen its latest click', async () => {
    const t = clickedTwice();
    await t.theirs('bob', 'low');
    expect(t.shown()).toBe('low');
    await t.theirs('bob', 'top');
    expect(t.shown()).toBe('top');
    // Once another tab's choice is shown, this tab's older clicks are no echo of anything.
    await t.theirs('bob', 'low', 2);
    expect(t.shown()).toBe('low');
    expect(t.kept()).toEqual([]);
  });

  it('shows another tab’s click on a choice this tab replaced before the one that tab saw (a stale tab still showing low clicks none)', async () => {
    const t = clickedTwice();
    // That tab read revision 2 (low, after this tab's first click) and clicked none: not an echo of revision 1's ''.
    await t.theirs('bob', '', 2);
    expect(t.shown()).toBe('');
    expect(t.kept()).toEqual([]);
  });

  it('shows a record brought back after “Delete all” (an import, at revision 1) with a choice this tab once replaced, though no group of it was drawn meanwhile', async () => {
    for (const back of ['', 'low']) {
      const t = clickedTwice();
      t.deleteAll('bob');
      await t.theirs('bob', back);
      expect(t.shown()).toBe(back);
      expect(t.kept()).toEqual([]);
    }
    // Without the island's forgetting, '' (stood at revision 1 and below) would be taken as an echo of revision 0.
  });

  it('shows a record brought back by an undo, later, with a choice this tab replaced before it was deleted', async () => {
    const t = clickedTwice();
    // Deleted at revision 4, no group of it drawn meanwhile; an import of an older file brings back low at revision 5.
    await t.theirs('bob', 'low', 4);
    expect(t.shown()).toBe('low');
    expect(t.kept()).toEqual([]);
  });

  it('saves nothing again into a disabled group (a competency the level does not rate)', async () => {
    const t = clickedTwice();
    t.disable();
    await t.theirs('bob', 'low', 2);
    expect(t.stored.get('bob')).toBe('low');
    expect(t.kept()).toEqual([]);
  });

  it('shows the stored choice of another record, and takes no echo of one record for another’s', async () => {
    const t = clickedTwice();
    t.draw('cat', false);
    expect(t.shown()).toBe('top');
    await t.theirs('cat', 'low', 2);
    expect(t.shown()).toBe('low');
    expect(t.kept()).toEqual([]);
  });

  it('shows what is stored after this tab’s own redraw, a click a full storage refused included (a choice holds nothing unsaved)', () => {
    const t = setUp();
    t.draw('bob', false);
    t.check('top');
    t.draw('bob', false);
    expect(t.shown()).toBe('');
  });
});

describe('a choice whose radio buttons are drawn anew', () => {
  const groupOf = (checked: string | null) =>
    ['', 'low', 'high'].map((value) => ({ name: 'rate-x', value, checked: value === checked, isConnected: true })) as unknown as HTMLInputElement[];

  it('shows the stored choice in new buttons of the same name, on another tab’s change as on its own', () => {
    for (const external of [true, false]) {
      const sync = new ChoiceSync({ keep: () => {} });
      const first = groupOf(null);
      sync.sync(first, 'low', false, 'bob');
      // The buttons are replaced (the manager's view rebuilt for another level), none checked yet; the rating is unchanged.
      const again = groupOf(null);
      sync.sync(again, 'low', external, 'bob');
      expect(again.find((r) => r.checked)?.value, external ? 'external' : 'own').toBe('low');
    }
  });
});

/** One checkbox (a red flag, a goal done) of two records, ticked or not in this tab and saved each time, as setUp's group. */
function boxSetUp() {
  const box = { type: 'checkbox', id: 'flag-x', value: 'x', checked: false, isConnected: true } as unknown as HTMLInputElement;
  const stored = new Map<string, boolean>([
    ['bob', false],
    ['cat', true],
  ]);
  let onScreen = 'bob';
  let revision = 1;
  const kept: { ticked: boolean; into: string }[] = [];
  const sync = new ChoiceSync({ keep: (input) => save(input) });
  const save = (input: HTMLInputElement) => {
    kept.push({ ticked: input.checked, into: onScreen });
    stored.set(onScreen, input.checked);
    sync.saved(input, ++revision);
    draw(onScreen, false);
  };
  const draw = (record: string, external: boolean, read?: number) => {
    onScreen = record;
    if (external) revision = (read ?? revision) + 1;
    sync.drawing(revision);
    sync.syncBox(box, stored.get(record) ?? false, external, record);
  };
  /** The reader ticks or unticks the box: the browser changes it, the island saves it. */
  const click = () => {
    box.checked = !box.checked;
    save(box);
  };
  const theirs = async (record: string, ticked: boolean, read?: number) => {
    stored.set(record, ticked);
    draw(record, true, read);
    await Promise.resolve();
  };
  return { box, stored, draw, click, theirs, kept: () => kept.splice(0) };
}

describe('a checkbox kept in step with stored data', () => {
  it('keeps and saves again the reader’s tick, or untick, when another tab’s save carries back the state this tab’s own clicks replaced', async () => {
    const t = boxSetUp();
    t.draw('bob', false);
    t.click();
    t.kept();
    await t.theirs('bob', false, 1);
    expect(t.box.checked).toBe(true);
    expect(t.stored.get('bob')).toBe(true);
    expect(t.kept()).toEqual([{ ticked: true, into: 'bob' }]);

    t.click();
    t.kept();
    await t.theirs('bob', true, 3);
    expect(t.box.checked).toBe(false);
    expect(t.stored.get('bob')).toBe(false);
    expect(t.kept()).toEqual([{ ticked: false, into: 'bob' }]);
  });

  it('shows another tab’s tick or untick of the same box, and the stored state of another record', async () => {
    const t = boxSetUp();
    t.draw('bob', false);
    t.click();
    await t.theirs('bob', false);
    expect(t.box.checked).toBe(false);
    await t.theirs('bob', true);
    expect(t.box.checked).toBe(true);
    t.draw('cat', false);
    await t.theirs('cat', false, 1);
    expect(t.box.checked).toBe(false);
    t.kept();
    await t.theirs('cat', true);
    expect(t.box.checked).toBe(true);
    expect(t.kept()).toEqual([]);
  });

  it('shows what is stored after this tab’s own redraw, a tick a full storage refused included', () => {
    const t = boxSetUp();
    t.draw('bob', false);
    t.box.checked = true;
    t.draw('bob', false);
    expect(t.box.checked).toBe(false);
  });
});

/**
 * A box of the whole data (a goal done) in one tab, kept in step through the real store over a fake
 * storage two tabs share, drawn as ToolIsland draws: `drawing` with what the store tells of another
 * tab's change, then `syncBox`. The other tab's writes reach this one late (`late`), as in Chromium.
 */
function boxInTwoTabs() {
  const spec: ToolSpec<{ done: boolean }> = { tool: 'goal', version: 1, schema: z.strictObject({ done: z.boolean() }), empty: () => ({ done: false }) };
  const shared = sharedStorage();
  const other = createStore(spec, shared.tab().storage);
  const tab = shared.tab();
  const store = createStore(spec, tab.storage);
  const box = { type: 'checkbox', id: 'goal-done', value: 'on', checked: false, isConnected: true, disabled: false } as unknown as HTMLInputElement;
  const sync = new ChoiceSync({ keep: (input) => save(input) });
  const draw = (s: Snapshot<{ done: boolean }>, external: boolean, removed = false) => {
    sync.drawing(s.revision, removed);
    sync.syncBox(box, s.data.done, external);
  };
  const save = (input: HTMLInputElement) => {
    const result = store.update((d) => ({ ...d, done: input.checked }));
    if (!result.ok) throw new Error(result.error.message);
    sync.saved(input, result.value.revision);
    draw(result.value, false);
  };
  store.subscribe((s, { removed }) => draw(s, true, removed), tab.events);
  draw(store.read(), false);
  return { shared, other, store, box, tick: () => ((box.checked = !box.checked), save(box)) };
}

describe('a choice in a tab that reads another tab’s “Delete all” only with what that tab wrote after it', () => {
  it('shows what the other tab wrote on the emptied data, and saves none of the deleted choices back', async () => {
    // The other tab's import after its deletion (revision 1, goal not done), or a box it ticked and
    // unticked there (revision 2): data this tab's ticks never reached, though both revisions
    // repeat ones this tab's saves were based on, carrying the value those saves replaced.
    for (const after of [[{ done: false }], [{ done: true }, { done: false }]]) {
      const t = boxInTwoTabs();
      t.store.update((d) => d); // nothing to save: revision 0 still
      t.other.update(() => ({ done: false }));
      t.tick();
      t.tick();
      t.tick();
      expect(t.store.read()).toMatchObject({ revision: 4, data: { done: true } });
      t.shared.late = true;
      t.other.clear('Delete all');
      for (const [i, data] of after.entries()) (i ? t.other.update(() => data) : t.other.replace(data, 'Import of goal.json'));
      t.shared.deliver();
      await Promise.resolve();
      expect(t.box.checked, JSON.stringify(after)).toBe(false);
      expect(t.store.read()).toMatchObject({ revision: after.length, data: { done: false } });
    }
  });
});

/**
 * Every event of one removal says `removed` (ReplacedValues.drawing): a click saved between two of
 * them, on the data read with the first, must not be forgotten at the second, or the other tab's
 * next stale write would undo it (the store says a removal once while the data is what this tab knew).
 */
describe('a choice clicked in a tab between the events of another tab’s “Delete all” and import', () => {
  it('keeps the click when that tab, not having read it yet, writes again carrying the value the click replaced', async () => {
    const t = boxInTwoTabs();
    t.other.update(() => ({ done: false }));
    t.tick();
    t.shared.late = true;
    t.other.clear('Delete all');
    t.other.replace({ done: false }, 'Import of goal.json');
    t.shared.deliver(1); // the deletion's copy for undo: this tab reads the import already
    expect(t.box.checked).toBe(false);
    t.tick(); // revision 2, on the import
    t.shared.deliver(); // the rest of the deletion and the import
    // The other tab saves another change on the import as it read it (revision 1): its write carries the unticked goal.
    const raw = JSON.parse(t.shared.map.get(t.store.key)!);
    t.shared.tab().storage.setItem(t.store.key, JSON.stringify({ ...raw, data: { done: false } }));
    t.shared.deliver();
    await Promise.resolve();
    expect(t.box.checked).toBe(true);
    expect(t.store.read().data.done).toBe(true);
  });
});
