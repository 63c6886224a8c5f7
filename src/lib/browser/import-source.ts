/**
 * What an import was read from, and how every line about it says so: the data panel's question,
 * its outcome and its undo, for a file chosen in any tool's data panel and for the debrief's files
 * and pasted text alike, and the reading line while the import code loads (lazy-code.ts). Pure, and
 * so small that it loads with the page, where the reading line needs it.
 */

/** A file by its name (the data panel's import), several files (the debrief's), or text the reader pasted (the debrief's paste field). */
export type ImportSource = string | { files: readonly string[] } | { pasted: true };

/**
 * How every line about an import names it, the reading line said while the import code loads
 * (lazy-code.ts) among them: a single file by its quoted name (`“team.json”`), several by how many
 * (`2 files`), a paste as `the pasted text`. Never quoted words that are no file's name
 * (`“2 files”`, `“pasted text”`).
 */
export function importSourceWords(source: ImportSource): string {
  if (typeof source === 'string') return `“${source}”`;
  if ('pasted' in source) return 'the pasted text';
  return source.files.length === 1 ? `“${source.files[0]}”` : `${source.files.length} files`;
}
