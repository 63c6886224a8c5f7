/**
 * The built site's search, queried from Node as the search dialog queries it (the same ranking
 * options, the same handling of the query: src/lib/site/search-weights.ts, search-query.ts).
 * - The reader queries of tests/search/queries.yaml: every expected page within the first three
 *   results, and a mean reciprocal rank of at least 0.95 (`npm run bench:search` prints the misses).
 * - Properties of the content, whatever it holds: each level and competency comes first for its
 *   name, each row of a role's KPIs, skills and tools is shown within the first three results for
 *   its name, each page of a role description comes first for its level's name and its title
 *   together, each Staff+ archetype (by its name or another) and shared expectation within the first three, each glossary
 *   term, and “what is” it, on the dialog's first screen, its entry first when asked what it means, each
 *   competency's section for a track within the first three for the two named together, each
 *   release within the first three for “what changed in version <version>”, the level above, below or
 *   between levels named first for “the level above <level>”, the index reads as words, a page's description is in
 *   its hidden summary field, the evidence log's limits, which only its form's labels state, are in the index, and a slip in
 *   the name of a kind of page (a content type) is corrected.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchParts } from '~/lib/site/handbook-search';
import { answerRank, targetHref } from '~/lib/site/search-eval';
import { itemsNamedBy } from '~/lib/site/search-names';
import { searchTerms } from '~/lib/site/search-query';
import { contentTypeLabels, filterNames, interviewMaterialType, pageTypeLabels } from '~/lib/site/search-filters';
import { pageTypeValues } from '~/schemas/frontmatter';
import { vocabularyOf } from '~/lib/site/search-typos';
import { readMaterials } from '~/lib/hiring/materials';
import { dialogFirstScreen, pageSummaryField, searchRanking } from '~/lib/site/search-weights';
import { maxLinks } from '~/lib/growth/self-assessment';
import { archetypeHref, evidenceLogHref, competencyHref, competencyTrackHref, docHref, glossaryTermHref, kitHref, kpiHref, levelHref, releaseHref, releasePageHref, roleHref, ruleAnchor, skillHref, themeHref, toolHref } from '~/lib/site/urls';
import { rules } from '~/lib/content/validation/rules/index';
import type { LadderExport } from '~/schemas/export';
import { asSearchHit, builtSearchVocabulary, openPagefind, type PagefindSession } from '../../scripts/search/pagefind-index';
import { allQuerySets, answerableTargets, dialogResult, dialogSearch, evaluateQueries, formatFigures, formatGone, formatMisses, levelOrderOf, loadQuerySet, missingTargets, querySets, removedTargets, siteHas, sortAnswers, theContentModel } from '../../scripts/search/run-queries';
import { contentDefines } from '~/lib/site/search-answers';
import { distDir, requireDist } from '../support/dist';
import { runTogetherWords } from '../support/html-text';

requireDist();
/** The built site's own data: what its pages show, whatever the content holds. */
const ladder = JSON.parse(readFileSync(join(distDir, 'ladder.json'), 'utf8')) as LadderExport;
/** The parts of a role description whose rows search must find, as ladder.json holds them. */
interface RoleRows {
  kpis?: { metrics: { id: string; name: string }[] };
  technicalSkills?: { skills: { id: string; name: string }[] };
  softSkills?: { skills: { id: string; name: string }[] };
  tools?: { tools: { tool: string }[] };
}

