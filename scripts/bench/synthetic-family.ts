/**
 * Writes a synthetic job family into `dir` for benchmarks: the real content, plus `copies − 1`
 * renamed copies of its ladder. Copy k (k ≥ 2) has its own tracks (`ic-k`), its own levels
 * (`lead-ml-engineer-k`, each with every file of the real level's folder: role description,
 * interview materials) and the real level's pages (`docs/roles/lead-ml-engineer-k/`); the
 * competencies, glossary and other family files are shared, and name the copied tracks too.
 *
 * Everything is copied from the real content and only ids and names are varied, so the family
 * follows the schemas and rules as the real content does: when they change, the family changes
 * with the content, not with this file. It passes the validator (synthetic-family.test.ts checks
 * it), so the benchmark measures a clean run.
 *
 * What it varies, and why (each is a rule that the copy would otherwise break):
 * - a level's `track` and `nextLevels` point into its own copy (rank-sequence, dead-end-level);
 * - titles, short titles and aliases get the copy's number (duplicate-name, ambiguous-alias);
 * - skill ids and exercise ids get it too, since they are unique across roles (duplicate-id), and
 *   each exercise's materials folder with its id, and its kit's page (role-part-page);
 * - each competency lists the copied tracks, with the real track's `trackFocus` sentence
 *   (missing-expectation, scorecard-coverage, track-focus);
 * - the newest release lists the new levels and the competencies that span the copied tracks (a
 *   competency's tracks are in a release's snapshot), and its snapshot is written again as
 *   `npm run release:snapshot` writes it (release-changes, release-snapshot).
 */
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { dataCollectionsByName, rolesBase } from '../../src/schemas/collections.ts';
import { ladderOfContent } from '../../src/lib/content/ladder-of-content.ts';
import { applyYamlEdits, type YamlValueEdit } from '../../src/lib/content/yaml-edit.ts';
import { extractFrontmatter } from '../../src/lib/content/validation/markdown.ts';
import { loadContent, type Entry, type LoadedContent } from '../../src/lib/content/validation/load.ts';
import { ladderSnapshot, snapshotFile, snapshotYaml } from '../../src/lib/ladder/release-snapshot.ts';
import { kitHref } from '../../src/lib/site/urls.ts';

export interface SyntheticSize {
  /** How many copies of the real ladder the family holds, the real content itself being the first (1 or more). */
  copies: number;
}

export interface SyntheticFamily {
  files: number;
  tracks: number;
  levels: number;
  competencies: number;
}

/** The id of a thing in copy `k`: copy 1 is the real content and keeps its ids. */
export const copyId = (id: string, k: number) => (k === 1 ? id : `${id}-${k}`);
/** The name of a thing in copy `k`. */
export const copyName = (name: string, k: number) => (k === 1 ? name : `${name} ${k}`);

type Data = Record<string, unknown>;
const dataOf = (e: Entry): Data => (e.source.value && typeof e.source.value === 'object' ? (e.source.value as Data) : {});
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The folder of a level (`content/roles/<id>`) and every page about it (`content/docs/roles/<id>/…`). */
const levelFolder = (id: string) => `${rolesBase}/${id}`;
const levelPagesFolder = (id: string) => `content/docs/roles/${id}`;

/** How many files one more copy of the ladder adds: every file of a level's folder and of its pages. */
export function filesPerCopy(repo: string): number {
  const content = loadContent(repo);
  return levels(content).reduce((n, level) => n + globSync(`${levelFolder(level.id)}/**/*`, { cwd: repo, withFileTypes: true }).filter((f) => f.isFile()).length + pagesOf(content, level.id).length + kitPagesOf(content, level.id).length, 0);
}

/** The number of copies that makes a family of about `files` files. */
export function copiesFor(repo: string, files: number): number {
  const real = loadContent(repo).filesChecked;
  return Math.max(1, 1 + Math.round((files - real) / filesPerCopy(repo)));
}

const levels = (content: LoadedContent) => content.entries.filter((e) => e.collection === 'roles');
/** An exercise's interview kit is a page of its own, at its id (urls.ts `kitHref`). */
const kitPageFile = (exercise: string) => `content/docs${kitHref(exercise).replace(/\/$/, '')}.mdx`;
const kitPageOf = (content: LoadedContent, exercise: string) => content.pages.find((p) => p.file === kitPageFile(exercise));
/** The kit pages of a level's exercises. */
const kitPagesOf = (content: LoadedContent, level: string) =>
  content.entries
    .filter((e) => e.collection === 'hiring' && e.id === level)
    .flatMap((e) => (Array.isArray(dataOf(e)['exercises']) ? (dataOf(e)['exercises'] as Data[]) : []))
    .flatMap((x) => kitPageOf(content, String(x['id'])) ?? []);
