/**
 * `npm run bench:search`: how well the search answers what readers ask. Runs the reader queries of
 * tests/search/queries.yaml against the built site's index (run `npm run build` first), ranked and
 * shown as the search dialog ranks and shows them (`dialogSearch`), and prints recall@1, recall@3 and MRR@10 and every query whose
 * answer is not the first result.
 *
 * Usage: npm run bench:search [-- --set FILE | --held-out | --unseen | --all [--save FILE] | --diff A B] [--raw] [--bare] [--ranking JSON]
 *
 * Options:
 *   --help      this text;
 *   --held-out  the held-out set (tests/search/held-out.yaml) instead, which nothing is tuned against;
 *   --unseen    the unseen set (tests/search/unseen.yaml) instead, written before the ranking was
 *               revisited for issue 15's pages, which nothing is tuned against either;
 *   --set <file>  any query set in the format of queries.yaml;
 *   --raw       also search as a script that queries the built index directly would: the query as
 *               typed (no dropping of function words) and Starlight's default ranking options
 *               (no `metaWeights` for the handbook's search fields), so only what the pages'
 *               markup says (weights, ignores, titles) ranks;
 *   --ranking '{"termFrequency":1}'  rank with the site's options changed by these, to try them;
 *   --bare      also build a bare Starlight site holding only the role description (its pages,
 *               converted to Markdown, at the same paths; in .bench/, git-ignored) and compare: the
 *               queries that the role description answers (see `roleDescription` in queries.yaml),
 *               on both sites, counting a result on the right page (the bare site has no row anchors);
 *   --all       every set in tests/search/*.yaml against the one build, a line each, and the total of
 *               all but the committed set (the one the ranking is held to); with `--save ranks.json`
 *               also writes each query's rank, to compare runs;
 *   --diff a.json b.json  every query whose rank changed between two saved runs, old → new (no build needed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { roleHref } from '../src/lib/site/urls.ts';
import { searchRanking } from '../src/lib/site/search-weights.ts';
import { rankChanges, searchFigures, targetHref, type SavedRanks, type SearchQuery } from '../src/lib/site/search-eval.ts';
import { writeBareStarlightSite } from './bench/bare-starlight.ts';
import type { PagefindRanking } from './search/pagefind-index.ts';
import { allQuerySets, dialogSearch, evaluateQueries, formatFigures, formatGone, formatMisses, levelOrderOf, loadQuerySet, querySets, searchQueriesDir, type Evaluation } from './search/run-queries.ts';
import { scriptArgs } from './usage.ts';

const { values: options, positionals } = scriptArgs(import.meta.url, {
  allowPositionals: true,
  options: {
    set: { type: 'string' },
    'held-out': { type: 'boolean', default: false },
    unseen: { type: 'boolean', default: false },
    raw: { type: 'boolean', default: false },
    ranking: { type: 'string' },
    bare: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
    save: { type: 'string' },
    diff: { type: 'boolean', default: false },
  },
});

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!options.diff && positionals.length) {
  console.error(`bench:search: “${positionals[0]}” is not an option; a set is given with --set FILE.`);
  process.exit(1);
}

if (options.diff) {
  const [beforeFile, afterFile] = positionals;
  if (!beforeFile || !afterFile || positionals.length > 2) {
    console.error('--diff needs two files saved by `--all --save`.');
    process.exit(1);
  }
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as SavedRanks;
  const shown = (rank: number | null) => (rank === null ? '–' : String(rank));
  const changes = rankChanges(read(beforeFile), read(afterFile));
  for (const c of changes) console.log(`${c.set}: “${c.query}” ${shown(c.before)} → ${shown(c.after)}`);
  console.log(`${changes.length} queries changed rank.`);
  process.exit(0);
}

// Without a build every expected page would be “missing”, as if the query set were out of date.
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`${dist} holds no build with a search index: run \`npm run build\` first.`);
  process.exit(1);
}
const file = options.set ? resolve(options.set) : options['held-out'] ? querySets.heldOut : options.unseen ? querySets.unseen : querySets.committed;
const setName = Object.entries(querySets).find(([, f]) => f === file)?.[0] ?? 'given';
const queries = loadQuerySet(file);
/** The site's ranking, or with `--ranking '{"termFrequency":1}'` the site's changed by those options, to try them. */
const rankingArg = options.ranking;
const ranking: PagefindRanking = { ...searchRanking, ...(rankingArg ? (JSON.parse(rankingArg) as PagefindRanking) : {}) };

function report(label: string, evaluation: Evaluation): void {
  console.log(`${label}: ${formatFigures(evaluation.figures)}`);
  const misses = formatMisses(evaluation.outcomes);
  if (misses.length) console.log(`  not first (${misses.length}):\n${misses.join('\n')}`);
  const gone = formatGone(evaluation.gone);
  if (gone.length) console.log(`  ${gone.join('\n')}`);
}

