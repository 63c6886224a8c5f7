import { describe, expect, it } from 'vitest';
import { issuePlace, issueText, issuesText, type IssueLike } from './issue-text';

const vocabulary = { records: { candidates: { noun: 'candidate', plural: 'candidates' } }, fields: { completedOn: 'completion date' } };
const issue = (fields: Partial<IssueLike> & { path: PropertyKey[] }): IssueLike => ({ message: 'Invalid input', ...fields });

describe('issues in words', () => {
  it.each([
    [issue({ code: 'too_big', origin: 'string', maximum: 120, path: ['candidates', 0, 'name'] }), 'candidate 1, name: at most 120 characters'],
    [issue({ code: 'too_big', origin: 'array', maximum: 200, path: ['candidates'] }), 'candidates: at most 200'],
    [issue({ code: 'unrecognized_keys', keys: ['foo'], path: ['candidates', 0] }), 'candidate 1: unknown field “foo”'],
    [issue({ code: 'too_small', origin: 'string', minimum: 1, path: ['candidates', 2, 'name'] }), 'candidate 3, name: must not be empty'],
    [issue({ code: 'invalid_type', expected: 'boolean', path: ['goals', 0, 'done'] }), 'goals, item 1, done: expected true or false'],
    [issue({ code: 'invalid_value', values: ['a', 'b'], path: ['level'] }), 'level: expected one of “a”, “b”'],
    [issue({ code: 'custom', message: 'expected a real date written YYYY-MM-DD', path: ['completedOn'] }), 'completion date: expected a real date written YYYY-MM-DD'],
    [issue({ code: 'invalid_type', expected: 'object', path: [] }), 'expected a set of fields'],
  ])('writes %j as %j', (i, text) => expect(issueText(i, vocabulary)).toBe(text));

  it('writes the same words when zod’s English messages are loaded', () => {
    const english = issue({ code: 'too_big', origin: 'string', maximum: 120, path: ['candidates', 0, 'name'], message: 'Too big: expected string to have <=120 characters' });
    expect(issueText(english, vocabulary)).toBe('candidate 1, name: at most 120 characters');
  });

  it('names a record of a map by its key, and keeps a message short', () => {
    expect(issuePlace(['competencies', 'ml-design', 'notes'], { records: { competencies: { noun: 'competency', plural: 'competencies' } } })).toBe('competency “ml-design”, notes');
    const many = Array.from({ length: 5 }, (_, i) => issue({ code: 'invalid_type', expected: 'string', path: ['candidates', i, 'name'] }));
    expect(issuesText(many, vocabulary)).toBe('candidate 1, name: expected text; candidate 2, name: expected text; candidate 3, name: expected text; and 2 more problems');
  });
});

describe('a part missing or of the wrong kind', () => {
  const data = { candidates: [{ name: 3 }], scores: [] };
  const withData = { ...vocabulary, data };

  it('says a part the data does not hold is missing', () => {
    expect(issueText(issue({ code: 'invalid_type', expected: 'record', path: ['competencies'] }), withData)).toBe('competencies: missing');
    expect(issueText(issue({ code: 'invalid_type', expected: 'string', path: ['candidates', 0, 'notes'] }), withData)).toBe('candidate 1, notes: missing');
  });

  it('says of which kind a part is, where another is expected', () => {
    expect(issueText(issue({ code: 'invalid_type', expected: 'string', path: ['candidates', 0, 'name'] }), withData)).toBe('candidate 1, name: expected text, not a number');
    expect(issueText(issue({ code: 'invalid_type', expected: 'record', path: ['scores'] }), withData)).toBe('scores: expected a set of named entries, not a list');
  });

  it('names the value found where one of a list of values is expected', () => {
    // A level a fork removed, in an imported file: the reader finds it in the file by the words.
    const levels = { ...vocabulary, data: { target: 'gone-level', rank: 7, many: 'z' } };
    expect(issueText(issue({ code: 'invalid_value', values: ['a', 'b'], path: ['target'] }), levels)).toBe('target: expected one of “a”, “b”, not “gone-level”');
    expect(issueText(issue({ code: 'invalid_value', values: [1, 2], path: ['rank'] }), levels)).toBe('rank: expected one of 1, 2, not 7');
    const nine = Array.from({ length: 9 }, (_, i) => String(i));
    expect(issueText(issue({ code: 'invalid_value', values: nine, path: ['many'] }), levels)).toBe('many: “z” is not one of the values this tool knows');
  });

  it('says only what is expected when the data is not known', () => {
    expect(issueText(issue({ code: 'invalid_type', expected: 'record', path: ['competencies'] }), vocabulary)).toBe('competencies: expected a set of named entries');
  });
});
