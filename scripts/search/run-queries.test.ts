import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerableTargets, removedTargets, withoutGoneAnswers } from './run-queries';

const dir = mkdtempSync(join(tmpdir(), 'queries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the reader queries after a level or competency is removed', () => {
  const dist = join(dir, 'dist');
  const releases = join(dir, 'releases');
  mkdirSync(dist);
  mkdirSync(releases);
  // The ladder as built: one level and one competency fewer than the first release held.
  writeFileSync(join(dist, 'ladder.json'), JSON.stringify({ levels: [{ id: 'junior' }, { id: 'senior' }], competencies: [{ id: 'sql' }] }));
  writeFileSync(join(releases, '1.0.0.yaml'), 'version: 1.0.0\nlevels:\n  - id: junior\n  - id: mid\n  - id: senior\ncompetencies:\n  - id: sql\n  - id: spreadsheets\n');
  writeFileSync(join(releases, '2.0.0.yaml'), 'version: 2.0.0\nlevels:\n  - id: junior\n  - id: senior\ncompetencies:\n  - id: sql\n');
  const removed = removedTargets(dist, releases);

  it('are the levels and competencies a release held and the built ladder does not', () => {
    expect([...removed].sort()).toEqual(['competency:spreadsheets', 'level:mid']);
  });

  it('leave out a target naming one, or comparing one, and keep every other (a typo still fails where it is resolved)', () => {
    expect(answerableTargets(['level:mid', 'level:senior'], removed)).toEqual(['level:senior']);
    expect(answerableTargets(['compare:mid/senior', 'compare:junior/senior', 'competency:spreadsheets', 'page:ladder', 'level:typo'], removed)).toEqual([
      'compare:junior/senior',
      'page:ladder',
      'level:typo',
    ]);
  });

  it('leave out the targets on a removed level’s role pages, and keep those of a level still there', () => {
    const onMid = ['kpi:mid/rollback-rate', 'skill:mid/sql', 'tool:mid/dbt', 'page:roles/mid', 'page:roles/mid#role-summary', 'page:roles/mid/day-to-day'];
    const onSenior = ['kpi:senior/rollback-rate', 'skill:senior/sql', 'tool:senior/dbt', 'page:roles/senior/day-to-day#x', 'page:roles/middle', 'page:roles'];
    expect(answerableTargets([...onMid, ...onSenior], removed)).toEqual(onSenior);
  });
});

describe('the queries whose answers the content no longer has', () => {
  it('are matched by position: two queries of the same words keep their own answers, searched or left out', () => {
    const set = [
      { query: 'drift', expected: ['/monitoring/#drift'] },
      { query: 'drift', expected: ['/old-page/', '/older-page/#drift'] },
      { query: 'rollback', expected: ['/old-page/', '/deploys/'] },
    ];
    const { planned, gone } = withoutGoneAnswers(set, (href) => href.startsWith('/old'));
    expect(gone).toEqual([{ query: 'drift', expected: ['/old-page/', '/older-page/#drift'] }]);
    expect(planned).toEqual([
      { query: 'drift', expected: ['/monitoring/#drift'] },
      { query: 'rollback', expected: ['/deploys/'] },
    ]);
  });
});