/**
 * Starlight's default ranking options, read from the installed Starlight's schema (next to its
 * components, the part of the package it exports): what a site ranks with when it sets none.
 */
async function starlightDefaultRanking(): Promise<PagefindRanking> {
  const starlightSchema = join(dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro')), '../schemas/pagefind.js');
  const { PagefindConfigDefaults } = (await import(pathToFileURL(starlightSchema).href)) as { PagefindConfigDefaults: () => { ranking: PagefindRanking } };
  return PagefindConfigDefaults().ranking;
}

if (options.all) {
  const saved: SavedRanks = {};
  const totalRanks: (number | undefined)[] = [];
  for (const setPath of allQuerySets()) {
    const setFile = basename(setPath);
    // A set expecting a page or section the build lacks is named and left out of the total, so one
    // stale set does not hide the figures of all the others.
    const evaluation = await evaluateQueries(dist, loadQuerySet(setPath), { ...dialogSearch, ranking }).catch((error: Error) => error);
    if (evaluation instanceof Error) {
      console.log(`${setFile.padEnd(16)} left out: ${evaluation.message}`);
      continue;
    }
    const { outcomes, figures } = evaluation;
    console.log(`${setFile.padEnd(16)} ${formatFigures(figures)}${evaluation.gone.length ? `; answers the content no longer has: ${evaluation.gone.length}` : ''}`);
    saved[setFile] = Object.fromEntries(outcomes.map((o) => [o.query, o.rank ?? null]));
    if (setPath !== querySets.committed) totalRanks.push(...outcomes.map((o) => o.rank));
  }
  const total = searchFigures(totalRanks);
  const count = (share: number) => Math.round(share * total.queries);
  console.log(`all but ${relative(searchQueriesDir, querySets.committed)}: ${formatFigures(total)} (${count(total.recallAt1)} / ${count(total.recallAt3)} answered)`);
  const saveFile = options.save;
  if (saveFile) writeFileSync(saveFile, `${JSON.stringify(saved, null, 1)}\n`);
  process.exit(0);
}

console.log(`Search benchmark: ${setName} set (${relative(root, file)}), ranking ${JSON.stringify(ranking)}\n`);
report('handbook', await evaluateQueries(dist, queries, { ...dialogSearch, ranking }));

if (options.raw) {
  const defaults = await starlightDefaultRanking();
  console.log(`\nraw: the query as typed, Starlight's default ranking ${JSON.stringify(defaults)}`);
  report('handbook, raw', await evaluateQueries(dist, queries, { ranking: defaults }));
}

if (options.bare) {
  // A role-description target is one of the pages of a role description (ladder.json lists the roles that have one).
  const described = Object.keys((JSON.parse(readFileSync(join(dist, 'ladder.json'), 'utf8')) as { roleDescriptions: object }).roleDescriptions);
  const inRoleDescription = (href: string) => described.some((role) => href.startsWith(roleHref(role)));
  const context = { levelOrder: levelOrderOf(dist) };
  /** The targets that a site holding only the role description can answer. */
  const roleDescriptionTargets = (q: SearchQuery) => {
    const own = q.expect.filter((t) => inRoleDescription(targetHref(t, context)));
    return own.length ? own : q.roleDescription ? [q.roleDescription] : undefined;
  };
  const bareDir = join(root, '.bench/search-bare');
  const pages = described.flatMap((role) => globSync(`${roleHref(role).slice(1)}**/index.html`, { cwd: dist })).map((f) => ({ file: f.replace(/\.html$/, '.md'), html: readFileSync(join(dist, f), 'utf8') }));
  writeBareStarlightSite(bareDir, pages, { sidebarDirectory: 'roles' });
  console.log(`\nbare Starlight: ${pages.length} pages of the role description, building in ${bareDir.slice(root.length + 1)}…`);
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build'], { cwd: bareDir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`the bare site's build failed\n${(build.stdout + build.stderr).slice(-4000)}`);
  // The bare site ranks with Starlight's defaults.
  const bareRanking = await starlightDefaultRanking();
  // The queries the role description answers, each site judged by its own answers: the handbook
  // by the pages it expects, the bare site by the role description's page; pages only, as the
  // bare site's Markdown has no row anchors.
  const answerable = queries.filter((q) => roleDescriptionTargets(q));
  console.log(`${answerable.length} of the ${queries.length} queries have an answer in the role description alone.`);
  report('handbook, those queries', await evaluateQueries(dist, answerable, { ...dialogSearch, ranking, context }));
  report('handbook, those queries, pages only', await evaluateQueries(dist, answerable, { ...dialogSearch, ranking, context, pagesOnly: true }));
  report(
    'bare Starlight, role description only, pages only',
    await evaluateQueries(join(bareDir, 'dist'), answerable, { ranking: bareRanking, targetsOf: roleDescriptionTargets, pagesOnly: true, context }),
  );
}
