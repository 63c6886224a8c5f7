/**
 * What a tool's data panel runs only when a reader imports: reading and checking the file (its
 * JSON, the envelope, each tool's mend of an older file, the schema), the plan of what merging
 * and replacing would each do, in words, and the merge or replace the reader chose
 * (import-apply.ts). Loaded with `import()` (lazy-code.ts) when the reader points at or focuses
 * the import control, and awaited when they choose a file: not loaded with the page, whose first
 * load every reader pays for.
 */
export { parseImport } from '~/lib/browser/parse-export';
export { applyImport, changesNothing, describePlan, mergeRefusedText, nothingToImport, onlyAdds, planImport } from '~/lib/browser/import-plan';
export { importAskedAgain, importedText, importNotApplied, importQuestion, importReady, importUndoLabel } from './import-lines.ts';
