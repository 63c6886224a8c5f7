import type { Problem } from '../problem.ts';
import { positionIn, proseValues, written, type ProseValue } from '../prose.ts';
import { defineRule } from '../rule.ts';

/**
 * The straight quotes that are part of a value's text, as offsets in the value as written: the
 * quotes that delimit a quoted YAML value, and the escapes that double them (`''`, `\"`), are syntax.
 */
function straightQuotes(p: ProseValue): number[] {
  const raw = written(p);
  const { style } = p.value;
  const found: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== "'" && c !== '"') continue;
    if ((style === 'single' || style === 'double') && (i === 0 || i === raw.length - 1)) continue;
    found.push(i);
    if (style === 'single' && c === "'" && raw[i + 1] === "'") i++;
  }
  return found;
}

export const straightQuote = defineRule({
  id: 'straight-quote',
  description: 'Prose in data values and frontmatter uses typographic apostrophes and quotes (’ “ ”), not straight ones (\' ").',
  hint: 'Replace the straight quote with ’ (an apostrophe or a closing single quote) or with “ and ” around a quotation.',
  check: (content) =>
    proseValues(content).flatMap((p) =>
      straightQuotes(p).map((index): Problem<'straight-quote'> => {
        const c = written(p)[index]!;
        return {
          file: p.file,
          ...positionIn(p, index),
          rule: 'straight-quote',
          message: c === "'" ? 'straight apostrophe or single quote in prose' : 'straight double quote in prose',
          expected: c === "'" ? '’ (or ‘ ’ around a quotation)' : '“ and ” around a quotation',
          found: c,
        };
      }),
    ),
});
