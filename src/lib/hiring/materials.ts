/**
 * The materials of the interview exercises, read from `content/roles/<role>/materials/<exercise>/`
 * (see src/schemas/materials.ts for the layout). One reader serves the validator (problems with
 * file, line and column) and the build (the pages and files to publish), so what is checked is what
 * is published. Every published file has its bytes here: the kit page shows their sizes, the routes
 * serve them, and the tests compare them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { idSchema } from '../../schemas/common.ts';
import { audienceValues, chartSchema, isInterviewerOnly, materialPageSchema, type Audience, type ChartData, type KitPart, type MaterialBlock, type MaterialPageData } from '../../schemas/materials.ts';
import type { Problem as AnyProblem } from '../content/validation/problem.ts';

/** The rules whose problems the materials reader reports (an explicit list: the validator's own list of rules includes a rule that calls this module). */
type Problem = AnyProblem<'yaml-syntax' | 'unknown-key' | 'required-field' | 'invalid-type' | 'enum-value' | 'invalid-value' | 'broken-reference' | 'duplicate-id'>;
import { problemsFromIssues } from '../content/validation/schema-issues.ts';
import { checkOnce } from '../content/validation/check-once.ts';
import { parseYamlSource, type PathKey, type YamlSource } from '../content/validation/yaml-source.ts';
import { diffLines } from './unified-diff.ts';
import { lineChartSvg } from './line-chart.ts';
import { zip } from '../site/zip.ts';
import { materialFileHref, materialPageHref } from '../site/urls.ts';


/** The folder of a role's materials, relative to the repository. */
export const materialsDir = (role: string) => `content/roles/${role}/materials`;

/* ---------- What the reader returns ---------- */

export type FileKind = 'file' | 'zip' | 'chart';

/** A file as published, with its bytes. */
export interface PublishedFile {
  /** Path within the exercise's materials, as pages refer to it: `candidate/pr-4821.diff`, `candidate/starter` (a folder), `interviewer/null-rate.chart.yaml`. */
  path: string;
  audience: Audience;
  /** Published name: the file's own, `<folder>.zip` or `<chart>.svg`. */
  name: string;
  href: string;
  kind: FileKind;
  /** What the file is, for readers: `unified diff`, `ZIP archive`, `SVG chart`, … */
  label: string;
  bytes: Uint8Array;
  /** The file or folder it is made from, relative to the repository. */
  source: string;
  /** Text files: the text. */
  text?: string;
  /** Charts: the chart's data. */
  chart?: ChartData;
  /** ZIPs: the files inside, with their sizes, in archive order. */
  entries?: { path: string; size: number }[];
}

/** A printable page. */
export interface MaterialPage {
  id: string;
  audience: Audience;
  href: string;
  /** The `.page.yaml` file, relative to the repository. */
  source: string;
  data: MaterialPageData;
}

/**
 * Whether the site's search indexes `page`: a candidate's handout is found as any page is; an
 * interviewer's copy is kept out of search, where a candidate could come upon it.
 */
export const isSearched = (page: Pick<MaterialPage, 'audience'>): boolean => page.audience !== 'interviewer';

export interface ExerciseMaterials {
  role: string;
  exercise: string;
  /** The exercise's materials folder, relative to the repository. */
  dir: string;
  pages: MaterialPage[];
  files: PublishedFile[];
}

export interface MaterialsReading {
  materials: ExerciseMaterials[];
  problems: Problem[];
  /** Files read (pages, charts, published files and the files inside folders). */
  filesChecked: number;
  /** Each page's parsed YAML by its file, to locate later problems. */
  pageSources: Map<string, YamlSource>;
}

/** Labels of published files, by extension; other files are `file`. */
const FILE_LABELS: Record<string, string> = {
  diff: 'unified diff',
  patch: 'unified diff',
  log: 'log excerpt',
  txt: 'text',
  csv: 'CSV data',
  md: 'Markdown',
  py: 'Python',
  json: 'JSON',
  svg: 'SVG chart',
  zip: 'ZIP archive',
};
const TEXT_EXTENSIONS = new Set(['diff', 'patch', 'log', 'txt', 'csv', 'md', 'py', 'json', 'yaml', 'yml', 'toml', 'cfg', 'ini']);
const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** Files a folder's ZIP leaves out: hidden files and Python's caches, which a local test run creates. */
export const leftOutOfZip = (name: string) => name.startsWith('.') || name === '__pycache__';