describe('the reader queries', () => {
  it('find every expected page within the first three results, with MRR@10 of at least 0.95', async () => {
    // Over the queries whose answers the content still defines: a team that removes a KPI or a level
    // removes the queries' answers, not the queries (src/lib/site/search-answers.ts).
    const { outcomes, figures, gone } = await evaluateQueries(distDir, loadQuerySet(querySets.committed), dialogSearch);
    // The queries are written in the names the handbook has used: a team that renamed a thing and
    // sees one fall is told the guide's way to keep the former name findable.
    const belowBar = figures.recallAt3 < 1 || figures.mrrAt10 < 0.95;
    const renamed = 'Renamed a level, a track or a competency? Keep its former name findable: a level’s `aliases`, a reader’s word for the others (content/docs/reference/editing.mdx, “Add a reader’s word”).';
    const report = [`tests/search/queries.yaml, ${formatFigures(figures)}`, ...formatMisses(outcomes), ...formatGone(gone), ...(belowBar ? [renamed] : [])].join('\n');
    console.log(report);
    expect(figures.recallAt3, report).toBe(1);
    expect(figures.mrrAt10, report).toBeGreaterThanOrEqual(0.95);
  });

  /** Every expected answer of every set, the sealed ones too, as URLs. */
  const everyAnswer = () => {
    const context = { levelOrder: levelOrderOf(distDir) };
    // A level or competency the ladder has removed (a release's snapshot holds it) is no answer any more, and not asked.
    const removed = removedTargets(distDir);
    return allQuerySets().map((file) => ({
      file,
      hrefs: loadQuerySet(file).flatMap((q) => answerableTargets([...q.expect, ...(q.roleDescription ? [q.roleDescription] : [])], removed).map((t) => targetHref(t, context))),
    }));
  };

  // Every set, the sealed ones too: an answer the code stopped making (a page, a row's anchor) would
  // count as a miss, or stop the benchmark, for as long as nobody ran that set. An answer the content
  // no longer defines (a KPI, a level, a page or a heading removed) is no failure: it is named.
  it('of every set expect the pages and anchors the content defines, and the site has them', () => {
    const model = theContentModel();
    const has = siteHas(distDir);
    const gone: string[] = [];
    for (const { file, hrefs } of everyAnswer()) {
      const sorted = sortAnswers(hrefs, has, model);
      expect(missingTargets(distDir, sorted.lost), `${file}: expected pages or anchors the content defines and the built site does not have`).toEqual([]);
      if (sorted.gone.size) gone.push(`${file.slice(file.lastIndexOf('/') + 1)}: ${[...sorted.gone].join(', ')}`);
    }
    if (gone.length) console.log(`answers the content no longer has, left out of the figures:\n  ${gone.join('\n  ')}`);
  });

  // Were the content model to miss some of what the site shows, losing it would pass for a removal.
  it('know every answer the site shows as one the content or the code defines, so that losing it fails', () => {
    const model = theContentModel();
    const has = siteHas(distDir);
    const unknown = [...new Set(everyAnswer().flatMap(({ hrefs }) => hrefs))].filter((href) => has(href) && !contentDefines(href, model));
    expect(unknown).toEqual([]);
  });
});

/** A named thing and the page (`href`) or pages (`hrefs`) that answer it. */
type NameCase = { name: string } & ({ href: string } | { hrefs: readonly string[] });

/**
 * The time a test of `searches` searches may take. Each test below searches once or twice for each
 * thing of a kind the content holds (a level's every name, every glossary term, every KPI row), so
 * its time grows with what a team adds: 1.5 s a search, about twice a search's time on two busy cores
 * (some 0.6 s; 25 s for six levels' 150 searches on a quiet machine, 68–93 s on a busy one), and
 * never less than the dist project's 60 s.
 */
const timeFor = (searches: number) => Math.max(60_000, searches * 1_500);

/** How many pages the build holds at `href` and below it. */
const builtPagesUnder = (href: string) =>
  readdirSync(join(distDir, href), { recursive: true, encoding: 'utf8' }).filter((file) => basename(file) === 'index.html').length;

/** Every role's KPIs and skills, each with the anchor of its row. */
const kpiAndSkillRows = () =>
  Object.entries(ladder.roleDescriptions as Record<string, RoleRows>).flatMap(([role, parts]) => [
    ...(parts.kpis?.metrics ?? []).map((m) => ({ name: m.name, href: kpiHref(role, m.id) })),
    ...[...(parts.technicalSkills?.skills ?? []), ...(parts.softSkills?.skills ?? [])].map((s) => ({ name: s.name, href: skillHref(role, s.id) })),
  ]);