/** A kit page's text with its role and exercise those of the copy. */
const copiedKitPage = (text: string, level: string, copy: string, exercise: string, copiedExercise: string) =>
  text
    .replace(new RegExp(`^role: ${level}$`, 'm'), `role: ${copy}`)
    .replaceAll(`role="${level}"`, `role="${copy}"`)
    .replaceAll(`exercise="${exercise}"`, `exercise="${copiedExercise}"`);
const pagesOf = (content: LoadedContent, level: string) => content.pages.filter((p) => p.file.startsWith(`${levelPagesFolder(level)}/`));

export function writeSyntheticFamily(repo: string, dir: string, size: SyntheticSize): SyntheticFamily {
  if (!Number.isInteger(size.copies) || size.copies < 1) throw new Error(`copies must be a whole number from 1 (found ${size.copies})`);
  const content = loadContent(repo);
  if (content.problems.length) throw new Error(`the real content does not load cleanly (run npm run validate): ${content.problems[0]!.file}:${content.problems[0]!.line} ${content.problems[0]!.message}`);
  cpSync(join(repo, 'content'), join(dir, 'content'), { recursive: true });
  const copies = Array.from({ length: size.copies - 1 }, (_, i) => i + 2);
  const out = (file: string) => join(dir, file);
  const edit = (file: string, edits: YamlValueEdit[]) => writeFileSync(out(file), applyYamlEdits(readFileSync(out(file), 'utf8'), edits).text);

  const trackEntries = content.entries.filter((e) => e.collection === 'tracks');
  const levelEntries = levels(content);

  for (const k of copies) {
    for (const level of levelEntries) {
      const id = copyId(level.id, k);
      // The level's folder, whole: role.yaml, the parts of its role description, its interview materials.
      cpSync(join(repo, levelFolder(level.id)), out(levelFolder(id)), { recursive: true });
      const d = dataOf(level);
      const edits: YamlValueEdit[] = [{ path: ['track'], value: copyId(String(d['track']), k) }];
      if (Array.isArray(d['nextLevels'])) edits.push({ path: ['nextLevels'], value: strings(d['nextLevels']).map((n) => copyId(n, k)) });
      for (const key of ['title', 'shortTitle']) if (typeof d[key] === 'string') edits.push({ path: [key], value: copyName(d[key], k) });
      if (Array.isArray(d['aliases'])) edits.push({ path: ['aliases'], value: strings(d['aliases']).map((a) => copyName(a, k)) });
      edit(level.file.replace(levelFolder(level.id), levelFolder(id)), edits);
      // Skill ids and exercise ids are unique across roles (an exercise's kit and materials are
      // published under its id, so its materials' folder takes the copy's id too).
      for (const part of content.entries.filter((e) => e.collection !== 'roles' && e.file.startsWith(`${levelFolder(level.id)}/`))) {
        for (const list of ['skills', 'exercises']) {
          const items = Array.isArray(dataOf(part)[list]) ? (dataOf(part)[list] as Data[]) : [];
          if (items.length)
            edit(
              part.file.replace(levelFolder(level.id), levelFolder(id)),
              items.map((s, i) => ({ path: [list, i, 'id'], value: copyId(String(s['id']), k) })),
            );
          if (list === 'exercises')
            for (const x of items) {
              const materials = out(`${levelFolder(id)}/materials/${String(x['id'])}`);
              if (existsSync(materials)) renameSync(materials, out(`${levelFolder(id)}/materials/${copyId(String(x['id']), k)}`));
              // Its kit's page (role-part-page), about the copied exercise of the copied level.
              const kit = kitPageOf(content, String(x['id']));
              if (kit) writeFileSync(out(kitPageFile(copyId(String(x['id']), k))), copiedKitPage(kit.text, level.id, id, String(x['id']), copyId(String(x['id']), k)));
            }
        }
      }
      // Its pages, about the copied level.
      for (const page of pagesOf(content, level.id)) {
        const fm = extractFrontmatter(page.text)!;
        const yaml = typeof page.frontmatter['role'] === 'string' ? applyYamlEdits(fm.yaml, [{ path: ['role'], value: copyId(page.frontmatter['role'], k) }]).text : fm.yaml;
        const file = out(page.file.replace(levelPagesFolder(level.id), levelPagesFolder(id)));
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, page.text.replace(fm.yaml, yaml));
      }
    }
  }

  // The copied tracks, after the real ones, with the copy's number in their names.
  const tracksFile = dataCollectionsByName.tracks.file;
  const tracks = parseDocument(readFileSync(out(tracksFile), 'utf8'));
  const trackList = tracks.contents as YAMLSeq;
  for (const k of copies)
    trackEntries.forEach((_, i) => {
      const track = (trackList.items[i] as YAMLMap).clone() as YAMLMap;
      track.set('id', copyId(String(track.get('id')), k));
      track.set('name', copyName(String(track.get('name')), k));
      trackList.add(track);
    });
  writeFileSync(out(tracksFile), tracks.toString({ lineWidth: 0 }));

  // Every competency spans the copies of its tracks, and applies them as it applies the real ones. One
  // of a single track, which needs no `trackFocus` in the real content, spans several now: its summary
  // says how each copy of its track applies it.
  const competenciesFile = dataCollectionsByName.competencies.file;
  const competencies = parseDocument(readFileSync(out(competenciesFile), 'utf8'));
  const widened: string[] = [];
  for (const item of (competencies.contents as YAMLSeq).items) {
    const its = isMap(item) ? item.get('tracks') : undefined;
    if (!isMap(item) || !isSeq(its) || !copies.length) continue;
    widened.push(String(item.get('id')));
    const real = its.items.map((t) => String(isScalar(t) ? t.value : t));
    if (!isMap(item.get('trackFocus'))) item.set('trackFocus', competencies.createNode(Object.fromEntries(real.map((t) => [t, item.get('summary')]))));
    const focus = item.get('trackFocus') as YAMLMap;
    for (const k of copies)
      for (const t of real) {
        its.add(copyId(t, k));
        if (focus.has(t)) focus.set(copyId(t, k), focus.get(t));
      }
  }
  writeFileSync(out(competenciesFile), competencies.toString({ lineWidth: 0 }));

  // The newest release records the new levels (as it records a change to a real one), and its snapshot is the ladder as it is now.
  const changelogFile = `${dataCollectionsByName.changelog.base}/${dataCollectionsByName.changelog.pattern}`;
  const changelog = content.entries.find((e) => e.collection === 'changelog');
  const newest = changelog && (dataOf(changelog)['releases'] as Data[] | undefined)?.[0];
  if (newest && copies.length) {
    const log = parseDocument(readFileSync(out(changelogFile), 'utf8'));
    const changes = log.getIn(['releases', 0, 'changes']) as YAMLSeq;
    const model = changes.items.find((c) => isMap(c) && c.get('subject') === 'level') ?? changes.items[0];
    if (!isMap(model)) throw new Error(`${changelogFile}: the newest release lists no change to copy for the synthetic levels`);
    for (const k of copies)
      for (const level of levelEntries) {
        const change = model.clone() as YAMLMap;
        change.set('subject', 'level');
        change.set('id', copyId(level.id, k));
        changes.add(change);
      }
    // A competency's tracks are in the snapshot too: the release records each competency that spans the copies.
    const listed = (id: string) => changes.items.some((c) => isMap(c) && c.get('subject') === 'competency' && c.get('id') === id);
    for (const id of widened.filter((id) => !listed(id))) {
      const change = model.clone() as YAMLMap;
      change.set('kind', 'changed');
      change.set('subject', 'competency');
      change.set('id', id);
      changes.add(change);
    }
    writeFileSync(out(changelogFile), log.toString({ lineWidth: 0 }));
    const version = String(newest['version']);
    const written = loadContent(dir);
    const ladder = ladderOfContent(written);
    if ('unreadable' in ladder) throw new Error(`the synthetic family’s ladder cannot be read: ${ladder.unreadable}`);
    if (written.entries.some((e) => e.collection === 'releases' && e.id === version)) writeFileSync(out(snapshotFile(version)), snapshotYaml(ladderSnapshot(version, ladder.levels, ladder.competencies)));
  }

  const files = globSync('content/**/*', { cwd: dir, withFileTypes: true }).filter((f) => f.isFile()).length;
  return { files, tracks: trackEntries.length * size.copies, levels: levelEntries.length * size.copies, competencies: content.entries.filter((e) => e.collection === 'competencies').length };
}
