/**
 * What the data panel's status line says about an import once its code is loaded: loaded with it
 * (import-code.ts), since no import is planned or applied before, and not with the page.
 */
import type { ImportMode } from '~/lib/browser/import-merge';
import { importSourceWords, type ImportSource } from '~/lib/browser/import-source';
import { undoOffer } from './undo-lines.ts';

/**
 * The line after an import: what was imported (a file by its quoted name, several files, the
 * pasted text: `importSourceWords`), its undo, then `note` on what the file holds (e.g. dates to
 * check). The offer follows the import at once, so it cannot be read as undoing the note.
 */
export const importedText = (source: ImportSource, mode: ImportMode, note: string): string =>
  `Imported ${importSourceWords(source)} (${mode === 'merge' ? 'merged with what was here' : 'replacing what was here'}). ${undoOffer}${note ? ` ${note}` : ''}`;
/** The line when an import's question is first asked: the plan and its choice are shown below it. */
export const importReady = (source: ImportSource): string => `Ready to import ${importSourceWords(source)}: choose how below.`;
/** The question above an import's plan, e.g. `Import “team.json”?`, `Import 2 files?`. */
export const importQuestion = (source: ImportSource): string => `Import ${importSourceWords(source)}?`;
/** What the import's undo undoes, e.g. `the import of “team.json”` (the undo button reads `Undo the import of …`). */
export const importUndoLabel = (source: ImportSource): string => `the import of ${importSourceWords(source)}`;
/**
 * The line when the data changed while an import's question was open (another tab saved, most
 * often): the question is asked again with what each choice would do now, since a replace would
 * otherwise remove what the other tab added without the question having named it.
 */
export const importAskedAgain = (source: ImportSource): string => `Your data changed while ${importSourceWords(source)} waited: what merging and replacing would each do now is said again below.`;
/**
 * The line when the reader chose while the data had changed unannounced (another tab's save whose
 * event has not come yet): their click did nothing, and a line of its own says so, since the
 * question's line may already read `importAskedAgain` and a screen reader announces only a change.
 */
export const importNotApplied = (source: ImportSource): string => `Nothing was imported. ${importAskedAgain(source)}`;
