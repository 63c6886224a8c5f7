/**
 * Describes a Zod schema as rows an editor can read: field path, type, whether it is required,
 * allowed values and the field's own description. The Content reference page renders these rows,
 * so the reference can never drift from the schemas the validator uses.
 */
import type { z } from 'astro/zod';
import { idPattern } from './id.ts';
import type { DataCollection } from '../../schemas/collections.ts';

export interface FieldDoc {
  /** Dotted path; `[]` marks list items and `<id>` map keys, e.g. `metrics[].name`. */
  path: string;
  type: string;
  required: boolean;
  allowed?: string[];
  defaultValue?: string;
  description?: string;
}

interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (s: z.ZodTypeAny) => (s as unknown as { def: Def }).def;
const descriptionOf = (s: z.ZodTypeAny) => (s as unknown as { description?: string }).description;

/** Strip wrappers, remembering optionality, default and the first description met. */
function peel(schema: z.ZodTypeAny) {
  let s = schema;
  let required = true;
  let defaultValue: unknown;
  let description = descriptionOf(s);
  for (;;) {
    const def = defOf(s);
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      defaultValue = typeof def['defaultValue'] === 'function' ? (def['defaultValue'] as () => unknown)() : def['defaultValue'];
    } else if (def.type !== 'pipe') break;
    s = (def.type === 'pipe' ? def['in'] : def['innerType']) as z.ZodTypeAny;
    description ??= descriptionOf(s);
  }
  return { schema: s, required, defaultValue, description };
}

function typeName(s: z.ZodTypeAny): { type: string; allowed?: string[] } {
  const def = defOf(s);
  switch (def.type) {
    case 'string': {
      const checks = (def['checks'] as { _zod: { def: { check: string; pattern?: RegExp } } }[] | undefined) ?? [];
      const pattern = checks.find((c) => c._zod.def.check === 'string_format')?._zod.def.pattern;
      return { type: pattern?.source === idPattern.source ? 'id (kebab-case text)' : 'text' };
    }
    case 'number': {
      const checks = (def['checks'] as { _zod: { def: { check: string; value?: number; inclusive?: boolean; format?: string } } }[] | undefined) ?? [];
      const int = checks.some((c) => c._zod.def.format === 'safeint') || checks.some((c) => c._zod.def.check === 'number_format');
      const min = checks.find((c) => c._zod.def.check === 'greater_than')?._zod.def.value;
      const max = checks.find((c) => c._zod.def.check === 'less_than')?._zod.def.value;
      const range = min !== undefined && max !== undefined ? ` ${min}–${max}` : min !== undefined ? ` ≥ ${min}` : '';
      return { type: `${int ? 'whole number' : 'number'}${range}` };
    }
    case 'boolean':
      return { type: 'true or false' };
    case 'enum':
      return { type: 'one of', allowed: Object.values(def['entries'] as Record<string, string>) };
    case 'array':
      return { type: `list of ${typeName(peel(def['element'] as z.ZodTypeAny).schema).type}` };
    case 'literal':
      return { type: 'the value', allowed: (def['values'] as unknown[]).map((v) => JSON.stringify(v)) };
    case 'record':
      return { type: 'map' };
    case 'object':
      return { type: 'map' };
    default:
      return { type: def.type };
  }
}

/**
 * Every field of `schema`, depth first, in declaration order. A schema listed in `shared` (one
 * used in many places, such as provenance) is one row typed by its name, documented once elsewhere.
 */
export function describeFields(schema: z.ZodTypeAny, prefix = '', shared: ReadonlyMap<z.ZodTypeAny, string> = new Map()): FieldDoc[] {
  const rows: FieldDoc[] = [];
  const root = peel(schema).schema;
  const def = defOf(root);
  if (def.type !== 'object') return rows;
  for (const [key, child] of Object.entries((root as unknown as z.ZodObject).shape)) {
    const { schema: inner, required, defaultValue, description } = peel(child as z.ZodTypeAny);
    const path = prefix + key;
    // `.describe()` clones a schema with the same definition, so a shared schema is found by its definition.
    const sharedName = [...shared].find(([s]) => defOf(s) === defOf(inner))?.[1];
    const { type, allowed } = sharedName ? { type: sharedName, allowed: undefined } : typeName(inner);
    rows.push({
      path,
      type,
      required,
      ...(allowed ? { allowed } : {}),
      ...(defaultValue !== undefined ? { defaultValue: JSON.stringify(defaultValue) } : {}),
      ...(description ? { description } : {}),
    });
    if (sharedName) continue;
    const innerDef = defOf(inner);
    if (innerDef.type === 'object') rows.push(...describeFields(inner, `${path}.`, shared));
    if (innerDef.type === 'array') rows.push(...describeFields(innerDef['element'] as z.ZodTypeAny, `${path}[].`, shared));
    if (innerDef.type === 'record') rows.push(...describeFields(innerDef['valueType'] as z.ZodTypeAny, `${path}.<id>.`, shared));
  }
  return rows;
}

/**
 * How a collection's file is read, in a sentence of the Content reference: a list of entries, one
 * entry per folder (a pattern with `*`, the id the folder's name), or one file named outright
 * (`content/family/family.yaml`), which no folder names. `hasIds`: the list's entries have an `id`.
 */
export const howCollectionIsRead = (c: DataCollection, hasIds: boolean): string =>
  c.kind === 'list'
    ? hasIds
      ? 'A list of entries, each with its own `id`.'
      : 'A list of entries.'
    : c.pattern.includes('*')
      ? 'One entry per file; its id is the name of the folder that holds it.'
      : 'One file, read as a whole.';
