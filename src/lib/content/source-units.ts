/**
 * Reads a level's role description as received (`content/sources/<level-id>.txt`) into the units
 * its pages must show: one reading for the validator's rule `source-departure` and the built
 * site's coverage test, so a departure the rule accepts is one the test can excuse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceFile } from './seed-coverage.ts';
import { restoreSeed, seedUnits, type SeedUnit } from './seed-text.ts';

/** The units of `level`'s source of record under `root`, or `undefined` when it has none. */
export function readSourceUnits(root: string, level: string): SeedUnit[] | undefined {
  let raw: string;
  try {
    raw = readFileSync(join(root, sourceFile(level)), 'utf8');
  } catch {
    return undefined;
  }
  return seedUnits(restoreSeed(raw));
}
