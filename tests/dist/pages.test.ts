import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '~/lib/content/validation/load';
import { competencyHref, docHref, levelHref, selfAssessmentHref } from '~/lib/site/urls';
import { decodeShare } from '~/lib/growth/share-link';
import type { Ladder } from '~/lib/growth/self-assessment';
import { dataCollectionsByName, roleFile } from '~/schemas/collections';
import { editBaseUrl } from '~/site';
import { builtPages, distDir } from '../support/dist';
import { decodeEntities, mainText } from '../support/html-text';
import { britishSpellings } from '~/lib/content/american-spelling';
import { repoRoot } from '../support/repo';

const pages = builtPages();
const { entries, pages: docs } = loadContent(repoRoot);
/** The data file each page generated from data is edited in. */
const sources = new Map([
  ...entries.filter((e) => e.collection === 'roles').map((e) => [levelHref(e.id), roleFile(e.id)] as const),
  ...entries.filter((e) => e.collection === 'competencies').map((e) => [competencyHref(e.id), dataCollectionsByName.competencies.file] as const),
]);

/** The ladder the self-assessment page carries for its island, to read share links with. */
function selfAssessmentLadder(): Ladder {
  const html = pages.find((p) => p.path === selfAssessmentHref)?.html ?? '';
  const json = /<script[^>]*data-growth-model[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`no ladder data on ${selfAssessmentHref}`);
  return (JSON.parse(json) as { ladder: Ladder }).ladder;
}

/** The target of an internal link as a file in dist/, or undefined when it is not internal. */
function targetFile(href: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const path = decodeURIComponent(href.split('#')[0]!.split('?')[0]!);
  if (/\.[a-z0-9]+$/i.test(path)) return join(distDir, path);
  return join(distDir, path, 'index.html');
}

describe('every built page', () => {
  it('has exactly one h1, a title and a meta description', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const h1 = page.html.match(/<h1\b/g)?.length ?? 0;
      if (h1 !== 1) problems.push(`${page.path}: ${h1} h1 elements`);
      const title = /<title>([^<]*)<\/title>/.exec(page.html)?.[1]?.trim();
      if (!title) problems.push(`${page.path}: no <title>`);
      const description = /<meta name="description" content="([^"]*)"/.exec(page.html)?.[1]?.trim();
      if (!description) problems.push(`${page.path}: no meta description`);
    }
    expect(problems).toEqual([]);
  });

  it('read in American English, as the role description does: templates and components too, which the validator does not read', () => {
    // Code names keys as they are spelled (an old file format's `behaviours`), and a release diff
    // shows the removed words of an earlier release as they were: neither is the handbook's prose.
    const prose = (html: string) => html.replace(/<(pre|code|del)\b[\s\S]*?<\/\1>/gi, ' ');
    const problems = pages.flatMap((p) =>
      britishSpellings(mainText(prose(p.html))).map((m) => `${p.path}: “${m.word}” (American: “${m.american}”)`),
    );
    expect([...new Set(problems)]).toEqual([]);
  });

  it('include every page of content/docs and every page generated from a level or competency', () => {
    const built = new Set(pages.map((p) => p.path));
    const expected = [...docs.map((d) => d.href), ...sources.keys()].filter((path) => path !== docHref('404'));
    expect(expected.filter((path) => !built.has(path))).toEqual([]);
  });

  it('links only to internal pages and anchors that exist', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) {
        const page = pages.find((p) => join(distDir, p.file) === file);
        ids.set(file, new Set([...(page?.html ?? '').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!))));
      }
      return ids.get(file)!;
    };
    const broken: string[] = [];
    for (const page of pages) {
      for (const [, raw] of page.html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
        const href = decodeEntities(raw!);
        const absolute = href.startsWith('#') ? page.path + href : href;
        const file = targetFile(absolute);
        if (!file) continue;
        if (!existsSync(file)) {
          broken.push(`${page.path} → ${href} (no page)`);
          continue;
        }
        const anchor = absolute.split('#')[1];
        // A link into the self-assessment may carry a share link (levels chosen) instead of an anchor: it must decode.
        const shared = anchor && absolute.startsWith(selfAssessmentHref) ? decodeShare(selfAssessmentLadder(), anchor) : null;
        if (shared) {
          if (!shared.ok) broken.push(`${page.path} → ${href} (share link: ${shared.error})`);
          continue;
        }
        if (anchor && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(anchor))) broken.push(`${page.path} → ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links "Edit page" to the repository file the page comes from: its MDX, or the data of a generated page', () => {
    const problems: string[] = [];
    let generated = 0;
    for (const page of pages) {
      const edit = [...page.html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)).filter((href) => href.startsWith(editBaseUrl));
      const file = edit[0]?.slice(editBaseUrl.length);
      const expected = sources.get(page.path);
      if (expected) generated++;
      if (expected && file !== expected) problems.push(`${page.path}: edits ${file ?? 'nothing'}, expected ${expected}`);
      else if (file && !existsSync(join(repoRoot, file))) problems.push(`${page.path}: edits ${file}, which does not exist`);
      else if (!file && page.path !== '/' && [`${page.path.slice(1, -1)}.mdx`, `${page.path.slice(1)}index.mdx`].some((f) => existsSync(join(repoRoot, 'content/docs', f))))
        problems.push(`${page.path}: no edit link`);
    }
    expect(problems).toEqual([]);
    expect(generated).toBe(sources.size);
  });
});
