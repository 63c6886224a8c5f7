/**
 * Runs a set of reader queries (tests/search/*.yaml) against a built site's search index and scores
 * them: the Node side of src/lib/site/search-eval.ts, shared by `npm run bench:search` and
 * tests/dist/search-quality.test.ts.
 */
import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { dataCollections } from '../../src/schemas/collections.ts';
import { loadContent, type LoadedContent } from '../../src/lib/content/validation/load.ts';
import { ladderOfContent } from '../../src/lib/content/ladder-of-content.ts';
import { answerState, type ContentModel, type ItemAnchors } from '../../src/lib/site/search-answers.ts';
import * as urls from '../../src/lib/site/urls.ts';
import { answerRank, querySetSchema, searchFigures, splitHref, targetHref, type SearchFigures, type SearchQuery, type TargetContext } from '../../src/lib/site/search-eval.ts';
import { strongestSections } from '../../src/lib/site/search-sections.ts';
import { searchTerms } from '../../src/lib/site/search-query.ts';
import { searchRanking } from '../../src/lib/site/search-weights.ts';
import { asSearchHit, openPagefind, type PagefindRanking, type PagefindResultData } from './pagefind-index.ts';

export const searchQueriesDir = join(import.meta.dirname, '../../tests/search');
/**
 * The set the ranking is held to, and the sets kept aside to check it on queries it was not shaped
 * by: the held-out set of issue 16, and the unseen set written before the ranking was revisited
 * for the pages issue 15 added.
 */
export const querySets = {
  committed: join(searchQueriesDir, 'queries.yaml'),
  heldOut: join(searchQueriesDir, 'held-out.yaml'),
  unseen: join(searchQueriesDir, 'unseen.yaml'),
} as const;

/** Every query set of tests/search/, the sealed fresh sets among them, sorted by file name. */
export function allQuerySets(): string[] {
  return globSync('*.yaml', { cwd: searchQueriesDir }).sort().map((f) => join(searchQueriesDir, f));
}

/** A query set file, checked against its format; errors name the file and the entry. */
export function loadQuerySet(file: string): SearchQuery[] {
  const parsed = querySetSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  [${i.path.join('.')}] ${i.message}`);
    throw new Error(`${relative(process.cwd(), file)}: not a valid query set\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The level ids in ladder order, from the built site's machine-readable ladder (for comparison targets). */
export function levelOrderOf(dist: string): string[] {
  const file = join(dist, 'ladder.json');
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { levels: { id: string }[] }).levels.map((l) => l.id);
}

/**
 * The levels and competencies the ladder has removed, as search targets (`level:<id>`,
 * `competency:<id>`): held by a release's snapshot (content/family/releases/), not by the built
 * site's ladder. A reader's query about one has no answer any more; it is not asked.
 */
export function removedTargets(dist: string, releases = join(import.meta.dirname, '../../content/family/releases')): Set<string> {
  const file = join(dist, 'ladder.json');
  if (!existsSync(file) || !existsSync(releases)) return new Set();
  const ladder = JSON.parse(readFileSync(file, 'utf8')) as { levels: { id: string }[]; competencies: { id: string }[] };
  const now = new Set([...ladder.levels.map((l) => `level:${l.id}`), ...ladder.competencies.map((c) => `competency:${c.id}`)]);
  const held = readdirSync(releases)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => {
      const snapshot = parse(readFileSync(join(releases, name), 'utf8')) as { levels?: { id: string }[]; competencies?: { id: string }[] } | null;
      return [...(snapshot?.levels ?? []).map((l) => `level:${l.id}`), ...(snapshot?.competencies ?? []).map((c) => `competency:${c.id}`)];
    });
  return new Set(held.filter((target) => !now.has(target)));
}

