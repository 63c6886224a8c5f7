import { describe, expect, it } from 'vitest';
import { diffLines, diffSummary } from './unified-diff';

const patch = [
  'From 123 Mon Sep 17 00:00:00 2001',
  'Subject: [PATCH] change',
  '',
  '---',
  ' a.py | 2 +-',
  '',
  'diff --git a/a.py b/a.py',
  'index 1..2 100644',
  '--- a/a.py',
  '+++ b/a.py',
  '@@ -1,2 +1,2 @@',
  ' keep',
  '-old',
  '+new',
  '--- a line of code that starts with dashes',
  'diff --git a/b.txt b/b.txt',
  'new file mode 100644',
  '--- /dev/null',
  '+++ b/b.txt',
  '@@ -0,0 +1 @@',
  '+hello',
  '',
].join('\n');

describe('diffLines', () => {
  it('numbers the lines of the file from 1 and gives each its kind', () => {
    const lines = diffLines(patch);
    expect(lines.map((l) => l.number)).toEqual(lines.map((_, i) => i + 1));
    expect(lines.map((l) => l.kind)).toEqual([
      'message', 'message', 'message', 'message', 'message', 'message',
      'file', 'file', 'file', 'file', 'hunk', 'context', 'remove', 'add', 'remove',
      'file', 'file', 'file', 'file', 'hunk', 'add',
    ]);
  });

  it('reads a plain unified diff without a git header or message', () => {
    expect(diffLines('--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n').map((l) => l.kind)).toEqual(['file', 'file', 'hunk', 'remove', 'add']);
  });

  it('does not count a trailing newline as a line, and reads Windows line ends', () => {
    expect(diffLines('@@ -1 +1 @@\r\n+b\r\n')).toHaveLength(2);
    expect(diffLines('')).toEqual([]);
  });
});

describe('diffSummary', () => {
  it('lists the files and counts the lines added and removed', () => {
    expect(diffSummary(diffLines(patch))).toEqual({ files: ['a.py', 'b.txt'], added: 2, removed: 2 });
  });
});
