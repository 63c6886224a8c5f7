import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { problemsFromIssues } from './schema-issues';
import { parseYamlSource } from './yaml-source';
import { retiredFields } from '~/schemas/common';

const schema = z.object({ title: z.string(), summary: z.string(), breadth: z.string(), levels: z.array(z.object({ id: z.string(), note: z.string() })) });

/** The problems of `lines` against the schema, as the validator reports them. */
function problemsOf(lines: string[]) {
  const source = parseYamlSource(`${lines.join('\n')}\n`);
  const result = schema.safeParse(source.value);
  return result.success ? [] : problemsFromIssues(result.error.issues, { file: 'f.yaml', source, data: source.value, schema });
}

describe('a missing required field', () => {
  it('of a file is reported at the field it goes after, saying so and what it holds', () => {
    const [problem, ...rest] = problemsOf(['# A comment first', '', 'title: T', 'summary: S', 'levels: []']);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ rule: 'required-field', line: 4, column: 1, found: 'nothing' });
    expect(problem!.message).toMatch(/`breadth`.*after `summary`/);
    expect(problem!.expected).toMatch(/`breadth:`.*string/);
  });

  it('of a list item is reported at the field of the item it goes before or after, as the message says', () => {
    const [problem, ...rest] = problemsOf(['title: T', 'summary: S', 'breadth: B', 'levels:', '  - id: a', '    note: x', '  -', '    note: y']);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ rule: 'required-field', line: 8, column: 5 });
    expect(problem!.message).toMatch(/`levels\[1\]\.id`.*before `note`/);
    const [after] = problemsOf(['title: T', 'summary: S', 'breadth: B', 'levels:', '  - id: a', '    note: x', '  - id: b']);
    expect(after).toMatchObject({ rule: 'required-field', line: 7, column: 5 });
    expect(after!.message).toMatch(/`levels\[1\]\.note`.*after `id`/);
  });

  it('of an entry of a file that is a list is reported at the field it goes after, not at the entry’s first line', () => {
    const entry = z.object({ id: z.string(), name: z.string(), breadth: z.string(), summary: z.string() });
    const source = parseYamlSource(['- id: a', '  name: A', '  breadth: B', '  summary: S', '- id: b', '  name: B', '  breadth: B', ''].join('\n'));
    const data = (source.value as unknown[])[1];
    const result = entry.safeParse(data);
    const [problem, ...rest] = result.success ? [] : problemsFromIssues(result.error.issues, { file: 'f.yaml', source, data, schema: entry, pathPrefix: [1] });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ rule: 'required-field', line: 7, column: 3 });
    expect(problem!.message).toMatch(/`summary`.*after `breadth`/);
  });

  it('written indented under a multi-line text, which YAML reads as more of that text, is reported at its line, naming that text', () => {
    for (const style of ['>-', '|']) {
      const [problem, ...rest] = problemsOf(['title: T', `summary: ${style}`, '  First line', '  of the summary.', '  breadth: Several teams', 'levels: []']);
      expect(rest).toEqual([]);
      expect(problem).toMatchObject({ rule: 'required-field', line: 5, column: 3 });
      expect(problem!.message).toMatch(/`breadth`.*`summary`/);
      expect(problem!.expected).toMatch(/`breadth:` at the column of `summary`/);
    }
  });

  it('of a list item, written under another of its keys’ text, is reported at its line, naming that key in the item', () => {
    const [inText] = problemsOf(['title: T', 'summary: S', 'breadth: B', 'levels:', '  - id: a', '    note: x', '  - note: >-', '      A note', '      id: b']);
    expect(inText).toMatchObject({ rule: 'required-field', line: 9, column: 7 });
    expect(inText!.message).toMatch(/`levels\[1\]\.id`.*`levels\[1\]\.note`/);
  });
});

describe('a value of the wrong type', () => {
  const countProblems = (yaml: string) => {
    const counts = z.object({ count: z.number().int() });
    const source = parseYamlSource(yaml);
    const result = counts.safeParse(source.value);
    return result.success ? [] : problemsFromIssues(result.error.issues, { file: 'f.yaml', source, data: source.value, schema: counts });
  };

  it('names a value of another type, the type expected', () => {
    expect(countProblems('count: "three"\n')).toEqual([expect.objectContaining({ rule: 'invalid-type', line: 1, column: 8, expected: 'number', found: '"three"' })]);
  });

  it('calls a fraction where a whole number is expected a wrong value, named so, not a wrong type', () => {
    expect(countProblems('count: 3.5\n')).toEqual([expect.objectContaining({ rule: 'invalid-value', message: '`count` is not a whole number', line: 1, column: 8, expected: 'a whole number', found: '3.5' })]);
  });
});

describe('a field the schema no longer takes', () => {
  const why = 'the item takes its name from elsewhere';
  const items = z.object({ items: z.array(z.object({ id: z.string() }).strict().register(retiredFields, { label: why })) });
  const problemsOfItems = (lines: string[]) => {
    const source = parseYamlSource(`${lines.join('\n')}\n`);
    const result = items.safeParse(source.value);
    return result.success ? [] : problemsFromIssues(result.error.issues, { file: 'f.yaml', source, data: source.value, schema: items });
  };

  it('is reported at its key as no longer used, with why, and no spelling guess', () => {
    const [problem, ...rest] = problemsOfItems(['items:', '  - id: a', '    label: A']);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ rule: 'unknown-key', line: 3, column: 5, found: '`label`' });
    expect(problem!.message).toBe(`field \`items[0].label\` is no longer used: ${why}; remove it`);
  });

  it('leaves any other unknown field an unknown field', () => {
    const [problem] = problemsOfItems(['items:', '  - id: a', '    lable: A']);
    expect(problem!.message).toMatch(/^unknown field `items\[0\]\.lable`/);
  });
});
