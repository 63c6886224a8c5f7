import { describe, expect, it } from 'vitest';
import { importAskedAgain, importedText, importNotApplied, importQuestion, importReady, importUndoLabel } from './import-lines';
import { importSourceWords } from '~/lib/browser/import-source';
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

describe('the lines about an import', () => {
  it('name a file, several files and the pasted text alike, as importSourceWords says them, quoting no words that are not a file’s name', () => {
    for (const source of ['f.json', { files: ['a.json', 'b.json'] }, { pasted: true as const }]) {
      const lines = [importedText(source, 'merge', ''), importReady(source), importQuestion(source), importUndoLabel(source), importAskedAgain(source), importNotApplied(source)];
      for (const line of lines) expect(line, line).toContain(importSourceWords(source));
      if (typeof source !== 'string') for (const line of lines) expect(line, line).not.toMatch(/[“”]/);
    }
  });
});
