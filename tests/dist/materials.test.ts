import { existsSync, globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '~/lib/text/html-entities';
import { folderFiles, formatBytes, interviewerOnlyFacts, readMaterials, type ExerciseMaterials } from '~/lib/hiring/materials';
import { materialsPath } from '~/lib/site/urls';
import { builtPages, distDir } from '../support/dist';

/**
 * The interview materials as published: read from content/ by the same reader the build uses, then
 * compared with what dist/ holds. Every check is a property of the materials, whatever they are.
 */
const repoRoot = join(distDir, '..');
const { materials } = readMaterials(repoRoot);
const pages = builtPages();
const distFile = (href: string) => join(distDir, decodeURIComponent(href), href.endsWith('/') ? 'index.html' : '');

/** Tags inside a line of text, which join their words to the text around them (`<code>assign</code>)`). */
const inlineTag = /<\/?(?:a|abbr|b|code|em|i|kbd|small|span|strong)\b[^>]*>/gi;
/** Everything a reader can see or copy from a page: its text, the text inside charts included; no markup. */
function visibleText(html: string): string {
  return normalize(decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(inlineTag, '').replace(/<[^>]+>/g, ' ')));
}
/** Prose as the pages show it: backticks become code elements, whitespace collapses. */
const normalize = (text: string) => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
const hrefsOf = (html: string) => [...html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)].map((m) => decodeEntities(m[1]!));

/** Everything published for the candidate of one exercise, as text: pages, files, and the files inside ZIPs. */
function candidateTexts(set: ExerciseMaterials): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  for (const page of set.pages.filter((p) => p.audience === 'candidate')) texts.push({ where: page.href, text: visibleText(readFileSync(distFile(page.href), 'utf8')) });
  for (const file of set.files.filter((f) => f.audience === 'candidate')) {
    const bytes = readFileSync(distFile(file.href));
    if (file.kind === 'zip') for (const [path, data] of Object.entries(unzipSync(bytes))) texts.push({ where: `${file.href}:${path}`, text: normalize(new TextDecoder().decode(data)) });
    else texts.push({ where: file.href, text: normalize(file.kind === 'chart' ? decodeEntities(bytes.toString('utf8').replace(/<[^>]+>/g, ' ')) : bytes.toString('utf8')) });
  }
  return texts;
}

describe('interview materials', () => {
  it('are there to check: the role’s exercises have materials', () => {
    expect(materials.length).toBeGreaterThan(0);
  });

  it('publish exactly the pages and files the content holds, nothing left over in dist/', () => {
    const expected = materials.flatMap((set) => [...set.pages.map((p) => distFile(p.href)), ...set.files.map((f) => distFile(f.href))]).sort();
    const published = globSync('**/*', { cwd: join(distDir, materialsPath) })
      .map((f) => join(distDir, materialsPath, f))
      .filter((f) => statSync(f).isFile())
      .sort();
    expect(published).toEqual(expected);
  });

  it('are linked from their exercise’s kit page, every link resolving to a file, each file with its real size', () => {
    const problems: string[] = [];
    for (const set of materials) {
      const kit = pages.find((p) => p.html.includes(`data-kit="${set.exercise}"`));
      if (!kit) {
        problems.push(`${set.exercise}: no kit page`);
        continue;
      }
      const links = hrefsOf(kit.html).filter((h) => h.startsWith(materialsPath));
      for (const href of links) if (!existsSync(distFile(href))) problems.push(`${kit.path} → ${href}: no such file`);
      for (const item of [...set.pages, ...set.files]) if (!links.includes(item.href)) problems.push(`${kit.path}: no link to ${item.href}`);
      for (const file of set.files) {
        const shown = new RegExp(`href="${file.href}"[^>]*>[^<]*</a>\\s*<span class="file-meta">\\(([^)]*)\\)`).exec(kit.html)?.[1];
        const size = formatBytes(statSync(distFile(file.href)).size);
        if (!shown?.endsWith(size)) problems.push(`${kit.path}: ${file.name} shown as “${shown}”, its size is ${size}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('give the candidate none of the interviewer-only facts: planted issues, what strong candidates say, fact-sheet answers', () => {
    const leaks: string[] = [];
    let checked = 0;
    for (const set of materials) {
      const facts = interviewerOnlyFacts(set).map(normalize);
      for (const { where, text } of candidateTexts(set))
        for (const fact of facts) {
          checked++;
          if (text.includes(fact)) leaks.push(`${where}: “${fact}”`);
        }
    }
    expect(leaks).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('print those facts on the interviewer’s copies (so the check above can find them)', () => {
    for (const set of materials) {
      const interviewer = set.pages.filter((p) => p.audience === 'interviewer').map((p) => visibleText(readFileSync(distFile(p.href), 'utf8'))).join(' ');
      for (const fact of interviewerOnlyFacts(set).map(normalize)) expect(interviewer, set.exercise).toContain(fact);
    }
  });

  it('never link a candidate’s page to the interviewer’s materials or to the handbook’s kits', () => {
    const problems: string[] = [];
    for (const set of materials)
      for (const page of set.pages.filter((p) => p.audience === 'candidate'))
        for (const href of hrefsOf(readFileSync(distFile(page.href), 'utf8')))
          if (href.startsWith('/') && !href.startsWith(`${materialsPath}${set.exercise}/candidate/`)) problems.push(`${page.href} → ${href}`);
    expect(problems).toEqual([]);
  });

  it('offer each folder as a ZIP that holds every file of the folder, byte for byte', () => {
    const zips = materials.flatMap((set) => set.files.filter((f) => f.kind === 'zip'));
    for (const file of zips) {
      const inside = unzipSync(readFileSync(distFile(file.href)));
      const folder = join(repoRoot, file.source);
      const name = file.source.split('/').pop()!;
      expect(Object.keys(inside).sort(), file.href).toEqual(folderFiles(folder).map((f) => `${name}/${f}`));
      for (const f of folderFiles(folder)) expect(Buffer.from(inside[`${name}/${f}`]!), `${file.href}: ${f}`).toEqual(readFileSync(join(folder, f)));
    }
  });

  it('build the same ZIP bytes on every build: dist/ holds what the reader makes from the folder now', () => {
    for (const set of materials)
      for (const file of set.files.filter((f) => f.kind === 'zip')) expect(readFileSync(distFile(file.href)), file.href).toEqual(Buffer.from(file.bytes));
  });

  it('print: every page links a stylesheet with print rules', () => {
    const css = globSync('_astro/*.css', { cwd: distDir }).map((f) => ({ href: `/${f}`, text: readFileSync(join(distDir, f), 'utf8') }));
    for (const set of materials)
      for (const page of set.pages) {
        const html = readFileSync(distFile(page.href), 'utf8');
        const sheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
        expect(css.some((c) => sheets.includes(c.href) && /@media print/.test(c.text)), page.href).toBe(true);
      }
  });
});
