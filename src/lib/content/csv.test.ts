import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvField, decodeCsv, parseCsv, serializeCsv } from './csv';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it('reads plain fields and records separated by CRLF, LF or CR', () => {
    expect(fields('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(fields('"one, two","say ""hi""","line 1\r\nline 2"\r\n')).toEqual([['one, two', 'say "hi"', 'line 1\nline 2']]);
  });

  it('reads fields separated by another separator when told, a comma then being text', () => {
    expect(parseCsv('a;"b;c";d,e\r\n"x\ny";;z', ';').map((r) => r.fields)).toEqual([
      ['a', 'b;c', 'd,e'],
      ['x\ny', '', 'z'],
    ]);
    expect(parseCsv('a\t"b\tc"\n', '\t').map((r) => r.fields)).toEqual([['a', 'b\tc']]);
  });

  it('keeps empty fields, including an empty last field and an empty quoted field', () => {
    expect(fields('a,,c,\n"",x\n')).toEqual([
      ['a', '', 'c', ''],
      ['', 'x'],
    ]);
  });

  it('drops a UTF-8 byte order mark and skips blank lines between records', () => {
    expect(fields('\uFEFFh1,h2\n\n1,2\n\n')).toEqual([
      ['h1', 'h2'],
      ['1', '2'],
    ]);
  });

  it('numbers records as rows and says on which line each starts', () => {
    const records = parseCsv('h\n"a\nb"\nc\n');
    expect(records.map((r) => [r.row, r.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 4],
    ]);
  });

  it('keeps typographic characters as they are', () => {
    expect(fields('“good”,it’s 2–6\n')).toEqual([['“good”', 'it’s 2–6']]);
  });

  it('rejects a quote that never closes, naming the line where it opened', () => {
    expect(() => parseCsv('a\n"open,b\nc')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a\n"open,b\nc')).toThrow(/line 2/);
  });

  it('rejects text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c')).toThrow(/after a closing quote/);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8, its byte order mark and typographic characters included', () => {
    const text = '\uFEFFa,“b”\r\nc,d’s\r\n';
    expect(decodeCsv(new TextEncoder().encode(text))).toBe(text);
  });

  it('refuses a file in another encoding, naming its first line that is not UTF-8 and how to save it', () => {
    // “’” in Windows-1252, as Excel's plain “CSV (Comma delimited)” saves it, on the third line.
    const bytes = Uint8Array.from([...new TextEncoder().encode('a,b\r\nc,d\r\ne,'), 0x92, 0x0d, 0x0a]);
    expect(() => decodeCsv(bytes)).toThrow(CsvSyntaxError);
    expect(() => decodeCsv(bytes)).toThrow(/^line 3: the file is not UTF-8 .*CSV UTF-8/);
  });
});

describe('serializeCsv', () => {
  it('quotes only fields that need it and ends every record with CRLF', () => {
    expect(serializeCsv([['a', 'b, c'], ['say "x"', 'two\nlines']], { bom: false })).toBe('a,"b, c"\r\n"say ""x""","two\nlines"\r\n');
  });

  it('starts with a byte order mark unless told not to', () => {
    expect(serializeCsv([['a']]).startsWith('\uFEFF')).toBe(true);
    expect(serializeCsv([['a']], { bom: false }).startsWith('\uFEFF')).toBe(false);
  });

  it('quotes a field with leading or trailing spaces, so a spreadsheet keeps them', () => {
    expect(csvField(' x')).toBe('" x"');
    expect(csvField('x ')).toBe('"x "');
  });

  it('round-trips any table through parseCsv', () => {
    const table = [
      ['level', 'competency', 'behaviors'],
      ['lead', 'design', 'Designs, “reviews” and ships\nOwns the "SLOs"\n'],
      ['', ',', '""'],
      ['x\r\ny', ' padded ', 'é ✓ ’'],
    ];
    // CRLF inside a cell is written, and so read back, as LF.
    const expected = table.map((row) => row.map((f) => f.replace(/\r\n/g, '\n')));
    expect(fields(serializeCsv(table))).toEqual(expected);
  });
});