/** Each level's title, and each of its aliases, with its page. */
const levelTitles: NameCase[] = ladder.levels.map((l) => ({ name: l.title, href: levelHref(l.id) }));
const levelAliases: NameCase[] = ladder.levels.flatMap((l) => l.aliases.map((name) => ({ name, href: levelHref(l.id) })));

/** “The level above/below/between” a name of each level, with the level that answers it. */
const levelStepCases: NameCase[] = (() => {
  const onTrack = (track: string, rank: number) => ladder.levels.find((l) => l.track === track && l.rank === rank);
  return ladder.levels.flatMap((l) =>
    [l.title, ...l.aliases].flatMap((name) => {
      const above = onTrack(l.track, l.rank + 1);
      const below = onTrack(l.track, l.rank - 1);
      const twoUp = onTrack(l.track, l.rank + 2);
      return [
        ...(above ? [{ name: `the level above ${name}`, href: levelHref(above.id) }] : []),
        ...(below ? [{ name: `what comes before ${name}`, href: levelHref(below.id) }] : []),
        ...(below ? [{ name: `the level right below ${name}`, href: levelHref(below.id) }] : []),
        ...(above && twoUp ? [{ name: `the level between ${name} and ${twoUp.title}`, href: levelHref(above.id) }] : []),
      ];
    }),
  );
})();

/** Each level's title with “role” or “job”, answered by its page or its role description. */
const levelRoleCases: NameCase[] = (() => {
  const described = new Set(Object.keys(ladder.roleDescriptions));
  return ladder.levels.flatMap((l) =>
    ['role', 'job'].map((word) => ({ name: `${l.title} ${word}`, hrefs: [levelHref(l.id), ...(described.has(l.id) ? [roleHref(l.id)] : [])] })),
  );
})();

const competencyCases: NameCase[] = ladder.competencies.map((c) => ({ name: c.name, href: competencyHref(c.id) }));

const exerciseCases: NameCase[] = Object.values(ladder.roleDescriptions as Record<string, { hiring?: { exercises: { id: string; name: string }[] } }>)
  .flatMap((parts) => parts.hiring?.exercises ?? [])
  .map((x) => ({ name: x.name, href: kitHref(x.id) }));

/** Each KPI, skill and tool of a role, with the anchor of its row. */
const roleRowCases: NameCase[] = [
  ...kpiAndSkillRows(),
  ...Object.entries(ladder.roleDescriptions as Record<string, RoleRows>).flatMap(([role, parts]) => (parts.tools?.tools ?? []).map((t) => ({ name: t.tool, href: toolHref(role, t.tool) }))),
];

/** Each Staff+ archetype by each of its names, and each shared expectation, with its section. */
const archetypeAndThemeCases: NameCase[] = [
  ...ladder.archetypes.flatMap((a) => [a.name, ...a.aliases].map((name) => ({ name, href: archetypeHref(a.id) }))),
  ...ladder.sharedExpectations.map((t) => ({ name: t.name, href: themeHref(t.id) })),
];

/** Each glossary term, and “what is” it: its entry, or the row of the role that the term names. */
const glossaryNameCases: NameCase[] = (() => {
  const roleItems = kpiAndSkillRows();
  return ladder.glossary.flatMap((t) => {
    // A term that begins the name of a KPI or a skill (“Feature store”) lands on that row, its definition after it (search-names.ts).
    const hrefs = [glossaryTermHref(t.id), ...itemsNamedBy(t, roleItems).map((item) => item.href)];
    return [t.term, `what is ${t.term}`].map((name) => ({ name, hrefs }));
  });
})();

const competencyTrackCases: NameCase[] = (() => {
  const trackName = new Map(ladder.tracks.map((t) => [t.id, t.name]));
  return ladder.competencies.flatMap((c) => c.tracks.map((track) => ({ name: `${c.name} ${trackName.get(track)} track`, href: competencyTrackHref(c.id, track) })));
})();

const releaseCases: NameCase[] = ladder.changelog.map((r) => ({ name: `what changed in version ${r.version}`, hrefs: [releasePageHref(r.version), releaseHref(r.version)] }));

