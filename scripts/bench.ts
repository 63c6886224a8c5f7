/**
 * Build benchmark (`npm run bench`; not part of `npm test`, as it takes minutes).
 *
 * In one run, on the same machine, cold builds of, for each size (extra roles, default 0, 30 and 60:
 * the real site, about 700 and about 2,000 pages):
 *   1. the handbook: a copy of the repo (size 0), or a synthetic job family, a copy with that many
 *      extra roles cloned from the levels of the longest track into new tracks of ten (each role adds
 *      a level page and a comparison with every other level), and
 *   2. a bare Starlight site with the same pages (the same titles, descriptions and content, as
 *      plain Markdown) and a sidebar with as many links.
 * It prints wall and CPU seconds per page for both sites and their ratio, judged on wall time against
 * the targets of issue 20 (at most 1.3 at the real size, at most 1.0 for the bigger families), the
 * marginal cost of a page from one size to the next (level when build time is linear in pages) and
 * the peak memory of each build.
 *
 * One cold build moves by ±20 % with the machine's load, so each size is built in rounds, the
 * handbook then bare Starlight in each, and judged on the median of the rounds' ratios (a pair built
 * back to back shares the machine's state): five rounds at the real size, where the fixed costs of a
 * build weigh most and a round takes seconds; one for the bigger families, which take minutes.
 *
 * Usage: npm run bench [-- --sizes 0,30,60] [-- --rounds N] [-- --keep] [-- --prepare]   (copies live in .bench/, git-ignored)
 * With --prepare, it makes and validates each size's copy and builds nothing (a test runs it: the
 * synthetic family must stay valid content as the rules grow).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { writeBareStarlightSite } from './bench/bare-starlight.ts';
import { median } from '../src/lib/numbers/median.ts';
import { scriptArgs } from './usage.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside the repository, so that the copies resolve packages from its node_modules.
const benchDir = join(root, '.bench');
const { values: options } = scriptArgs(import.meta.url, {
  options: { sizes: { type: 'string', default: '0,30,60' }, rounds: { type: 'string' }, keep: { type: 'boolean', default: false }, prepare: { type: 'boolean', default: false } },
});
const sizes = options.sizes.split(',').map(Number);
const keep = options.keep;
const prepareOnly = options.prepare;
const roundsOption = options.rounds === undefined ? undefined : Number(options.rounds);
if (roundsOption !== undefined && !(Number.isInteger(roundsOption) && roundsOption > 0)) throw new Error('--rounds takes a whole number of rounds, 1 or more.');
const roundsFor = (extra: number) => roundsOption ?? (extra === 0 ? 5 : 1);
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Build {
  site: string;
  pages: number;
  seconds: number;
  /** CPU seconds (user + system) of the build and its children: steadier than wall time on a busy machine. */
  cpu: number | undefined;
  /** Peak resident memory of the build, in MB (the largest process of its tree). */
  peakMb: number | undefined;
  /** Mean size of a built page's HTML, in KB: what each page has to render. */
  pageKb: number;
}

