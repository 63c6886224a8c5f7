import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, zip, type ZipEntry } from './zip';

const text = (s: string) => new TextEncoder().encode(s);
const entries: ZipEntry[] = [
  { path: 'starter/README.md', data: text('# Starter\n') },
  { path: 'starter/data/rows.csv', data: text('a,b\n1,2\n') },
  { path: 'starter/empty.txt', data: new Uint8Array() },
  { path: 'starter/naïve–name.txt', data: text('UTF-8 names survive\n') },
];

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    // The check value of CRC-32/ISO-HDLC.
    expect(crc32(text('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes an archive that another unzip implementation reads back byte for byte', () => {
    const files = unzipSync(zip(entries));
    expect(Object.keys(files).sort()).toEqual(entries.map((e) => e.path).sort());
    for (const e of entries) expect(Buffer.from(files[e.path]!)).toEqual(Buffer.from(e.data));
  });

  it('gives the same bytes for the same files, whatever their order', () => {
    expect(Buffer.from(zip(entries))).toEqual(Buffer.from(zip([...entries].reverse())));
  });

  it('gives different bytes when a file changes', () => {
    const changed = entries.map((e, i) => (i === 0 ? { ...e, data: text('# Changed\n') } : e));
    expect(Buffer.from(zip(changed))).not.toEqual(Buffer.from(zip(entries)));
  });

  it('writes an empty archive for no files', () => {
    expect(Object.keys(unzipSync(zip([])))).toEqual([]);
  });

  it('refuses duplicate, absolute and escaping paths', () => {
    expect(() => zip([entries[0]!, entries[0]!])).toThrow(/twice/);
    for (const path of ['/etc/passwd', '../up.txt', 'a//b', 'a\\b', ''])
      expect(() => zip([{ path, data: text('x') }]), path).toThrow(/relative path/);
  });

});