/** Each glossary term asked what it means, by its name or one of its other names, with its entry. */
const definitionCases: NameCase[] = ladder.glossary.flatMap((t) => [
  { name: `what is ${t.term}?`, href: glossaryTermHref(t.id) },
  ...t.aliases.map((alias) => ({ name: `what does ${alias} mean`, href: glossaryTermHref(t.id) })),
]);

describe('search by name', () => {
  let index: PagefindSession;
  beforeAll(async () => {
    index = await openPagefind(distDir, searchRanking);
  });
  afterAll(() => index.close());

  /**
   * The rank at which `href` answers `name`, as the dialog ranks and shows results: with its steps
   * after Pagefind's (search-weights.ts), which a page's name decides among the first results
   * (search-name-match.ts). Pagefind's own order alone depends on how often other pages repeat the
   * name's words: a level renamed “Machine Learning Engineering Manager” outscores the Lead's page
   * for “Lead Machine Learning Engineer” there, though the dialog shows the Lead's page first.
   */
  const rankOf = async (name: string, hrefs: readonly string[]) =>
    answerRank((await index.search(searchTerms(name), { limit: 10, fallback: true })).map((r) => asSearchHit(dialogResult(r))), hrefs);
  /** The names among `cases` that none of their pages (`href`, or any of `hrefs`) answers within `within` results, with their rank. */
  async function notWithin(cases: readonly NameCase[], within: number): Promise<string[]> {
    const misses: string[] = [];
    for (const c of cases) {
      const hrefs = 'hrefs' in c ? c.hrefs : [c.href];
      const rank = await rankOf(c.name, hrefs);
      if (rank === undefined || rank > within) misses.push(`“${c.name}” → ${hrefs.join(' or ')}: ${rank === undefined ? 'not in the first 10' : `rank ${rank}`}`);
    }
    return misses;
  }

  it('puts each level’s page first for its title, and within the first three for each of its aliases', async () => {
    expect(await notWithin(levelTitles, 1)).toEqual([]);
    expect(await notWithin(levelAliases, 3)).toEqual([]);
  }, timeFor(levelTitles.length + levelAliases.length));

  it('puts the level one rank up or down a track first for “the level above/below” (or “right below”) a level’s name, and the one between two levels for “the level between” them', async () => {
    expect(levelStepCases.length).toBeGreaterThan(0);
    expect(await notWithin(levelStepCases, 1)).toEqual([]);
  }, Math.max(180_000, timeFor(levelStepCases.length)));

  it('finds each level’s page, or its role description, within the first three for its title with “role” or “job”', async () => {
    expect(await notWithin(levelRoleCases, 3)).toEqual([]);
  }, timeFor(levelRoleCases.length));

  it('puts each competency’s page first for its name', async () => {
    expect(await notWithin(competencyCases, 1)).toEqual([]);
  }, timeFor(competencyCases.length));

  it('puts each interview exercise’s kit first for the exercise’s name, before its printable materials, whose titles name it too', async () => {
    expect(exerciseCases.length).toBeGreaterThan(0);
    expect(await notWithin(exerciseCases, 1)).toEqual([]);
  }, timeFor(exerciseCases.length));

  it('shows the row of each KPI, skill and tool of a role within the first three results for its name', async () => {
    expect(roleRowCases.length).toBeGreaterThan(0);
    expect(await notWithin(roleRowCases, 3)).toEqual([]);
  }, timeFor(roleRowCases.length));

  it('puts each page of a role description first for its level’s name and its title together (“Lead Machine Learning Engineer KPIs and productivity metrics”)', async () => {
    const pages = await index.search(null, { filters: { [filterNames.type]: pageTypeLabels.role }, limit: Infinity });
    const cases = pages.flatMap((page) => {
      const levels = page.filters[filterNames.level] ?? [];
      return levels.length === 1 && page.meta.title ? [{ name: `${levels[0]} ${page.meta.title}`, href: page.url }] : [];
    });
    expect(cases.length).toBeGreaterThan(0);
    expect(await notWithin(cases, 1)).toEqual([]);
    // The index, which lists these pages, opens in a hook; the time allowed counts the built pages under each role's page.
  }, timeFor(Object.keys(ladder.roleDescriptions).reduce((pages, role) => pages + builtPagesUnder(roleHref(role)), 0)));

  it('shows each Staff+ archetype’s and each shared expectation’s section within the first three results for its name, and an archetype’s for each of its other names', async () => {
    expect(await notWithin(archetypeAndThemeCases, 3)).toEqual([]);
  }, timeFor(archetypeAndThemeCases.length));

  // A term may rank after pages whose names hold it (“MLOps”: the competency “MLOps & operations”
  // first), never off the dialog's first screen.
  it('answers each glossary term, and “what is” it, on the dialog’s first screen: its entry, or the row of the role that the term names', async () => {
    expect(await notWithin(glossaryNameCases, dialogFirstScreen)).toEqual([]);
  }, timeFor(glossaryNameCases.length));

  it('shows each competency’s section for a track within the first three results for the competency and the track named together', async () => {
    expect(await notWithin(competencyTrackCases, 3)).toEqual([]);
  }, timeFor(competencyTrackCases.length));

  it('finds each release, its page or its changelog entry, within the first three for “what changed in version <version>”', async () => {
    expect(await notWithin(releaseCases, 3)).toEqual([]);
  }, timeFor(releaseCases.length));

  // A question that asks what a term means wants its definition, even where the term names a row of the role (search-definitions.ts).
  it('puts each glossary term’s entry first when asked what it means, by its name or one of its other names', async () => {
    expect(await notWithin(definitionCases, 1)).toEqual([]);
  }, timeFor(definitionCases.length));

  // The glossary's other entries that mention the term (“Model registry” for “rollback”) come before it in the page's order.
  it('shows each glossary term’s entry as the first section under the glossary when asked what it means', async () => {
    const misses: string[] = [];
    for (const t of ladder.glossary) {
      const [first] = await index.search(searchTerms(`what is ${t.term}?`), { limit: 10, fallback: true });
      const sections = first ? dialogResult(first).sub_results.map((s) => s.url).filter((url) => url.includes('#')) : [];
      if (sections[0] !== glossaryTermHref(t.id)) misses.push(`“${t.term}”: ${sections.slice(0, 3).join(', ') || 'no sections'}`);
    }
    expect(misses).toEqual([]);
  }, timeFor(ladder.glossary.length));
});

