/**
 * When content files were last committed, for a generated page's "Last updated" (Starlight takes
 * it from git for content pages). One `git log` per build answers for every file under content/.
 */
import { execFileSync } from 'node:child_process';

/** When the newest of these content files was last committed; undefined outside a git checkout or for files never committed. */
export function lastCommitted(files: string[]): Date | undefined {
  const dates = files.map((f) => commitDates().get(f)).filter((d): d is Date => d !== undefined);
  return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : undefined;
}

let commitDateCache: Map<string, Date> | undefined;
function commitDates(): Map<string, Date> {
  if (commitDateCache && import.meta.env.PROD) return commitDateCache;
  const dates = new Map<string, Date>();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    for (const commit of log.split('\0').slice(1)) {
      const [date, ...names] = commit.split('\n').map((l) => l.trim());
      for (const name of names) if (name && !dates.has(name)) dates.set(name, new Date(date!));
    }
  } catch {
    // Not a git checkout: pages simply show no date.
  }
  return (commitDateCache = dates);
}
