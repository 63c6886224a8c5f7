import { describe, expect, it } from 'vitest';
import type { Problem } from './problem';
import { rules, stageOf } from './rules/index';
import { inReportOrder } from './validate';

const problem = (rule: Problem['rule'], file: string, line: number): Problem => ({ file, line, column: 1, rule, message: `${rule} at ${file}:${line}` });

describe('the order of a report', () => {
  it('lists a duplicate id before the release snapshots it puts out of step, whatever their files and lines', () => {
    const order = inReportOrder([
      problem('release-snapshot', 'a/changelog.yaml', 1),
      problem('release-snapshot', 'a/level.yaml', 2),
      problem('duplicate-id', 'z/competencies.yaml', 40),
    ]).map((p) => p.rule);
    expect(order).toEqual(['duplicate-id', 'release-snapshot', 'release-snapshot']);
  });

  it('puts syntax before schema, schema before ids and references, those before the other rules, and the releases last', () => {
    const stage = (id: Problem['rule']) => stageOf(id);
    expect(stage('yaml-syntax')).toBeLessThan(stage('required-field'));
    expect(stage('required-field')).toBeLessThan(stage('duplicate-id'));
    expect(stage('duplicate-id')).toBe(stage('broken-reference'));
    expect(stage('broken-reference')).toBeLessThan(stage('rank-sequence'));
    for (const { id } of rules) if (!id.startsWith('release-') && id !== 'changelog-version') expect(stage(id), id).toBeLessThan(stage('release-snapshot'));
  });

  it('keeps file, line and column order within a stage, and each problem once', () => {
    const late = problem('broken-reference', 'b.yaml', 3);
    const early = problem('duplicate-id', 'b.yaml', 1);
    const other = problem('broken-reference', 'a.yaml', 9);
    expect(inReportOrder([late, early, other, { ...late }])).toEqual([other, early, late]);
  });
});
