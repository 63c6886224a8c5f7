/**
 * `npm run new:role -- <id> [--title "Distinguished ML Engineer"] [--track ic] [--rank 5]`
 *
 * Scaffolds a new role (a level of the ladder): `content/roles/<id>/role.yaml` with an expectation
 * for every competency of its track, and a role page `content/docs/roles/<id>/index.mdx`. Every
 * text is a `TODO:` placeholder that `npm run validate` flags until it is filled in. It never
 * overwrites an existing role.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/validation/load.ts';
import { scaffoldRole } from '../src/lib/content/scaffold-role.ts';
import { applyYamlEdits } from '../src/lib/content/yaml-edit.ts';
import { levelHref } from '../src/lib/site/urls.ts';
import type { ProficiencyScale } from '../src/schemas/family.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { title: { type: 'string' }, track: { type: 'string', default: 'ic' }, rank: { type: 'string' }, root: { type: 'string', default: '.' } },
});
const root = resolve(values.root);
const id = positionals[0];
const fail = (message: string): never => {
  console.error(`new:role: ${message}`);
  process.exit(1);
};
if (!id) fail('give the new role an id, e.g. `npm run new:role -- distinguished-ml-engineer`');

const { entries } = loadContent(root);
const result = scaffoldRole({
  id: id!,
  track: values.track!,
  ...(values.title ? { title: values.title } : {}),
  ...(values.rank ? { rank: Number(values.rank) } : {}),
  tracks: entries.filter((e) => e.collection === 'tracks').map((e) => e.id),
  competencies: entries.filter((e) => e.collection === 'competencies').map((e) => ({ id: e.id, tracks: (e.data as { tracks: string[] }).tracks })),
  levels: entries
    .filter((e) => e.collection === 'roles')
    .map((e) => ({ id: e.id, ...(e.data as { track: string; rank: number; nextLevels?: string[]; expectations: Record<string, { proficiency: number }> }) }))
    .map((l) => ({ ...l, nextLevels: l.nextLevels ?? [] })),
  scale: entries.filter((e) => e.collection === 'proficiencyScale').flatMap((e) => (e.data as ProficiencyScale).steps.map((s) => s.value)),
  themes: entries.filter((e) => e.collection === 'sharedExpectations').map((e) => e.id),
});
if (!result.ok) fail(result.error);
const { roleYaml, page, levelEdits } = result.ok ? result : fail('');

const roleDir = join(root, 'content/roles', id!);
const pageDir = join(root, 'content/docs/roles', id!);
if (existsSync(roleDir) || existsSync(pageDir)) fail(`content/roles/${id}/ or content/docs/roles/${id}/ already exists; nothing was changed`);
// The levels the new one is inserted among, edited in place (everything else in their files kept);
// computed in full before anything is written, so that a file that cannot be edited changes nothing.
const edited = levelEdits.map(({ id: level, edits }) => {
  const file = join(root, 'content/roles', level, 'role.yaml');
  try {
    return { file, text: applyYamlEdits(readFileSync(file, 'utf8'), edits).text, what: edits.map((e) => `${e.path.join('.')}: ${Array.isArray(e.value) ? `[${e.value.join(', ')}]` : e.value}`).join(', ') };
  } catch (error) {
    return fail(`content/roles/${level}/role.yaml: ${(error as Error).message}; nothing was changed`);
  }
});
mkdirSync(roleDir, { recursive: true });
mkdirSync(pageDir, { recursive: true });
writeFileSync(join(roleDir, 'role.yaml'), roleYaml);
writeFileSync(join(pageDir, 'index.mdx'), page);
for (const { file, text } of edited) writeFileSync(file, text);
const inserted = edited.length > 0;
console.log(`Created content/roles/${id}/role.yaml and content/docs/roles/${id}/index.mdx.
${edited.map(({ file, what }) => `Changed ${file.slice(root.length + 1)}: ${what}.\n`).join('')}Next:
  1. Fill in every TODO (npm run validate lists them with their line numbers).
  2. Check the proficiency of each competency against the levels around it${inserted ? ', the level above included: where it now expects no more than the new level, the validator asks it what differs (rule what-differs)' : ''}.
  3. ${inserted ? 'Check the `nextLevels` set above: people move up from the level below into the new one, and from it into the level above it.' : 'Add the new level to the `nextLevels` of the level below it, if people move up into it.'}
  4. Add a changelog entry in content/family/changelog.yaml and bump the version in family.yaml.
  5. npm run release:snapshot, to record the ladder of that release.
  6. npm run dev, and look at ${levelHref(id!)}.`);