/** The role (a level id) a target is about, when it is one of a role's pages or parts: `kpi:`, `skill:`, `tool:` `<role>/…`, or `page:roles/<role>…`. */
function roleOf(target: string): string | undefined {
  const colon = target.indexOf(':');
  const kind = target.slice(0, colon);
  const id = target.slice(colon + 1);
  if (kind === 'kpi' || kind === 'skill' || kind === 'tool') return id.split('/')[0];
  if (kind === 'page' && id.startsWith('roles/')) return id.slice('roles/'.length).split(/[/#]/)[0];
  return undefined;
}

/**
 * The targets of a query that still have an answer: none naming a removed level or competency
 * (`removedTargets`), comparing one, or on a removed level's role pages (a role is a level id).
 */
export function answerableTargets(targets: readonly string[], removed: ReadonlySet<string>): string[] {
  return targets.filter((target) => {
    if (removed.has(target)) return false;
    const role = roleOf(target);
    if (role) return !removed.has(`level:${role}`);
    if (!target.startsWith('compare:')) return true;
    return !target
      .slice('compare:'.length)
      .split('/')
      .some((id) => removed.has(`level:${id}`));
  });
}

/**
 * Where each expected URL is missing from the built site: no page at its path, or no element with
 * its anchor as id. An evaluation against pages that no longer exist would only measure misses.
 */
export function missingTargets(dist: string, hrefs: Iterable<string>): string[] {
  const missing: string[] = [];
  for (const href of new Set(hrefs)) {
    const { path, anchor } = splitHref(href);
    const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
    if (!existsSync(file)) missing.push(`${href}: no page at ${path}`);
    else if (anchor && !readFileSync(file, 'utf8').includes(`id="${anchor}"`)) missing.push(`${href}: the page has no element with id “${anchor}”`);
  }
  return missing;
}

const repositoryRoot = join(import.meta.dirname, '../..');

/** Every `id` anywhere in a data entry (a KPI's, a goal's, a red flag's…). */
function idsIn(value: unknown, key = 'id'): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => idsIn(v, key));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === key && typeof v === 'string' ? [v] : idsIn(v, key)));
}

