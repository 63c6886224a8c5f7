import { describe, expect, it } from 'vitest';
import { importedText } from './import-lines';
import { noLongerUndoable, undoOffer } from './undo-lines';

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
