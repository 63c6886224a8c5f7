/**
 * Malformed copies of a valid JSON file, for import fuzzing: each breaks the valid value in one
 * place (a value set, a key deleted, a raw member such as `"__proto__":…` inserted, which
 * JSON.stringify cannot write).
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonPath = (string | number)[];

/** Builders of variants of the value `valid()` makes afresh each time. */
export function jsonVariants(valid: () => { [key: string]: Json }) {
  const variant = (path: JsonPath, change: (parent: Record<string | number, Json>, key: string | number) => void): string => {
    const value = valid();
    let parent: Json = value;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json;
    change(parent as Record<string | number, Json>, path[path.length - 1]!);
    return JSON.stringify(value);
  };
  return {
    /** The file with the value at `path` replaced. */
    setAt: (path: JsonPath, value: Json) => variant(path, (p, k) => void (p[k] = value)),
    /** The file without the key at `path`. */
    deleteAt: (path: JsonPath) => variant(path, (p, k) => void delete p[k]),
    /** The file with raw JSON text inserted as the first member of the object at `path`. */
    insertRaw: (path: JsonPath, member: string) => variant([...path, '__insert_here__'], (p, k) => void (p[k] = 0)).replace('"__insert_here__":0', member),
  };
}

/** A value of each JSON type, to put where another type belongs. */
export const wrongValues: [string, Json][] = [
  ['null', null],
  ['a boolean', true],
  ['a number', 7],
  ['a string', 'oops'],
  ['an array', []],
  ['an object', {}],
];
