/**
 * What a page says when one of the handbook's components is given an id that names nothing
 * (`<PromotionTable to={['staff-ml-enginer']} />`). `astro build` never gets that far: it stops on the
 * validator's report before any page renders. `astro dev` serves content with problems, and there the
 * page's error is the validator's own problem for that id (file:line:column, rule, what is expected
 * and found, did you mean), placed at the line that writes it, so that Astro's error overlay shows
 * that line of the content, not a stack trace through the component that looked the id up.
 *
 * Pure: read from the loaded content (the components' data modules give it the dev server's reading).
 */
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { withArticle } from '../../text/article.ts';
import { didYouMean } from './did-you-mean.ts';
import { formatProblem } from './format.ts';
import type { LoadedContent } from './load.ts';
import { brokenReference } from './rules/broken-reference.ts';

/**
 * An id that names nothing, as the validator reports it: the message, with a hint and a place (`loc`)
 * that Astro's error overlay shows. An `AstroError` of `astro/errors` (the one Astro gives code outside
 * it), because Astro's MDX renderer replaces the hint of any other error thrown while a page renders
 * with its own ("This issue often occurs when your MDX component encounters runtime errors"), which
 * would send the reader to the component instead of the content.
 */
export class UnknownIdError extends AstroError {
  override name = 'UnknownIdError';
  /** The overlay's heading (“An error occurred.” without one). */
  readonly title = 'An id in the content names nothing';
  /** The first place the content writes the id (absolute file, 1-based line and column), when the validator found one. */
  loc: { file: string; line: number; column: number } | undefined;
  constructor(message: string, hint: string, loc?: UnknownIdError['loc']) {
    super(message, hint);
    this.loc = loc;
  }
}

/**
 * Where a lookup looked for an id, for the message when no content file writes the id (one given in
 * code): the data file that defines such ids, and what they belong to when that is not the file alone
 * (an exercise: `level \`lead-ml-engineer\``).
 */
export interface LookupPlace {
  file: string;
  of?: string;
}

/**
 * The error for `what` `id` (`level \`staff-ml-enginer\``), which a lookup among `known` did not find: the
 * validator's problems that name it (a reference written wrong, or a definition misspelled so that the
 * right id names nothing); when the validator has none (an id written in code, not in the content), the
 * same line in the validator's words: the data file looked in (`where`), the rule, what is expected and found.
 */
export function unknownIdError(content: LoadedContent, what: string, id: string, known: Iterable<string> = [], where?: LookupPlace): UnknownIdError {
  const written = `\`${id}\``;
  const problems = brokenReference.check(content).filter((p) => p.found === written || p.expected === written);
  const first = problems[0];
  if (first) return new UnknownIdError(problems.map(formatProblem).join('\n'), brokenReference.hint, { file: join(content.root, first.file), line: first.line, column: first.column });
  const ids = [...known];
  const meant = didYouMean(id, ids);
  const expected = ids.length ? `one of ${[...ids].sort().join(', ')}` : `${withArticle(what)} defined in the content`;
  const subject = `${what} ${written}${where?.of ? ` of ${where.of}` : ''}`;
  const message = `${subject} does not exist${where ? ` in ${where.file}` : ''}${meant ? ` (did you mean \`${meant}\`?)` : ''} (expected ${expected}, found ${written})`;
  return new UnknownIdError(`${where ? `${where.file}  ` : ''}${brokenReference.id}  ${message}`, brokenReference.hint);
}
