/**
 * Lighthouse scores of the built site (`npm run lighthouse`, after `npm run build`; not part of
 * `npm test`: about 15 s a page, and scores vary a little between runs).
 *
 * Serves dist/ on 127.0.0.1 as a static host would (gzip, and the headers of dist/_headers: the
 * security headers, long caching for /_astro/) and runs Lighthouse (mobile, its default) with Debian's Chromium on the
 * home page, a level page, a comparison page, the ladder overview and every tool page (frontmatter `pageType: tool`),
 * then prints the four category scores and, for each score under 100, the audits that cost points.
 *
 * Usage: npm run lighthouse [-- --help] [-- --runs 3] [-- /some/path/ …] [-- --only] [-- --dist DIR] [-- --json DIR] [-- --default-only]   (extra paths are
 *        added to the list; with --only, only they are measured; --dist serves another build, e.g. a copy of
 *        an earlier one, to compare two builds in alternate runs; --json keeps each run's report there, for its
 *        diagnostics: bootup-time, mainthread-work-breakdown, long-tasks, dom-size, as `<page>.cpu<N>.run<K>.json`
 *        (<page>: ./lighthouse/report-name.ts); --default-only skips the calibrated runs)
 *        CHROME_PATH=/path/to/chrome npm run lighthouse
 * With --runs N each page is measured N times and the median score of each category is kept: the
 * performance score moves with the load of the machine (Lighthouse throttles the CPU 4× on top).
 *
 * Honest figures on a slow host: Lighthouse's 4× CPU slowdown assumes a fast desktop. Each run's
 * `environment.benchmarkIndex` (Lighthouse's measure of the host's CPU) and `runWarnings` are printed;
 * when Lighthouse warns that the host is slower than it expects, the page is measured N times more
 * with the multiplier its throttling guide gives for that host (./lighthouse/cpu-multiplier.ts, from
 * the median index of the page's default runs), and a second table shows those runs. The first
 * table, Lighthouse's default, is always printed: it is the figure other sites publish, on this host.
 */
