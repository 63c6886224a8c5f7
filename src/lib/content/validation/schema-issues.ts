import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';

/** The rules whose problems a schema check reports. */
export type SchemaRuleId = 'unknown-key' | 'required-field' | 'invalid-type' | 'enum-value' | 'invalid-value';
import type { PathKey, YamlSource } from './yaml-source.ts';
import { didYouMean } from './did-you-mean.ts';
import { retiredFields } from '../../../schemas/common.ts';
import { withArticle } from '../../text/article.ts';

type AnySchema = z.ZodTypeAny;

/** A schema's type as an editor reads it: Zod calls a whole number `int`. */
const typeName = (type: string): string => (type === 'int' ? 'a whole number' : type);

/** The schema that describes the value at `path`, looking through optional, default, array and record wrappers. */
export function schemaAt(schema: AnySchema, path: readonly PathKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = unwrap(schema);
  for (const key of path) {
    if (!current) return undefined;
    const def = (current as unknown as { def: { type: string } & Record<string, unknown> }).def;
    if (def.type === 'object') current = (current as z.ZodObject).shape[String(key)] as AnySchema | undefined;
    else if (def.type === 'array') current = def['element'] as AnySchema;
    else if (def.type === 'record') current = def['valueType'] as AnySchema;
    else return undefined;
    current = current ? unwrap(current) : undefined;
  }
  return current;
}

export function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (;;) {
    const def = (s as unknown as { def: { type: string } & Record<string, unknown> }).def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') s = def['innerType'] as AnySchema;
    else if (def.type === 'pipe') s = def['in'] as AnySchema;
    else return s;
  }
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return JSON.stringify(value.length > 48 ? `${value.slice(0, 45)}…` : value);
  return `${typeof value} ${String(value)}`;
}

function valueAtPath(root: unknown, path: readonly PathKey[]): unknown {
  let v: unknown = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k as string];
  }
  return v;
}

const fieldName = (path: readonly PathKey[]) =>
  path.length === 0 ? 'the file' : '`' + path.map((k, i) => (typeof k === 'number' ? `[${k}]` : (i ? '.' : '') + k)).join('') + '`';

/**
 * Fields the object at `path` once took and no longer does, with what took their place
 * (`retiredFields` in src/schemas/common.ts), so that a file still writing one is told so rather
 * than only that the field is unknown.
 */
function retiredFieldsAt(schema: AnySchema, path: readonly PathKey[]): Record<string, string> {
  const s = schemaAt(schema, path);
  return (s && retiredFields.get(s)) ?? {};
}

function allowedKeys(schema: AnySchema, path: readonly PathKey[]): string[] {
  const s = schemaAt(schema, path);
  return s && (s as { def: { type: string } }).def.type === 'object' ? Object.keys((s as z.ZodObject).shape) : [];
}

/** A type as a YAML file writes it: Zod's object is a map, its array a list. */
const kindName = (type: string): string => ({ object: 'map', array: 'list', record: 'map' })[type] ?? typeName(type);
/** A type's name with its article, unless the name already has one (“a string”, “one of …”). */
const typeWithArticle = (type: string) => (/^(a|an|one) /.test(type) ? type : withArticle(type));

/**
 * Where a missing field goes in the mapping that lacks it: after the field the schema lists before
 * it that the mapping has, or else before the first field the mapping has, so that the editor need
 * not look the order up.
 */
function placeOf(key: string, fields: readonly string[], mapping: unknown): { words: string; beside?: string } {
  if (mapping === null || typeof mapping !== 'object' || Array.isArray(mapping)) return { words: '' };
  const has = (field: string) => Object.hasOwn(mapping, field);
  const at = fields.indexOf(key);
  const before = fields.slice(0, Math.max(at, 0)).findLast(has);
  if (before) return { words: `: add it after \`${before}\``, beside: before };
  const after = fields.slice(at + 1).find(has);
  return after ? { words: `: add it before \`${after}\``, beside: after } : { words: '' };
}

/**
 * A required field that is missing: at the mapping that lacks it, or, where a line of another key's
 * multi-line text writes it (a key indented under a `>-` text, which YAML reads as more of that
 * text), at that line, saying so.
 */
