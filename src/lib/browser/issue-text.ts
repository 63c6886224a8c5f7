/**
 * Validation issues in words a reader understands: which record, which field, what the limit is.
 *
 *   candidate 1, name: at most 120 characters
 *   candidates: at most 200
 *   candidate 1: unknown field “foo”
 *
 * zod/mini carries no English messages of its own (every issue reads “Invalid input”, or zod's
 * generic English when another module loaded zod's locale), so the text is written here from the
 * issue's code and limits. A custom message given in a schema is kept: by the handbook's convention
 * it starts with a lower-case letter (“expected a goal id such as …”), unlike zod's own.
 */

/** The parts of a zod issue this module reads. */
export interface IssueLike {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  expected?: string;
  keys?: readonly string[];
  values?: readonly unknown[];
}

/** How a tool names its records and fields, so paths read as words. */
export interface IssueVocabulary {
  /** Collections of records by field of the data, e.g. `{ candidates: { noun: 'candidate', plural: 'candidates' } }`. */
  records?: Record<string, { noun: string; plural: string }>;
  /** Words for field names, e.g. `{ completedOn: 'completion date' }`. */
  fields?: Record<string, string>;
  /**
   * Names the records a path starts in as the page names them (`person “Ada”`, then `check-in
   * “14 March 2026 · Lead”` for one of hers), with how many parts of the path they cover; undefined
   * to name a record by its place. Needs the data the issue is about (store.ts gives it).
   */
  recordsAt?: (path: readonly PropertyKey[]) => { words: string[]; length: number } | undefined;
  /**
   * The data the issues are about, when known: a part of the wrong kind is then said to be missing,
   * or to be of the kind it is (`expected a list, not text`), where zod/mini says neither.
   */
  data?: unknown;
}

const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
const plural = (n: number | bigint, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`;
const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  record: 'a set of named entries',
  null: 'nothing (null)',
};

/** Marks a part the data does not hold (`valueAt`), apart from one that holds `undefined` or nothing is known of. */
const absent: unique symbol = Symbol('absent');
const unknown: unique symbol = Symbol('unknown');

/** What `data` holds at `path`; `absent` where a part of the way is not there. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return absent;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** The kind of a value, in the words of `typeWords`. */
const kindOf = (value: unknown): string => typeWords[value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value] ?? typeof value;

/** Where an issue sits, in words: `candidate 1, name`, `candidates`, or `` for the whole value. */
export function issuePlace(path: readonly PropertyKey[], vocabulary: IssueVocabulary = {}): string {
  const words: string[] = [];
  let i = 0;
  const named = vocabulary.recordsAt?.(path);
  const collection = typeof path[0] === 'string' ? vocabulary.records?.[path[0]] : undefined;
  if (named) {
    words.push(...named.words);
    i = named.length;
  } else if (collection && path.length >= 2) {
    const at = path[1]!;
    words.push(typeof at === 'number' ? `${collection.noun} ${at + 1}` : `${collection.noun} ${quote(String(at))}`);
    i = 2;
  }
  for (; i < path.length; i++) {
    const part = path[i]!;
    words.push(typeof part === 'number' ? `item ${part + 1}` : (vocabulary.fields?.[String(part)] ?? String(part)));
  }
  return words.join(', ');
}

/**
 * What is wrong, without the place: `at most 120 characters`. `value`: what the data holds where the
 * issue is (`valueAt`), to say a part is missing or of which kind it is; left out when not known.
 */
export function issueProblem(issue: IssueLike, value: unknown = unknown): string {
  if (/^[a-z]/.test(issue.message)) return issue.message;
  const { origin } = issue;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${(issue.keys?.length ?? 0) > 1 ? 's' : ''} ${(issue.keys ?? []).slice(0, 5).map(quote).join(', ')}`;
    case 'too_big':
      if (origin === 'string') return `at most ${plural(issue.maximum ?? 0, 'character', 'characters')}`;
      if (origin === 'array' || origin === 'set') return `at most ${issue.maximum}`;
      return `at most ${issue.maximum}`;
    case 'too_small':
      if (origin === 'string') return Number(issue.minimum) === 1 ? 'must not be empty' : `at least ${plural(issue.minimum ?? 0, 'character', 'characters')}`;
      return `at least ${issue.minimum}`;
    case 'invalid_type': {
      if (issue.expected === 'undefined') return 'not expected here';
      if (value === absent) return 'missing';
      const expected = `expected ${typeWords[issue.expected ?? ''] ?? issue.expected}`;
      return value === unknown || value === undefined ? expected : `${expected}, not ${kindOf(value)}`;
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => (typeof v === 'string' ? quote(v) : String(v)));
      // The value found is named: a level a fork removed, say, is then found in the file by its id.
      const found = typeof value === 'string' ? quote(value) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
      if (values.length > 8) return found ? `${found} is not one of the values this tool knows` : 'not one of the values this tool knows';
      const expected = values.length === 1 ? `expected ${values[0]}` : `expected one of ${values.join(', ')}`;
      return found ? `${expected}, not ${found}` : expected;
    }
    case 'invalid_format':
      return 'not in the expected form';
    default:
      return 'not valid';
  }
}

/** One issue in words: `candidate 1, name: at most 120 characters`. */
export function issueText(issue: IssueLike, vocabulary: IssueVocabulary = {}): string {
  const place = issuePlace(issue.path, vocabulary);
  const problem = issueProblem(issue, 'data' in vocabulary ? valueAt(vocabulary.data, issue.path) : unknown);
  return place ? `${place}: ${problem}` : problem;
}

/** The first few issues in words, joined; `limit` keeps a message short when a file is far off. */
export function issuesText(issues: readonly IssueLike[], vocabulary: IssueVocabulary = {}, limit = 3): string {
  const texts = [...new Set(issues.map((i) => issueText(i, vocabulary)))];
  const more = texts.length - limit;
  return texts.slice(0, limit).join('; ') + (more > 0 ? `; and ${plural(more, 'more problem', 'more problems')}` : '');
}
