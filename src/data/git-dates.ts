/**
 * When content files were last committed, for a page's “Last updated”: a generated page's (Starlight
 * takes it from git for content pages) and the data files a page's tables and lists are made from
 * (src/lib/site/last-updated.ts). One `git log` answers for every file under content/.
 */
import { execFileSync } from 'node:child_process';

/**
 * Each file under content/ with its last commit's date; empty outside a git checkout. `git log`
 * lists no files for a merge by default, so a change made in the merge itself (a conflict resolved
 * by hand, where the merged file differs from both sides) never dated the file. Such a change dates
 * it (`--diff-merges=dense-combined`: the files that differ from every parent). A merge that only
 * brings a branch's commits over does not: those commits date their files, as Starlight dates a
 * page written in MDX (it skips merges).
 */
export function readCommitDates(cwd = process.cwd()): Map<string, Date> {
  const dates = new Map<string, Date>();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--diff-merges=dense-combined', '--', 'content'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const commit of log.split('\0').slice(1)) {
      const [date, ...names] = commit.split('\n').map((l) => l.trim());
      for (const name of names) if (name && !dates.has(name)) dates.set(name, new Date(date!));
    }
  } catch {
    // Not a git checkout: pages simply show no date.
  }
  return dates;
}

/** The newest of these files' dates; undefined when none of them has one. */
export function newestOf(dates: ReadonlyMap<string, Date>, files: readonly string[]): Date | undefined {
  const known = files.map((f) => dates.get(f)).filter((d): d is Date => d !== undefined);
  return known.length ? new Date(Math.max(...known.map((d) => d.getTime()))) : undefined;
}

/** When the newest of these content files was last committed; undefined outside a git checkout or for files never committed. */
export function lastCommitted(files: readonly string[]): Date | undefined {
  return newestOf(commitDates(), files);
}

let commitDateCache: Map<string, Date> | undefined;
/** Read once per build; the dev server reads again, so that a commit made while it runs shows. */
function commitDates(): Map<string, Date> {
  if (commitDateCache && import.meta.env.PROD) return commitDateCache;
  return (commitDateCache = readCommitDates());
}
