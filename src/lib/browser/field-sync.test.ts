import { describe, expect, it } from 'vitest';
import { fieldSyncStep, ReplacedValues, type FieldSyncInput } from './field-sync';

/** A field of candidate `bob`, drawn before, holding what is stored, not focused, redrawn after another tab's change. */
const base: FieldSyncInput = {
  ownerBefore: 'bob',
  owner: 'bob',
  valueIsStored: false,
  valueIsKnown: true,
  storedIsKnown: false,
  valueIsEmpty: false,
  editing: false,
  external: true,
  conflict: false,
  orphanOf: undefined,
  orphanIsStored: false,
  toldBack: false,
  typedFor: 'bob',
  storedIsEcho: false,
};
const step = (change: Partial<FieldSyncInput>) => fieldSyncStep({ ...base, ...change });

describe('a text field redrawn from stored data', () => {
  it('shows another tab’s text when nothing typed here is at stake, and keeps typed text when the change was not to it', () => {
    expect(step({})).toBe('show');
    expect(step({ storedIsKnown: true, valueIsKnown: false })).toBe('keep');
    expect(step({ valueIsStored: true, conflict: true })).toBe('resolve');
  });

  it('keeps text whose save was refused when this tab’s own change to another field redraws it, unless the field now edits another record', () => {
    const own = { external: false, storedIsKnown: true, valueIsKnown: false };
    expect(step(own)).toBe('keep');
    expect(step({ ...own, valueIsKnown: true })).toBe('show');
    expect(step({ ...own, owner: 'cat' })).toBe('show');
  });

  it('asks before another tab’s text of the same record replaces text being typed or not saved', () => {
    expect(step({ editing: true })).toBe('conflict');
    expect(step({ valueIsKnown: false })).toBe('conflict');
    expect(step({ conflict: true })).toBe('conflict');
  });

  it('never carries text typed for a record another tab deleted into the record shown instead', () => {
    // The tester's find: typing in Bob's notes, Bob deleted in another tab, Cat shown.
    expect(step({ owner: 'cat', editing: true })).toBe('orphan');
    expect(step({ owner: 'cat', valueIsKnown: false })).toBe('orphan');
    expect(step({ owner: 'cat', conflict: true })).toBe('orphan');
    // The owner changed, and nothing typed is at stake: the field shows the new record's text.
    expect(step({ owner: 'cat' })).toBe('show');
    expect(step({ owner: 'cat', editing: true, valueIsEmpty: true })).toBe('show');
    expect(step({ owner: undefined, editing: true })).toBe('orphan');
  });

  it('keeps an orphaned text, saved nowhere, until its record is back, then asks or settles', () => {
    const orphan = { orphanOf: 'bob', owner: 'cat', ownerBefore: 'cat' };
    expect(step({ ...orphan })).toBe('keep');
    expect(step({ ...orphan, external: false })).toBe('keep');
    expect(step({ ...orphan, valueIsStored: true })).toBe('keep');
    // Brought back by this tab with the reader's text: saved next, kept until then.
    expect(step({ ...orphan, owner: 'bob', external: false })).toBe('keep');
    // Brought back by an undo in another tab, with other text: the reader chooses.
    expect(step({ ...orphan, owner: 'bob' })).toBe('conflict');
    expect(step({ ...orphan, owner: 'bob', valueIsStored: true })).toBe('resolve');
  });

  it('says an orphaned text’s record is back once an undo brings it back while another is shown, and deleted once it is gone again', () => {
    const orphan = { orphanOf: 'bob', owner: 'cat', ownerBefore: 'cat' };
    expect(step({ ...orphan, orphanIsStored: true })).toBe('back');
    expect(step({ ...orphan, orphanIsStored: true, external: false })).toBe('back');
    // Said once: a later redraw leaves the message as it is.
    expect(step({ ...orphan, orphanIsStored: true, toldBack: true })).toBe('keep');
    // Deleted again: the message says so again.
    expect(step({ ...orphan, orphanIsStored: false, toldBack: true })).toBe('orphan');
  });

  it('leaves text alone after this tab’s own change while it is typed in or in question, and shows it otherwise', () => {
    expect(step({ external: false })).toBe('show');
    expect(step({ external: false, owner: 'cat' })).toBe('show');
    expect(step({ external: false, editing: true })).toBe('keep');
    expect(step({ external: false, conflict: true })).toBe('keep');
  });

  it('keeps a pending choice about the record the text was typed for, whichever record the reader picks or another tab deletes since', () => {
    // A typed in Bob's note, B changed it, A picked Cat before choosing.
    const picked = { conflict: true, typedFor: 'bob', ownerBefore: 'cat', owner: 'cat' };
    expect(step({ conflict: true, typedFor: 'bob', ownerBefore: 'bob', owner: 'cat', external: false })).toBe('keep');
    expect(step({ ...picked })).toBe('keep');
    expect(step({ ...picked, valueIsStored: true })).toBe('keep');
    // B deletes Cat, the record shown: the text was not typed for it, and Bob is not the one deleted.
    expect(step({ ...picked, owner: 'dan' })).toBe('keep');
    // Back to Bob: the choice is about it again.
    expect(step({ ...picked, owner: 'bob', external: false })).toBe('keep');
    expect(step({ ...picked, owner: 'bob', valueIsStored: true, external: false })).toBe('resolve');
    // Bob itself, on screen, deleted by another tab: its text is orphaned.
    expect(step({ conflict: true, typedFor: 'bob', ownerBefore: 'bob', owner: 'cat' })).toBe('orphan');
  });

  it('treats a first drawing as no change of record: text being typed in it is asked about, an idle field shows what is stored', () => {
    expect(step({ ownerBefore: undefined, owner: 'cat', editing: true })).toBe('conflict');
    expect(step({ ownerBefore: undefined, owner: 'cat' })).toBe('show');
  });

  it('takes back a text this tab’s own saves replaced, carried back by another tab’s save, as no edit: keeps the field’s text and saves it again', () => {
    expect(step({ storedIsEcho: true, editing: true })).toBe('echo');
    expect(step({ storedIsEcho: true })).toBe('echo');
    // This tab's own change, a question already pending, or another record on screen are decided as before.
    expect(step({ storedIsEcho: true, external: false, editing: true, storedIsKnown: true })).toBe('keep');
    expect(step({ storedIsEcho: true, conflict: true, editing: true })).toBe('conflict');
    expect(step({ storedIsEcho: true, ownerBefore: 'cat' })).toBe('show');
    expect(step({ storedIsEcho: true, valueIsStored: true })).toBe('resolve');
  });
});

