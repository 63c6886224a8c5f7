import { describe, expect, it } from 'vitest';
import { foldedListItems } from './folded-list-items';
import { parseYamlSource } from './yaml-source';

const foldedIn = (lines: string[], lineOffset = 0) => {
  const source = parseYamlSource(lines.join('\n') + '\n', lineOffset);
  expect(source.syntaxErrors).toEqual([]);
  return foldedListItems(source);
};

describe('list items folded into the text above them', () => {
  it('names the first item after an out-dented first item, at its dash, with both columns', () => {
    const problems = foldedIn(['skills:', '  design:', '    notes:', '    - Draws the plan.', '      - Checks the plan.', '      - Ships it.', '    level: 2']);
    expect(problems).toEqual([
      {
        message: 'this `- ` item was folded into the list item on line 4, with 1 more item after it: YAML reads them as one text, not as separate items',
        position: { line: 5, column: 7 },
        expected: 'every `- ` item of a list at one indentation: this one at column 5, as on line 4, or line 4’s at column 7, as this one; or the text in quotes if the dash is part of it',
        found: 'a list item inside a text, at column 7',
      },
    ]);
  });

  it('names an item indented further than the item before it', () => {
    const problems = foldedIn(['steps:', '  - one', '  - two', '    - three', '  - four']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ position: { line: 4, column: 5 }, found: 'a list item inside a text, at column 5' });
    expect(problems[0]!.message).toContain('line 3');
    expect(problems[0]!.expected).toContain('this one at column 3, as on line 3');
  });

  it('names an item folded into the value of a key, with the key', () => {
    const problems = foldedIn(['name: A tool', 'uses: packaging', '  - deploying', '  - testing']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ position: { line: 3, column: 3 } });
    expect(problems[0]!.message).toMatch(/the value of `uses` on line 2, with 1 more item after it/);
    expect(problems[0]!.expected).toMatch(/^`uses:` with nothing after it/);
  });

  it('counts a lone dash as an item, and lines as the file numbers them', () => {
    const problems = foldedIn(['notes:', '- first', '  -', '  - third'], 1);
    expect(problems.map((p) => p.position)).toEqual([{ line: 4, column: 3 }]);
    expect(problems[0]!.message).toContain('on line 3, with 1 more item after it');
  });

  it('leaves quoted values, blocks and dashes inside a line alone', () => {
    const problems = foldedIn([
      'quoted:',
      '  - "first',
      '    - second"',
      "  - 'first",
      "    - second'",
      'literal: |',
      '  - first',
      '  - second',
      'folded: >-',
      '  text',
      '  - second',
      'prose: a long text that runs',
      '  over two lines - with a dash - inside',
      'list:',
      '  - one',
      '  - two',
      'nested:',
      '  - - a',
      '    - b',
      'flow: [a, b]',
    ]);
    expect(problems).toEqual([]);
  });
});
