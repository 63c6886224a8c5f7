import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatJson, formatReport } from './format';
import { isId } from '../id';
import { rules } from './rules/index';
import { checkContent, checkContentInTurns, validateContent } from './validate';
import { loadContent } from './load';
import { repoRoot } from '../../../../tests/support/repo';

const fixtures = join(repoRoot, 'tests/fixtures/validate');
const temp = mkdtempSync(join(tmpdir(), 'validate-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The base fixture with one case's files laid over it. */
function caseTree(name: string): string {
  const root = join(temp, name);
  cpSync(join(fixtures, 'base'), root, { recursive: true });
  cpSync(join(fixtures, 'cases', name), root, { recursive: true, filter: (src) => !src.endsWith('expected.txt') && !src.endsWith('.keep') });
  return root;
}

const cases = readdirSync(join(fixtures, 'cases')).sort();

describe('npm run validate', () => {
  it.each(cases)('reports the %s fixture exactly as its golden file says', async (name) => {
    const { problems, filesChecked } = validateContent(caseTree(name));
    await expect(formatReport(problems, filesChecked) + '\n').toMatchFileSnapshot(join(fixtures, 'cases', name, 'expected.txt'));
  });

  it('has a failing fixture for every rule, which the fixture named after it breaks', () => {
    for (const { id: rule } of rules) {
      expect(cases, `no fixture for ${rule}`).toContain(rule);
      const { problems } = validateContent(caseTree(rule));
      expect(problems.map((p) => p.rule), `fixture ${rule}`).toContain(rule);
    }
  });

  it('declares each rule once, in a file named after its id, with a description and a hint', () => {
    const files = readdirSync(join(import.meta.dirname, 'rules')).filter((f) => f !== 'index.ts');
    expect(rules.map((r) => `${r.id}.ts`).sort()).toEqual(files.sort());
    for (const rule of rules) {
      expect(isId(rule.id), rule.id).toBe(true);
      expect(rule.description, rule.id).toMatch(/\S.*\.$/);
      expect(rule.hint, rule.id).toMatch(/\S/);
    }
  });

  it('words every rule’s description and hint as the handbook’s prose: typographic apostrophes and quotes outside code (the Validation rules page shows them as written)', () => {
    const prose = (text: string) => text.replace(/`[^`]*`/g, '');
    const straight = rules.flatMap((rule) =>
      [rule.description, rule.hint].filter((text) => /\p{L}'\p{L}|(^|\s)["']\p{L}|\p{L}["'](\s|[.,;:?!)]|$)/u.test(prose(text))).map((text) => `${rule.id}: ${text}`),
    );
    expect(straight).toEqual([]);
  });

  // Validates every fixture: 32 s beside the rest of `npm test` on a loaded host, past the unit default.
  it('locates every problem at a real line and column, never 0:0', { timeout: 120_000 }, () => {
    for (const name of cases) {
      for (const p of validateContent(caseTree(name)).problems) {
        expect(p.line, `${name}: ${p.message}`).toBeGreaterThan(0);
        expect(p.column, `${name}: ${p.message}`).toBeGreaterThan(0);
      }
    }
  });

  it('finds the same problems checking one rule per turn of the event loop as all at once, yielding before each rule', async () => {
    const content = loadContent(caseTree('broken-reference'));
    let turns = 0;
    const inTurns = await checkContentInTurns(content, async () => {
      turns += 1;
    });
    expect(inTurns).toEqual(checkContent(content));
    expect(inTurns.problems.map((p) => p.rule)).toContain('broken-reference');
    expect(turns).toBe(rules.length);
  });

  it('passes the clean base fixture with one summary line', () => {
    const { problems, filesChecked } = validateContent(caseTree('clean'));
    expect(formatReport(problems, filesChecked)).toMatch(/^✓ content valid: \d+ files checked, 0 problems$/);
  });

  it('prints machine-readable JSON with --format json', () => {
    const { problems, filesChecked } = validateContent(caseTree('broken-reference'));
    const json = JSON.parse(formatJson(problems, filesChecked));
    expect(json.problemCount).toBe(problems.length);
    expect(json.problems[0]).toEqual(expect.objectContaining({ file: expect.any(String), line: expect.any(Number), column: expect.any(Number), rule: 'broken-reference' }));
  });

  it('lets the changelog name a level that a release’s snapshot holds after its folder is removed (its history and its removal), and no level that no snapshot holds', () => {
    const root = caseTree('clean');
    const { entries } = loadContent(root);
    const snapshot = entries.find((e) => e.collection === 'releases')!.data as { levels: { id: string }[] };
    const levels = entries.filter((e) => e.collection === 'roles').map((e) => e.id);
    const removed = snapshot.levels.map((l) => l.id).find((id) => levels.includes(id))!;
    const never = `${removed}-never`;
    rmSync(join(root, 'content/roles', removed), { recursive: true });
    const changelog = join(root, 'content/family/changelog.yaml');
    const change = (id: string) => `      - kind: removed\n        subject: level\n        id: ${id}\n        what: Gone.\n        why: Merged.\n`;
    writeFileSync(changelog, readFileSync(changelog, 'utf8').replace(/\n?$/, '\n') + change(removed) + change(never));
    const named = validateContent(root)
      .problems.filter((p) => p.file === 'content/family/changelog.yaml' && p.rule === 'broken-reference')
      .map((p) => p.found);
    expect(named).toEqual([`\`${never}\``]);
  });

  it('reports a level an MDX page gives a component that does not exist, at its line and column, as it reports one in YAML', () => {
    const root = caseTree('clean');
    const levels = loadContent(root).entries.filter((e) => e.collection === 'roles').map((e) => e.id);
    const [first, second] = levels as [string, string];
    const page = ['---', 'title: Growth', 'description: From one level to the next.', '---', '', "import PromotionTable from '~/components/ladder/PromotionTable.astro';", '', `<PromotionTable from="${first}" to={['${second}x', '${second}']} />`, ''];
    writeFileSync(join(root, 'content/docs/growth.mdx'), page.join('\n'));
    const found = validateContent(root).problems.filter((p) => p.file === 'content/docs/growth.mdx' && p.rule === 'broken-reference');
    expect(found.map((p) => [p.line, p.column, p.found])).toEqual([[8, page[7]!.indexOf(`${second}x`) + 1, `\`${second}x\``]]);
    expect(found[0]!.message).toContain(`did you mean \`${second}\``);
  });

  it('checks an exercise an MDX page gives a component against the exercises of the role it gives it, not of every role', () => {
    const root = caseTree('broken-reference');
    const { entries } = loadContent(root);
    const hiring = entries.find((e) => e.collection === 'hiring')!;
    const exercise = (hiring.data as { exercises: { id: string }[] }).exercises[0]!.id;
    const other = entries.find((e) => e.collection === 'roles' && !entries.some((h) => h.collection === 'hiring' && h.id === e.id))!.id;
    const page = ['---', 'title: Kits', 'description: Interview kits.', '---', '', "import InterviewKit from '~/components/hiring/InterviewKit.astro';", '', `<InterviewKit role="${hiring.id}" exercise="${exercise}" />`, `<InterviewKit role="${other}" exercise="${exercise}" />`, ''];
    writeFileSync(join(root, 'content/docs/kits.mdx'), page.join('\n'));
    // The role given has no hiring guide, which role-part-page reports too, at the component's `role`.
    const found = validateContent(root).problems.filter((p) => p.file === 'content/docs/kits.mdx' && p.rule === 'broken-reference');
    expect(found.map((p) => [p.line, p.column, p.rule, p.message, p.expected])).toEqual([
      [9, page[8]!.indexOf(`exercise="`) + 11, 'broken-reference', `exercise \`${exercise}\` of the component's \`exercise\` does not exist in role \`${other}\``, `an exercise of role \`${other}\``],
    ]);
  });

  it('reports an exercise id that another role’s hiring guide uses too, at its line: an exercise’s kit and materials are published under its id alone', () => {
    const root = caseTree('broken-reference');
    const { entries } = loadContent(root);
    const hiring = entries.find((e) => e.collection === 'hiring')!;
    const other = entries.find((e) => e.collection === 'roles' && e.id !== hiring.id)!.id;
    const text = readFileSync(join(root, hiring.file), 'utf8');
    writeFileSync(join(root, 'content/roles', other, 'hiring.yaml'), text);
    const exercises = (hiring.data as { exercises: { id: string }[] }).exercises.map((x) => x.id);
    const found = validateContent(root).problems.filter((p) => p.rule === 'duplicate-id');
    const lines = text.split('\n');
    const lineOf = (id: string) => lines.findIndex((l) => new RegExp(`^\\s*(- )?id: ${id}\\s*$`).test(l) && lines.slice(0, lines.indexOf(l)).some((x) => /^exercises:/.test(x))) + 1;
    expect(found.map((p) => [p.file, p.line, p.found])).toEqual(
      exercises.map((id) => [`content/roles/${[hiring.id, other].sort()[1]}/hiring.yaml`, lineOf(id), `\`${id}\``]),
    );
    expect(found[0]!.message).toContain(`content/roles/${[hiring.id, other].sort()[0]}/hiring.yaml`);
  });

  it('finds no problem in the handbook’s real content', () => {
    const { problems } = validateContent(repoRoot);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`)).toEqual([]);
  });
});
