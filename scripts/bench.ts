/**
 * Build benchmark (`npm run bench`; not part of `npm test`, as it takes minutes).
 *
 * In one run, on the same machine, cold builds of:
 *   1. the real site;
 *   2. for each size (extra roles, default 10 and 30): a synthetic job family, a copy of the repo with
 *      that many extra roles cloned from the individual-contributor track into new tracks (each role
 *      adds a level page and a comparison with every other level), and
 *   3. a bare Starlight site with as many plain MDX pages, and a sidebar with as many links.
 * It prints seconds per page for both, their ratio (target: under 1.5) and peak memory, so that the
 * growth from one size to the next shows whether build time stays linear in pages.
 *
 * Usage: npm run bench [-- --sizes 10,30] [-- --keep]   (copies live in .bench/, git-ignored)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
// Inside the repository, so that the copies resolve packages from its node_modules.
const benchDir = join(root, '.bench');
const args = process.argv.slice(2);
const sizes = ((args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : undefined) ?? '10,30').split(',').map(Number);
const keep = args.includes('--keep');
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Build {
  site: string;
  pages: number;
  seconds: number;
  /** Peak resident memory of the build, in MB (the largest process of its tree). */
  peakMb: number | undefined;
}

/** A cold `astro build` of the project in `dir`, timed. */
function build(site: string, dir: string): Build {
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  rmSync(join(dir, '.astro'), { recursive: true, force: true });
  const stats = join(dir, '.time');
  // process.execPath is the Node that runs this script (Node 24 through npm), which Astro 7 needs.
  const command = timeBin ? [timeBin, '-f', '%e %M', '-o', stats, process.execPath, astroBin, 'build'] : [process.execPath, astroBin, 'build'];
  const started = performance.now();
  const run = spawnSync(command[0]!, command.slice(1), { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${site}: the build failed\n${(run.stdout + run.stderr).slice(-4000)}`);
  const [, maxKb] = timeBin ? readFileSync(stats, 'utf8').trim().split('\n').at(-1)!.split(' ') : [];
  const pages = globSync('**/*.html', { cwd: join(dir, 'dist') }).length;
  const result = { site, pages, seconds, peakMb: maxKb ? Math.round(Number(maxKb) / 1024) : undefined };
  console.log(`  ${site}: ${pages} pages in ${seconds.toFixed(1)} s${result.peakMb ? `, peak ${result.peakMb} MB` : ''}`);
  return result;
}

/** A copy of the project's sources (not node_modules, dist or git) in `dir`. */
function copyRepo(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['content', 'src', 'public', 'astro.config.mjs', 'content.config.ts', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
}

type Yaml = Record<string, unknown>;

/**
 * Adds `count` roles to the copy in `dir`: clones of the individual-contributor levels (ranks 1, 2…)
 * in new tracks `bench-1`, `bench-2`…, with new ids and titles and their `nextLevels` inside the
 * new track, so the content still validates.
 */
function addRoles(dir: string, count: number): void {
  const rolesDir = join(dir, 'content/roles');
  const tracksFile = join(dir, 'content/family/tracks.yaml');
  const tracks = parse(readFileSync(tracksFile, 'utf8')) as Yaml[];
  const template = tracks.find((t) => t['id'] === 'ic') ?? tracks[0]!;
  const ic = globSync('*/role.yaml', { cwd: rolesDir })
    .map((file) => ({ id: file.split('/')[0]!, data: parse(readFileSync(join(rolesDir, file), 'utf8')) as Yaml }))
    .filter((r) => r.data['track'] === template['id'])
    .sort((a, b) => Number(a.data['rank']) - Number(b.data['rank']));
  for (let track = 1, added = 0; added < count; track++) {
    const trackId = `bench-${track}`;
    tracks.push({ ...template, id: trackId, name: `Benchmark track ${track}` });
    const cloned = ic.slice(0, count - added);
    const ids = new Map(cloned.map((r) => [r.id, `${trackId}-${r.id}`]));
    for (const role of cloned) {
      const data: Yaml = {
        ...role.data,
        title: `${String(role.data['title'])} (benchmark ${track})`,
        shortTitle: `${String(role.data['shortTitle'] ?? role.data['title'])} B${track}`,
        track: trackId,
        nextLevels: ((role.data['nextLevels'] as string[] | undefined) ?? []).filter((id) => ids.has(id)).map((id) => ids.get(id)!),
      };
      mkdirSync(join(rolesDir, ids.get(role.id)!), { recursive: true });
      writeFileSync(join(rolesDir, ids.get(role.id)!, 'role.yaml'), stringify(data));
      added++;
    }
  }
  writeFileSync(tracksFile, stringify(tracks));
}

/** Links in the sidebar of one built page of the site in `dir`. */
function sidebarLinks(dir: string): number {
  const page = globSync('**/index.html', { cwd: join(dir, 'dist') }).find((f) => f.split('/').length > 3) ?? 'index.html';
  const html = readFileSync(join(dir, 'dist', page), 'utf8');
  const sidebar = /id="starlight__sidebar"[\s\S]*?<\/sl-sidebar-state-persist>/.exec(html)?.[0] ?? '';
  return sidebar.match(/<a\s/g)?.length ?? 0;
}

/** A bare Starlight site in `dir`: `pages` plain MDX pages, `inSidebar` of them in its sidebar. */
function bareSite(dir: string, pages: number, inSidebar: number): void {
  rmSync(dir, { recursive: true, force: true });
  const docs = join(dir, 'src/content/docs');
  mkdirSync(join(docs, 'listed'), { recursive: true });
  mkdirSync(join(docs, 'unlisted'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-starlight-bench', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({ title: 'Bare Starlight', sidebar: [{ label: 'Pages', items: [{ autogenerate: { directory: 'listed' } }] }] })],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const paragraph =
    'A level is described by its scope, its expectations in each competency and the evidence that shows them. ' +
    'Engineers grow by taking on wider scope, owning outcomes across teams and raising the standards of others.';
  for (let i = 0; i < pages; i++) {
    const body = [1, 2, 3]
      .map((s) => `## Section ${s}\n\n${paragraph} ${paragraph}\n\n- First point of section ${s}\n- Second point of section ${s}\n- Third point of section ${s}\n`)
      .join('\n');
    const table = '| Competency | Proficiency | Evidence |\n| --- | --- | --- |\n' + [1, 2, 3, 4, 5, 6, 7].map((c) => `| Competency ${c} | ${(c % 5) + 1} | A design doc reviewed by peers |`).join('\n');
    const folder = i === 0 ? '' : i <= inSidebar ? 'listed/' : 'unlisted/';
    const name = i === 0 ? 'index' : `page-${i}`;
    writeFileSync(join(docs, `${folder}${name}.mdx`), `---\ntitle: Page ${i}\ndescription: Benchmark page ${i}.\n---\n\n${body}\n${table}\n`);
  }
}

const perPage = (b: Build) => b.seconds / b.pages;
const row = (b: Build) =>
  `${b.site.padEnd(28)} ${String(b.pages).padStart(6)} ${b.seconds.toFixed(1).padStart(8)} ${(perPage(b) * 1000).toFixed(1).padStart(10)} ${String(b.peakMb ?? '?').padStart(9)}`;

mkdirSync(benchDir, { recursive: true });
console.log(`Benchmark: cold builds on ${(await import('node:os')).cpus().length} CPUs, Node ${process.version}; sizes +${sizes.join(', +')} roles\n`);
const results: Build[] = [];
const pairs: { handbook: Build; bare: Build }[] = [];

const realDir = join(benchDir, 'real');
copyRepo(realDir);
results.push(build('handbook (real)', realDir));

for (const extra of sizes) {
  const familyDir = join(benchDir, `family-${extra}`);
  copyRepo(familyDir);
  addRoles(familyDir, extra);
  const handbook = build(`handbook +${extra} roles`, familyDir);
  const bareDir = join(benchDir, `bare-${extra}`);
  bareSite(bareDir, handbook.pages, sidebarLinks(familyDir));
  const bare = build(`bare Starlight, ${handbook.pages} pages`, bareDir);
  results.push(handbook, bare);
  pairs.push({ handbook, bare });
}

console.log(`\n${'site'.padEnd(28)} ${'pages'.padStart(6)} ${'seconds'.padStart(8)} ${'ms/page'.padStart(10)} ${'peak MB'.padStart(9)}`);
for (const b of results) console.log(row(b));
console.log('');
for (const { handbook, bare } of pairs) {
  const ratio = perPage(handbook) / perPage(bare);
  console.log(`${handbook.pages} pages: handbook ${(perPage(handbook) * 1000).toFixed(1)} ms/page, bare Starlight ${(perPage(bare) * 1000).toFixed(1)} ms/page, ratio ${ratio.toFixed(2)} (target < 1.5) ${ratio < 1.5 ? 'OK' : 'OVER'}`);
}
if (pairs.length > 1) {
  const [a, b] = [pairs[0]!.handbook, pairs.at(-1)!.handbook];
  console.log(
    `growth: ${(b.pages / a.pages).toFixed(1)}× the pages took ${(b.seconds / a.seconds).toFixed(1)}× the time (ms/page ${(perPage(a) * 1000).toFixed(1)} → ${(perPage(b) * 1000).toFixed(1)}; linear keeps it level)`,
  );
}
if (!keep) rmSync(benchDir, { recursive: true, force: true });