/** Every file under a folder, relative to it with forward slashes, sorted; hidden files and caches left out. */
export function folderFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(join(dir, relative)).sort()) {
      if (leftOutOfZip(name)) continue;
      const path = relative ? `${relative}/${name}` : name;
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk('');
  return out.sort();
}

/** A size as people read it: `812 bytes`, `4.2 KB`, `1.3 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/* ---------- Reading ---------- */

interface ParsedFile<T> {
  source: YamlSource;
  data: T | undefined;
}

/** Reads and checks every exercise's materials of every role under `root/content/roles`. */
export function readMaterials(root: string): MaterialsReading {
  const problems: Problem[] = [];
  const materials: ExerciseMaterials[] = [];
  let filesChecked = 0;
  const pageSources = new Map<string, YamlSource>();
  const rolesDir = join(root, 'content/roles');
  if (!existsSync(rolesDir)) return { materials, problems, filesChecked, pageSources };

  for (const role of readdirSync(rolesDir).sort()) {
    const dir = materialsDir(role);
    if (!existsSync(join(root, dir)) || !statSync(join(root, dir)).isDirectory()) continue;
    for (const exercise of readdirSync(join(root, dir)).sort()) {
      const exerciseDir = `${dir}/${exercise}`;
      if (!statSync(join(root, exerciseDir)).isDirectory()) {
        problems.push({ file: exerciseDir, line: 1, column: 1, rule: 'invalid-value', message: 'a role’s materials folder holds one folder per exercise, named after the exercise’s id', expected: 'a folder', found: 'a file' });
        continue;
      }
      const set: ExerciseMaterials = { role, exercise, dir: exerciseDir, pages: [], files: [] };
      const parsedPages: { page: MaterialPage; source: YamlSource }[] = [];
      for (const name of readdirSync(join(root, exerciseDir)).sort()) {
        if (!(audienceValues as readonly string[]).includes(name) || !statSync(join(root, exerciseDir, name)).isDirectory()) {
          problems.push({ file: `${exerciseDir}/${name}`, line: 1, column: 1, rule: 'invalid-value', message: 'an exercise’s materials go in a `candidate/` or an `interviewer/` folder', expected: audienceValues.map((a) => `${a}/`).join(' or '), found: name });
          continue;
        }
        const audience = name as Audience;
        for (const entry of readdirSync(join(root, exerciseDir, audience)).sort()) {
          if (leftOutOfZip(entry)) continue;
          const file = `${exerciseDir}/${audience}/${entry}`;
          const path = `${audience}/${entry}`;
          const absolute = join(root, file);
          filesChecked++;
          if (statSync(absolute).isDirectory()) {
            const inside = folderFiles(absolute);
            filesChecked += inside.length;
            const zipEntries = inside.map((p) => ({ path: `${entry}/${p}`, data: new Uint8Array(readFileSync(join(absolute, p))) }));
            set.files.push({
              path,
              audience,
              name: `${entry}.zip`,
              href: materialFileHref(exercise, audience, `${entry}.zip`),
              kind: 'zip',
              label: FILE_LABELS['zip']!,
              bytes: zip(zipEntries),
              source: file,
              entries: zipEntries.map((e) => ({ path: e.path, size: e.data.length })),
            });
          } else if (entry.endsWith('.page.yaml')) {
            const id = entry.slice(0, -'.page.yaml'.length);
            const parsed = parseChecked(file, readFileSync(absolute, 'utf8'), materialPageSchema, problems);
            checkId(id, file, problems);
            if (parsed.data) {
              const page: MaterialPage = { id, audience, href: materialPageHref(exercise, audience, id), source: file, data: parsed.data };
              set.pages.push(page);
              parsedPages.push({ page, source: parsed.source });
              pageSources.set(file, parsed.source);
            }
          } else if (entry.endsWith('.chart.yaml')) {
            const id = entry.slice(0, -'.chart.yaml'.length);
            const parsed = parseChecked(file, readFileSync(absolute, 'utf8'), chartSchema, problems);
            checkId(id, file, problems);
            if (parsed.data && chartProblems(parsed.data, file, parsed.source, problems)) {
              const svg = lineChartSvg(parsed.data, { idPrefix: `chart-${id}`, standalone: true });
              set.files.push({ path, audience, name: `${id}.svg`, href: materialFileHref(exercise, audience, `${id}.svg`), kind: 'chart', label: FILE_LABELS['svg']!, bytes: new TextEncoder().encode(svg + '\n'), source: file, chart: parsed.data });
            }
          } else {
            const bytes = new Uint8Array(readFileSync(absolute));
            const extension = extensionOf(entry);
            set.files.push({
              path,
              audience,
              name: entry,
              href: materialFileHref(exercise, audience, entry),
              kind: 'file',
              label: FILE_LABELS[extension] ?? 'file',
              bytes,
              source: file,
              ...(TEXT_EXTENSIONS.has(extension) ? { text: new TextDecoder().decode(bytes) } : {}),
            });
          }
        }
      }
      duplicateNames(set, problems);
      for (const { page, source } of parsedPages) problems.push(...pageReferenceProblems(set, page, source));
      materials.push(set);
    }
  }
  return { materials, problems, filesChecked, pageSources };
}

