/**
 * How a role's pages cover its role description as received (the source of record): which units
 * of the source they show, which they leave out on purpose (recorded departures), and which they
 * lose. Pure (the built site's coverage test reads the files, src/lib/content/source-units.ts, and
 * the pages), so it is tested on small synthetic units.
 */
import { normalizeText, type SeedUnit } from './seed-text.ts';

/** Where the sources of record live, one file per level: `content/sources/<level-id>.txt`. */
export const sourcesFolder = 'content/sources';
export const sourceFile = (level: string) => `${sourcesFolder}/${level}.txt`;

export interface SeedCoverage {
  /** Units the pages show word for word. */
  shown: SeedUnit[];
  /** Units the pages do not show and a departure records. */
  departed: SeedUnit[];
  /** Units the pages do not show and nothing records: the pages lost them. */
  lost: SeedUnit[];
  /** Recorded departures whose text the pages show all the same (the record can go). */
  departedButShown: string[];
}

/** Letters and digits: a unit is shown where it stands whole, not inside a longer word. */
const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * Whether `pageText` holds `text` as a whole: not within a word on either side (a short cell,
 * “Yes”, “ML”, is not shown by “Eyes” or “HTML”).
 */
export function showsWhole(pageText: string, text: string): boolean {
  if (text === '') return true;
  const edgeBefore = wordCharacter.test(text[0]!);
  const edgeAfter = wordCharacter.test(text.at(-1)!);
  for (let at = pageText.indexOf(text); at !== -1; at = pageText.indexOf(text, at + 1)) {
    const before = pageText[at - 1];
    const after = pageText[at + text.length];
    if ((!edgeBefore || before === undefined || !wordCharacter.test(before)) && (!edgeAfter || after === undefined || !wordCharacter.test(after))) return true;
  }
  return false;
}

/**
 * Sorts the units of a source by whether `pageText` (the role's pages as text, whitespace collapsed)
 * shows them, and those it does not by whether `departures` (the recorded units' texts) records them.
 */
export function seedCoverage(units: readonly SeedUnit[], pageText: string, departures: readonly string[]): SeedCoverage {
  const recorded = new Set(departures.map(normalizeText));
  const shown: SeedUnit[] = [];
  const departed: SeedUnit[] = [];
  const lost: SeedUnit[] = [];
  for (const unit of units) (showsWhole(pageText, unit.text) ? shown : recorded.has(unit.text) ? departed : lost).push(unit);
  const departedButShown = [...recorded].filter((text) => units.some((u) => u.text === text) && showsWhole(pageText, text));
  return { shown, departed, lost, departedButShown };
}