/** A cold `astro build` of the project in `dir`, timed. */
function build(site: string, dir: string): Build {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  // Astro's cache (its cacheDir): the content layer's data store keeps every Markdown entry's
  // rendered HTML between builds and renders only what changed, so a site of plain Markdown (the
  // bare one) built a second time skips its rendering; left in place, every round after the first
  // compared a warm bare build with a cold handbook.
  rmSync(join(dir, 'node_modules/.astro'), { recursive: true, force: true });
  const stats = join(dir, '.time');
  // process.execPath is the Node that runs this script (Node 24 through npm), which Astro 7 needs.
  const command = timeBin ? [timeBin, '-f', '%e %M %U %S', '-o', stats, process.execPath, astroBin, 'build'] : [process.execPath, astroBin, 'build'];
  const started = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${site}: the build failed\n${(run.stdout + run.stderr).slice(-4000)}`);
  const [, maxKb, user, system] = timeBin ? readFileSync(stats, 'utf8').trim().split('\n').at(-1)!.split(' ') : [];
  const html = globSync('**/*.html', { cwd: join(dir, 'dist') });
  const pages = html.length;
  const pageKb = html.reduce((sum, file) => sum + statSync(join(dir, 'dist', file)).size, 0) / 1024 / pages;
  const cpu = user && system ? Number(user) + Number(system) : undefined;
  const result = { site, pages, seconds, cpu, peakMb: maxKb ? Math.round(Number(maxKb) / 1024) : undefined, pageKb };
  console.log(`  ${site}: ${pages} pages in ${seconds.toFixed(1)} s${cpu ? ` (${cpu.toFixed(1)} s CPU)` : ''}${result.peakMb ? `, peak ${result.peakMb} MB` : ''}`);
  return result;
}

/** A copy of the project's sources (not node_modules, dist or git) in `dir`. */
function copyRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['content', 'src', 'public', 'astro.config.mjs', 'ec.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
}

type Yaml = Record<string, unknown>;

/**
 * Adds `count` roles to the copy in `dir`, in new tracks `bench-1`, `bench-2`… of up to
 * `trackSize` levels: rank r is a clone of the level of rank r of the longest track (the top one
 * beyond), with a new id and title, and leads to rank r + 1, so the content still validates
 * (ranks contiguous, proficiency never falling as rank rises). Long tracks keep the family's shape
 * close to a real one: many levels in a few tracks.
 */
function addRoles(dir: string, count: number, trackSize = 10): void {
  const rolesDir = join(dir, 'content/roles');
  const tracksFile = join(dir, 'content/family/tracks.yaml');
  const tracks = parse(readFileSync(tracksFile, 'utf8')) as Yaml[];
  const roles = globSync('*/role.yaml', { cwd: rolesDir }).map((file) => parse(readFileSync(join(rolesDir, file), 'utf8')) as Yaml);
  // The track with the most levels is the model for the new ones.
  const levelsOf = (t: Yaml) => roles.filter((role) => role['track'] === t['id']).sort((a, b) => Number(a['rank']) - Number(b['rank']));
  const template = [...tracks].sort((a, b) => levelsOf(b).length - levelsOf(a).length)[0]!;
  const model = levelsOf(template);
  for (let track = 1, added = 0; added < count; track++) {
    const trackId = `bench-${track}`;
    const size = Math.min(trackSize, count - added);
    tracks.push({ ...template, id: trackId, name: `Benchmark track ${track}` });
    for (let rank = 1; rank <= size; rank++) {
      const role = model[Math.min(rank, model.length) - 1]!;
      const below = rank > 1 ? model[Math.min(rank - 1, model.length) - 1] : undefined;
      const id = `${trackId}-level-${rank}`;
      const data: Yaml = {
        ...role,
        // Aliases name one level alone (rule ambiguous-alias): a clone has none.
        aliases: [],
        expectations: withDifferences(role['expectations'] as Record<string, Yaml>, below?.['expectations'] as Record<string, Yaml> | undefined, `B${track}.${rank}`),
        // Above the model's top level the clones repeat one level, whose reach the level below's would
        // copy word for word (rule what-differs): each clone's reach names it.
        ...reachOf(role, `B${track}.${rank}`),
        title: `${String(role['title'])} (benchmark ${track}.${rank})`,
        shortTitle: `${String(role['shortTitle'] ?? role['title'])} B${track}.${rank}`,
        track: trackId,
        rank,
        nextLevels: rank < size ? [`${trackId}-level-${rank + 1}`] : [],
      };
      mkdirSync(join(rolesDir, id), { recursive: true });
      writeFileSync(join(rolesDir, id, 'role.yaml'), stringify(data));
      added++;
    }
  }
  writeFileSync(tracksFile, stringify(tracks));
  // The newest release lists each new level (rule release-changes), as a team adding one does.
  const changelogFile = join(dir, 'content/family/changelog.yaml');
  const changelog = parse(readFileSync(changelogFile, 'utf8')) as { releases: { changes: Yaml[] }[] };
  const newLevels = globSync('bench-*/role.yaml', { cwd: rolesDir }).map((file) => dirname(file));
  changelog.releases[0]!.changes.push(
    ...newLevels.map((id) => ({ kind: 'added', subject: 'level', id, what: 'A level of a benchmark track.', why: 'The benchmark builds the site with more pages.' })),
  );
  writeFileSync(changelogFile, stringify(changelog));
  // The newest release's snapshot records the ladder with the new levels (rule release-snapshot).
  const snapshot = spawnSync(process.execPath, [join(root, 'scripts/release-snapshot.ts'), '--root', dir], { encoding: 'utf8' });
  if (snapshot.status !== 0) throw new Error(`the synthetic family does not validate:\n${(snapshot.stdout + snapshot.stderr).slice(-4000)}`);
}

/**
 * A clone's expectations, saying what differs wherever the level below expects the same proficiency
 * and saying nothing on a track's first level (rule what-differs). Where it expects the same
 * proficiency, its behaviors and `differsFromPrevious` name the clone (`label`): above the model's
 * top level the clones repeat one level, and words copied from the level below are a problem too.
 */
function withDifferences(expectations: Record<string, Yaml>, below: Record<string, Yaml> | undefined, label: string): Record<string, Yaml> {
  return Object.fromEntries(
    Object.entries(expectations).map(([competency, { differsFromPrevious, ...expectation }]) => {
      const same = below !== undefined && below[competency]?.['proficiency'] === expectation['proficiency'];
      if (!same) return [competency, expectation];
      const behaviors = (expectation['behaviors'] as string[]).map((b) => `${b} (${label})`);
      return [competency, { ...expectation, behaviors, differsFromPrevious: `${String(differsFromPrevious ?? 'A wider scope than the level below.')} (${label})` }];
    }),
  );
}

/** A clone's `breadth`, `horizon` and `scope`, each naming the clone (`label`), so no two levels' reach reads alike. */
function reachOf(role: Yaml, label: string): Yaml {
  const named = (text: unknown) => `${String(text)} (${label})`;
  return { breadth: named(role['breadth']), horizon: named(role['horizon']), scope: (role['scope'] as unknown[]).map(named) };
}

/** Links in the sidebar of one built page of the site in `dir`. */
function sidebarLinks(dir: string): number {
  const page = globSync('**/index.html', { cwd: join(dir, 'dist') }).find((f) => f.split('/').length > 3) ?? 'index.html';
  const html = readFileSync(join(dir, 'dist', page), 'utf8');
  const sidebar = /id="starlight__sidebar"[\s\S]*?<\/sl-sidebar-state-persist>/.exec(html)?.[0] ?? '';
  return sidebar.match(/<a\s/g)?.length ?? 0;
}

/**
 * A bare Starlight site in `dir` with the same pages as the built site in `sourceDir`: for each of
 * its pages (but the 404, which Starlight makes), a Markdown page with the same title, description
 * and content (headings, paragraphs, lists, tables and links, converted from the built page),
 * `inSidebar` of them in the sidebar. So the ratio measures what the handbook adds to Starlight:
 * data collections, components, validation, generated routes, the security policy, llms.txt.
 */
function bareSite(dir: string, sourceDir: string, inSidebar: number): void {
  const sources = globSync('**/*.html', { cwd: join(sourceDir, 'dist') })
    .filter((file) => file !== '404.html')
    .sort((a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a.localeCompare(b)));
  writeBareStarlightSite(
    dir,
    sources.map((file, i) => ({
      file: i === 0 ? 'index.md' : `${i <= inSidebar ? 'listed' : 'unlisted'}/page-${i}.md`,
      html: readFileSync(join(sourceDir, 'dist', file), 'utf8'),
    })),
    { sidebarDirectory: 'listed' },
  );
}

const perPage = (b: Build) => b.seconds / b.pages;
const cpuPerPage = (b: Build) => (b.cpu ?? NaN) / b.pages;
const ms = (seconds: number) => (seconds * 1000).toFixed(1);
const row = (b: Build) =>
  `${b.site.padEnd(30)} ${String(b.pages).padStart(6)} ${b.seconds.toFixed(1).padStart(8)} ${ms(perPage(b)).padStart(10)} ${(b.cpu?.toFixed(1) ?? '?').padStart(8)} ${ms(cpuPerPage(b)).padStart(10)} ${String(b.peakMb ?? '?').padStart(8)} ${b.pageKb.toFixed(0).padStart(8)}`;

mkdirSync(benchDir, { recursive: true });
console.log(`Benchmark: cold builds on ${(await import('node:os')).cpus().length} CPUs, Node ${process.version}; sizes +${sizes.join(', +')} roles\n`);
const results: Build[] = [];
/** Per size: the median handbook and bare builds and the median of the rounds' wall ratios. */
const pairs: { handbook: Build; bare: Build; ratios: number[]; cpuRatios: number[] }[] = [];

/** The build of median wall time (the lower middle one for an even count). */
const medianBuild = (builds: Build[]) => [...builds].sort((a, b) => a.seconds - b.seconds)[(builds.length - 1) >> 1]!;

for (const extra of sizes) {
  const familyDir = join(benchDir, `family-${extra}`);
  copyRepo(familyDir);
  if (extra > 0) addRoles(familyDir, extra);
  if (prepareOnly) {
    const levels = globSync('*/role.yaml', { cwd: join(familyDir, 'content/roles') }).length;
    console.log(`family +${extra} roles: ${levels} levels${extra > 0 ? ', and its content validates' : ''}`);
    continue;
  }
  const bareDir = join(benchDir, `bare-${extra}`);
  const rounds = roundsFor(extra);
  const handbooks: Build[] = [];
  const bares: Build[] = [];
  for (let round = 1; round <= rounds; round++) {
    if (rounds > 1) console.log(`round ${round} of ${rounds}:`);
    handbooks.push(build(extra > 0 ? `handbook +${extra} roles` : 'handbook (real)', familyDir));
    // The bare site mirrors the handbook's first build: the same pages in every round.
    if (round === 1) bareSite(bareDir, familyDir, sidebarLinks(familyDir));
    bares.push(build(`bare Starlight, ${handbooks[0]!.pages} pages`, bareDir));
  }
  const ratios = handbooks.map((h, i) => perPage(h) / perPage(bares[i]!));
  const cpuRatios = handbooks.map((h, i) => cpuPerPage(h) / cpuPerPage(bares[i]!));
  const [handbook, bare] = [medianBuild(handbooks), medianBuild(bares)];
  results.push(handbook, bare);
  pairs.push({ handbook, bare, ratios, cpuRatios });
}

if (prepareOnly) {
  if (!keep) rmSync(benchDir, { recursive: true, force: true });
  process.exit(0);
}
console.log(`\n${'site (median build)'.padEnd(30)} ${'pages'.padStart(6)} ${'wall s'.padStart(8)} ${'ms/page'.padStart(10)} ${'CPU s'.padStart(8)} ${'CPU ms/pg'.padStart(10)} ${'peak MB'.padStart(8)} ${'KB/page'.padStart(8)}`);
for (const b of results) console.log(row(b));
console.log('');
pairs.forEach(({ handbook, bare, ratios, cpuRatios }, i) => {
  const ratio = median(ratios);
  const cpuRatio = median(cpuRatios);
  // Issue 20: the real site may cost up to 1.3 times bare Starlight (its fixed costs weigh on few
  // pages); from about 700 pages on, no more than bare Starlight.
  const target = sizes[i] === 0 ? 1.3 : 1.0;
  const each = ratios.length > 1 ? ` (median of ${ratios.length} rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')})` : '';
  console.log(
    `${handbook.pages} pages${sizes[i] === 0 ? ' (real)' : ''}: handbook ${ms(perPage(handbook))} ms/page, bare Starlight ${ms(perPage(bare))} ms/page: ratio ${ratio.toFixed(2)} wall${each}, ${cpuRatio.toFixed(2)} CPU (target ≤ ${target.toFixed(1)}) ${ratio <= target ? 'OK' : 'OVER'}`,
  );
});
if (pairs.length > 1) {
  // What one more page costs from one size to the next, without the fixed start-up of a build
  // (config, content, bundling, llms.txt): level from step to step when build time is linear in pages.
  console.log('\nmarginal cost of a page (wall):');
  const marginal = (a: Build, b: Build) => (b.seconds - a.seconds) / (b.pages - a.pages);
  for (let i = 1; i < pairs.length; i++) {
    const [a, b] = [pairs[i - 1]!, pairs[i]!];
    const [mh, mb] = [marginal(a.handbook, b.handbook), marginal(a.bare, b.bare)];
    console.log(`  ${a.handbook.pages} → ${b.handbook.pages} pages: handbook ${ms(mh)} ms, bare Starlight ${ms(mb)} ms, ratio ${(mh / mb).toFixed(2)}`);
  }
}
if (!keep) rmSync(benchDir, { recursive: true, force: true });