function missingField(
  source: YamlSource,
  full: readonly PathKey[],
  path: readonly PathKey[],
  expected: string,
  ctx: { data: unknown; schema: AnySchema },
): Omit<Problem<'required-field'>, 'file'> {
  const key = full.at(-1);
  const inText = typeof key === 'string' ? source.keyInTextOf(full.slice(0, -1), key) : undefined;
  if (!inText) {
    const owner = path.slice(0, -1);
    const where = typeof key === 'string' ? placeOf(key, allowedKeys(ctx.schema, owner), valueAtPath(ctx.data, owner)) : { words: '' };
    return {
      // Where the message says the field goes: at the field it goes after (or before). Without one, the
      // mapping that lacks it: the key whose value it is (or its list item's dash), or, for a file's
      // top-level mapping, its first line.
      ...(where.beside ? source.keyAt([...full.slice(0, -1), where.beside]) : full.length > 1 ? source.keyAt(full.slice(0, -1)) : source.valueAt([])),
      rule: 'required-field',
      message: `missing required field ${fieldName(path)}${where.words}`,
      expected: `\`${String(key)}:\` with ${typeWithArticle(kindName(expected))}`,
      found: 'nothing',
    };
  }
  const into = fieldName([...path.slice(0, -1), inText.into]);
  return {
    ...inText.position,
    rule: 'required-field',
    message: `missing required field ${fieldName(path)}: this line writes \`${key}:\` inside the text of ${into}, indented as part of it`,
    expected: `\`${key}:\` at the column of ${into}, or the text of ${into} ending on the line above`,
    found: `\`${key}:\` indented under ${into}`,
  };
}

/**
 * Turns the issues of a failed `safeParse` into located problems. `pathPrefix` is where the parsed
 * value sits in the file (the index of a list entry).
 */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  ctx: { file: string; source: YamlSource; data: unknown; schema: AnySchema; pathPrefix?: PathKey[] },
): Problem<SchemaRuleId>[] {
  const prefix = ctx.pathPrefix ?? [];
  const problems: Problem<SchemaRuleId>[] = [];
  for (const issue of issues) {
    const path = issue.path as PathKey[];
    const full = [...prefix, ...path];
    const found = valueAtPath(ctx.data, path);
    const base = { file: ctx.file };
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeys(ctx.schema, path);
        const retired = retiredFieldsAt(ctx.schema, path);
        for (const key of issue.keys) {
          const pos = ctx.source.keyAt([...full, key]);
          const why = Object.hasOwn(retired, key) ? retired[key] : undefined;
          const guess = why ? undefined : didYouMean(key, allowed);
          problems.push({
            ...base,
            ...pos,
            rule: 'unknown-key',
            message: why
              ? `field ${fieldName([...path, key])} is no longer used: ${why}; remove it`
              : `unknown field ${fieldName([...path, key])}${guess ? ` (did you mean \`${guess}\`?)` : ''}`,
            expected: allowed.length ? `one of ${allowed.join(', ')}` : 'no other fields',
            found: `\`${key}\``,
          });
        }
        break;
      }
      case 'invalid_type': {
        const pos = found === undefined ? ctx.source.valueAt(full.slice(0, -1)) : ctx.source.valueAt(full);
        if (found === undefined) {
          problems.push({ ...base, ...missingField(ctx.source, full, path, issue.expected, ctx) });
        } else if (issue.expected === 'int' && typeof found === 'number') {
          // A fraction where the schema wants a whole number is a number, of the right type: its value is wrong.
          problems.push({ ...base, ...pos, rule: 'invalid-value', message: `${fieldName(path)} is not a whole number`, expected: typeName(issue.expected), found: String(found) });
        } else {
          problems.push({ ...base, ...pos, rule: 'invalid-type', message: `${fieldName(path)} has the wrong type`, expected: typeName(issue.expected), found: describeValue(found) });
        }
        break;
      }
      case 'invalid_value': {
        const expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}`;
        // A missing field with a fixed set of values is a missing field, like any other.
        if (found === undefined) {
          problems.push({ ...base, ...missingField(ctx.source, full, path, expected, ctx) });
          break;
        }
        problems.push({
          ...base,
          ...ctx.source.valueAt(full),
          rule: 'enum-value',
          message: `${fieldName(path)} is not an allowed value`,
          expected,
          found: describeValue(found),
        });
        break;
      }
      default: {
        const message = issue.message.replace(/^Invalid input: /, '');
        problems.push({
          ...base,
          ...ctx.source.valueAt(full),
          rule: 'invalid-value',
          message: `${fieldName(path)}: ${message.replace(/^expected /, 'must be ')}`,
          found: describeValue(found),
        });
      }
    }
  }
  return problems;
}
