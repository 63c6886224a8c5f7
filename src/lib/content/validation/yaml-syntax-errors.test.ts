import { describe, expect, it } from 'vitest';
import { parseYamlSource } from './yaml-source';

const errorsOf = (lines: string[], lineOffset = 0) => parseYamlSource(lines.join('\n') + '\n', lineOffset).syntaxErrors;

describe('YAML syntax errors as an editor needs them', () => {
  it('names an over-indented first key once, at the key, when the keys after it agree with each other', () => {
    const errors = errorsOf(['levels:', '   a:', '    x: 1', '  b:', '    x: 2', '  c:', '    x: 3', 'other: 1']);
    expect(errors).toEqual([
      {
        message: expect.stringContaining('`a`'),
        position: { line: 2, column: 4 },
        expected: 'column 3, as its siblings on lines 4 and 6',
        found: 'column 4',
      },
    ]);
  });

  it('names a key that is out of line with the first key of its mapping, and both columns', () => {
    const [error, ...rest] = errorsOf(['levels:', '   a: 1', '   b: 2', '  c: 3']);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ position: { line: 4, column: 3 }, found: 'column 3' });
    expect(error!.message).toContain('`c`');
    expect(error!.message).toContain('line 2');
    expect(error!.expected).toMatch(/^column 4, .*column 1/);
  });

  it('names a key indented less than its siblings around it, not the sibling after it that YAML stumbles on', () => {
    const errors = errorsOf(['expectations:', '  design:', '    proficiency: 2', '  behaviors:', '      - x', '    evidence:', '      - y', '  delivery:', '    proficiency: 1']);
    expect(errors).toEqual([
      { message: expect.stringMatching(/`behaviors`.*`design`/), position: { line: 4, column: 3 }, expected: 'column 5, as the keys of `design`', found: 'column 3' },
    ]);
    expect(errors[0]!.message).toMatch(/line 3.*line 6/);
  });

  it('names a key indented less than its siblings once, when several of them follow it', () => {
    const errors = errorsOf(['expectations:', '  design:', '    proficiency: 2', '    behaviors:', '      - x', '  evidence:', '      - y', '    provenance:', '      kind: x', '    notes: 1']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ position: { line: 6, column: 3 }, found: 'column 3' });
    expect(errors[0]!.message).not.toMatch(/later error/);
  });

  it('names both keys and both columns when it cannot tell which of them is out of line', () => {
    const errors = errorsOf(['root:', '  list:', '      - x', '    key: 2', '    other: 3']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ position: { line: 4, column: 5 }, found: 'column 5' });
    expect(errors[0]!.message).toMatch(/`key`.*line 4.*column 5.*`list`.*line 2.*column 3.*one of the two/);
    expect(errors[0]!.expected).toMatch(/column 3.*`list` and the keys beside it at column 5/);
  });

  it('names the later key alone when the key above it is in line with its siblings', () => {
    const errors = errorsOf(['root:', '  first: 1', '  list:', '      - x', '    key: 2']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ position: { line: 5, column: 5 }, expected: 'column 3, as `list`', found: 'column 5' });
    expect(errors[0]!.message).not.toMatch(/one of the two/);
  });

  it('names a key indented under the previous line’s value, at the key, once', () => {
    const errors = errorsOf(['tools:', '  - category: Containers', '     tool: Docker', '    use: Packaging']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ position: { line: 3, column: 6 }, expected: expect.stringMatching(/^column 5, /), found: 'column 6' });
    expect(errors[0]!.message).toMatch(/`tool`.*`category` \(line 2\)/);
  });

  it('names a key indented less than the keys of the list item above it, at the key, with the column they use', () => {
    const errors = errorsOf(['- id: a', '  name: A', ' title: A', '- id: b', '  name: B']);
    expect(errors).toEqual([
      { message: expect.stringMatching(/`title`.*`name` \(line 2\)/), position: { line: 3, column: 2 }, expected: expect.stringMatching(/^a key at column 3, as `name` above it/), found: 'column 2' },
    ]);
  });

  it('names a key of a nested list item that is indented less than its siblings, and the outer key it may have meant', () => {
    const [error, ...rest] = errorsOf(['tools:', '  - id: a', '   name: A']);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ position: { line: 3, column: 4 }, found: 'column 4' });
    expect(error!.expected).toMatch(/^a key at column 5, as `id` above it, .*column 1 as `tools`/);
  });

  it('names a key at the column of the list’s dashes after an item, once, with the rest of its line', () => {
    const errors = errorsOf(['- id: a', 'title: A']);
    expect(errors).toEqual([
      { message: expect.not.stringMatching(/later error/), position: { line: 2, column: 1 }, expected: expect.stringMatching(/^a key at column 3, as `id` above it.*`- `/), found: 'column 1' },
    ]);
  });

  it('names a list item indented less than the items above it, at the item, with the column they use', () => {
    for (const dash of ['- b', ' - b']) {
      const errors = errorsOf(['title: x', 'scope:', '  - a', dash, '  - c', 'breadth: y']);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ position: { line: 4, column: dash.indexOf('-') + 1 }, found: `column ${dash.indexOf('-') + 1}` });
      expect(errors[0]!.message).toMatch(/list item.*less than.*line 3/);
      expect(errors[0]!.expected).toMatch(/^column 3, as the items? of `scope`/);
    }
  });

  it('says that a value holding “: ” needs quotes', () => {
    const errors = errorsOf(['summary: The model: a ranking service', 'title: Lead']);
    expect(errors).toEqual([{ message: expect.stringContaining('`summary`'), position: { line: 1, column: 10 }, expected: expect.stringContaining('quotes'), found: '`The model: a ranking service`' }]);
  });

  it('does not report the repeated keys that an indentation mistake moved into the outer mapping', () => {
    const errors = errorsOf(['provenance:', '   summary: 1', '  scope: 2', '  growth: 3', 'scope: 4', 'growth: 5']);
    expect(errors.map((e) => e.position.line)).toEqual([2]);
  });

  it('names a repeated key, at its second use, with the line where it was first given', () => {
    const errors = errorsOf(['title: A', 'rank: 1', 'summary: x', 'title: B']);
    expect(errors).toEqual([
      { message: expect.stringMatching(/`title`.*line 1/), position: { line: 4, column: 1 }, expected: expect.stringMatching(/once.*lines 1 and 4/), found: expect.stringMatching(/`title`.*line 1/) },
    ]);
  });

  it('names a repeated key of a nested mapping, quoted or not, and not a key of the same name in another mapping', () => {
    const errors = errorsOf(['a:', '  b: 1', 'c:', '  b: 2', '  "b": 3']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ position: { line: 5, column: 3 } });
    expect(errors[0]!.message).toMatch(/`b`.*line 4/);
  });

  it('names a quote that is never closed where it opens, not at the end of the file where YAML gives up', () => {
    const errors = errorsOf(['title: A', 'summary: "A technical lead', 'rank: 1', 'scope:', '  - x']);
    expect(errors).toEqual([
      { message: expect.stringMatching(/`summary`/), position: { line: 2, column: 10 }, expected: expect.stringContaining('closing "'), found: expect.stringMatching(/end of the file/) },
    ]);
  });

  it('names an unclosed single quote inside a list written in brackets, at the quote, once', () => {
    const errors = errorsOf(['title: A', "aliases: ['x, y]", 'rank: 1']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ position: { line: 2, column: 11 }, expected: expect.stringContaining("closing '") });
    expect(errors[0]!.message).not.toMatch(/later error/);
  });

  it('names a `[` that is never closed where it opens, not on the line after where YAML gives up', () => {
    expect(errorsOf(['tags: [a, b', 'name: Junior', 'rank: 2'])).toEqual([
      {
        message: 'the `[` that opens the list of `tags` is never closed',
        position: { line: 1, column: 7 },
        expected: 'a `]` to close the list opened here, after its last item',
        found: 'no `]` on line 1',
      },
    ]);
  });

  it('names a `{` that is never closed, in a list item, and in a page’s frontmatter at the file’s line', () => {
    expect(errorsOf(['id: x', 'meta: {a: 1, b: 2', 'name: Junior'])).toEqual([expect.objectContaining({ message: 'the `{` that opens the mapping of `meta` is never closed', position: { line: 2, column: 7 }, found: 'no `}` on line 2' })]);
    expect(errorsOf(['list:', '  - [a, b', '  - c'])).toEqual([expect.objectContaining({ message: 'the `[` that opens this list is never closed', position: { line: 2, column: 5 } })]);
    expect(errorsOf(['title: A', 'terms: [a,', '  b', 'pageType: guide'], 1)).toEqual([expect.objectContaining({ position: { line: 3, column: 8 }, found: 'no `]` down to line 4' })]);
  });

  it('names an alias whose anchor is not set before it, instead of failing to read the file', () => {
    const source = parseYamlSource('title: Lead\naliases: *titles\nrank: 2\n');
    expect(source.value).toBeUndefined();
    expect(source.syntaxErrors).toEqual([{ message: expect.stringContaining('`*titles`'), position: { line: 2, column: 10 }, expected: expect.stringContaining('`&titles`'), found: '`*titles`' }]);
    expect(errorsOf(['titles: &titles [Lead]', 'aliases: *titles'])).toEqual([]);
  });

  it('names a quote that a quote meant as text closes, at the quote that closes it', () => {
    expect(errorsOf(['rank: 1', "title: 'It's here'"])).toEqual([
      { message: expect.stringMatching(/`title`.*column 8.*column 11/), position: { line: 2, column: 11 }, expected: expect.stringContaining("''"), found: expect.stringContaining("s here'") },
    ]);
    expect(errorsOf(['scope:', '  - "He said "hi" to me"'])).toEqual([
      { message: expect.stringMatching(/list item.*column 5.*column 14/), position: { line: 2, column: 14 }, expected: expect.stringContaining('\\"'), found: expect.any(String) },
    ]);
    expect(errorsOf(["title: 'It''s here'", 'summary: "He said \\"hi\\""'])).toEqual([]);
  });

  it('says that text starting with `*` is read as an alias and needs quotes', () => {
    expect(errorsOf(['summary: *Note* this matters'])).toEqual([
      { message: expect.stringMatching(/`summary`.*alias/), position: { line: 1, column: 10 }, expected: expect.stringContaining('"*Note* this matters"'), found: '*Note* this matters' },
    ]);
    expect(errorsOf(['summary: *important*'])[0]!.expected).toMatch(/^the value in quotes/);
  });

  it('never gives the value of a file the library could not read, even when no explanation remains', () => {
    for (const text of ['? a\n: 1\na: 2\n', 'x:\n  ? b\n  : 1\n  b: 2\n']) {
      const source = parseYamlSource(text);
      expect(source.value).toBeUndefined();
      expect(source.syntaxErrors).not.toEqual([]);
    }
  });

  it('names a key written without its colon, at the key, when a list follows it', () => {
    const errors = errorsOf(['skills:', '  design:', '    level: 2', '    notes', '      - one', '      - two', '    hours: 3']);
    expect(errors).toEqual([
      { message: '`notes` has no `:` after it, so YAML cannot read it as a key', position: { line: 4, column: 5 }, expected: '`notes:`, a key followed by `:`', found: '`notes` without `:`' },
    ]);
  });

  it('names a key written without its colon when nothing or a key follows it, and suggests the colon after a line’s first word', () => {
    expect(errorsOf(['title: A', 'notes # soon'])).toEqual([expect.objectContaining({ position: { line: 2, column: 1 }, expected: '`notes:`, a key followed by `:`' })]);
    expect(errorsOf(['items:', '  - one', 'notes', '  - two'])).toEqual([expect.objectContaining({ position: { line: 3, column: 1 }, found: '`notes` without `:`' })]);
    expect(errorsOf(['title: A', 'summary The text', 'rank: 1'])).toEqual([
      { message: '`summary The text` has no `:` after `summary`, so YAML cannot read it as a key', position: { line: 2, column: 1 }, expected: '`summary: The text`, a key followed by `:` and its value', found: '`summary The text` without `:`' },
    ]);
  });

  it('names a tab in a line’s indentation, with the spaces of the lines around it', () => {
    expect(errorsOf(['skills:', '  design:', '\tlevel: 2', '    hours: 3'], 1)).toEqual([
      {
        message: expect.stringMatching(/^this line is indented with a tab, which YAML does not accept as indentation/),
        position: { line: 4, column: 1 },
        expected: 'spaces only (line 3 is indented with 2 spaces, line 5 is indented with 4 spaces)',
        found: 'a tab at column 1',
      },
    ]);
    expect(errorsOf(['list:', '', '  \t\t- a'])).toEqual([expect.objectContaining({ position: { line: 3, column: 3 }, expected: 'spaces only (line 1 is not indented)', found: '2 tabs, the first at column 3' })]);
  });

  it('keeps the library’s message and position for a mistake it cannot explain, shifted with the text', () => {
    const errors = errorsOf(['title: Lead', 'rank: @2'], 10);
    expect(errors).toEqual([{ message: expect.stringMatching(/reserved character @/), position: { line: 12, column: 7 } }]);
  });

  it('reports the first mistake of a file, once, and counts the errors that may follow from it', () => {
    const errors = errorsOf(['skills: x: y', '  - id: a', '    name: A', '  - id: b', '    name: B']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ position: { line: 1, column: 9 }, found: '`x: y`' });
    expect(errors[0]!.message).toMatch(/`skills`.*fix this first: the \d+ later errors/);
  });

  it('names the lines of the keys it compares as the file numbers them, in a page’s frontmatter too', () => {
    const [error] = errorsOf(['levels:', '   a: 1', '   b: 2', '  c: 3'], 1);
    expect(error).toMatchObject({ position: { line: 5, column: 3 } });
    expect(error!.message).toContain('(line 3)');
  });

  it('finds nothing wrong in well-formed YAML', () => {
    expect(errorsOf(['a:', '  b: 1', '  c: [1, 2]', 'd: "x: y"'])).toEqual([]);
  });
});
