/**
 * TextFieldSync over a fake field: what a text field shows and asks as the page is redrawn, and which
 * record its reader's choices restore and save into. The messages are recorded instead of drawn
 * (field-messages.ts is replaced), so no DOM is needed; the browser tests cover the drawing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageAction } from './field-messages.ts';

const shown = new Map<unknown, { text: string; actions: readonly MessageAction[] }>();
vi.mock('./field-messages.ts', () => ({
  showFieldMessage: (control: unknown, text: string, actions: readonly MessageAction[] = []) => void shown.set(control, { text, actions }),
  clearFieldMessage: (control: unknown) => void shown.delete(control),
}));
const { TextFieldSync } = await import('./text-sync.ts');
type FieldOwner = import('./text-sync.ts').FieldOwner;
type TextField = import('./text-sync.ts').TextField;

const owner = (name: string): FieldOwner => ({ key: name, what: `the candidate “${name}”`, field: 'candidates', id: name });
const [bob, cat, dan] = ['Bob', 'Cat', 'Dan'].map(owner) as [FieldOwner, FieldOwner, FieldOwner];

/** A text field in a focused page, with the few members TextFieldSync reads. */
function fakeField() {
  const doc = { activeElement: null as unknown, hasFocus: () => true };
  const field = {
    value: '',
    ownerDocument: doc,
    focus() {
      doc.activeElement = field;
    },
  };
  return field as unknown as TextField & { value: string };
}

/** A TextFieldSync whose restore puts the record back on screen (as the islands do) and whose keep records what was saved where. */
function setUp() {
  const field = fakeField();
  const stored = new Map<string, string>();
  let onScreen: FieldOwner | undefined;
  const restored: string[] = [];
  const kept: { text: string; into: string | undefined }[] = [];
  /** The stored data's revision: each save, here or in another tab, writes the next one. */
  let revision = 1;
  const sync = new TextFieldSync({
    keep: (f) => {
      kept.push({ text: f.value, into: onScreen?.key });
      stored.set(onScreen!.key, f.value);
      sync.saved(f, ++revision);
    },
    restore: (_field, o) => {
      restored.push(o.key);
      draw(o, false);
      return null;
    },
    stored: (o) => stored.has(o.key),
  });
  /**
   * Draws `o`'s stored text in the field, as a redraw for this tab's change or another's; `read`:
   * another tab's save made on data of that revision, read before this tab's later saves reached it
   * (a save writes the revision it read plus one).
   */
  const draw = (o: FieldOwner, external: boolean, read?: number) => {
    onScreen = o;
    if (external) revision = (read ?? revision) + 1;
    sync.drawing(revision);
    sync.sync(field, stored.get(o.key) ?? '', external, { owner: o });
  };
  /** The reader types `text`, saved into the record on screen unless the field waits for a choice. */
  const type = (text: string) => {
    field.focus();
    field.value = text;
    if (sync.inConflict(field)) return;
    stored.set(onScreen!.key, text);
    sync.saved(field, ++revision);
  };
  const choose = (label: string | RegExp) => {
    const action = shown.get(field)?.actions.find((a) => (typeof label === 'string' ? a.label === label : label.test(a.label)));
    if (!action) throw new Error(`no button ${label} in: ${JSON.stringify(shown.get(field))}`);
    action.run();
  };
  return { field, stored, sync, draw, type, choose, restored, kept, message: () => shown.get(field)?.text ?? '' };
}

beforeEach(() => shown.clear());

