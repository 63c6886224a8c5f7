import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { validateContent } from '~/lib/content/validation/validate';
import { loadContent } from '~/lib/content/validation/load';
import { comparisonRoute, docHref, levelHref } from '~/lib/site/urls';
import { changelogFile, dataCollectionsByName, roleFile } from '~/schemas/collections';
import { searchDist } from '../support/pagefind';
import { copyRepository } from '../support/repo';

const copy = copyRepository('new-role-');
afterAll(() => copy.remove());

/** The level the test adds: an id no level has, on top of the first track (whatever levels a team has added). */
function newLevel(root: string) {
  const { entries } = loadContent(root);
  const levels = entries.filter((e) => e.collection === 'roles').map((e) => e.id);
  let n = 1;
  while (levels.includes(`scaffolded-level-${n}`)) n++;
  const track = entries.find((e) => e.collection === 'tracks')!.id;
  return { id: `scaffolded-level-${n}`, title: `Quillwort Level ${n}`, track, others: levels.length };
}

it('scaffolds a role that the validator flags until filled, then builds with its pages, comparisons and search entries', async () => {
  const level = newLevel(copy.dir);
  const scaffold = copy.run([join(copy.dir, 'scripts/new-role.ts'), level.id, '--title', level.title, '--track', level.track]);
  expect(scaffold.status, scaffold.stderr).toBe(0);
  const roleYaml = join(copy.dir, roleFile(level.id));
  const pageFile = join(copy.dir, 'content/docs/roles', level.id, 'index.mdx');
  expect(existsSync(roleYaml) && existsSync(pageFile)).toBe(true);

  // Every placeholder is flagged, and nothing else but the new level missing from the release's snapshot.
  const unfilled = validateContent(copy.dir).problems;
  const placeholders = [roleYaml, pageFile].flatMap((f) => readFileSync(f, 'utf8').split('\n')).filter((line) => line.includes('TODO'));
  expect(unfilled.filter((p) => p.rule !== 'release-snapshot').map((p) => p.rule)).toEqual(placeholders.map(() => 'placeholder-text'));
  expect(unfilled.filter((p) => p.rule === 'release-snapshot').map((p) => p.file)).toEqual([roleFile(level.id)]);

  // Running it again never overwrites the role.
  expect(copy.run([join(copy.dir, 'scripts/new-role.ts'), level.id]).status).toBe(1);

  // Fill in the placeholders as an editor would.
  let n = 0;
  // A short title is a name (the schema bounds its length, for the level pickers); everything else a sentence.
  const fill = (file: string) =>
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^(shortTitle: "?)TODO: [^"\n]*/m, (_, key: string) => `${key}Quillwort ${++n}`)
        .replace(/TODO: [^"\n]*/g, () => `Sets the technical direction of the whole company in area ${++n}.`),
    );
  fill(roleYaml);
  fill(pageFile);
  // List the level in the changelog's newest release, then record the release's ladder, as the script's next steps say.
  const changelog = join(copy.dir, changelogFile);
  const log = parseDocument(readFileSync(changelog, 'utf8'));
  log.addIn(['releases', 0, 'changes'], log.createNode({ kind: 'added', subject: 'level', id: level.id, what: 'A level above the top of the track.', why: 'The team has engineers at that scope.' }));
  writeFileSync(changelog, log.toString({ lineWidth: 0 }));
  const snapshot = copy.run([join(copy.dir, 'scripts/release-snapshot.ts')]);
  expect(snapshot.status, snapshot.stderr).toBe(0);
  expect(validateContent(copy.dir).problems).toEqual([]);

  const build = copy.build();
  expect(build.status, build.stdout + build.stderr).toBe(0);
  const dist = join(copy.dir, 'dist');
  const page = (href: string) => join(dist, href, 'index.html');
  expect(existsSync(page(levelHref(level.id)))).toBe(true);
  expect(existsSync(page(docHref(`roles/${level.id}/index.mdx`)))).toBe(true);
  // One comparison with every other level.
  const comparisons = globSync(`${comparisonRoute.href(`*${level.id}*`).slice(1)}index.html`, { cwd: dist });
  expect(comparisons).toHaveLength(level.others);
  const hits = await searchDist(dist, level.title.split(' ')[0]!);
  expect(hits.map((h) => h.url)).toEqual(expect.arrayContaining([expect.stringContaining(level.id)]));
}, 600_000);

/** The lists of the family's data whose items name an unbroken run of a track's levels, which an inserted level joins. */
const spanningLists = [dataCollectionsByName.archetypes, dataCollectionsByName.paths];

type Level = { id: string; track: string; rank: number; nextLevels?: string[] };
const levelsIn = (root: string): Level[] =>
  loadContent(root)
    .entries.filter((e) => e.collection === 'roles')
    .map((e) => ({ id: e.id, ...(e.data as Omit<Level, 'id'>) }));
/** Each item's `levels` in one of those lists, by the item's id. */
const listsIn = (root: string, collection: string): Map<string, string[]> =>
  new Map(
    loadContent(root)
      .entries.filter((e) => e.collection === collection)
      .map((e) => [e.id, (e.data as { levels: string[] }).levels]),
  );

/**
 * Where to insert a level so that an item of `collection` lists levels of its track below and above it:
 * at the rank of the first level found (in the content's order) that an item lists above another it lists
 * of the same track, which the insertion moves up one (a Senior Staff level between Staff and Principal).
 * None where no item lists two levels of a track.
 */
