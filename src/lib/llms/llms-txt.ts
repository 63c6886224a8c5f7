/**
 * The handbook for readers who use an AI assistant, in the llmstxt.org format: `/llms.txt`, an index
 * of the handbook's pages with links to the two full texts; `/llms-full.txt`, every page of content
 * as Markdown; `/llms-small.txt`, the role, the ladder and the glossary in a size that fits in a
 * model's context. Pure: the pages come from src/data/handbook-document.ts.
 */
import { inSmall, type PageKind } from './selection.ts';
import { blocks, heading, link, list, shiftHeadings, text } from './markdown.ts';

export interface LlmsPage {
  href: string;
  title: string;
  description: string;
  section: string;
  kind: PageKind;
  /** For a page written in MDX, its file under content/docs without extension (`roles/x/index`). */
  file?: string | undefined;
  markdown: string;
  brief?: string | undefined;
  inLlms: boolean;
}

export interface LlmsSite {
  title: string;
  description: string;
  /** Where the site is published, e.g. `https://handbook.example.org`. */
  url: string;
  /** The framework's version. */
  version: string;
  /** The version as a sentence saying where it stands (in force, or taking effect on a later day). */
  versionSentence: string;
}

/** Site paths in Markdown links made absolute, so that a reader of the text can follow them. */
export function absoluteLinks(markdown: string, siteUrl: string): string {
  const origin = siteUrl.replace(/\/$/, '');
  return markdown.replace(/\]\((\/[^)\s]*)\)/g, (_, path: string) => `](${origin}${path})`);
}

const url = (site: LlmsSite, href: string) => `${site.url.replace(/\/$/, '')}${href}`;

/** A page of a full text: its title as a heading, where it is published, its description, then its Markdown one heading level down. */
function pageText(site: LlmsSite, page: LlmsPage, body: string): string {
  // The page's own headings sit under its title: `##` becomes `###` and so on.
  const nested = shiftHeadings(body, 1);
  // A page whose text starts with its description (a level's summary) does not repeat it.
  const describe = page.description && !body.includes(text(page.description));
  return blocks(heading(2, page.title), `URL: ${url(site, page.href)}`, describe && `> ${text(page.description)}`, nested);
}

/** `/llms.txt`: the handbook's title and summary, the two full texts, then its pages by section. */
export function llmsIndex(site: LlmsSite, pages: readonly LlmsPage[], files: { full: string; small: string }): string {
  const sections = new Map<string, LlmsPage[]>();
  for (const page of pages.filter((p) => p.inLlms)) sections.set(page.section || 'Start here', [...(sections.get(page.section || 'Start here') ?? []), page]);
  return `${blocks(
    heading(1, site.title),
    `> ${text(site.description)}`,
    `${text(site.versionSentence)} Every page below is also in one Markdown text: the whole handbook in llms-full.txt, and the role, the ladder’s levels and competencies and the glossary in llms-small.txt, sized for a model’s context.`,
    heading(2, 'Full texts'),
    list([`${link('llms-full.txt', url(site, files.full))}: every page of the handbook’s content as Markdown, in reading order`, `${link('llms-small.txt', url(site, files.small))}: the role description, every level’s expectations, the competencies and the glossary, abridged`]),
    ...[...sections].map(([section, list_]) => blocks(heading(2, section), list(list_.map((p) => `${link(p.title, url(site, p.href))}${p.description ? `: ${text(p.description)}` : ''}`)))),
  )}\n`;
}

/** `/llms-full.txt`: every page of content in reading order, each under its own heading. */
export function llmsFull(site: LlmsSite, pages: readonly LlmsPage[]): string {
  return `${absoluteLinks(
    blocks(
      heading(1, site.title),
      `> ${text(site.description)}`,
      `The complete handbook, version ${text(site.version)} of the framework, as Markdown: every page in reading order, each under a second-level heading with its address. Interactive tools and pages for editors and hosts are left out.`,
      ...pages.filter((p) => p.inLlms).map((p) => pageText(site, p, p.markdown)),
    ),
    site.url,
  )}\n`;
}

/** `/llms-small.txt`: the pages of the kinds a model needs most, in their brief version where they have one. */
export function llmsSmall(site: LlmsSite, pages: readonly LlmsPage[]): string {
  return `${absoluteLinks(
    blocks(
      heading(1, `${site.title} (abridged)`),
      `> ${text(site.description)}`,
      `The role description in summary, every level of the ladder with what it expects in each competency (proficiency and behaviors), the competencies and the glossary, version ${text(site.version)}. The role description in full, examples of evidence, comparisons, the hiring guide and onboarding are in llms-full.txt.`,
      ...pages.filter((p) => p.inLlms && inSmall(p)).map((p) => pageText(site, p, p.brief ?? p.markdown)),
    ),
    site.url,
  )}\n`;
}
