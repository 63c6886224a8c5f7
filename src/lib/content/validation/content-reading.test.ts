import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from './content-reading';
import { contentStamp, holdReading, keptReading } from './content-readings';
import { loadContent } from './load';

const roots: string[] = [];
function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-reading-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

const page = (title: string) => `---\ntitle: ${title}\ndescription: A page.\n---\n\nText.\n`;

describe('readContent', () => {
  it('returns the same reading while the files are unchanged', () => {
    const root = site({ 'content/docs/a.md': page('A') });
    const first = readContent(root);
    expect(first.pages.map((p) => p.frontmatter['title'])).toEqual(['A']);
    expect(readContent(root)).toBe(first);
    expect(readContent(`${root}/`)).toBe(first);
  });

  it('reads again when a file changes, appears or goes', () => {
    const root = site({ 'content/docs/a.md': page('A') });
    const first = readContent(root);
    writeFileSync(join(root, 'content/docs/a.md'), page('A, edited'));
    utimesSync(join(root, 'content/docs/a.md'), new Date(), new Date(Date.now() + 5000));
    const edited = readContent(root);
    expect(edited).not.toBe(first);
    expect(edited.pages.map((p) => p.frontmatter['title'])).toEqual(['A, edited']);
    writeFileSync(join(root, 'content/docs/b.md'), page('B'));
    expect(readContent(root).pages).toHaveLength(2);
  });
});

describe('holdReading', () => {
  it('keeps the reading for the rest of the process (a build), without looking at the files again', () => {
    const root = site({ 'content/docs/a.md': page('A') });
    const first = readContent(`${root}/`);
    holdReading(first);
    writeFileSync(join(root, 'content/docs/b.md'), page('B'));
    expect(readContent(root)).toBe(first);
    expect(keptReading(root)).toBe(first);
  });

  it('leaves the readings of other roots to their stamps', () => {
    const held = site({ 'content/docs/a.md': page('A') });
    const other = site({ 'content/docs/a.md': page('A') });
    holdReading(readContent(held));
    const first = readContent(other);
    writeFileSync(join(other, 'content/docs/b.md'), page('B'));
    expect(keptReading(other)).toBeUndefined();
    expect(readContent(other)).not.toBe(first);
  });

  it('holds the reading it is given (the one validated), not one read after a file was edited since', () => {
    const root = site({ 'content/docs/a.md': page('A') });
    const validated = readContent(root);
    writeFileSync(join(root, 'content/docs/a.md'), page('A, edited'));
    utimesSync(join(root, 'content/docs/a.md'), new Date(), new Date(Date.now() + 5000));
    expect(readContent(root)).not.toBe(validated);
    holdReading(validated);
    expect(readContent(root)).toBe(validated);
    expect(keptReading(root)).toBe(validated);
  });

  it('holds a reading that was never kept (made by loadContent)', () => {
    const root = site({ 'content/docs/a.md': page('A') });
    const validated = loadContent(root);
    holdReading(validated);
    writeFileSync(join(root, 'content/docs/b.md'), page('B'));
    expect(readContent(root)).toBe(validated);
  });
});

describe('contentStamp', () => {
  it('changes with a file’s size and lists files in a stable order', () => {
    const root = site({ 'content/x.yaml': 'a: 1\n', 'content/sub/y.yaml': 'b: 2\n' });
    const before = contentStamp(root);
    expect(before.split('\n').map((line) => line.split('\t')[0])).toEqual(['sub/y.yaml', 'x.yaml']);
    writeFileSync(join(root, 'content/x.yaml'), 'a: 12\n');
    expect(contentStamp(root)).not.toBe(before);
  });
});
