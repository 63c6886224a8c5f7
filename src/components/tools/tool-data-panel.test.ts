import { describe, expect, it } from 'vitest';
import { heldUndoOffer, noLongerUndoable, saveStatusText, undoOffer } from './tool-data-panel';
import { importedText } from './import-lines';

describe('the line after an import', () => {
  const note = 'Note N about what the file holds.';

  it('offers the undo right after saying what was imported, before any note on what the file holds', () => {
    const text = importedText('f.json', 'merge', note);
    expect(text).toContain('“f.json”');
    expect(text.indexOf(undoOffer)).toBeGreaterThan(-1);
    expect(text.indexOf(undoOffer)).toBeLessThan(text.indexOf(note));
    expect(text.endsWith(note)).toBe(true);
    expect(importedText('f.json', 'replace', '').endsWith(undoOffer)).toBe(true);
  });

  it('keeps the note once the undo can no longer be made, and takes back only the offer', () => {
    const later = noLongerUndoable(importedText('f.json', 'merge', note), 'reason R');
    expect(later).not.toContain(undoOffer);
    expect(later).toContain('reason R');
    expect(later.endsWith(note)).toBe(true);
  });
});

describe('the offer of an undo held in the page', () => {
  it('is taken back whole once the undo can no longer be made, as the stored one is', () => {
    const said = `Deleted X. ${heldUndoOffer} Note N.`;
    const later = noLongerUndoable(said, 'reason R');
    expect(later).toBe('Deleted X. It can no longer be undone: reason R. Note N.');
  });
});

describe('the save status', () => {
  it('says why a change failed, whatever the storage', () => {
    expect(saveStatusText(false, 'Storage full F.', false)).toBe('Storage full F.');
    expect(saveStatusText(false, 'Storage full F.', true)).toBe('Storage full F.');
  });

  it('never says “saved in this browser” when the browser refused its storage and the page holds the data', () => {
    expect(saveStatusText(true, '', false)).toMatch(/saved in this browser/);
    const inPage = saveStatusText(true, '', true);
    expect(inPage).not.toMatch(/saved/i);
    expect(inPage).toMatch(/page only/);
    expect(inPage).toMatch(/export/);
  });
});