function spannedRank(root: string, collection: string): { track: string; rank: number } | undefined {
  const levels = levelsIn(root);
  return [...listsIn(root, collection).values()]
    .map((listed) => levels.filter((l) => listed.includes(l.id)))
    .flatMap((listed) => listed.filter((l) => listed.some((m) => m.track === l.track && m.rank < l.rank)))
    .map(({ track, rank }) => ({ track, rank }))
    .at(0);
}

/**
 * Runs `new:role --rank` in `root` and checks what it did to the levels and lists around it: the levels of
 * its track from that rank up move up one, changed in their rank alone; it is linked between its
 * neighbors; every archetype and path that listed levels of its track below and above that rank lists it
 * (and says so), and every other list is as it was.
 */
function insertAndCheck(root: string, run: (args: string[]) => ReturnType<ReturnType<typeof copyRepository>['run']>, id: string, track: string, rank: number) {
  const levels = levelsIn(root);
  const at = (r: number) => levels.find((l) => l.track === track && l.rank === r)!;
  const [below, above] = [at(rank - 1), at(rank)];
  const movedIds = levels.filter((l) => l.track === track && l.rank >= rank).map((l) => l.id);
  const before = new Map(levels.map((l) => [l.id, readFileSync(join(root, roleFile(l.id)), 'utf8')]));
  const listsBefore = spanningLists.map(({ name }) => listsIn(root, name));

  const scaffold = run([join(root, 'scripts/new-role.ts'), id, '--track', track, '--rank', String(rank), '--root', root]);
  expect(scaffold.status, scaffold.stderr).toBe(0);

  const after = levelsIn(root);
  const rankOf = (levelId: string) => after.find((l) => l.id === levelId)!.rank;
  expect(rankOf(id)).toBe(rank);
  expect(rankOf(below.id)).toBe(rank - 1);
  for (const moved of movedIds) expect(rankOf(moved), moved).toBe(levels.find((l) => l.id === moved)!.rank + 1);
  expect(after.find((l) => l.id === id)!.nextLevels).toEqual([above.id]);
  if (below.nextLevels?.includes(above.id)) expect(after.find((l) => l.id === below.id)!.nextLevels).toEqual(below.nextLevels.map((n) => (n === above.id ? id : n)));

  // Every other line of the levels' files is as it was: a moved level's file differs in its rank's line alone.
  for (const [levelId, text] of before) {
    const changed = readFileSync(join(root, roleFile(levelId)), 'utf8').split('\n').filter((line, i) => line !== text.split('\n')[i]);
    expect(changed.length, levelId).toBeLessThanOrEqual(1);
    if (movedIds.includes(levelId)) expect(changed, levelId).toEqual([`rank: ${rankOf(levelId)}`]);
  }

  // An archetype or path naming levels of the track on both sides of the rank now names the new level too.
  const side = (listed: string[], on: (l: Level) => boolean) => levels.some((l) => l.track === track && listed.includes(l.id) && on(l));
  spanningLists.forEach(({ name, file }, i) => {
    const listsAfter = listsIn(root, name);
    const spanning = [...listsBefore[i]!].filter(([, listed]) => side(listed, (l) => l.rank < rank) && side(listed, (l) => l.rank >= rank)).map(([item]) => item);
    for (const [item, listed] of listsBefore[i]!) {
      const expected = spanning.includes(item) ? [...listed, id].sort() : [...listed].sort();
      expect([...listsAfter.get(item)!].sort(), `${file}: ${item}`).toEqual(expected);
    }
    if (spanning.length) expect(scaffold.stdout, file).toContain(`Changed ${file}: added ${id}`);
  });
}

it('inserts a level at a rank below the top of its track: the levels above move up one, changed in their rank alone, it is linked between its neighbors, and the archetypes and paths around it list it', () => {
  const inserted = copyRepository('new-role-rank-', ['content', 'scripts', 'src', 'package.json', 'tsconfig.json']);
  try {
    // One level inserted where an archetype lists levels of a track below and above it, then one where a
    // path does (whichever a team has); where neither lists two levels of a track, one at rank 2 of a track
    // with at least two levels.
    let inserts = 0;
    for (const { name } of spanningLists) {
      const spanned = spannedRank(inserted.dir, name);
      if (spanned) insertAndCheck(inserted.dir, inserted.run, `inserted-level-${++inserts}`, spanned.track, spanned.rank);
    }
    if (!inserts) {
      const levels = levelsIn(inserted.dir);
      const track = [...new Set(levels.map((l) => l.track))].find((t) => levels.filter((l) => l.track === t).length >= 2);
      if (!track) throw new Error('no track with two levels to insert between');
      insertAndCheck(inserted.dir, inserted.run, 'inserted-level-1', track, 2);
    }

    // What is left is the team's writing and the release: placeholders, the snapshot, and what differs from the new
    // levels. The archetypes and paths that span the ranks inserted at now list them: neither archetype-levels nor
    // path-levels is left.
    const rules = new Set(validateContent(inserted.dir).problems.map((p) => p.rule));
    expect([...rules].filter((r) => !['placeholder-text', 'release-snapshot', 'what-differs'].includes(r))).toEqual([]);
  } finally {
    inserted.remove();
  }
}, 120_000);

it('refuses an unknown option, an option without its value and a rank that is not a whole number, in a line, not a stack trace', { timeout: 60_000 }, () => {
  for (const args of [['--bogus', '1'], ['--rank'], ['--rank', 'two']]) {
    const run = copy.run([join(copy.dir, 'scripts/new-role.ts'), 'refused-level', ...args]);
    expect(run.status, args.join(' ')).toBe(1);
    expect(run.stderr, args.join(' ')).toMatch(/^new:role: /);
    expect(run.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
  }
  expect(existsSync(join(copy.dir, roleFile('refused-level')))).toBe(false);
});
