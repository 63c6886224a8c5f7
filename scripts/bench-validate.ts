/**
 * `npm run bench:validate`: how fast `npm run validate` is, on the real content and on a synthetic
 * job family of about 10,000 files (the real ladder copied again and again under new ids: see
 * bench/synthetic-family.ts). Prints files per second.
 *
 * A timing is only printed for content that validates with no problems: the validator's time on
 * broken content is mostly the time it takes to write the report, which measures nothing useful
 * (the synthetic family once drifted from the schemas and its figure timed 59,399 problems).
 */
import { globSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../src/lib/content/validation/format.ts';
import { validateContent } from '../src/lib/content/validation/validate.ts';
import { copiesFor, writeSyntheticFamily } from './bench/synthetic-family.ts';
import { scriptArgs } from './usage.ts';

scriptArgs(import.meta.url, {});

/** Whether `root` validates with no problems; when it does not, says so with the first ones, and how to see them all. */
function isValid(label: string, root: string): boolean {
  const { problems } = validateContent(root);
  if (!problems.length) return true;
  const shown = 10;
  console.error(`bench:validate: the ${label} has ${problems.length.toLocaleString('en')} validation problem${problems.length === 1 ? '' : 's'}, so no timing is printed (it would time the report of broken content). The first ${Math.min(shown, problems.length)}:`);
  for (const p of problems.slice(0, shown)) console.error(`  ${formatProblem(p)}`);
  console.error(`See them all with: npm run validate -- --root ${root}`);
  process.exitCode = 1;
  return false;
}

/** The best of `runs` timings of the validator on `root`, printed; none when `root` has problems. */
function measure(label: string, root: string, runs = 3) {
  if (!isValid(label, root)) return undefined;
  let best = Infinity;
  let bestCpu = Infinity;
  let result = validateContent(root);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    result = validateContent(root);
    const cpu = process.cpuUsage(cpuStart);
    best = Math.min(best, performance.now() - start);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
  }
  const seconds = best / 1000;
  // Files and bytes: the validator's time follows the bytes it parses more than the number of files.
  const megabytes = globSync('content/**/*', { cwd: root, withFileTypes: true }).reduce((n, f) => n + (f.isFile() ? statSync(join(f.parentPath, f.name)).size : 0), 0) / 1e6;
  console.log(
    `${label}\n  ${result.filesChecked.toLocaleString('en')} files, ${megabytes.toFixed(1)} MB: ${seconds.toFixed(3)} s, ${Math.round(result.filesChecked / seconds).toLocaleString('en')} files/s, ${(megabytes / seconds).toFixed(2)} MB/s (CPU ${(bestCpu / 1000).toFixed(3)} s: on a shared machine, the time the validator itself ran)`,
  );
  return { seconds, ...result };
}

const repo = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'bench-validate-'));
let keep = false;
try {
  console.log(`validator benchmark (best of 3, Node ${process.version})`);
  const realRun = measure('real content', repo);
  if (realRun) {
    const copies = copiesFor(repo, 10_000);
    const family = writeSyntheticFamily(repo, dir, { copies });
    const synthetic = measure(`synthetic family, ${copies} copies (${family.tracks} tracks, ${family.levels} levels)`, dir, 1);
    // An invalid family is kept for `npm run validate -- --root <dir>`.
    keep = !synthetic;
    if (synthetic) console.log(`targets: real < 1 s (${realRun.seconds < 1 ? 'met' : 'MISSED'}), synthetic < 10 s (${synthetic.seconds < 10 ? 'met' : 'MISSED'})`);
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
