import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { validateContent } from '~/lib/content/validation/validate';
import { loadContent } from '~/lib/content/validation/load';
import { comparisonRoute, docHref, levelHref } from '~/lib/site/urls';
import { roleFile } from '~/schemas/collections';
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
  const fill = (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/TODO: [^"\n]*/g, () => `Sets the technical direction of the whole company in area ${++n}.`));
  fill(roleYaml);
  fill(pageFile);
  // Then record the ladder in the release's snapshot, as the script's next steps say.
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
