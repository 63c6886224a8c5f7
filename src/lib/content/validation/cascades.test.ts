/**
 * One typo, one report: a value that fails its own rule (a track, a competency, a scorecard dimension
 * that does not exist) is reported where it is written, and the checks that depend on it do not run on
 * it, so they do not report correct text elsewhere, nor suggest the typo as what was meant.
 *
 * Each test makes one typo in a small fixture (tests/fixtures/validate) and compares the report with the
 * report before it: every problem the typo adds must be on the line of the typo.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from './format';
import type { Problem } from './problem';
import { validateContent } from './validate';
import { repoRoot } from '../../../../tests/support/repo';

const fixtures = join(repoRoot, 'tests/fixtures/validate');
const temp = mkdtempSync(join(tmpdir(), 'cascades-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let trees = 0;
/** The base fixture with a case's files over it (`clean` for none). */
function tree(caseName: string): string {
  const root = join(temp, `${caseName}-${trees++}`);
  cpSync(join(fixtures, 'base'), root, { recursive: true });
  cpSync(join(fixtures, 'cases', caseName), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') && !src.endsWith('.keep') });
  return root;
}

/** The problems a typo adds: `from` replaced by `to` on the first line of `file` that holds it, and that line's number. */
function typo(caseName: string, file: string, from: RegExp, to: string): { added: Problem[]; line: number; report: string[] } {
  const root = tree(caseName);
  const key = (p: Problem) => `${p.rule} ${p.message}`;
  const before = new Set(validateContent(root).problems.map(key));
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const index = lines.findIndex((l) => from.test(l));
  expect(index, `no line of ${file} matches ${from}`).toBeGreaterThanOrEqual(0);
  lines[index] = lines[index]!.replace(from, to);
  writeFileSync(join(root, file), lines.join('\n'));
  const after = validateContent(root).problems;
  return { added: after.filter((p) => !before.has(key(p))), line: index + 1, report: after.map(formatProblem) };
}

/** Every added problem sits on the typo's line, there is at least one, and none suggests the typo. */
function expectOnlyAtTheTypo({ added, line, report }: ReturnType<typeof typo>, file: string, typed: string) {
  expect(added.length, report.join('\n')).toBeGreaterThan(0);
  expect(added.filter((p) => p.file !== file || p.line !== line).map(formatProblem)).toEqual([]);
  expect(report.filter((r) => r.includes(`did you mean \`${typed}\``))).toEqual([]);
}

describe('a typo is reported once, where it is written', () => {
  it('a level’s misspelled track does not break the rank sequence, nor what differs, of its track or its own', () => {
    const file = 'content/roles/junior-engineer/role.yaml';
    expectOnlyAtTheTypo(typo('clean', file, /^track: ic$/, 'track: icc'), file, 'icc');
  });

  it('a misspelled track of the top level does not leave the levels below it as dead ends or the first of a track', () => {
    const file = 'content/roles/senior-engineer/role.yaml';
    expectOnlyAtTheTypo(typo('what-differs', file, /^track: ic$/, 'track: icx'), file, 'icx');
  });

  it('a misspelled scorecard dimension does not make the hiring guide’s correct anchors unknown, nor suggest the typo', () => {
    const file = 'content/roles/senior-engineer/scorecard.yaml';
    expectOnlyAtTheTypo(typo('anchor-coverage', file, /competency: system-design$/, 'competency: sytem-design'), file, 'sytem-design');
  });

  it('a misspelled scorecard dimension does not make its worked example or floors wrong', () => {
    for (const caseName of ['worked-example', 'scorecard-floors']) {
      const file = 'content/roles/senior-engineer/scorecard.yaml';
      expectOnlyAtTheTypo(typo(caseName, file, /competency: system-design$/, 'competency: sytem-design'), file, 'sytem-design');
    }
  });

  it('a misspelled competency of a level’s expectations does not report it missing, nor ask for a new release snapshot', () => {
    const file = 'content/roles/senior-engineer/role.yaml';
    expectOnlyAtTheTypo(typo('clean', file, /^ {2}delivery:$/, '  delivry:'), file, 'delivry');
  });
});