function parseChecked<T>(file: string, text: string, schema: z.ZodType<T>, problems: Problem[]): ParsedFile<T> {
  const source = parseYamlSource(text);
  for (const { position, ...detail } of source.syntaxErrors) problems.push({ file, ...position, rule: 'yaml-syntax', ...detail });
  if (source.syntaxErrors.length) return { source, data: undefined };
  const result = schema.safeParse(source.value, checkOnce);
  if (!result.success) {
    problems.push(...problemsFromIssues(result.error.issues, { file, source, data: source.value, schema }));
    return { source, data: undefined };
  }
  return { source, data: result.data };
}

function checkId(id: string, file: string, problems: Problem[]): void {
  if (!idSchema.safeParse(id).success)
    problems.push({ file, line: 1, column: 1, rule: 'invalid-value', message: 'the file name, before `.page.yaml` or `.chart.yaml`, becomes part of a URL', expected: 'a kebab-case name such as `brief-fraud`', found: id });
}

/** Checks a chart's series against its labels; true when it can be drawn. */
function chartProblems(chart: ChartData, file: string, source: YamlSource, problems: Problem[]): boolean {
  let drawable = true;
  chart.series.forEach((s, i) => {
    if (s.values.length !== chart.x.length) {
      drawable = false;
      problems.push({ file, ...source.valueAt(['series', i, 'values']), rule: 'invalid-value', message: `series “${s.name}” has ${s.values.length} values for ${chart.x.length} labels of \`x\``, expected: `${chart.x.length} values, one per label`, found: `${s.values.length}` });
    }
  });
  if (chart.marker && !chart.x.includes(chart.marker.at))
    problems.push({ file, ...source.valueAt(['marker', 'at']), rule: 'broken-reference', message: `the marker stands at “${chart.marker.at}”, which is not a label of \`x\``, expected: 'one of the labels of `x`', found: chart.marker.at });
  return drawable;
}

/** Two sources that would publish the same file name in one folder (`a.svg` beside `a.chart.yaml`). */
function duplicateNames(set: ExerciseMaterials, problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const f of [...set.files, ...set.pages.map((p) => ({ audience: p.audience, name: p.id, source: p.source }))]) {
    const key = `${f.audience}/${f.name}`;
    const other = seen.get(key);
    if (other) problems.push({ file: f.source, line: 1, column: 1, rule: 'duplicate-id', message: `publishes \`${f.name}\`, as \`${other}\` does`, expected: 'one source per published name', found: 'two' });
    else seen.set(key, f.source);
  }
}

