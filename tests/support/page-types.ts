import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { docHref } from '../../src/lib/site/urls.ts';

const root = join(import.meta.dirname, '../..');

export interface DocPage {
  /** Site path such as `/tools/self-assessment/`. */
  path: string;
  /** The file under content/docs. */
  file: string;
  /** The frontmatter `pageType` (Starlight pages default to `guide`). */
  pageType: string;
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
