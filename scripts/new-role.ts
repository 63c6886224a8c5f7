/**
 * `npm run new:role -- <id> [--title "Distinguished Machine Learning Engineer"] [--track ic] [--rank 5]`
 *
 * Scaffolds a new role (a level of the ladder): `content/roles/<id>/role.yaml` with an expectation
 * for every competency of its track, and a role page `content/docs/roles/<id>/index.mdx`. Every
 * text is a `TODO:` placeholder that `npm run validate` flags until it is filled in. It also makes
 * room for the level in the `role.yaml` of the levels around it, changing only those values: the
 * level below leads to it (`nextLevels`), and with `--rank` below the top, the levels from that rank
 * up move up one, and each Staff+ archetype (`archetypes.yaml`) and each feeder or adjacent path
 * (`paths.yaml`) that lists levels below and above that rank takes it in too (rules archetype-levels
 * and path-levels). It never overwrites an existing role, and changes nothing when a
 * file cannot be edited.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadContent } from '../src/lib/content/validation/load.ts';
import { scaffoldRole } from '../src/lib/content/scaffold-role.ts';
import { ruleById } from '../src/lib/content/validation/rules/index.ts';
import { addToSpansAround } from '../src/lib/content/spans-of-inserted-level.ts';
import { applyYamlEdits } from '../src/lib/content/yaml-edit.ts';
import { levelHref } from '../src/lib/site/urls.ts';
import { dataCollectionsByName, roleFile } from '../src/schemas/collections.ts';
import type { ProficiencyScale } from '../src/schemas/family.ts';
import { scriptArgs } from './usage.ts';

const fail = (message: string): never => {
  console.error(`new:role: ${message}`);
  process.exit(1);
};
const { values, positionals } = scriptArgs(import.meta.url, {
  allowPositionals: true,
  options: { title: { type: 'string' }, track: { type: 'string', default: 'ic' }, rank: { type: 'string' }, root: { type: 'string', default: '.' } },
});
const root = resolve(values.root);
const id = positionals[0];
if (!id) fail('give the new role an id, e.g. `npm run new:role -- distinguished-ml-engineer`');
/** `--rank` as a whole number; anything else is refused, quoting what was given. */
const rank = values.rank === undefined ? undefined : /^\s*\d+\s*$/.test(values.rank) ? Number(values.rank) : fail(`--rank takes a whole number, the level's rank in its track (got “${values.rank}”)`);

const { entries } = loadContent(root);
const result = scaffoldRole({
  id: id!,
  track: values.track!,
  ...(values.title ? { title: values.title } : {}),
  ...(rank !== undefined ? { rank } : {}),
  tracks: entries.filter((e) => e.collection === 'tracks').map((e) => e.id),
  competencies: entries.filter((e) => e.collection === 'competencies').map((e) => ({ id: e.id, tracks: (e.data as { tracks: string[] }).tracks })),
  levels: entries
    .filter((e) => e.collection === 'roles')
    .map((e) => ({ id: e.id, ...(e.data as { title: string; shortTitle: string; track: string; rank: number; nextLevels?: string[]; expectations: Record<string, { proficiency: number }> }) }))
    .map((l) => ({ ...l, nextLevels: l.nextLevels ?? [] })),
  scale: entries.filter((e) => e.collection === 'proficiencyScale').flatMap((e) => (e.data as ProficiencyScale).steps.map((s) => s.value)),
  themes: entries.filter((e) => e.collection === 'sharedExpectations').map((e) => e.id),
});
if (!result.ok) fail(result.error);
const { roleYaml, page, levelEdits } = result.ok ? result : fail('');

