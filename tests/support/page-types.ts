import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { BuiltPage } from './dist';
import { docHref } from '../../src/lib/site/urls.ts';

const root = join(import.meta.dirname, '../..');

export interface DocPage {
  /** Site path such as `/tools/self-assessment/`. */
  path: string;
  /** The file under content/docs. */
  file: string;
  /** The frontmatter `pageType` (Starlight pages default to `guide`). */
  pageType: string;
  /** Starlight's frontmatter `template`: `doc` (with sidebar) or `splash`. */
  template: string;
  title: string;
}

/** The pages written in content/docs, with their frontmatter page type, read from the files now. */
export function docPages(): DocPage[] {
  return globSync('**/*.{md,mdx}', { cwd: join(root, 'content/docs') })
    .sort()
    .map((file) => {
      const text = readFileSync(join(root, 'content/docs', file), 'utf8');
      const frontmatter = (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>;
      return {
        path: docHref(file.split('\\').join('/')),
        file: `content/docs/${file}`,
        pageType: typeof frontmatter['pageType'] === 'string' ? frontmatter['pageType'] : 'guide',
        template: typeof frontmatter['template'] === 'string' ? frontmatter['template'] : 'doc',
        title: String(frontmatter['title'] ?? ''),
      };
    });
}

/** Site paths of the interactive tools (pages with `pageType: tool`). */
export function toolPaths(): string[] {
  return docPages()
    .filter((p) => p.pageType === 'tool')
    .map((p) => p.path);
}

/**
 * The pages of the built site grouped by template: what decides their markup. A page written in
 * content/docs has its page type and Starlight template (a tool is a template of its own, with its
 * own island); a page generated from data has the route it comes from (`/ladder/levels/*`). Both
 * are split further by Starlight's layout, as the page states it (`data-has-toc`, `data-has-hero`…).
 * Read from content/docs and dist/ now, so new pages and page types are covered.
 */
export function pageTemplates(pages: readonly BuiltPage[]): Map<string, string[]> {
  const docs = new Map(docPages().map((d) => [d.path === '/404/' ? '/404.html' : d.path, d]));
  const templates = new Map<string, string[]>();
  for (const page of pages) {
    const doc = docs.get(page.path);
    const kind = !doc
      ? `generated ${page.path.replace(/[^/]+\/$/, '*')}`
      : doc.pageType === 'tool'
        ? `tool ${doc.path}`
        : `${doc.pageType} ${doc.template}`;
    const layout = [...new Set(page.html.match(/\bdata-has-[a-z]+/g) ?? [])].sort().join(' ');
    const key = `${kind} (${layout || 'no layout flags'})`;
    templates.set(key, [...(templates.get(key) ?? []), page.path]);
  }
  return templates;
}
