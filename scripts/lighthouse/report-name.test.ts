import { describe, expect, test } from 'vitest';
import { reportName } from './report-name.ts';

/** Reads a name back into its path: the proof that no two paths share a name. */
const pathOf = (name: string) => (name === '_home' ? '/' : `/${name.split('_').map(decodeURIComponent).join('/')}/`);

describe('reportName', () => {
  test('keeps a page’s path readable: its segments joined by `_`, the home page `_home`', () => {
    expect(reportName('/')).toBe('_home');
    expect(reportName('/ladder/')).toBe('ladder');
    expect(reportName('/ladder/levels/lead-ml-engineer/')).toBe('ladder_levels_lead-ml-engineer');
  });

  test('gives paths that differ only in their separators names of their own', () => {
    expect(reportName('/a-b/')).toBe('a-b');
    expect(reportName('/a/b/')).toBe('a_b');
    expect(reportName('/a_b/')).toBe('a%5Fb');
    expect(reportName('/home/')).toBe('home');
  });

  test('escapes what could be read as a separator, an extension or another case, byte by byte', () => {
    expect(reportName('/v1.2/')).toBe('v1%2E2');
    expect(reportName('/50%/')).toBe('50%25');
    expect(reportName('/Ab/')).toBe('%41b');
    expect(reportName('/café/')).toBe('caf%C3%A9');
  });

  test('never gives two paths one name, even on a file system that ignores case', () => {
    const segments = ['a', 'b', 'a-b', 'a_b', 'a.b', 'A', '_', '-', '%41', 'home', '_home', 'é'];
    const paths = ['/', ...segments.map((s) => `/${s}/`), ...segments.flatMap((s) => segments.map((t) => `/${s}/${t}/`))];
    const names = paths.map(reportName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(paths.length);
    for (const [i, name] of names.entries()) expect(pathOf(name), name).toBe(paths[i]);
  });

  test('refuses a path that is not a built page’s, which could share a name with one', () => {
    expect(() => reportName('/a')).toThrow('`/a` is not the path of a built page');
    expect(() => reportName('a/')).toThrow('not the path of a built page');
    expect(() => reportName('/a//b/')).toThrow('no empty segment');
    expect(() => reportName('')).toThrow('not the path of a built page');
  });
});
