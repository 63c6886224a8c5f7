import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { byId } from '~/data/lookup';
import { repoRoot } from '../../../../tests/support/repo';
import { loadContent } from './load';
import { unknownIdError } from './unknown-id';

const temp = mkdtempSync(join(tmpdir(), 'unknown-id-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** The validator's clean base fixture with an MDX page that gives a component a level one letter off one that exists. */
function withMisspelledLevel() {
  const root = mkdtempSync(join(temp, 'site-'));
  cpSync(join(repoRoot, 'tests/fixtures/validate/base'), root, { recursive: true });
  const levels = loadContent(root).entries.filter((e) => e.collection === 'roles').map((e) => e.id);
  const meant = levels[0]!;
  const typo = `${meant.slice(0, -1)}x`;
  const line = `<PromotionTable from="${meant}" to={['${typo}']} />`;
  writeFileSync(join(root, 'content/docs/moves.mdx'), ['---', 'title: Moves', 'description: From one level to another.', '---', '', "import PromotionTable from '~/components/ladder/PromotionTable.astro';", '', line, ''].join('\n'));
  return { root, levels, meant, typo, at: { line: 8, column: line.indexOf(typo) + 1 } };
}

describe('the error of a lookup that finds no entry for the id a page gives a component', () => {
  it('is the validator’s own problem for that id, placed where the page writes it', () => {
    const { root, levels, meant, typo, at } = withMisspelledLevel();
    const error = unknownIdError(loadContent(root), 'level', typo, levels);
    const [line] = error.message.split('\n');
    expect(line).toMatch(new RegExp(`^content/docs/moves\\.mdx:${at.line}:${at.column} {2}broken-reference {2}level \`${typo}\` of the component's \`to\` does not exist \\(did you mean \`${meant}\`\\?\\) \\(expected one of .*, found \`${typo}\`\\)$`));
    expect(error.loc).toEqual({ file: join(root, 'content/docs/moves.mdx'), ...at });
    expect(error.hint).toMatch(/\S/);
  });

  it('says the same in the validator’s words for an id no content file writes (one written in code): the rule, what is expected and found', () => {
    const { root, levels, meant } = withMisspelledLevel();
    const error = unknownIdError(loadContent(root), 'level', `${meant}-elsewhere`, levels);
    expect(error.message).toBe(`broken-reference  level \`${meant}-elsewhere\` does not exist (expected one of ${[...levels].sort().join(', ')}, found \`${meant}-elsewhere\`)`);
    expect(error.loc).toBeUndefined();
  });

  it('names the data file it looked in, and what the id belongs to, when the lookup says where (an exercise of a role)', () => {
    const { root } = withMisspelledLevel();
    const where = { file: 'content/roles/some-role/hiring.yaml', of: 'level `some-role`' };
    const error = unknownIdError(loadContent(root), 'exercise', 'take-hme', ['system-design', 'take-home'], where);
    expect(error.message).toBe(
      'content/roles/some-role/hiring.yaml  broken-reference  exercise `take-hme` of level `some-role` does not exist in content/roles/some-role/hiring.yaml (did you mean `take-home`?) (expected one of system-design, take-home, found `take-hme`)',
    );
    expect(unknownIdError(loadContent(root), 'glossary term', 'nowhere', [], { file: 'content/family/glossary.yaml' }).message).toBe(
      'content/family/glossary.yaml  broken-reference  glossary term `nowhere` does not exist in content/family/glossary.yaml (expected a glossary term defined in the content, found `nowhere`)',
    );
  });

  it('is what the data modules’ lookups throw, from the content the server serves', () => {
    const { root, levels, typo, at } = withMisspelledLevel();
    vi.spyOn(process, 'cwd').mockReturnValue(root);
    const list = levels.map((id) => ({ id }));
    expect(byId(list, 'level', levels[0]!)).toBe(list[0]);
    expect(() => byId(list, 'level', typo)).toThrow(expect.objectContaining({ name: 'UnknownIdError', message: expect.stringMatching(new RegExp(`^content/docs/moves\\.mdx:${at.line}:${at.column} {2}broken-reference `)) }));
    expect(() => byId(list, 'level', 'nowhere', { file: 'content/roles' })).toThrow(expect.objectContaining({ name: 'UnknownIdError', message: expect.stringMatching(/^content\/roles {2}broken-reference {2}level `nowhere` does not exist in content\/roles /) }));
  });
});
