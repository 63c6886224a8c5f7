import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksForHelp, leadingDocComment } from './usage';

describe('a script’s usage', () => {
  it('is the text of its leading doc comment, without the comment markup', () => {
    expect(leadingDocComment('/**\n * `npm run x`: does x.\n *\n * Usage: npm run x [-- --fast]\n */\nimport a from "a";')).toBe('`npm run x`: does x.\n\nUsage: npm run x [-- --fast]');
    expect(leadingDocComment('\n/** One line. */\nconst a = 1;')).toBe('One line.');
  });

  it('is empty for a script that does not open with a doc comment', () => {
    expect(leadingDocComment('import a from "a";\n/** Later. */')).toBe('');
    expect(leadingDocComment('// A line comment.\n')).toBe('');
  });

  it('is asked for with --help or -h', () => {
    expect(asksForHelp(['--runs', '3', '--help'])).toBe(true);
    expect(asksForHelp(['-h'])).toBe(true);
    expect(asksForHelp(['/help/'])).toBe(false);
  });
});

describe('npm run lighthouse and npm run bench:search', { timeout: 60_000 }, () => {
  const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(import.meta.dirname, script), ...args], { encoding: 'utf8' });

  it('print their usage with --help, and exit', () => {
    for (const script of ['lighthouse.ts', 'bench-search.ts']) {
      const result = run(script, '--help');
      expect(result.status, `${script}: ${result.stderr}`).toBe(0);
      expect(result.stdout, script).toMatch(/npm run /);
      expect(result.stdout, script).not.toMatch(/^\s*\*/m);
    }
  });

  it('say to build first when there is no build, without a stack trace', () => {
    const empty = mkdtempSync(join(tmpdir(), 'handbook-no-build-'));
    try {
      const result = run('lighthouse.ts', '--dist', empty);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('npm run build');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
