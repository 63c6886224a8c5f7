import { z } from 'astro/zod';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOnce } from './check-once';

/** A schema shaped like the content's: nested objects, a list of them, optional keys, closed maps, a refinement. */
const schema = () =>
  z
    .object({
      id: z.string().regex(/^[a-z-]+$/),
      title: z.string().min(1),
      rank: z.number().int().positive(),
      levels: z.array(z.object({ id: z.string(), note: z.string().optional(), weight: z.number().default(1) }).strict()),
      focus: z.record(z.enum(['ic', 'manager']), z.string()).optional(),
    })
    .strict()
    .refine((v) => v.levels.length > 0, { message: 'at least one level', path: ['levels'] });

const valid = { id: 'lead', title: 'Lead', rank: 3, levels: [{ id: 'a' }, { id: 'b', note: 'n', weight: 2 }], focus: { ic: 'x', manager: 'y' } };
const invalid = [
  { id: 'Lead!', title: '', rank: 2.5, levels: [{ id: 'a', extra: 1 }, { note: 3 }], focus: { ic: 'x' }, typo: true },
  { id: 'lead', title: 'Lead', rank: 1, levels: [] },
  { title: 7, levels: 'none' },
  'not a map',
];

const realFunction = globalThis.Function;
afterEach(() => {
  globalThis.Function = realFunction;
});

/** How many functions are compiled from source (`new Function`) while `run` runs. */
function functionsCompiled(run: () => void): number {
  let compiled = 0;
  globalThis.Function = new Proxy(realFunction, {
    construct(target, args) {
      compiled++;
      return Reflect.construct(target, args);
    },
  });
  try {
    run();
  } finally {
    globalThis.Function = realFunction;
  }
  return compiled;
}

describe('checkOnce, the options of the content’s schema checks', () => {
  it('gives the same value for a valid entry as a default parse', () => {
    expect(schema().safeParse(valid, checkOnce)).toEqual(schema().safeParse(valid));
  });

  it('gives the same issues, in the same order, for invalid entries', () => {
    for (const entry of invalid) {
      const once = schema().safeParse(entry, checkOnce);
      const compiled = schema().safeParse(entry);
      expect(once.success).toBe(false);
      expect(once.error?.issues).toEqual(compiled.error?.issues);
    }
  });

  it('parses without compiling the schema’s fast path, which a default parse compiles', () => {
    expect(functionsCompiled(() => schema().safeParse(valid, checkOnce))).toBe(0);
    expect(functionsCompiled(() => schema().safeParse(valid))).toBeGreaterThan(0);
  });
});
