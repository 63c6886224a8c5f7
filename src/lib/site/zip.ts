/**
 * A minimal ZIP writer for publishing a folder as one download (the take-home starter). The same
 * files always give the same bytes, so the published archive changes only when its files do:
 * - entries are sorted by path, whatever order they come in;
 * - every entry carries the same timestamp (1980-01-01 00:00, the earliest a ZIP can hold) and the
 *   same permissions, instead of the checkout's modification times and modes;
 * - entries are stored uncompressed: DEFLATE output may change with the zlib a Node release ships,
 *   and the starter is a few kilobytes of text.
 * No ZIP64, no encryption, no comments: archives under 4 GB with fewer than 65,535 files.
 */

export interface ZipEntry {
  /** Path inside the archive, with forward slashes, e.g. `starter/tests/test_api.py`. */
  path: string;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3), as the ZIP format requires for every entry. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** DOS date and time of 1980-01-01 00:00:00 (date: day 1, month 1, year 0 since 1980). */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
/** Version 2.0: the lowest that knows folders in paths; made by Unix (3) so that modes are read. */
const VERSION_NEEDED = 20;
const VERSION_MADE_BY = (3 << 8) | 20;
/** General-purpose flag bit 11: file names are UTF-8. */
const UTF8_FLAG = 1 << 11;
/** Unix mode -rw-r--r-- of a regular file, in the high 16 bits of the external attributes. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;

function checkPath(path: string): void {
  if (!path || path.startsWith('/') || path.includes('\\') || path.split('/').some((part) => part === '' || part === '.' || part === '..'))
    throw new Error(`zip: \`${path}\` is not a relative path with forward slashes`);
}

/** The archive holding these entries. Throws on a duplicate or unsafe path. */
export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  sorted.forEach((e, i) => {
    checkPath(e.path);
    if (i > 0 && sorted[i - 1]!.path === e.path) throw new Error(`zip: \`${e.path}\` appears twice`);
  });
  if (sorted.length > 0xfffe) throw new Error('zip: too many entries for a ZIP without ZIP64');

  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of sorted) {
    const name = encoder.encode(entry.path);
    const crc = crc32(entry.data);
    const size = entry.data.length;

    const local = new Uint8Array(30 + name.length + size);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true); // local file header signature
    l.setUint16(4, VERSION_NEEDED, true);
    l.setUint16(6, UTF8_FLAG, true);
    l.setUint16(8, 0, true); // method: stored
    l.setUint16(10, DOS_TIME, true);
    l.setUint16(12, DOS_DATE, true);
    l.setUint32(14, crc, true);
    l.setUint32(18, size, true); // compressed size
    l.setUint32(22, size, true); // uncompressed size
    l.setUint16(26, name.length, true);
    l.setUint16(28, 0, true); // extra field length
    local.set(name, 30);
    local.set(entry.data, 30 + name.length);

    const central = new Uint8Array(46 + name.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true); // central directory header signature
    c.setUint16(4, VERSION_MADE_BY, true);
    c.setUint16(6, VERSION_NEEDED, true);
    c.setUint16(8, UTF8_FLAG, true);
    c.setUint16(10, 0, true);
    c.setUint16(12, DOS_TIME, true);
    c.setUint16(14, DOS_DATE, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, size, true);
    c.setUint32(24, size, true);
    c.setUint16(28, name.length, true);
    // extra, comment, disk number, internal attributes: 0
    c.setUint32(38, FILE_ATTRIBUTES, true);
    c.setUint32(42, offset, true); // where the local header starts
    central.set(name, 46);

    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true); // end of central directory signature
  e.setUint16(8, sorted.length, true); // entries on this disk
  e.setUint16(10, sorted.length, true); // entries in all
  e.setUint32(12, directorySize, true);
  e.setUint32(16, offset, true); // where the central directory starts

  const out = new Uint8Array(offset + directorySize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