describe('a text field kept in step with stored data', () => {
  it('keeps a pending choice about the record the text was typed for when the reader picks another and another tab deletes that one', () => {
    // The review's steps: A types in Bob's note; B edits it; A picks Cat; B deletes Cat.
    const t = setUp();
    t.stored.set('Bob', 'Bob’s note');
    t.stored.set('Cat', 'Cat’s note');
    t.stored.set('Dan', 'Dan’s note');
    t.draw(bob, false);
    t.type('Typed for Bob in A');
    t.stored.set('Bob', 'Typed for Bob in B');
    t.draw(bob, true);
    expect(t.message()).toContain('Another tab changed this text');
    t.draw(cat, false);
    expect(t.field.value).toBe('Typed for Bob in A');
    t.stored.delete('Cat');
    t.draw(dan, true);
    expect(t.message()).not.toContain('Cat');
    expect(t.field.value).toBe('Typed for Bob in A');
    t.choose('Keep my text');
    expect(t.restored).toEqual(['Bob']);
    expect(t.kept).toEqual([{ text: 'Typed for Bob in A', into: 'Bob' }]);
    expect(t.stored.get('Dan')).toBe('Dan’s note');
    expect(t.message()).toBe('');
  });

  it('names the record the text was typed for when it is deleted, even after the reader picked another before choosing', () => {
    const t = setUp();
    t.stored.set('Bob', 'Bob’s note');
    t.stored.set('Cat', 'Cat’s note');
    t.draw(bob, false);
    t.type('Typed for Bob in A');
    t.stored.set('Bob', 'Typed for Bob in B');
    t.draw(bob, true);
    // A picks Cat, then Bob again; then B deletes Bob while it is on screen.
    t.draw(cat, false);
    t.draw(bob, false);
    t.stored.delete('Bob');
    t.draw(cat, true);
    expect(t.message()).toMatch(/^The candidate “Bob” was deleted in another tab/);
    t.choose('Keep the candidate “Bob”, with my text');
    expect(t.restored).toEqual(['Bob']);
    expect(t.kept).toEqual([{ text: 'Typed for Bob in A', into: 'Bob' }]);
    expect(t.stored.get('Cat')).toBe('Cat’s note');
  });

  it('keeps an orphaned text about its deleted record while the reader picks others, and lets it go on request', () => {
    const t = setUp();
    t.stored.set('Bob', 'Bob’s note');
    t.stored.set('Cat', 'Cat’s note');
    t.stored.set('Dan', 'Dan’s note');
    t.draw(bob, false);
    t.type('Typed for Bob');
    t.stored.delete('Bob');
    t.draw(cat, true);
    expect(t.message()).toMatch(/^The candidate “Bob” was deleted/);
    t.draw(dan, false);
    t.stored.delete('Dan');
    t.draw(cat, true);
    expect(t.message()).toMatch(/^The candidate “Bob” was deleted/);
    t.type('Typed for Bob, and more');
    expect(t.stored.get('Cat')).toBe('Cat’s note');
    t.choose('Let my text go');
    expect(t.field.value).toBe('Cat’s note');
    expect([t.restored, t.kept, t.message()]).toEqual([[], [], '']);
  });

  it('says a deleted record is back once an undo in another tab brings it back, and deleted again if it goes again', () => {
    const t = setUp();
    t.stored.set('Bob', 'Bob’s note');
    t.stored.set('Cat', 'Cat’s note');
    t.draw(bob, false);
    t.type('Typed for Bob');
    t.stored.delete('Bob');
    t.draw(cat, true);
    expect(t.message()).toMatch(/^The candidate “Bob” was deleted in another tab/);
    // The other tab undoes the deletion: Cat stays on screen, Bob is stored again.
    t.stored.set('Bob', 'Bob’s note');
    t.draw(cat, true);
    expect(t.message()).toMatch(/^The candidate “Bob” was brought back in another tab/);
    expect(t.message()).not.toContain('deleted');
    expect(t.field.value).toBe('Typed for Bob');
    t.stored.delete('Bob');
    t.draw(cat, true);
    expect(t.message()).toMatch(/^The candidate “Bob” was deleted in another tab/);
    t.stored.set('Bob', 'Bob’s note');
    t.draw(cat, true);
    t.choose('Keep my text in the candidate “Bob”');
    expect(t.kept).toEqual([{ text: 'Typed for Bob', into: 'Bob' }]);
    expect(t.stored.get('Cat')).toBe('Cat’s note');
    expect(t.message()).toBe('');
  });

  it('asks which text to keep, saying the record is back, when an undo brings it back on screen with the text it had', () => {
    const t = setUp();
    t.stored.set('Bob', 'Bob’s note');
    t.draw(bob, false);
    t.type('Typed for Bob');
    t.stored.delete('Bob');
    t.draw(cat, true);
    t.stored.set('Bob', 'Bob’s note');
    t.draw(bob, true);
    expect(t.message()).toMatch(/^The candidate “Bob” was brought back in another tab, with the text it had before/);
    t.choose('Keep my text');
    expect(t.kept).toEqual([{ text: 'Typed for Bob', into: 'Bob' }]);
  });

  it('tells the page while any text waits for its reader’s choice, so that leaving asks first', () => {
    const t = setUp();
    t.stored.set('Bob', 'Bob’s note');
    t.stored.set('Cat', 'Cat’s note');
    t.draw(bob, false);
    t.type('Typed');
    expect(t.sync.pending()).toBe(false);
    t.stored.set('Bob', 'Theirs');
    t.draw(bob, true);
    expect(t.sync.pending()).toBe(true);
    t.choose('Use the other tab’s text');
    expect(t.sync.pending()).toBe(false);
    t.type('Typed again');
    t.stored.delete('Bob');
    t.draw(cat, true);
    expect(t.sync.pending()).toBe(true);
    t.choose('Let my text go');
    expect(t.sync.pending()).toBe(false);
  });

  it('says where the change was made: an import or undo on this page is not another tab', () => {
    const t = setUp();
    t.stored.set('Bob', 'Bob’s note');
    t.stored.set('Cat', 'Cat’s note');
    t.draw(bob, false);
    t.type('Typed');
    t.sync.where = 'by the import on this page';
    t.stored.set('Bob', 'Imported');
    t.draw(bob, true);
    expect(t.message()).toMatch(/^This text was changed by the import on this page while you were editing it\./);
    t.choose('Use the stored text');
    expect(t.field.value).toBe('Imported');
    t.type('Typed again');
    t.sync.where = 'by the undo on this page';
    t.stored.delete('Bob');
    t.draw(cat, true);
    expect(t.message()).toMatch(/^The candidate “Bob” was deleted by the undo on this page while you were typing in it\./);
    expect(t.message()).not.toContain('another tab');
  });

  it('saves the reader’s text into the record on screen when it is the one typed for, without restoring anything', () => {
    const t = setUp();
    t.stored.set('Bob', 'Bob’s note');
    t.draw(bob, false);
    t.type('Mine');
    t.stored.set('Bob', 'Theirs');
    t.draw(bob, true);
    t.choose('Keep my text');
    expect([t.restored, t.kept]).toEqual([[], [{ text: 'Mine', into: 'Bob' }]]);
  });

  it('keeps and saves again the reader’s text, blaming no tab, when another tab’s save carries back a text this tab’s own saves replaced', async () => {
    const t = setUp();
    t.stored.set('Bob', '');
    t.draw(bob, false);
    for (const text of ['a', 'ab', 'abc']) t.type(text);
    // Another tab read Bob's note before the last saves reached it, and saved its change to another field with it.
    // Typed at revisions 2 ('' stood until 1), 3 ('a' stood at 2): another tab that had read either carries it back.
    for (const [echo, read] of [['a', 2], ['', 1]] as const) {
      t.stored.set('Bob', echo);
      t.draw(bob, true, read);
      expect(t.message()).toBe('');
      expect(t.field.value).toBe('abc');
      expect(t.sync.pending()).toBe(false);
      await Promise.resolve();
      expect(t.stored.get('Bob')).toBe('abc');
    }
    expect(t.kept).toEqual([
      { text: 'abc', into: 'Bob' },
      { text: 'abc', into: 'Bob' },
    ]);
  });

  it('asks when another tab changes the same text to one this tab never saved, and once it takes that text, its own older ones are edits again', async () => {
    const t = setUp();
    t.stored.set('Bob', '');
    t.draw(bob, false);
    for (const text of ['a', 'ab', 'abc']) t.type(text);
    t.stored.set('Bob', 'abX');
    t.draw(bob, true);
    expect(t.message()).toContain('Another tab changed this text');
    t.choose('Use the other tab’s text');
    expect(t.field.value).toBe('abX');
    t.stored.set('Bob', 'ab');
    t.draw(bob, true);
    await Promise.resolve();
    expect(t.message()).toContain('Another tab changed this text');
    t.choose('Keep my text');
    expect(t.stored.get('Bob')).toBe('abX');
    expect(t.kept).toEqual([{ text: 'abX', into: 'Bob' }]);
  });

  it('asks, as for any edit, when a tab that had seen this tab’s latest save stores a text this tab replaced (that tab kept its reader’s text)', async () => {
    const t = setUp();
    t.stored.set('Bob', '');
    t.draw(bob, false);
    for (const text of ['Draft', 'Rewritten']) t.type(text);
    t.stored.set('Bob', 'Draft');
    t.draw(bob, true);
    await Promise.resolve();
    expect(t.message()).toContain('Another tab changed this text');
    expect(t.field.value).toBe('Rewritten');
    expect(t.kept).toEqual([]);
  });
});