/** The anchors an MDX page's text gives it: each heading's slug, as Astro writes it (github-slugger), and each explicit id. */
export function mdxAnchors(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  for (const [, heading = ''] of text.matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*$/gm)) {
    const words = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '').replace(/[`*_]/g, '');
    anchors.add(slugger.slug(words));
  }
  for (const [, id = ''] of text.matchAll(/\bid=["']([^"']+)["']/g)) anchors.add(id);
  return anchors;
}

/**
 * The ids the code writes whatever the content holds: every literal `id="…"` and every heading's
 * text of its components (a tool's data box, “Where people go next” on a level's page), and the
 * fixed anchors of the URL scheme (the comparison picker).
 */
function codeAnchors(root: string): Set<string> {
  const anchors = new Set<string>();
  for (const file of globSync('src/**/*.{astro,ts}', { cwd: root })) {
    if (file.endsWith('.test.ts')) continue;
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, id = ''] of text.matchAll(/\bid=["']([\w-]+)["']/g)) anchors.add(id);
    for (const [, words = ''] of text.matchAll(/<h[1-6][^>]*>([^<{]+)<\/h[1-6]>/g)) anchors.add(new GithubSlugger().slug(words.trim()));
  }
  for (const value of Object.values(urls)) if (typeof value === 'string' && value.includes('#')) anchors.add(value.slice(value.indexOf('#') + 1));
  return anchors;
}

/** What the content in `root/content` gives the site: its pages and their anchors, through the URL scheme (src/lib/site/search-answers.ts). */
export function contentModel(root = repositoryRoot, content: LoadedContent = loadContent(root)): ContentModel {
  const of = (collection: string) => content.entries.filter((e) => e.collection === collection);
  const idsOf = (collection: string) => of(collection).map((e) => e.id);
  const ladder = ladderOfContent(content);
  // In ladder order, which names a comparison's page.
  const levels = 'levels' in ladder ? ladder.levels.map((l) => l.id) : idsOf('roles');
  const competencies = idsOf('competencies');
  const versions = of('changelog').flatMap((e) => ((e.data as { releases?: { version: string }[] }).releases ?? []).map((r) => r.version));
  const pages = new Set([
    ...content.pages.map((p) => p.href),
    ...levels.map(urls.levelHref),
    ...competencies.map(urls.competencyHref),
    ...levels.flatMap((a, i) => levels.slice(i + 1).map((b) => urls.comparisonHref(a, b, levels))),
    ...versions.map(urls.releasePageHref),
    ...content.materials.materials.flatMap((m) => m.pages.map((p) => p.href)),
    // The code's own pages, whatever the content holds.
    urls.printRoute.href,
    urls.compareIndexHref,
    ...dataCollections.map((c) => urls.collectionReferenceRoute.href(c.name)),
  ]);
  const partIds = (collection: string, role: string, key = 'id') => idsIn(of(collection).find((e) => e.id === role)?.data, key);
  const items: ItemAnchors[] = [
    ...levels.map((level) => ({ anchor: (id: string) => id, ids: competencies, page: urls.levelHref(level) })),
    ...levels.flatMap((a, i) => levels.slice(i + 1).map((b) => ({ anchor: (id: string) => id, ids: competencies, page: urls.comparisonHref(a, b, levels) }))),
    { anchor: urls.trackAnchor, ids: idsOf('tracks') },
    { anchor: (id) => id, ids: idsOf('glossary'), page: urls.glossaryHref },
    { anchor: urls.pathAnchor, ids: idsOf('paths'), page: urls.mapHref },
    { anchor: urls.mapLevelAnchor, ids: levels, page: urls.mapHref },
    { anchor: urls.archetypeAnchor, ids: idsOf('archetypes'), page: urls.staffPlusHref },
    { anchor: urls.themeAnchor, ids: idsOf('sharedExpectations'), page: urls.sharedExpectationsHref },
    { anchor: urls.releaseAnchor, ids: versions, page: urls.changelogHref },
    { anchor: urls.rubricAnchor, ids: competencies },
    ...levels.flatMap((role): ItemAnchors[] => [
      { anchor: urls.kpiAnchor, ids: partIds('kpis', role), page: urls.roleKpisHref(role) },
      { anchor: urls.skillAnchor, ids: [...partIds('technicalSkills', role), ...partIds('softSkills', role)], page: urls.rolePartHref('technicalSkills', role) },
      { anchor: urls.toolAnchor, ids: partIds('tools', role, 'tool'), page: urls.rolePartHref('tools', role) },
      { anchor: urls.dimensionAnchor, ids: competencies, page: urls.roleHiringHref(role) },
      // A role's goals and phases show on its goals page and on the onboarding plan; its red flags on the hiring guide too.
      { anchor: urls.phaseAnchor, ids: partIds('goals', role) },
      { anchor: urls.goalAnchor, ids: partIds('goals', role) },
      { anchor: urls.redFlagAnchor, ids: partIds('hiring', role) },
      { anchor: urls.areaAnchor, ids: partIds('hiring', role), page: urls.roleHiringHref(role) },
      { anchor: urls.exerciseAnchor, ids: partIds('hiring', role), page: urls.roleHiringHref(role) },
    ]),
  ];
  return { pages, mdxAnchors: new Map(content.pages.map((p) => [p.href, mdxAnchors(p.text)])), items, codeAnchors: codeAnchors(root) };
}

/** Whether the built site in `dist` has the page of `href` and, when it has one, an element with its anchor as id. */
export function siteHas(dist: string): (href: string) => boolean {
  const pages = new Map<string, string | undefined>();
  return (href) => {
    const { path, anchor } = splitHref(href);
    if (!pages.has(path)) {
      const file = join(dist, path, path.endsWith('/') ? 'index.html' : '');
      pages.set(path, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    }
    const html = pages.get(path);
    return html !== undefined && (!anchor || html.includes(`id="${anchor}"`));
  };
}

/** The expected answers of some queries, sorted by what the content and the site hold (src/lib/site/search-answers.ts). */
export function sortAnswers(hrefs: Iterable<string>, has: (href: string) => boolean, model: ContentModel): { gone: Set<string>; lost: string[] } {
  const gone = new Set<string>();
  const lost: string[] = [];
  for (const href of new Set(hrefs)) {
    const state = answerState(href, has, model);
    if (state === 'gone') gone.add(href);
    if (state === 'lost') lost.push(href);
  }
  return { gone, lost };
}

export interface QueryOutcome {
  query: string;
  /** The URLs that answer it. */
  expected: string[];
  /** Rank of the first result that answers it, `undefined` when none of the first ten does. */
  rank: number | undefined;
  /** The first results' URLs, to show in a miss. */
  top: string[];
}

export interface Evaluation {
  outcomes: QueryOutcome[];
  figures: SearchFigures;
  /** The queries left out because the content no longer defines any of their answers, with those answers. */
  gone: { query: string; expected: string[] }[];
}

export interface EvaluateOptions {
  ranking?: PagefindRanking | undefined;
  /** Which targets of a query count: its `expect` (the default), or another field such as `roleDescription`. */
  targetsOf?: (q: SearchQuery) => string[] | undefined;
  /** Count a result on the right page even when the dialog would not show the expected section. */
  pagesOnly?: boolean;
  context?: TargetContext;
  /** What the search box does to a query before searching (the handbook's dialog: `searchTerms`; a bare site: nothing). */
  processTerm?: (query: string) => string;
  /**
   * What the search box does to a result before showing it (the handbook's dialog: `dialogResult`;
   * without it, the sections are chosen as Pagefind's own UI chooses them).
   */
  processResult?: (result: PagefindResultData) => PagefindResultData;
  /** What the content defines (read from content/ when omitted). */
  content?: ContentModel;
  /** Answer a query that finds nothing with the pages that match most of it, as the dialog does (src/lib/site/search-fallback.ts). */
  fallback?: boolean;
}

/** A result as the handbook's search dialog shows it: the sections where the query weighs most (src/lib/site/search-sections.ts). */
export const dialogResult = (result: PagefindResultData): PagefindResultData => ({ ...result, sub_results: strongestSections(result.url, result.sub_results) });

/** How the handbook's search dialog searches: the query's topic words, its ranking, its choice of sections. */
export const dialogSearch = { ranking: searchRanking, processTerm: searchTerms, processResult: dialogResult, fallback: true } satisfies EvaluateOptions;

/**
 * The queries to search, each with those of its answers that are not `gone` (the content no longer
 * defines them), and apart, with all its answers, each query left without any. Matched by position,
 * not by text: a set may ask the same words twice with different answers, and one's answers are not
 * the other's.
 */
export function withoutGoneAnswers(resolved: readonly { query: string; expected: string[] }[], gone: (href: string) => boolean): { planned: { query: string; expected: string[] }[]; gone: Evaluation['gone'] } {
  const left = resolved.map((p) => ({ ...p, expected: p.expected.filter((href) => !gone(href)) }));
  return { planned: left.filter((p) => p.expected.length), gone: resolved.filter((_, i) => !left[i]!.expected.length) };
}

let readModel: ContentModel | undefined;
/** The content's model, read once per process (the files do not change while the tests run). */
export const theContentModel = () => (readModel ??= contentModel());

/**
 * Searches for every query of `queries` on the site in `dist` (the first ten results, as the search
 * dialog ranks them with `ranking`) and scores them. Queries without targets (`targetsOf` returns
 * nothing, or only targets a level or competency the ladder has removed) are left out, and so are
 * those whose every answer the content no longer defines (`gone`, src/lib/site/search-answers.ts).
 * Throws, naming them, when expected pages or anchors that the content defines are missing from the site.
 */
export async function evaluateQueries(dist: string, queries: readonly SearchQuery[], options: EvaluateOptions = {}): Promise<Evaluation> {
  const context = options.context ?? { levelOrder: levelOrderOf(dist) };
  const removed = removedTargets(dist);
  const targetsOf = options.targetsOf ?? ((q) => q.expect);
  const resolved = queries.flatMap((q) => {
    const targets = answerableTargets(targetsOf(q) ?? [], removed);
    return targets?.length ? [{ query: q.query, expected: targets.map((t) => targetHref(t, context)) }] : [];
  });
  // Without anchors, only the pages need to exist.
  const asked = (href: string) => (options.pagesOnly ? href.split('#')[0]! : href);
  const { gone, lost } = sortAnswers(resolved.flatMap((p) => p.expected.map(asked)), siteHas(dist), options.content ?? theContentModel());
  if (lost.length)
    throw new Error(
      `Expected search answers that the content defines and the built site does not have (a page or anchor the code no longer makes?):\n  ${missingTargets(dist, lost).join('\n  ')}`,
    );
  const { planned, gone: goneQueries } = withoutGoneAnswers(resolved, (href) => gone.has(asked(href)));

  const index = await openPagefind(dist, options.ranking);
  try {
    const outcomes: QueryOutcome[] = [];
    for (const { query, expected } of planned) {
      const results = await index.search(options.processTerm ? options.processTerm(query) : query, { limit: 10, fallback: options.fallback });
      const hits = results.map((r) => asSearchHit(options.processResult ? options.processResult(r) : r));
      outcomes.push({ query, expected, rank: answerRank(hits, expected, options.pagesOnly), top: hits.map((h) => h.url) });
    }
    return { outcomes, figures: searchFigures(outcomes.map((o) => o.rank)), gone: goneQueries };
  } finally {
    await index.close();
  }
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The figures on one line: `84 queries: recall@1 …, recall@3 …, MRR@10 …`. */
export const formatFigures = (f: SearchFigures) => `${f.queries} queries: recall@1 ${percent(f.recallAt1)}, recall@3 ${percent(f.recallAt3)}, MRR@10 ${f.mrrAt10.toFixed(3)}`;

/** The queries left out because the content no longer defines their answers: `answers the content no longer has: N queries`, then each. */
export function formatGone(gone: Evaluation['gone']): string[] {
  if (!gone.length) return [];
  return [`answers the content no longer has: ${gone.length} ${gone.length === 1 ? 'query' : 'queries'}`, ...gone.map((g) => `  “${g.query}”: ${g.expected.join(' or ')}`)];
}

/** Every query whose answer is not first: the query, where the answer came, and what came before it. */
export function formatMisses(outcomes: readonly QueryOutcome[]): string[] {
  return outcomes
    .filter((o) => o.rank !== 1)
    .map((o) => {
      const where = o.rank === undefined ? 'not in the first 10' : `rank ${o.rank}`;
      return `  “${o.query}”: ${where}; expected ${o.expected.join(' or ')}\n      got ${o.top.slice(0, Math.max(3, o.rank ?? 3)).join(', ') || 'no results'}`;
    });
}
