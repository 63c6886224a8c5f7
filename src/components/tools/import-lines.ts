/**
 * What the data panel's status line says about an import once its code is loaded: loaded with it
 * (import-code.ts), since no import is planned or applied before, and not with the page.
 */
import type { ImportMode } from '~/lib/browser/import-merge';
import { undoOffer } from './undo-lines.ts';

/**
 * The line after an import: what was imported, its undo, then `note` on what the file holds (e.g.
 * dates to check). The offer follows the import at once, so it cannot be read as undoing the note.
 */
export const importedText = (name: string, mode: ImportMode, note: string): string =>
  `Imported “${name}” (${mode === 'merge' ? 'merged with what was here' : 'replacing what was here'}). ${undoOffer}${note ? ` ${note}` : ''}`;
/** The line when an import's question is first asked: the plan and its choice are shown below it. */
export const importReady = (name: string): string => `“${name}” is ready to import: choose how below.`;
/**
 * The line when the data changed while an import's question was open (another tab saved, most
 * often): the question is asked again with what each choice would do now, since a replace would
 * otherwise remove what the other tab added without the question having named it.
 */
export const importAskedAgain = (name: string): string => `Your data changed while “${name}” waited: what merging and replacing would each do now is said again below.`;
/**
 * The line when the reader chose while the data had changed unannounced (another tab's save whose
 * event has not come yet): their click did nothing, and a line of its own says so, since the
 * question's line may already read `importAskedAgain` and a screen reader announces only a change.
 */
export const importNotApplied = (name: string): string => `Nothing was imported. ${importAskedAgain(name)}`;
