/**
 * What a tool's status lines say about an undo: its offer after a change that can be undone, and
 * what the offer becomes once the undo is gone. Said by the data panel (tool-data-panel.ts), by the
 * tools' own deletions, and after an import (import-lines.ts, loaded only when a reader imports):
 * a module of its own, so that the import's lines need not reach back into the panel for it.
 */

/** What a status line says after a change that can be undone; the panel takes it back once it no longer can (`ToolDataPanel.refresh`). */
export const undoOffer = 'You can undo it.';
/** Why an undo is gone, most often. */
export const savedSince = 'a change was saved after it, in this tab or another';
/** The offer of an undo whose copy is held in the page (`UndoOffer.inMemory`, a full storage): it says the undo goes with the page. */
export const heldUndoOffer = 'You can undo it here until you leave the page (the storage is full: its copy is kept in the page).';
/** Either offer, as a status line says it. */
export const offerIn = /You can undo it[^.]*\./;
/** A status line that offered an undo (`undoOffer`), once it can no longer be made, and `why`. */
export const noLongerUndoable = (said: string, why: string): string => said.replace(offerIn, `It can no longer be undone: ${why}.`);