import { execFile } from 'node:child_process';
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { headersForPath, parseHostingHeaders } from '../src/security/headers.ts';
import { toolPaths } from '../tests/support/page-types.ts';
import { serveBuild } from '../tests/support/server.ts';
import { cpuSlowdownMultiplier } from './lighthouse/cpu-multiplier.ts';
import { reportName } from './lighthouse/report-name.ts';
import { chooseTargets } from './lighthouse/targets.ts';
import { scriptArgs } from './usage.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options, positionals } = scriptArgs(import.meta.url, {
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '1' },
    dist: { type: 'string' },
    json: { type: 'string' },
    only: { type: 'boolean', default: false },
    'default-only': { type: 'boolean', default: false },
  },
});
const dist = options.dist ? resolve(options.dist) : join(root, 'dist');
const lighthouseBin = join(root, 'node_modules/lighthouse/cli/index.js');
const chrome = process.env['CHROME_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
// What the reader can do about it, said without a stack trace.
function stop(message: string): never {
  console.error(message);
  process.exit(1);
}
if (!existsSync(join(dist, 'index.html'))) stop(`${dist} holds no build: run \`npm run build\` first.`);
if (!chrome) stop('No Chromium: install Debian’s `chromium` or set CHROME_PATH.');

const jsonDir = options.json ? resolve(options.json) : undefined;
const runs = Number(options.runs);
const extraPaths = positionals.filter((a) => a.startsWith('/'));
/** With --only, just the paths given. */
const only = options.only;
/** With --default-only, no calibrated runs (e.g. to compare two builds at Lighthouse's default). */
const defaultOnly = options['default-only'];
const built = new Set(globSync('**/index.html', { cwd: dist }).map((f) => '/' + f.replace(/index\.html$/, '')));
const first = (prefix: string) => [...built].filter((p) => p.startsWith(prefix) && p !== prefix).sort()[0];
const { targets, missing } = chooseTargets({ standard: standardTargets(), extra: extraPaths, only, built });
if (missing.length) stop(`No such page in ${dist}: ${missing.join(', ')} (give each path on its own, separated by spaces: /ladder/ /growth/evidence/).`);
if (targets.length === 0) stop(only ? 'No page to measure: --only measures just the paths given, and none was (e.g. --only /ladder/).' : `No page of the standard list is in ${dist}: is it a build of this handbook?`);

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
  /** `benchmarkIndex`: Lighthouse's measure of the host's CPU (a fast desktop about 1,500 or more). */
  environment: { benchmarkIndex: number };
  /** Warnings about the run, e.g. that the host's CPU is slower than Lighthouse expects. */
  runWarnings: string[];
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
async function lighthouse(path: string, cpuMultiplier?: number, attempt = 1): Promise<Report> {
  const throttling = cpuMultiplier === undefined ? [] : [`--throttling.cpuSlowdownMultiplier=${cpuMultiplier}`];
  // Asynchronous, so that the server in this process keeps answering while Lighthouse runs.
  const run = await promisify(execFile)(
    process.execPath,
    [lighthouseBin, site.url + path, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${categories.join(',')}`, '--chrome-flags=--headless=new --no-sandbox', ...throttling],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CHROME_PATH: chrome } },
  ).catch((error: Error & { stderr?: string }) => ({ error: (error.stderr ?? error.message).slice(-3000) }));
  if ('error' in run) {
    if (attempt < 3 && /Something went wrong with recording the trace|NO_NAVSTART|NO_FCP/.test(run.error)) return lighthouse(path, cpuMultiplier, attempt + 1);
    throw new Error(`Lighthouse failed on ${path}:\n${run.error}`);
  }
  return JSON.parse(run.stdout) as Report;
}
/** Lighthouse's warning that the host is slower than the device it means to emulate. */
const slowHost = /slower CPU than/;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = () => loadavg()[0]!.toFixed(1);

/** The run with the median performance score, which stands for the page, as one row of a table. */
function row(label: string, path: string, reports: Report[], cpu: string, index: number) {
  const sorted = [...reports].sort((a, b) => (a.categories['performance']?.score ?? 0) - (b.categories['performance']?.score ?? 0));
  const report = sorted[Math.floor(sorted.length / 2)]!;
  const scores = categories.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
  // The metrics behind the performance score, as Lighthouse shows them (e.g. `1.2 s`, `0 ms`, `0`).
  const metrics = metricAudits.map((id) => (report.audits[id]?.displayValue ?? '?').replace(/\u00a0/g, ' ').padStart(9));
  const text = `${label.padEnd(11)}${path.padEnd(58)}${scores.map((s) => String(s).padStart(6)).join('')}${metrics.join('')}${String(Math.round(index)).padStart(7)}${cpu.padStart(6)}`;
  const shortfalls: string[] = [];
  for (const c of categories) {
    const category = report.categories[c]!;
    if ((category.score ?? 0) >= 1) continue;
    const costly = category.auditRefs
      .map((ref) => ({ ref, audit: report.audits[ref.id]! }))
      // The audits that carry weight in the score (for performance, the metrics).
      .filter(({ ref, audit }) => ref.weight > 0 && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
      .map(({ audit }) => `${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    shortfalls.push(`${path} ${category.title} ${Math.round((category.score ?? 0) * 100)} (CPU ${cpu}): ${costly.join('; ') || 'no single audit'}`);
  }
  return { text, shortfalls };
}

/** N runs of one page, each printed with the host's benchmarkIndex, its warnings and the load. */
async function measure(path: string, cpuMultiplier?: number) {
  const reports: Report[] = [];
  for (let i = 0; i < runs; i++) {
    const report = await lighthouse(path, cpuMultiplier);
    reports.push(report);
    if (jsonDir) {
      mkdirSync(jsonDir, { recursive: true });
      writeFileSync(join(jsonDir, `${reportName(path)}.cpu${cpuMultiplier ?? 4}.run${i + 1}.json`), JSON.stringify(report));
    }
    const warnings = report.runWarnings.map((w) => (slowHost.test(w) ? 'host CPU slower than Lighthouse expects' : w.replace(/\s+/g, ' ').slice(0, 160)));
    console.log(
      `  ${path} CPU ${cpuMultiplier === undefined ? '4' : cpuMultiplier}×, run ${i + 1}: performance ${Math.round((report.categories['performance']?.score ?? 0) * 100)}, ` +
        `benchmarkIndex ${report.environment.benchmarkIndex.toFixed(1)}, load ${load()}${warnings.length ? `; warnings: ${warnings.join('; ')}` : ''}`,
    );
  }
  return reports;
}

const hostRules = parseHostingHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
// Under the base path the build was made for (a GitHub Pages project site's folder), as its host serves it.
const site = await serveBuild(dist, { headers: (path) => headersForPath(hostRules, path), gzip: true });
const defaultRows: string[] = [];
const calibratedRows: string[] = [];
const shortfalls: string[] = [];
const loads: number[] = [];
try {
  for (const { label, path } of targets) {
    loads.push(loadavg()[0]!);
    const reports = await measure(path);
    const index = median(reports.map((r) => r.environment.benchmarkIndex));
    const standard = row(label, path, reports, '4×', index);
    defaultRows.push(standard.text);
    shortfalls.push(...standard.shortfalls);
    // Lighthouse's own guide, for a host it calls slow: the multiplier for the page's median index.
    if (defaultOnly || !reports.some((r) => r.runWarnings.some((w) => slowHost.test(w)))) continue;
    const exact = cpuSlowdownMultiplier(index);
    if (exact === undefined) {
      calibratedRows.push(`${label.padEnd(11)}${path.padEnd(58)}  benchmarkIndex ${Math.round(index)}: too slow a host to emulate Lighthouse's phone at any multiplier`);
      continue;
    }
    const multiplier = Math.round(exact * 10) / 10;
    const calibrated = row(label, path, await measure(path, multiplier), `${multiplier}×`, index);
    calibratedRows.push(calibrated.text);
    shortfalls.push(...calibrated.shortfalls);
  }
} finally {
  await site.close();
}
loads.push(loadavg()[0]!);

const header = `${'page'.padEnd(11)}${'path'.padEnd(58)}${['perf', 'a11y', 'b-p', 'seo'].map((h) => h.padStart(6)).join('')}${['FCP', 'LCP', 'TBT', 'CLS'].map((h) => h.padStart(9)).join('')}${'index'.padStart(7)}${'CPU'.padStart(6)}`;
console.log(`\nLighthouse's default throttling (4× CPU), the median of ${runs} run(s); index: the host's median benchmarkIndex`);
console.log(header);
for (const r of defaultRows) console.log(r);
if (calibratedRows.length) {
  console.log(`\nCalibrated to this host: the CPU multiplier Lighthouse's throttling guide gives for the index of the page's default runs, the median of ${runs} run(s)`);
  console.log(header);
  for (const r of calibratedRows) console.log(r);
}
console.log(`\nLoad average (1 min) as each page started: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${availableParallelism()} cores.`);
console.log(shortfalls.length ? `\nBelow 100:\n  ${shortfalls.join('\n  ')}` : '\nEvery page scores 100 in every category.');
