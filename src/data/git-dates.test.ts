import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCommitDates, newestOf, readCommitDates, readingCommitDates, settledBuildCommitDates, startBuildCommitDates } from './git-dates';

describe('newestOf', () => {
  const dates = new Map([
    ['content/a.yaml', new Date('2026-01-02T00:00:00Z')],
    ['content/b.yaml', new Date('2026-03-04T00:00:00Z')],
  ]);
  it('gives the newest date of the files that have one', () => {
    expect(newestOf(dates, ['content/a.yaml', 'content/b.yaml', 'content/never-committed.yaml'])?.toISOString()).toBe('2026-03-04T00:00:00.000Z');
  });
  it('gives nothing when no file has a date', () => {
    expect(newestOf(dates, ['content/never-committed.yaml'])).toBeUndefined();
    expect(newestOf(dates, [])).toBeUndefined();
  });
});

describe('readCommitDates on a repository with merges', () => {
  let repo = '';
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  /** Runs git in the scratch repository, its commits dated `date`. */
  const git = (date: string, ...args: string[]) =>
    spawnSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
  const write = (file: string, text: string) => writeFileSync(join(repo, 'content', file), text);

  it('dates a file by a merge that changed it itself (a conflict resolved), not by one that only brought a branch’s commit', () => {
    repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
    mkdirSync(join(repo, 'content'));
    git('2026-01-01T00:00:00Z', 'init', '-q', '-b', 'main');
    for (const [k, v] of [['user.name', 'Test'], ['user.email', 'test@example.org']]) git('2026-01-01T00:00:00Z', 'config', k!, v!);
    write('resolved.yaml', 'a: 1\n');
    write('brought.yaml', 'b: 1\n');
    git('2026-01-01T00:00:00Z', 'add', '.');
    git('2026-01-01T00:00:00Z', 'commit', '-qm', 'first');
    // Both sides change resolved.yaml: the merge conflicts and is resolved by hand.
    git('2026-02-01T00:00:00Z', 'checkout', '-qb', 'side');
    write('resolved.yaml', 'a: 2\n');
    git('2026-02-01T00:00:00Z', 'commit', '-qam', 'side');
    git('2026-03-01T00:00:00Z', 'checkout', '-q', 'main');
    write('resolved.yaml', 'a: 3\n');
    git('2026-03-01T00:00:00Z', 'commit', '-qam', 'main');
    // Another branch changes brought.yaml only: its merge changes nothing of its own.
    git('2026-03-15T00:00:00Z', 'checkout', '-qb', 'other');
    write('brought.yaml', 'b: 2\n');
    git('2026-03-15T00:00:00Z', 'commit', '-qam', 'other');
    git('2026-03-15T00:00:00Z', 'checkout', '-q', 'main');
    expect(git('2026-04-01T00:00:00Z', 'merge', '-q', 'side', '-m', 'merge side').status, 'the merge conflicts').not.toBe(0);
    write('resolved.yaml', 'a: 4\n');
    git('2026-04-01T00:00:00Z', 'add', '.');
    expect(git('2026-04-01T00:00:00Z', 'commit', '-qm', 'merge side').status).toBe(0);
    expect(git('2026-05-01T00:00:00Z', 'merge', '-q', '--no-ff', 'other', '-m', 'merge other').status).toBe(0);

    const dates = readCommitDates(repo);
    expect(dates.get('content/resolved.yaml')?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(dates.get('content/brought.yaml')?.toISOString()).toBe('2026-03-15T00:00:00.000Z');
  });

  it('reads the same dates without blocking, for the build', async () => {
    expect(await readingCommitDates(repo)).toEqual(readCommitDates(repo));
  });

  it('gives every caller of a build the reading started with it, and a new build a new reading', async () => {
    const started = startBuildCommitDates(repo);
    expect(buildCommitDates()).toBe(started);
    expect(settledBuildCommitDates(), 'nothing to take before git answers').toBeUndefined();
    expect(await buildCommitDates()).toEqual(readCommitDates(repo));
    expect(settledBuildCommitDates()).toBe(await started);
    const next = startBuildCommitDates(join(repo, 'content'));
    expect(buildCommitDates()).toBe(next);
    expect(buildCommitDates()).not.toBe(started);
    expect(settledBuildCommitDates(), 'a new build does not take the last one’s dates').toBeUndefined();
  });

  it('reads no dates outside a git checkout, without failing', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'git-dates-none-'));
    try {
      expect(readCommitDates(outside).size).toBe(0);
      expect((await readingCommitDates(outside)).size).toBe(0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
