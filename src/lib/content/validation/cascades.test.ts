/**
 * One typo, one report: a value that fails its own rule (a track, a competency, a scorecard dimension
 * that does not exist) is reported where it is written, and the checks that depend on it do not run on
 * it, so they do not report correct text elsewhere, nor suggest the typo as what was meant.
 *
 * Each test makes one typo in a small fixture (tests/fixtures/validate) and compares the report with the
 * report before it: every problem the typo adds must be on the line of the typo.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** Replaces `from` by `to` on the first line of `file` that holds it; returns that line's number. */
function edit(root: string, file: string, from: RegExp, to: string): number {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const index = lines.findIndex((l) => from.test(l));
  expect(index, `no line of ${file} matches ${from}`).toBeGreaterThanOrEqual(0);
  lines[index] = lines[index]!.replace(from, to);
  writeFileSync(join(root, file), lines.join('\n'));
  return index + 1;
}

/**
 * The problems a typo adds: `from` replaced by `to` on the first line of `file` that holds it, and that
 * line's number; `setup` first changes the tree in ways that are no typo (the report before counts them).
 */
function typo(caseName: string, file: string, from: RegExp, to: string, setup?: (root: string) => void): { added: Problem[]; line: number; report: string[] } {
  const root = tree(caseName);
  setup?.(root);
  const key = (p: Problem) => `${p.rule} ${p.message}`;
  const before = new Set(validateContent(root).problems.map(key));
  const line = edit(root, file, from, to);
  const after = validateContent(root).problems;
  return { added: after.filter((p) => !before.has(key(p))), line, report: after.map(formatProblem) };
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

  it('a proficiency off the scale is reported once, where it is written: not at the level above as a fall from it, nor as a change to record in the release snapshot', () => {
    const file = 'content/roles/junior-engineer/role.yaml';
    const { added, line, report } = typo('clean', file, /^ {4}proficiency: 2$/, '    proficiency: 9');
    expect(added.map((p) => [p.rule, p.file, p.line]), report.join('\n')).toEqual([['proficiency-scale', file, line]]);
  });

  it('a proficiency off the scale does not hide what else changed in its expectation since the release snapshot', () => {
    const file = 'content/roles/junior-engineer/role.yaml';
    // The first behavior of the first expectation, the one whose proficiency the typo changes.
    const reworded = (root: string) => void edit(root, file, /^( {6}- )([A-Z].*)$/, '$1Newly $2');
    const { added, report } = typo('clean', file, /^ {4}proficiency: 2$/, '    proficiency: 9', reworded);
    expect(added.map((p) => p.rule), report.join('\n')).toEqual(['proficiency-scale']);
    expect(report.filter((r) => r.startsWith(file) && r.includes('release-snapshot')).length, report.join('\n')).toBe(1);
  });

  it('a proficiency that is no whole number is reported once, where it is written', () => {
    const file = 'content/roles/junior-engineer/role.yaml';
    const { added, line, report } = typo('clean', file, /^ {4}proficiency: 2$/, '    proficiency: 2.5');
    expect(added.filter((p) => p.file === file && p.line === line).length, report.join('\n')).toBe(1);
  });

  it('a misspelled competency id where it is defined is reported there, not at every correct reference to it', () => {
    const file = 'content/family/competencies.yaml';
    expectOnlyAtTheTypo(typo('clean', file, /^- id: system-design$/, '- id: sytem-design'), file, 'sytem-design');
  });

  it('a misspelled track id where it is defined is reported there, not at the levels and competencies on it', () => {
    const file = 'content/family/tracks.yaml';
    expectOnlyAtTheTypo(typo('clean', file, /^- id: ic$/, '- id: icc'), file, 'icc');
  });

  it('a misspelled KPI id is reported where it is defined, not at the goals that name it correctly', () => {
    const file = 'content/roles/senior-engineer/kpis.yaml';
    // A second goal names the KPI: with one reference, the reference is as likely the typo.
    const twice = (root: string) => edit(root, 'content/roles/senior-engineer/goals.yaml', /^(\s*)kpis: \[rollback-rate\]$/, '$1kpis: [rollback-rate, rollback-rate]');
    expectOnlyAtTheTypo(typo('clean', file, /- id: rollback-rate$/, '- id: rollbak-rate', twice), file, 'rollbak-rate');
  });

  it('a misspelled level folder is reported at its role.yaml, not at the levels, pages and changelog that name the level', () => {
    const root = tree('clean');
    const key = (p: Problem) => `${p.rule} ${p.message}`;
    const before = new Set(validateContent(root).problems.map(key));
    renameSync(join(root, 'content/roles/senior-engineer'), join(root, 'content/roles/senior-enginer'));
    const after = validateContent(root).problems;
    const added = after.filter((p) => !before.has(key(p)));
    expect(added.length).toBeGreaterThan(0);
    expect(added.filter((p) => !p.file.startsWith('content/roles/senior-enginer/')).map(formatProblem)).toEqual([]);
    expect(after.map(formatProblem).filter((r) => r.includes('did you mean `senior-enginer`'))).toEqual([]);
  });
});

describe('a level given the rank of another is reported by rank-sequence', () => {
  it.each([
    ['an archetype applies at', 'archetype-levels', 'content/family/archetypes.yaml'],
    ['a feeder or adjacent path concerns', 'path-levels', 'content/family/paths.yaml'],
  ])('not also as a level between two that %s, when it shares the rank of one of them', (_, rule, file) => {
    const listAtTheTwoLowest = (root: string) => void edit(root, file, /levels: \[junior-engineer, staff-engineer\]/, 'levels: [junior-engineer, senior-engineer]');
    const { added, report } = typo(rule, 'content/roles/staff-engineer/role.yaml', /^rank: 3$/, 'rank: 1', listAtTheTwoLowest);
    expect(added.some((p) => p.rule === 'rank-sequence'), report.join('\n')).toBe(true);
    expect(added.filter((p) => p.rule === rule).map(formatProblem)).toEqual([]);
  });
});

describe('a level file with a field missing, or left empty, is reported in that file alone', () => {
  /** The problems a change of the level file adds, from a clean tree; `change` rewrites the file's text. */
  function emptied(file: string, change: (text: string) => string): { added: Problem[]; report: string[] } {
    const root = tree('clean');
    const key = (p: Problem) => `${p.rule} ${p.message}`;
    const before = new Set(validateContent(root).problems.map(key));
    writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
    const after = validateContent(root).problems;
    return { added: after.filter((p) => !before.has(key(p))), report: after.map(formatProblem) };
  }
  const file = 'content/roles/senior-engineer/role.yaml';
  const changes: [string, (text: string) => string][] = [
    ['left empty', () => ''],
    ['without its title', (text) => text.replace(/^title: .*\n/m, '')],
    ['without its track', (text) => text.replace(/^track: .*\n/m, '')],
    ['without its rank', (text) => text.replace(/^rank: .*\n/m, '')],
  ];

  for (const [how, change] of changes)
    it(`a level file ${how}: no other file is blamed, and no message names a missing value as “undefined”`, () => {
      const { added, report } = emptied(file, change);
      expect(added.length, report.join('\n')).toBeGreaterThan(0);
      expect(added.filter((p) => p.file !== file).map(formatProblem)).toEqual([]);
      expect(report.filter((r) => /undefined/.test(r))).toEqual([]);
    });
});
