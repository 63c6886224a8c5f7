/**
 * When content files were last committed, for a page's “Last updated”: a generated page's (Starlight
 * takes it from git for content pages) and the data files a page's tables and lists are made from
 * (src/lib/site/last-updated.ts). One `git log` answers for every file under content/.
 */
import { execFile, execFileSync } from 'node:child_process';

/**
 * The `git log` that dates every file under content/. It lists no files for a merge by default, so a
 * change made in the merge itself (a conflict resolved by hand, where the merged file differs from
 * both sides) never dated the file. Such a change dates it (`--diff-merges=dense-combined`: the
 * files that differ from every parent). A merge that only brings a branch's commits over does not:
 * those commits date their files, as Starlight dates a page written in MDX (it skips merges).
 */
const gitLog = ['log', '--format=%x00%cI', '--name-only', '--diff-merges=dense-combined', '--', 'content'];
const gitOptions = { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;

/** Each file of a `gitLog` output with the date of the newest commit that lists it. */
function commitDatesOfLog(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...names] = commit.split('\n').map((l) => l.trim());
    for (const name of names) if (name && !dates.has(name)) dates.set(name, new Date(date!));
  }
  return dates;
}

/** Each file under content/ with its last commit's date; empty outside a git checkout. */
export function readCommitDates(cwd = process.cwd()): Map<string, Date> {
  try {
    return commitDatesOfLog(execFileSync('git', gitLog, { ...gitOptions, cwd, stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    // Not a git checkout: pages simply show no date.
    return new Map();
  }
}

/** `readCommitDates` without blocking: git runs while the build goes on. */
export function readingCommitDates(cwd = process.cwd()): Promise<Map<string, Date>> {
  return new Promise((resolve) => {
    const git = execFile('git', gitLog, { ...gitOptions, cwd }, (error, log) => resolve(error ? new Map() : commitDatesOfLog(log)));
    git.stdin?.end();
  });
}

/**
 * The build's one reading of the commit dates, kept on `globalThis`: this module is loaded twice in
 * a build, by the configuration (the page finishing, src/integrations/quality-gates.ts) and in the
 * server bundle (the generated pages' dates), and both take the same reading. The quality gates
 * start it as a build sets up (`startBuildCommitDates`), so that git runs beside the content sync
 * and the server build instead of the pages waiting on it (stop 60 in scripts/bench/HISTORY.md).
 */
const buildReading = Symbol.for('handbook.buildCommitDates');
interface Reading {
  dates: Promise<Map<string, Date>>;
  /** The dates once git has answered. */
  settled?: Map<string, Date>;
}
type Holder = { [buildReading]?: Reading };

/** Starts a new reading of the commit dates for the build that is starting (one per build, as the commits may have moved since the last). */
export function startBuildCommitDates(cwd = process.cwd()): Promise<Map<string, Date>> {
  const reading: Reading = { dates: readingCommitDates(cwd).then((dates) => (reading.settled = dates)) };
  return ((globalThis as Holder)[buildReading] = reading).dates;
}

/** The commit dates of the build under way: the reading started with it, or one started now. */
export function buildCommitDates(): Promise<Map<string, Date>> {
  return (globalThis as Holder)[buildReading]?.dates ?? startBuildCommitDates();
}

/** The build's commit dates if git has answered, for a caller that cannot wait (a synchronous hook). */
export function settledBuildCommitDates(): Map<string, Date> | undefined {
  return (globalThis as Holder)[buildReading]?.settled;
}

/** The newest of these files' dates; undefined when none of them has one. */
export function newestOf(dates: ReadonlyMap<string, Date>, files: readonly string[]): Date | undefined {
  const known = files.map((f) => dates.get(f)).filter((d): d is Date => d !== undefined);
  return known.length ? new Date(Math.max(...known.map((d) => d.getTime()))) : undefined;
}

/**
 * When the newest of these content files was last committed; undefined outside a git checkout or for
 * files never committed. The build reads the dates once; the dev server reads them again on each
 * call, so that a commit made while it runs shows.
 */
export async function lastCommitted(files: readonly string[]): Promise<Date | undefined> {
  return newestOf(import.meta.env.PROD ? await buildCommitDates() : readCommitDates(), files);
}
