/**
 * CSV as RFC 4180 writes it, and as spreadsheets write it back: fields separated by commas (or, when
 * told, by the semicolons or tabs some spreadsheets save instead), records
 * by CRLF (LF or CR alone are read too); a field that holds a comma, a quote or a line break is
 * quoted, with its quotes doubled. Excel saves UTF-8 with a byte order mark, which the parser drops
 * and the serializer can add (Excel needs it to read “typographic” characters as UTF-8).
 * Pure: no Node imports.
 */
import { byteOrderMark, withoutByteOrderMark } from '../text/byte-order-mark.ts';

/** One record of a CSV file, with where it starts in the file (a quoted field may span lines). */
export interface CsvRecord {
  /** The record's position: 1 for the first record (the header row of a table), as a spreadsheet numbers its rows. */
  row: number;
  /** The 1-based line of the file where the record starts. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  /** The 1-based line of the file where the problem is. */
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}


/**
 * The text of a CSV file's bytes, which must be UTF-8. Excel's plain “CSV (Comma delimited)” saves
 * in the system's code page (Windows-1252 in the West), where every typographic character becomes
 * a byte that is no UTF-8: read as UTF-8 regardless, each turned into the replacement character
 * (U+FFFD) and every row holding one read as an edit. Throws `CsvSyntaxError` at the first line that is not UTF-8, saying how to save
 * the file instead.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return utf8.decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line++;
      start = i + 1;
    }
    throw new CsvSyntaxError(
      'the file is not UTF-8 (a spreadsheet saved it in another encoding, such as Windows-1252): save it as “CSV UTF-8 (Comma delimited)” in Excel, or as CSV with the character set “Unicode (UTF-8)” in LibreOffice',
      line,
    );
  }
}

/** What may separate the fields of a record: RFC 4180's comma, or what a spreadsheet set to a language whose decimal separator is the comma saves as “CSV” (a semicolon, or a tab). */
export type CsvSeparator = ',' | ';' | '\t';

/**
 * Parses CSV text into records. A blank line between records is skipped (spreadsheets leave one at
 * the end); a blank line inside quotes is part of the field. Throws `CsvSyntaxError` on a quote that
 * never closes or text after a closing quote.
 */
export function parseCsv(text: string, separator: CsvSeparator = ','): CsvRecord[] {
  const input = withoutByteOrderMark(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  /** Whether the current record has anything yet: a field, or a separator. */
  let started = false;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    // A blank line is no record.
    if (fields.length > 1 || fields[0] !== '' || started) records.push({ row: records.length + 1, line: recordLine, fields });
    fields = [];
    started = false;
  };
  const newline = (at: number) => (input[at] === '\r' && input[at + 1] === '\n' ? 2 : input[at] === '\r' || input[at] === '\n' ? 1 : 0);

  while (i < input.length) {
    const ch = input[i]!;
    if (ch === '"' && field === '') {
      // A quoted field: up to the closing quote, with "" for a quote.
      const openedAt = line;
      i++;
      for (;;) {
        if (i >= input.length) throw new CsvSyntaxError('a quoted field is never closed (a `"` is missing)', openedAt);
        const c = input[i]!;
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        const nl = newline(i);
        if (nl) {
          field += '\n';
          line++;
          i += nl;
          continue;
        }
        field += c;
        i++;
      }
      // An empty quoted field is still a field, so `""` alone on a line is a record.
      started = true;
      const next = input[i];
      if (next !== undefined && next !== separator && !newline(i)) throw new CsvSyntaxError(`unexpected text after a closing quote: \`${input.slice(i, i + 10)}\``, line);
      continue;
    }
    if (ch === separator) {
      endField();
      started = true;
      i++;
      continue;
    }
    const nl = newline(i);
    if (nl) {
      endRecord();
      line++;
      i += nl;
      recordLine = line;
      continue;
    }
    field += ch;
    started = true;
    i++;
  }
  if (field !== '' || fields.length || started) endRecord();
  return records;
}

/** Whether a field must be quoted: it holds a separator, a quote or a line break, or starts or ends with a space. */
const needsQuotes = (field: string) => /[",\r\n]/.test(field) || /^\s|\s$/.test(field);

/** One field, quoted when it must be. */
export const csvField = (field: string): string => (needsQuotes(field) ? `"${field.replaceAll('"', '""')}"` : field);

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default true: Excel then reads the file as UTF-8). */
  bom?: boolean;
}

/**
 * Serializes rows as CSV: CRLF between records (and after the last), line breaks inside a field
 * as LF, which is what spreadsheets write inside a cell.
 */
export function serializeCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map((f) => csvField(f.replace(/\r\n?/g, '\n'))).join(',')).join('\r\n');
  return `${options.bom === false ? '' : byteOrderMark}${body}\r\n`;
}