const roleDir = join(root, dirname(roleFile(id!)));
const pageDir = join(root, 'content/docs/roles', id!);
if (existsSync(roleDir) || existsSync(pageDir)) fail(`${dirname(roleFile(id!))}/ or content/docs/roles/${id}/ already exists; nothing was changed`);
// The levels the new one is inserted among, edited in place (everything else in their files kept);
// computed in full before anything is written, so that a file that cannot be edited changes nothing.
const shown = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : value === undefined ? '(none)' : String(value));
const edited = levelEdits.map(({ id: level, edits }) => {
  const file = roleFile(level);
  try {
    const before = readFileSync(join(root, file), 'utf8');
    const old = parse(before) as Record<string, unknown>;
    // Each change as it was and as it is now, so that a link the insertion replaced is seen.
    const what = edits.map((e) => `${e.path.join('.')}: ${shown(old[String(e.path[0])])} → ${shown(e.value)}`).join(', ');
    return { file, text: applyYamlEdits(before, edits).text, what };
  } catch (error) {
    return fail(`${file}: ${(error as Error).message}; nothing was changed`);
  }
});
// An inserted level joins the lists of levels that span its rank (rules archetype-levels and
// path-levels), edited in the same way: each Staff+ archetype then applies at it, and each feeder or
// adjacent path concerns it.
const spanningLists = [
  { file: dataCollectionsByName.archetypes.file, rule: 'archetype-levels' },
  { file: dataCollectionsByName.paths.file, rule: 'path-levels' },
] as const;
const levelsNow = entries.filter((e) => e.collection === 'roles').map((e) => ({ id: e.id, ...(e.data as { track: string; rank: number }) }));
const listsEdited = spanningLists.flatMap(({ file, rule }) => {
  if (!result.ok || !existsSync(join(root, file))) return [];
  try {
    const { text, ids } = addToSpansAround(readFileSync(join(root, file), 'utf8'), { id: id!, track: result.role.track, rank: result.role.rank }, levelsNow);
    return ids.length ? [{ file, text, ids, rule }] : [];
  } catch (error) {
    return fail(`${file}: ${(error as Error).message}; nothing was changed`);
  }
});
mkdirSync(roleDir, { recursive: true });
mkdirSync(pageDir, { recursive: true });
writeFileSync(join(root, roleFile(id!)), roleYaml);
writeFileSync(join(pageDir, 'index.mdx'), page);
for (const { file, text } of edited) writeFileSync(join(root, file), text);
for (const { file, text } of listsEdited) writeFileSync(join(root, file), text);
/** Whether the level went in below the top of its track, moving the levels above it. */
const inserted = levelEdits.some(({ edits }) => edits.some((e) => e.path[0] === 'rank'));
/** Whether a level below now leads to it. */
const linked = levelEdits.some(({ edits }) => edits.some((e) => e.path[0] === 'nextLevels'));
const first = result.ok && result.role.rank === 1;
// Without --title the level is named after its id, a real title no rule flags: say so.
const titledFromId = values.title ? '' : `Titled it “${result.ok ? result.role.title : id}” after its id: change \`title\` in ${roleFile(id!)} and the page's title if that is not its name.\n`;
// The archetypes it now applies at and the paths it now concerns, which the team checks as it checks the
// level's neighbors; why, in the rule's own words (its description, as the Validation rules page gives it).
const listsLines = listsEdited
  .map(({ file, ids, rule }) => `Changed ${file}: added ${id} to the levels of ${ids.join(', ')}, which list levels of its track below and above it. Rule ${rule}: ${ruleById(rule).description}\n`)
  .join('');
console.log(`Created ${roleFile(id!)} and content/docs/roles/${id}/index.mdx.
${titledFromId}${edited.map(({ file, what }) => `Changed ${file}: ${what}.\n`).join('')}${listsLines}Next:
  1. Fill in every TODO (npm run validate lists them with their line numbers).
  2. Check the proficiency of each competency against the levels around it${inserted ? ". Reread the level above's `differsFromPrevious` texts: they now compare it with the new level, and where it expects no more than the new level the validator asks for one (rule what-differs). Reread the neighbors' own words, which no rule checks: the level below's `growth` (it grows into the new level now) and the level above's `typicalExperience` and `summary`" : ''}.
  3. ${linked ? `Check the \`nextLevels\` changed above: people now move up from the level below into the new one${inserted ? ' (in place of the level above, where they moved there), and from it into the level above it' : ''}; add it wherever else people come from.` : `Add the new level to the \`nextLevels\` of any level people move from into it (${first ? 'it is the first level of its track' : 'the level below already leads to it'}).`}
  4. Add a changelog entry in content/family/changelog.yaml and bump the version in family.yaml.
  5. npm run release:snapshot, to record the ladder of that release.
  6. npm run dev, and look at ${levelHref(id!)}. The role page content/docs/roles/${id}/ is for a role description: delete it if the level has none.`);
