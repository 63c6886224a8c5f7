/**
 * Reading an export brought in (a file chosen or text pasted): parsed, opened, mended and checked
 * strictly. Apart from store.ts because it runs only when a reader imports: tool pages load it then,
 * with the import plan (src/components/tools/import-code.ts), not with every page.
 */
import { maxImportBytes, openEnvelope, sourceWords, validateStrict, type EnvelopeSource, type ImportRead, type Store, type ToolPages, type ToolSpec } from './store.ts';
import { describeJsonSyntaxError, jsonSyntaxError } from './json-syntax-error.ts';
import { withoutByteOrderMark } from '../text/byte-order-mark.ts';

/**
 * Parses and checks an export's text strictly (a file's, or text pasted in: `source`); `pages` name
 * the tool of another tool's file (`openEnvelope`).
 */
export function parseExport<T>(spec: ToolSpec<T>, given: string, pages: ToolPages = {}, source: Exclude<EnvelopeSource, 'storage'> = 'file'): ImportRead<T> {
  const { it } = sourceWords[source];
  // A file's decoding drops a byte order mark; text pasted from the same editor keeps it, and is read alike.
  const text = withoutByteOrderMark(given);
  if (text.length > maxImportBytes) return { ok: false, error: `${it} is too large (${Math.round(text.length / 1000)} kB; the limit is ${maxImportBytes / 1000} kB)` };
  // An empty file (a download that never finished) is not “invalid JSON” to its reader.
  if (!text.trim()) return { ok: false, error: `${it} is empty` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // Where it stops being JSON and what was expected there: a reader who edited the file by hand can mend it.
    return { ok: false, error: `${it} is not valid JSON (${describeJsonSyntaxError(jsonSyntaxError(text, e instanceof Error ? e.message : String(e)))})` };
  }
  const opened = openEnvelope(spec, value, source, pages);
  if (!opened.ok) return opened;
  // Mended as stored data is (a file made before a fork removed a level), each mend said, never
  // silently, after what its migrations said; then strict: anything else invalid refuses the whole file.
  const mended: ReturnType<NonNullable<ToolSpec<T>['mendImport']>> = spec.mendImport ? spec.mendImport(opened.value.data) : { data: opened.value.data, mended: [] };
  const checked = validateStrict(spec, mended.data);
  if (!checked.ok) return { ok: false, error: `the data is not valid: ${checked.error}` };
  return { ok: true, value: checked.value, notices: [...opened.value.notices, ...mended.mended], ...(mended.leftOut?.length ? { leftOut: mended.leftOut } : {}) };
}

/** Reads an export file for `store` strictly: any invalid record refuses the whole file, with errors in words. */
export function parseImport<T>(store: Pick<Store<T>, 'spec' | 'pages'>, text: string): ImportRead<T> {
  const parsed = parseExport(store.spec, text, store.pages);
  return parsed.ok ? parsed : { ok: false, error: `Import failed: ${parsed.error}. Nothing was changed.` };
}
