/**
 * How a role's pages cover its role description as received (the source of record): which units
 * of the source they show, which they leave out on purpose (recorded departures), and which they
 * lose. Pure, so that the seed-coverage test and the validator share one reading.
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

/**
 * Sorts the units of a source by whether `pageText` (the role's pages as text, whitespace collapsed)
 * shows them, and those it does not by whether `departures` (the recorded units' texts) records them.
 */
export function seedCoverage(units: readonly SeedUnit[], pageText: string, departures: readonly string[]): SeedCoverage {
  const recorded = new Set(departures.map(normalizeText));
  const shown: SeedUnit[] = [];
  const departed: SeedUnit[] = [];
  const lost: SeedUnit[] = [];
  for (const unit of units) (pageText.includes(unit.text) ? shown : recorded.has(unit.text) ? departed : lost).push(unit);
  const departedButShown = [...recorded].filter((text) => units.some((u) => u.text === text) && pageText.includes(text));
  return { shown, departed, lost, departedButShown };
}
