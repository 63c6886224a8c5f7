/**
 * Lighthouse scores of the built site (`npm run lighthouse`, after `npm run build`; not part of
 * `npm test`: about 15 s a page, and scores vary a little between runs).
 *
 * Serves dist/ on 127.0.0.1 as a static host would (gzip, and the headers of dist/_headers: the
 * security headers, long caching for /_astro/) and runs Lighthouse (mobile, its default) with Debian's Chromium on the
 * home page, a level page, a comparison page, the ladder overview and every tool page (frontmatter `pageType: tool`),
 * then prints the four category scores and, for each score under 100, the audits that cost points.
 *
 * Usage: npm run lighthouse [-- --runs 3] [-- /some/path/ …] [-- --only]   (extra paths are added to the
 *        list; with --only, only they are measured)
 *        CHROME_PATH=/path/to/chrome npm run lighthouse
 * With --runs N each page is measured N times and the median score of each category is kept: the
 * performance score moves with the load of the machine (Lighthouse throttles the CPU 4× on top).
 */
import { execFile } from 'node:child_process';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { headersForPath, parseHostingHeaders } from '../src/security/headers.ts';
import { toolPaths } from '../tests/support/page-types.ts';
import { serveDirectory } from '../tests/support/server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const lighthouseBin = join(root, 'node_modules/lighthouse/cli/index.js');
const chrome = process.env['CHROME_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
if (!chrome) throw new Error('No Chromium: install Debian’s `chromium` or set CHROME_PATH.');

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 1;
const extraPaths = args.filter((a, i) => a.startsWith('/') && args[i - 1] !== '--runs');
/** With --only, just the paths given. */
const only = args.includes('--only');
const built = new Set(globSync('**/index.html', { cwd: dist }).map((f) => '/' + f.replace(/index\.html$/, '')));
const first = (prefix: string) => [...built].filter((p) => p.startsWith(prefix) && p !== prefix).sort()[0];
const targets = [
  ...(only ? [] : standardTargets()),
  ...extraPaths.map((path) => ({ label: 'extra', path })),
].filter((t): t is { label: string; path: string } => !!t.path && built.has(t.path));

/** The pages issue 20 names (home, level, comparison, ladder overview) and every tool. */
function standardTargets() {
  return [
    { label: 'home', path: '/' },
    { label: 'level', path: '/ladder/levels/lead-ml-engineer/' },
    { label: 'comparison', path: first('/ladder/compare/') },
    { label: 'ladder', path: '/ladder/' },
    ...toolPaths().map((path) => ({ label: 'tool', path })),
  ];
}

interface Report {
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string; scoreDisplayMode: string }>;
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
/** First and largest contentful paint, total blocking time, cumulative layout shift. */
const metricAudits = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

/**
 * One Lighthouse run on `path`. Chromium sometimes fails to record the trace of a page load on a
 * busy machine (NO_NAVSTART, NO_FCP): such a run is tried again, up to three times in all.
 */
async function lighthouse(path: string, attempt = 1): Promise<Report> {
  // Asynchronous, so that the server in this process keeps answering while Lighthouse runs.
  const run = await promisify(execFile)(
    process.execPath,
    [lighthouseBin, site.url + path, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${categories.join(',')}`, '--chrome-flags=--headless=new --no-sandbox'],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CHROME_PATH: chrome } },
  ).catch((error: Error & { stderr?: string }) => ({ error: (error.stderr ?? error.message).slice(-3000) }));
  if ('error' in run) {
    if (attempt < 3 && /Something went wrong with recording the trace|NO_NAVSTART|NO_FCP/.test(run.error)) return lighthouse(path, attempt + 1);
    throw new Error(`Lighthouse failed on ${path}:\n${run.error}`);
  }
  return JSON.parse(run.stdout) as Report;
}
const hostRules = parseHostingHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
const site = await serveDirectory(dist, { headers: (path) => headersForPath(hostRules, path), gzip: true });
const rows: string[] = [];
const shortfalls: string[] = [];
try {
  for (const { label, path } of targets) {
    const reports: Report[] = [];
    for (let i = 0; i < runs; i++) {
      reports.push(await lighthouse(path));
    }
    // The run with the median performance score stands for the page.
    reports.sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
    const report = reports[Math.floor(reports.length / 2)]!;
    const scores = categories.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
    // The metrics behind the performance score, as Lighthouse shows them (e.g. `1.2 s`, `0 ms`, `0`).
    const metrics = metricAudits.map((id) => (report.audits[id]?.displayValue ?? '?').replace(/\u00a0/g, ' ').padStart(8));
    rows.push(`${label.padEnd(11)}${path.padEnd(58)}${scores.map((s) => String(s).padStart(6)).join('')}${metrics.join('')}`);
    console.log(rows.at(-1));
    for (const c of categories) {
      const category = report.categories[c]!;
      if ((category.score ?? 0) >= 1) continue;
      const costly = category.auditRefs
        .map((ref) => ({ ref, audit: report.audits[ref.id]! }))
        // The audits that carry weight in the score (for performance, the metrics).
        .filter(({ ref, audit }) => ref.weight > 0 && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
        .map(({ audit }) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      shortfalls.push(`${path} ${category.title} ${Math.round((category.score ?? 0) * 100)}: ${costly.join('; ') || 'no single audit'}`);
    }
  }
} finally {
  await site.close();
}

console.log(`\n${'page'.padEnd(11)}${'path'.padEnd(58)}${['perf', 'a11y', 'b-p', 'seo'].map((h) => h.padStart(6)).join('')}${['FCP', 'LCP', 'TBT', 'CLS'].map((h) => h.padStart(8)).join('')}`);
for (const row of rows) console.log(row);
console.log(shortfalls.length ? `\nBelow 100:\n  ${shortfalls.join('\n  ')}` : '\nEvery page scores 100 in every category.');
