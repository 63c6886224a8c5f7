/**
 * `npm run bench:validate`: how fast `npm run validate` is, on the real content and on a synthetic
 * job family of about 10,000 files (50 tracks × 6 levels × 30 competencies). Prints files per second.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent } from '../src/lib/content/validation/validate.ts';
import { writeSyntheticFamily } from './bench/synthetic-family.ts';

function measure(label: string, root: string, runs = 3) {
  let best = Infinity;
  let result = validateContent(root);
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = validateContent(root);
    best = Math.min(best, performance.now() - start);
  }
  const seconds = best / 1000;
  console.log(
    `${label.padEnd(36)} ${String(result.filesChecked).padStart(6)} files  ${seconds.toFixed(3)} s  ${Math.round(result.filesChecked / seconds).toLocaleString('en')} files/s  ${result.problems.length} problems`,
  );
  return { seconds, ...result };
}

const repo = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'bench-validate-'));
try {
  console.log(`validator benchmark (best of 3, Node ${process.version})`);
  const realRun = measure('real content', repo);
  const size = { tracks: 50, levels: 6, competencies: 30, pagesPerLevel: 26 };
  writeSyntheticFamily(repo, dir, size);
  const synthetic = measure(`synthetic ${size.tracks}×${size.levels} levels×${size.competencies} comp.`, dir, 1);
  if (synthetic.problems.length) console.log(synthetic.problems.slice(0, 5));
  console.log(`targets: real < 1 s (${realRun.seconds < 1 ? 'met' : 'MISSED'}), synthetic < 10 s (${synthetic.seconds < 10 ? 'met' : 'MISSED'})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