describe('a choice (a rating) redrawn from stored data', () => {
  /** A choice is never typed in and holds nothing unsaved (choice-sync.ts). */
  const choice = (change: Partial<FieldSyncInput>) => step({ valueIsKnown: true, editing: false, typedFor: undefined, ...change });

  it('shows another tab’s choice and this tab’s own redraw, and takes back an echo of a choice its own clicks replaced', () => {
    expect(choice({})).toBe('show');
    expect(choice({ external: false })).toBe('show');
    expect(choice({ storedIsEcho: true })).toBe('echo');
    expect(choice({ storedIsEcho: true, ownerBefore: 'cat' })).toBe('show');
  });
});

describe('the values a field’s own saves replaced', () => {
  const setUp = () => new ReplacedValues<string>(new Map());
  const is = (value: string) => (v: string) => v === value;

  it('are an echo when data stores one again that stood at the revision it was based on, for the same record', () => {
    const r = setUp();
    r.saved('f', 'bob', '', 3);
    r.saved('f', 'bob', 'a', 4);
    // A write of revision 3 was based on 2, when '' stood; one of revision 4 on 3, when 'a' stood.
    expect([r.isEcho('f', 'bob', 3, is('')), r.isEcho('f', 'bob', 4, is('a'))]).toEqual([true, true]);
    expect(r.isEcho('f', 'bob', 4, is('')), 'a tab that had read revision 3 saw a, not the empty field').toBe(false);
    expect(r.isEcho('f', 'bob', 5, is('a')), 'written by a tab that had seen the latest save').toBe(false);
    expect(r.isEcho('f', 'cat', 4, is('a')), 'another record').toBe(false);
    expect(r.isEcho('g', 'bob', 4, is('a')), 'another field').toBe(false);
    expect(r.isEcho('f', 'bob', 4, is('b')), 'a value never replaced').toBe(false);
  });

  it('tell another tab’s click on a value replaced long ago from an echo: a stale tab cannot have read it', () => {
    const r = setUp();
    // low → mid at revision 5; another tab saw mid; this tab clicks high at revision 10.
    r.saved('f', 'bob', 'low', 5);
    r.saved('f', 'bob', 'mid', 10);
    // The other tab, still showing mid (revision 9), clicks low: its write of revision 10 is a choice.
    expect(r.isEcho('f', 'bob', 10, is('low'))).toBe(false);
    expect(r.isEcho('f', 'bob', 10, is('mid')), 'its save of another field carried mid back').toBe(true);
  });

  it('recognise every step of fast clicks as an echo, each at the revision it stood', () => {
    const r = setUp();
    // low → mid → high in saves of revisions 5 and 6, while another tab still read revision 4.
    r.saved('f', 'bob', 'low', 5);
    r.saved('f', 'bob', 'mid', 6);
    expect([r.isEcho('f', 'bob', 5, is('low')), r.isEcho('f', 'bob', 6, is('mid'))]).toEqual([true, true]);
    expect([r.isEcho('f', 'bob', 6, is('low')), r.isEcho('f', 'bob', 5, is('mid'))], 'clicks made on what was shown').toEqual([false, false]);
  });

  it('start again for a save of another record, and once the field takes another tab’s value or asks', () => {
    const r = setUp();
    r.saved('f', 'bob', 'a', 3);
    r.saved('f', 'cat', 'b', 4);
    expect(r.isEcho('f', 'bob', 4, is('a'))).toBe(false);
    expect(r.isEcho('f', 'cat', 4, is('b'))).toBe(true);
    for (const kept of ['echo', 'keep', 'resolve'] as const) {
      r.took('f', kept);
      expect(r.isEcho('f', 'cat', 4, is('b')), kept).toBe(true);
    }
    r.took('f', 'show');
    expect(r.isEcho('f', 'cat', 4, is('b'))).toBe(false);
  });

  it('are forgotten, for every field, once everything stored is deleted: the count of revisions starts again', () => {
    const r = setUp();
    r.saved('f', 'bob', '', 5);
    r.saved('g', 'bob', 'a', 6);
    r.drawing(0, false);
    expect([r.isEcho('f', 'bob', 1, is('')), r.isEcho('g', 'bob', 1, is('a'))]).toEqual([false, false]);
    r.saved('f', 'bob', 'b', 2);
    expect([r.isEcho('f', 'bob', 2, is('b')), r.isEcho('f', 'bob', 2, is(''))]).toEqual([true, false]);
  });

  it('are forgotten when data of revision 0 is drawn, or any data another tab wrote after removing it, which repeats revisions', () => {
    const draws: [number, boolean][] = [
      [0, false],
      [1, true],
      [3, true],
    ];
    for (const [revision, removed] of draws) {
      const r = setUp();
      r.saved('f', undefined, '', 3);
      // The first value replaced stood from no known revision on: a write based on revision 0 carrying it looks like its echo.
      expect(r.isEcho('f', undefined, 1, is(''))).toBe(true);
      r.drawing(revision, removed);
      expect(r.isEcho('f', undefined, 1, is('')), `revision ${revision}`).toBe(false);
    }
    const r = setUp();
    r.saved('f', undefined, '', 3);
    r.drawing(1, false);
    expect(r.isEcho('f', undefined, 1, is('')), 'a stale write of a tab that read nothing stored yet').toBe(true);
  });

  it('keep the latest few only', () => {
    const r = setUp();
    for (let i = 0; i < 100; i++) r.saved('f', 'bob', String(i), i + 1);
    expect(r.isEcho('f', 'bob', 100, is('99'))).toBe(true);
    expect(r.isEcho('f', 'bob', 1, is('0')), 'stood at revision 0, long forgotten').toBe(false);
  });
});
