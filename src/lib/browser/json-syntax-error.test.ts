import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError, jsonSyntaxError, lineAndColumn } from './json-syntax-error';

const messageOf = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`parses: ${text}`);
};

describe('lineAndColumn', () => {
  it('counts lines from 1 after \\n, \\r\\n or \\r, and columns from 1', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('abc', 2)).toEqual({ line: 1, column: 3 });
    expect(lineAndColumn('a\nbc', 3)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('a\r\nbc', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('a\rb\n\nc', 5)).toEqual({ line: 4, column: 1 });
    expect(lineAndColumn('ab', 2)).toEqual({ line: 1, column: 3 });
  });
});

describe('jsonSyntaxError', () => {
  // Broken texts, the place where they stop being JSON, and words of what the parser says there.
  const broken: [string, string, number, number, RegExp][] = [
    ['an unclosed object', '{', 1, 2, /property name/i],
    ['a trailing comma', '{\n  "a": 1,\n}', 3, 1, /property name|unexpected ‘}’/i],
    ['a missing colon', '{\n  "a" 1\n}', 2, 7, /':'/],
    ['an unclosed list', '[1, 2', 1, 6, /','|end/],
    ['a bare word', '{"a": tru}', 1, 10, /unexpected ‘}’/],
    ['a bare word deep in a long text', `{\n  "notes": "${'x'.repeat(40)}",\n  "b": tru\n}`, 3, 11, /unexpected line break/],
    ['a bare word near the end of a long text', `{"notes": "${'x'.repeat(40)}", "b": nul}`, 1, 63, /unexpected ‘}’/],
    ['text, not JSON', 'hello', 1, 1, /unexpected ‘h’/],
    ['a long text, not JSON', `Dear manager,\n${'x'.repeat(40)}`, 1, 1, /unexpected ‘D’/],
    ['a trailing comma in a list', '[1,\n]', 2, 1, /unexpected ‘]’|value/i],
    ['two documents', '{"a": 1}\n{"b": 2}', 2, 1, /after JSON/],
    ['a bad escape', '{"a": "\\q"}', 1, 9, /escape/i],
    ['a control character', '{"a": "b\u0001"}', 1, 9, /control character/],
    ['an unterminated string', '{"a": "unterminated', 1, 20, /unterminated|end/i],
    ['single quotes', "{'a': 1}", 1, 2, /property name/],
    ['lines ending in \\r\\n', '{\r\n  "a": 1,\r\n  "b": }', 3, 8, /unexpected ‘}’/],
    ['a truncated download', '{"format": "ml-career', 1, 22, /unterminated|end/i],
    // The same character earlier inside a string is not the one the parser stopped at.
    ['a bare word after a key holding its character', '{"}": tru}, "long": "aaaaaaaaaaaaa"}', 1, 10, /unexpected ‘}’/],
    ['a short text whose key holds the character', '{"}": tru}', 1, 10, /unexpected ‘}’/],
    ['an escaped quote before the character', '{"\\"}": tru}', 1, 12, /unexpected ‘}’/],
  ];

  it.each(broken)('places %s from this engine’s message', (_name, text, line, column, problem) => {
    const error = jsonSyntaxError(text, messageOf(text));
    expect(error).toMatchObject({ line, column });
    expect(error.problem).toMatch(problem);
  });

  // Shapes of other engines and versions, as they word them.
  it.each([
    ['Node 20 / Chromium without line', '{\n  "a" 1\n}', "Expected ':' after property name in JSON at position 8", 2, 7, "expected ':' after property name"],
    ['Node 22+ / Chromium with line', '{\n  "a" 1\n}', "Expected ':' after property name in JSON at position 8 (line 2 column 7)", 2, 7, "expected ':' after property name"],
    ['older V8', '{"a": tru}', 'Unexpected token } in JSON at position 9', 1, 10, 'unexpected ‘}’'],
    ['V8 quoting the whole text', '[1,]', 'Unexpected token \']\', "[1,]" is not valid JSON', 1, 4, 'unexpected ‘]’'],
    ['V8 quoting the start', 'xyz' + 'a'.repeat(30), 'Unexpected token \'x\', "xyzaaaaaaa"... is not valid JSON', 1, 1, 'unexpected ‘x’'],
    ['V8 quoting the end', `{"n": "${'a'.repeat(30)}",\n "b": }`, 'Unexpected token \'}\', ..."a",\n "b": }" is not valid JSON', 2, 7, 'unexpected ‘}’'],
    ['V8, the text ends', '', 'Unexpected end of JSON input', 1, 1, 'the text ends before the JSON does'],
    ['Firefox', '{\n  "a" 1\n}', "JSON.parse: expected ':' after property name in object at line 2 column 7 of the JSON data", 2, 7, "expected ':' after property name in object"],
  ])('reads %s', (_name, text, message, line, column, problem) => {
    expect(jsonSyntaxError(text, message)).toEqual({ line, column, problem });
  });

  it('keeps the problem without a place where the message gives none (Safari)', () => {
    expect(jsonSyntaxError('{"a": tru}', 'JSON Parse error: Unexpected identifier "tru"')).toEqual({ problem: 'unexpected identifier "tru"' });
    // A quote that is not in the text (not ours to guess): no place either.
    expect(jsonSyntaxError('abc', 'Unexpected token \'}\', ..."elsewhere}" is not valid JSON')).toEqual({ problem: 'unexpected ‘}’' });
  });
});

describe('describeJsonSyntaxError', () => {
  it('says the line and column first, when known', () => {
    expect(describeJsonSyntaxError({ line: 2, column: 7, problem: "expected ':'" })).toBe("line 2, column 7: expected ':'");
    expect(describeJsonSyntaxError({ problem: 'unexpected identifier "tru"' })).toBe('unexpected identifier "tru"');
  });
});
