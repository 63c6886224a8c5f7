import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksForHelp, leadingDocComment, usageLine } from './usage';

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

describe('a usage line', () => {
  it('is the line that begins “Usage:”, else the first `npm run …` call the usage names', () => {
    expect(usageLine('Does x: `npm run x -- <file> [--write]`, or `npm run y`.')).toBe('npm run x -- <file> [--write]');
    expect(usageLine('`npm run x`: does x.\n\nUsage: npm run x [-- --fast]   (notes)')).toBe('npm run x [-- --fast]');
    expect(usageLine('Run it by hand.')).toBe('');
  });
});

/** The files of scripts/ that package.json's npm scripts run with `node`, each with the npm script's name. */
function npmScriptFiles(): { name: string; file: string }[] {
  const { scripts } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return Object.entries(scripts).flatMap(([name, command]) => [...command.matchAll(/\bnode (scripts\/[\w-]+\.ts)/g)].map((m) => ({ name, file: m[1]! })));
}
const runScript = (file: string, ...args: string[]) => spawnSync(process.execPath, [join(import.meta.dirname, '..', file), ...args], { encoding: 'utf8' });
const stackTrace = /\n\s+at /;

// checked-build hands its arguments, --help among them, to astro build, which answers for it.
const passesItsArguments = 'scripts/checked-build.ts';

describe('every npm script of scripts/', { timeout: 120_000 }, () => {
  it('prints its usage with --help and exits, doing nothing else', () => {
    const files = npmScriptFiles().filter((s) => s.file !== passesItsArguments);
    expect(files.length).toBeGreaterThan(0);
    for (const { name, file } of files) {
      const result = runScript(file, '--help');
      expect(result.status, `${name}: ${result.stderr}`).toBe(0);
      expect(result.stdout, name).toMatch(/npm run /);
      expect(result.stdout, name).not.toMatch(/^\s*\*/m);
      expect(result.stderr, name).not.toMatch(stackTrace);
    }
  });

  it('refuses an option it does not know in one message naming it and its usage, before doing anything', () => {
    for (const { name, file } of npmScriptFiles().filter((s) => s.file !== passesItsArguments)) {
      const result = runScript(file, '--no-such-option');
      expect(result.status, `${name}: ${result.stdout}${result.stderr}`).toBe(1);
      expect(result.stderr, name).toContain('--no-such-option');
      expect(result.stderr, name).toMatch(/usage: npm run /);
      expect(result.stderr, name).not.toMatch(stackTrace);
      expect(result.stdout, name).toBe('');
    }
  });
});

describe('npm run lighthouse', { timeout: 60_000 }, () => {
  it('says to build first when there is no build, without a stack trace', () => {
    const empty = mkdtempSync(join(tmpdir(), 'handbook-no-build-'));
    try {
      const result = runScript('scripts/lighthouse.ts', '--dist', empty);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('npm run build');
      expect(result.stderr).not.toMatch(stackTrace);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