/** Which kinds of file each reference of a block may point to. */
const wants: Record<string, { field: string; kinds: FileKind[]; text?: boolean }> = {
  diff: { field: 'file', kinds: ['file'], text: true },
  'planted-issues': { field: 'diff', kinds: ['file'], text: true },
  log: { field: 'file', kinds: ['file'], text: true },
  chart: { field: 'chart', kinds: ['chart'] },
  folder: { field: 'folder', kinds: ['zip'] },
};
const kindNames: Record<FileKind, string> = { file: 'a text file', chart: 'a `.chart.yaml` chart', zip: 'a folder' };

/** A page's references: to files that exist, of the right kind, within what its audience may see; planted issues on the lines they name. */
export function pageReferenceProblems(set: ExerciseMaterials, page: MaterialPage, source: YamlSource): Problem[] {
  const problems: Problem[] = [];
  const file = page.source;
  const at = (path: PathKey[]) => source.valueAt(path);
  const refer = (path: PathKey[], target: string, kinds: FileKind[], text?: boolean): PublishedFile | undefined => {
    if (page.audience === 'candidate' && !target.startsWith('candidate/')) {
      problems.push({ file, ...at(path), rule: 'invalid-value', message: `a candidate’s page may only show the candidate’s materials, not \`${target}\``, expected: 'a path under `candidate/`', found: target });
      return undefined;
    }
    const found = set.files.find((f) => f.path === target);
    if (!found) {
      problems.push({ file, ...at(path), rule: 'broken-reference', message: `\`${target}\` is not among the materials of ${set.exercise}`, expected: `one of ${set.files.map((f) => `\`${f.path}\``).join(', ') || 'the files in candidate/ or interviewer/'}`, found: target });
      return undefined;
    }
    if (!kinds.includes(found.kind) || (text && found.kind === 'file' && found.text === undefined)) {
      problems.push({ file, ...at(path), rule: 'invalid-value', message: `\`${target}\` is ${found.kind === 'file' && found.text === undefined ? 'not a text file' : kindNames[found.kind]}`, expected: kinds.map((k) => kindNames[k]).join(' or '), found: target });
      return undefined;
    }
    return found;
  };

  page.data.blocks.forEach((block: MaterialBlock, i) => {
    if (page.audience === 'candidate' && isInterviewerOnly(block))
      problems.push({
        file,
        ...at(['blocks', i, 'kind']),
        rule: 'invalid-value',
        message: `a candidate’s page may not hold a \`${block.kind}\`${block.kind === 'kit' ? ` (${block.part})` : ''} block: it is for the interviewer only`,
        expected: 'text, facts, lists, diffs, charts, logs, folders or the role-play setup',
        found: block.kind,
      });
    const want = wants[block.kind];
    if (want) {
      const target = (block as Record<string, unknown>)[want.field] as string;
      const found = refer(['blocks', i, want.field], target, want.kinds, want.text);
      if (found?.text !== undefined && block.kind === 'planted-issues') problems.push(...plantedIssueProblems(block, found, i));
    }
    if (block.kind === 'reveals')
      block.items.forEach((item, j) => {
        if (item.exhibit) refer(['blocks', i, 'items', j, 'exhibit'], item.exhibit, ['chart', 'file'], true);
      });
  });

  function plantedIssueProblems(block: Extract<MaterialBlock, { kind: 'planted-issues' }>, diff: PublishedFile, i: number): Problem[] {
    const lines = diffLines(diff.text!);
    return block.items.flatMap((issue, j) => {
      const line = lines[issue.line - 1];
      if (!line)
        return [{ file, ...at(['blocks', i, 'items', j, 'line']), rule: 'broken-reference' as const, message: `\`${diff.path}\` has ${lines.length} lines; there is no line ${issue.line}`, expected: `a line from 1 to ${lines.length}`, found: String(issue.line) }];
      if (!line.text.includes(issue.quote))
        return [{ file, ...at(['blocks', i, 'items', j, 'quote']), rule: 'broken-reference' as const, message: `line ${issue.line} of \`${diff.path}\` does not contain the quoted text`, expected: issue.quote, found: line.text.trim() || 'an empty line' }];
      return [];
    });
  }
  return problems;
}

/* ---------- Checks against the kits (hiring.yaml) ---------- */