describe('the search index', () => {
  it('reads as words: no two words run together where elements meet, on any page', async () => {
    const index = await openPagefind(distDir);
    try {
      const pages = await index.search(null, { limit: Infinity });
      expect(pages.length).toBeGreaterThan(0);
      const runTogether = pages.flatMap((page) => {
        const html = readFileSync(join(distDir, page.url, page.url.endsWith('/') ? 'index.html' : ''), 'utf8');
        const words = runTogetherWords(page.content, html);
        return words.length ? [`${page.url}: ${words.slice(0, 8).join(' | ')}`] : [];
      });
      expect(runTogether).toEqual([]);
    } finally {
      await index.close();
    }
  });

  it('gives the glossary the content type among whose pages a definition question looks for it', async () => {
    const index = await openPagefind(distDir);
    try {
      const { filter, value } = searchParts.glossaryType;
      const glossary = (await index.search(null, { filters: { [filter]: [value] }, limit: Infinity })).filter((page) => page.url === searchParts.glossaryPath);
      expect(glossary, `${searchParts.glossaryPath} among the pages of ${filter} “${value}” (src/lib/site/handbook-search.ts)`).toHaveLength(1);
    } finally {
      await index.close();
    }
  });

  it('gives every page its content type and its description, the home page too (a hero page has no page title, which carries them elsewhere)', async () => {
    const index = await openPagefind(distDir);
    try {
      const pages = await index.search(null, { limit: Infinity });
      expect(pages.length).toBeGreaterThan(0);
      const typeless = pages.filter((page) => page.filters[filterNames.type]?.length !== 1).map((page) => page.url);
      expect(typeless, 'pages without exactly one content type, which the Browse page and the search filters cannot find').toEqual([]);
      const undescribed = pages.filter((page) => !page.meta[pageSummaryField]).map((page) => page.url);
      expect(undescribed, 'pages without their description in the hidden summary field').toEqual([]);
      // Every content type the Browse page offers a box for lists at least one page.
      const counts = (await index.filters())[filterNames.type] ?? {};
      const empty = Object.values(pageTypeLabels).filter((label) => !counts[label]);
      expect(empty, 'content types no page has: their box on the Browse page is disabled at (0)').toEqual([]);
    } finally {
      await index.close();
    }
  });

  it('holds every candidate’s page of the interview materials, as an interview material of its role’s level, and no interviewer’s copy nor other page as one', async () => {
    const index = await openPagefind(distDir);
    try {
      const listed = await index.search(null, { filters: { [filterNames.type]: [interviewMaterialType] }, limit: Infinity });
      const pages = readMaterials(join(distDir, '..')).materials.flatMap((set) => set.pages);
      const forCandidates = pages.filter((page) => page.audience !== 'interviewer').map((page) => page.href);
      expect(forCandidates.length).toBeGreaterThan(0);
      expect(listed.map((page) => page.url).sort()).toEqual([...forCandidates].sort());
      // An interviewer's copy holds an exercise's answers: no search, with or without filters, shows it.
      const everyPage = await index.search(null, { limit: Infinity });
      const interviewerCopies = new Set(pages.filter((page) => page.audience === 'interviewer').map((page) => page.href));
      expect(interviewerCopies.size).toBeGreaterThan(0);
      expect(everyPage.map((page) => page.url).filter((url) => interviewerCopies.has(url))).toEqual([]);
      const levelless = listed.filter((page) => page.filters[filterNames.level]?.length !== 1).map((page) => page.url);
      expect(levelless, 'material pages without the level of their role, which the level filter cannot find').toEqual([]);
    } finally {
      await index.close();
    }
  });

  it('can show each validation rule: its anchor on the rules page is a heading, where Pagefind begins a section', () => {
    // Pagefind splits a page into the sections a result shows at headings only: a rule whose
    // anchor is not one (a term of a list) is never shown, whatever its text holds.
    const html = readFileSync(join(distDir, docHref('reference/validation-rules'), 'index.html'), 'utf8');
    const notHeadings = rules.map((rule) => ruleAnchor(rule.id)).filter((id) => !new RegExp(`<h[2-6][^>]* id="${id}"`).test(html));
    expect(notHeadings).toEqual([]);
  });

  it('corrects a slip in the name of a kind of page (a content type: “competancy”), which readers type beside a name', () => {
    const vocabulary = new Set(builtSearchVocabulary(distDir));
    const kinds = contentTypeLabels([...pageTypeValues]).flatMap((label) => vocabularyOf([label]));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.filter((word) => !vocabulary.has(word))).toEqual([]);
  });

  it('holds the evidence log’s limit on an entry’s links, which only its form’s labels state (Pagefind skips forms and labels)', async () => {
    const index = await openPagefind(distDir);
    try {
      const pages = (await index.search(`links ${maxLinks}`, { limit: Infinity })).map((page) => page.url);
      expect(pages).toContain(evidenceLogHref);
    } finally {
      await index.close();
    }
  });

  it('holds a page’s description, as its head gives it, in the hidden summary field', async () => {
    const index = await openPagefind(distDir);
    try {
      const pages = await index.search(null, { limit: Infinity });
      const described = pages.filter((page) => page.meta[pageSummaryField] !== undefined);
      expect(described.length).toBeGreaterThan(0);
      const differing = described.flatMap((page) => {
        const html = readFileSync(join(distDir, page.url, page.url.endsWith('/') ? 'index.html' : ''), 'utf8');
        const head = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
        const decoded = head.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        return decoded === page.meta[pageSummaryField] ? [] : [`${page.url}: “${page.meta[pageSummaryField]}” ≠ “${decoded}”`];
      });
      expect(differing).toEqual([]);
    } finally {
      await index.close();
    }
  });
});
