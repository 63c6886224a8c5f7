/**
 * Where a text stops being JSON, read from the message of `JSON.parse`'s SyntaxError, so that a
 * refused import can say the line and column and what was expected there. Engines word it
 * differently; the shapes read here, each with an example:
 *
 * - V8 (Chromium, Node 20+): `Expected ',' or '}' after property value in JSON at position 12`,
 *   from Node 22 / Chromium 12x followed by ` (line 2 column 3)`;
 * - V8, an unexpected character: `Unexpected token '}', "{"a": tru}" is not valid JSON`, the text
 *   around it quoted (from the start, `"…"...`; from 10 characters before it, `..."…"` or `..."…"...`);
 * - V8, text after the end: `Unexpected non-whitespace character after JSON at position 9`;
 * - V8, the text ends: `Unexpected end of JSON input`;
 * - older V8: `Unexpected token } in JSON at position 9`;
 * - Firefox: `JSON.parse: expected ',' or '}' after property value in object at line 2 column 3 of the JSON data`.
 *
 * Safari's (`JSON Parse error: Unexpected identifier "tru"`) say no place: the error then has none.
 */

export interface JsonSyntaxError {
  /** 1-based line and column (in UTF-16 code units, as editors of plain text mostly count). */
  line?: number;
  column?: number;
  /** What the parser expected or met there, in the engine's words without the place, e.g. `expected ':' after property name`. */
  problem: string;
}

/** V8 quotes at most this many characters either side of an unexpected character (kMaxContextCharacters). */
const v8Context = 10;

/** Line and column (1-based) of the UTF-16 offset `offset` of `text`; a `\r\n` is one line break. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length + 1, column: offset - lastBreak };
}

/** The offset of V8's unexpected character `token`, found through the text it quotes around it. */
function unexpectedTokenOffset(text: string, token: string, quoted: string, leadingDots: boolean, trailingDots: boolean): number | undefined {
  if (leadingDots) {
    // The quote starts `v8Context` characters before the character.
    for (let at = text.indexOf(quoted); at !== -1; at = text.indexOf(quoted, at + 1)) if (text[at + v8Context] === token || text.startsWith(token, at + v8Context)) return at + v8Context;
    return undefined;
  }
  if (!text.startsWith(quoted)) return undefined;
  // The quote is the text's start and ends `v8Context` characters after the character.
  if (trailingDots) return text.startsWith(token, quoted.length - v8Context) ? quoted.length - v8Context : undefined;
  // The whole text, quoted: the first such character outside a string, where a character can be
  // unexpected (the same character inside a string, earlier, is the string's).
  return firstOutsideStrings(quoted, token);
}

/** The offset of the first `token` of `text` outside its JSON strings (escapes read), or undefined. */
function firstOutsideStrings(text: string, token: string): number | undefined {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (text.startsWith(token, i)) return i;
    else if (c === '"') inString = true;
  }
  return undefined;
}

/** A character as the reader can see it named: white space by its name. */
const named = (token: string): string =>
  ({ '\n': 'line break', '\r': 'line break', '\t': 'tab', ' ': 'space', '\uFEFF': 'byte order mark' })[token] ?? `‘${token}’`;

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Reads `message`, the message of the SyntaxError `JSON.parse(text)` threw. */
export function jsonSyntaxError(text: string, message: string): JsonSyntaxError {
  const at = (offset: number | undefined, problem: string): JsonSyntaxError => (offset === undefined ? { problem } : { ...lineAndColumn(text, offset), problem });
  let m: RegExpExecArray | null;
  // Firefox: the place as line and column.
  if ((m = /^JSON\.parse: (.*) at line (\d+) column (\d+) of the JSON data$/.exec(message))) return { line: Number(m[2]), column: Number(m[3]), problem: m[1]! };
  // V8 with the offset (and, lately, the line and column of the same place).
  if ((m = /^(.*?(?:after JSON)?)(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message))) {
    const problem = /^Unexpected token (.+)$/.exec(m[1]!);
    return at(Number(m[2]), problem ? `unexpected ${named(problem[1]!)}` : lowerFirst(m[1]!));
  }
  if (/^Unexpected end of JSON input$/.test(message)) return at(text.length, 'the text ends before the JSON does');
  // V8 quoting the text around an unexpected character.
  if ((m = /^Unexpected token '([\s\S]+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message)))
    return at(unexpectedTokenOffset(text, m[1]!, m[3]!, Boolean(m[2]), Boolean(m[4])), `unexpected ${named(m[1]!)}`);
  return { problem: lowerFirst(message.replace(/^JSON Parse error: /, '')) };
}

/** `line 2, column 3: expected ':' after property name`, or the problem alone when the place is unknown. */
export function describeJsonSyntaxError({ line, column, problem }: JsonSyntaxError): string {
  return line === undefined ? problem : `line ${line}, column ${column}: ${problem}`;
}