/** What the cross-check needs of a role's `hiring.yaml`: its exercises' ids and kit parts, with positions. */
export interface HiringForMaterials {
  role: string;
  file: string;
  source: YamlSource;
  /** Where the role's entry sits in its file (empty for a document collection). */
  pathPrefix: PathKey[];
  exercises: { id: string; kit: { variants?: { handout?: string | undefined }[] | undefined; rolePlay?: unknown; hintPolicy?: unknown } }[];
}

const kitHas: Record<KitPart, (kit: HiringForMaterials['exercises'][number]['kit']) => boolean> = {
  variants: (k) => !!k.variants?.length,
  'role-play': (k) => !!k.rolePlay,
  'role-play-setup': (k) => !!k.rolePlay,
  'hint-policy': (k) => !!k.hintPolicy,
};

/**
 * Materials against the kits: every materials folder belongs to an exercise of its role, every kit
 * block names a part the kit has, and every variant's handout is a candidate page of the exercise.
 */
export function materialsAgainstKits(reading: MaterialsReading, hiring: readonly HiringForMaterials[]): Problem[] {
  const problems: Problem[] = [];
  for (const set of reading.materials) {
    const h = hiring.find((x) => x.role === set.role);
    const exercise = h?.exercises.find((x) => x.id === set.exercise);
    if (!exercise) {
      problems.push({ file: set.dir, line: 1, column: 1, rule: 'broken-reference', message: `materials for \`${set.exercise}\`, which is not an exercise of ${materialsDir(set.role).replace('/materials', '/hiring.yaml')}`, expected: h ? `one of ${h.exercises.map((x) => `\`${x.id}\``).join(', ')}` : 'a hiring.yaml beside the materials folder', found: set.exercise });
      continue;
    }
    for (const page of set.pages)
      page.data.blocks.forEach((block, i) => {
        if (block.kind === 'kit' && !kitHas[block.part](exercise.kit)) {
          const position = reading.pageSources.get(page.source)?.valueAt(['blocks', i, 'part']) ?? { line: 1, column: 1 };
          problems.push({ file: page.source, ...position, rule: 'broken-reference', message: `the kit of ${set.exercise} has no ${block.part.replace('-setup', '')}`, expected: `a \`${kitField(block.part)}\` in the exercise’s kit in hiring.yaml`, found: 'none' });
        }
      });
  }
  for (const h of hiring)
    h.exercises.forEach((x, i) =>
      x.kit.variants?.forEach((v, j) => {
        if (!v.handout) return;
        const set = reading.materials.find((m) => m.role === h.role && m.exercise === x.id);
        if (!set?.pages.some((p) => p.audience === 'candidate' && p.id === v.handout))
          problems.push({
            file: h.file,
            ...h.source.valueAt([...h.pathPrefix, 'exercises', i, 'kit', 'variants', j, 'handout']),
            rule: 'broken-reference',
            message: `the handout \`${v.handout}\` is not a candidate page of ${x.id}’s materials`,
            expected: `${materialsDir(h.role)}/${x.id}/candidate/${v.handout}.page.yaml`,
            found: 'no such file',
          });
      }),
    );
  return problems;
}

const kitField = (part: KitPart) => ({ variants: 'variants', 'role-play': 'rolePlay', 'role-play-setup': 'rolePlay', 'hint-policy': 'hintPolicy' })[part];

/* ---------- What the candidate must not see ---------- */

/**
 * The interviewer-only facts of an exercise's materials: what each planted issue is and what a strong
 * candidate says about it, and the answers of the fact sheet. None of them may appear in anything
 * published for the candidate.
 */
export function interviewerOnlyFacts(set: ExerciseMaterials): string[] {
  return set.pages.flatMap((p) =>
    p.data.blocks.flatMap((b) => {
      if (b.kind === 'planted-issues') return b.items.flatMap((i) => [i.issue, i.strongAnswer]);
      if (b.kind === 'reveals') return b.items.map((i) => i.fact);
      return [];
    }),
  );
}

/** A published file of the exercise by its path within the materials (`candidate/pr-4821.diff`). */
export const fileAt = (set: ExerciseMaterials, path: string): PublishedFile | undefined => set.files.find((f) => f.path === path);
