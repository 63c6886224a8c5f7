import { isUtf8 } from 'node:buffer';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { dataCollections, documentId, type DataCollectionName } from '../../../schemas/collections.ts';
import { handbookFrontmatterSchema } from '../../../schemas/frontmatter.ts';
import { docHref } from '../../site/urls.ts';
import { readMaterials, type MaterialsReading } from '../../hiring/materials.ts';
import { extractFrontmatter } from './markdown.ts';
import type { Problem } from './problem.ts';
import { problemsFromIssues } from './schema-issues.ts';
import { checkOnce } from './check-once.ts';
import { parseYamlSource, type PathKey, type Position, type YamlSource } from './yaml-source.ts';

/** One entry of a data collection, parsed, with a way back to its place in the file. */
export interface Entry<T = unknown> {
  collection: DataCollectionName;
  id: string;
  file: string;
  /** The schema's output when the entry is valid; otherwise the raw value. */
  data: T;
  valid: boolean;
  /** Where the entry sits in its file (the index of a list item). */
  pathPrefix: PathKey[];
  source: YamlSource;
}

export interface Page {
  file: string;
  /** Site path such as `/roles/lead-ml-engineer/kpis/`. */
  href: string;
  frontmatter: Record<string, unknown>;
  valid: boolean;
  text: string;
  bodyStartLine: number;
  source: YamlSource;
}

export interface LoadedContent {
  /** The folder that holds `content/` (the repository), for rules that resolve paths written in it. */
  root: string;
  entries: Entry[];
  pages: Page[];
  /** Every file read, with its text, for rules that scan raw text; `notUtf8` when its bytes are not UTF-8 (each such byte reads as U+FFFD). */
  files: { file: string; text: string; notUtf8?: true }[];
  /** Collections with a file that could not be parsed: references into them cannot be checked. */
  unreadable: Set<string>;
  /** The files that could not be parsed, for rules that pair files (a role's hiring.yaml and its materials). */
  unreadableFiles: Set<string>;
  /** The interview materials (content/roles/<role>/materials/), read and schema-checked by their own reader. */
  materials: MaterialsReading;
  /** How many files were read, materials included. */
  filesChecked: number;
  problems: Problem[];
}

/** Starlight's frontmatter schema with ours, closed to unknown keys so typos are caught. */
export const pageSchema = (docsSchema({ extend: handbookFrontmatterSchema }) as unknown as (ctx: { image: () => z.ZodTypeAny }) => z.ZodObject)({
  image: () => z.string(),
}).strict();

const sorted = (paths: string[]) => paths.map((p) => p.split('\\').join('/')).sort();

/** Reads and schema-checks every content file under `root/content`. */
export function loadContent(root: string): LoadedContent {
  const entries: Entry[] = [];
  const pages: Page[] = [];
  const files: LoadedContent['files'] = [];
  const problems: Problem[] = [];
  const unreadable = new Set<string>();
  const unreadableFiles = new Set<string>();

  const read = (file: string) => {
    const bytes = readFileSync(join(root, file));
    const text = bytes.toString('utf8');
    files.push(isUtf8(bytes) ? { file, text } : { file, text, notUtf8: true });
    return text;
  };
  const parse = (file: string, text: string, lineOffset = 0): YamlSource | undefined => {
    const source = parseYamlSource(text, lineOffset);
    if (source.syntaxErrors.length) unreadableFiles.add(file);
    for (const { position, ...detail } of source.syntaxErrors) problems.push({ file, ...position, rule: 'yaml-syntax', ...detail });
    return source.syntaxErrors.length ? undefined : source;
  };

  for (const c of dataCollections) {
    const paths = c.kind === 'list' ? (globSync(c.file, { cwd: root }).length ? [c.file] : []) : sorted(globSync(join(c.base, c.pattern), { cwd: root }));
    for (const file of sorted(paths)) {
      const source = parse(file, read(file));
      if (!source) {
        unreadable.add(c.name);
        continue;
      }
      const items: [unknown, PathKey[], string][] =
        c.kind === 'list'
          ? Array.isArray(source.value)
            ? source.value.map((v, i) => [v, [i], String((v as { id?: unknown } | null)?.id ?? `#${i + 1}`)])
            : []
          : [[source.value, [], documentId(file.slice(c.base.length + 1))]];
      if (c.kind === 'list' && !Array.isArray(source.value)) {
        problems.push({ file, ...source.valueAt([]), rule: 'invalid-type', message: 'the file must be a list of entries', expected: 'a list (lines starting with `- `)', found: source.value === null ? 'an empty file' : 'something else' });
      }
      for (const [value, pathPrefix, id] of items) {
        const result = c.schema.safeParse(value, checkOnce);
        if (!result.success) problems.push(...problemsFromIssues(result.error.issues, { file, source, data: value, schema: c.schema, pathPrefix }));
        entries.push({ collection: c.name as DataCollectionName, id, file, data: result.success ? result.data : value, valid: result.success, pathPrefix, source });
      }
    }
  }

  for (const file of sorted(globSync('content/docs/**/*.{md,mdx}', { cwd: root }))) {
    const text = read(file);
    const fm = extractFrontmatter(text);
    const href = docHref(file.slice('content/docs/'.length));
    if (!fm) {
      problems.push({ file, line: 1, column: 1, rule: 'page-metadata', message: 'the page has no frontmatter', expected: 'a `---` block with `title` and `description`', found: 'nothing' });
      continue;
    }
    const source = parse(file, fm.yaml, fm.lineOffset);
    if (!source) {
      unreadable.add('docs');
      continue;
    }
    const value = (source.value ?? {}) as Record<string, unknown>;
    const result = pageSchema.safeParse(value, checkOnce);
    if (!result.success) problems.push(...problemsFromIssues(result.error.issues, { file, source, data: value, schema: pageSchema }));
    pages.push({ file, href, frontmatter: result.success ? (result.data as Record<string, unknown>) : value, valid: result.success, text, bodyStartLine: fm.bodyStartLine, source });
  }
  const materials = readMaterials(root);
  problems.push(...materials.problems);
  return { root, entries, pages, files, problems, unreadable, unreadableFiles, materials, filesChecked: files.length + materials.filesChecked };
}

export type { Position };
