import { existsSync, globSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { mainText } from '../support/html-text';
import { repoRoot } from '../support/repo';
import { builtPages } from '../support/dist';
import { seedCoverage, sourceFile, sourcesFolder, type SeedCoverage } from '../../src/lib/content/seed-coverage';
import { normalizeText, type SeedUnit } from '../../src/lib/content/seed-text';
import { readSourceUnits } from '../../src/lib/content/source-units';
import { collectionPath, dataCollectionsByName } from '../../src/schemas/collections';
import { roleHref } from '../../src/lib/site/urls';
import { sourceDeparturesSchema } from '../../src/schemas/sources';

/** Each level's role description exactly as received (content/sources/ holds the sources of record, outside the site). */
const sources = globSync('*.txt', { cwd: join(repoRoot, sourcesFolder) }).map((f) => basename(f, '.txt')).sort();
/** The recorded departures from them (content/sources/departures.yaml), validated by the rule source-departure. */
const departuresFile = collectionPath(dataCollectionsByName.sourceDepartures);
// A handbook without departures may leave the file out.
// Read through its schema, as the validator reads it (`npm test` validates before it builds).
const departures = existsSync(join(repoRoot, departuresFile)) ? sourceDeparturesSchema.parse(parse(readFileSync(join(repoRoot, departuresFile), 'utf8'))).departures : [];
const damaged = /[\u0E00-\u0E7F\uFFFD]|â€/;

describe('the built site covers the role descriptions as received', () => {
  const pages = builtPages();

  it('keeps at least one source of record', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  /** How each level's pages cover its source, read once for the tests below. */
  const coverageByLevel = new Map<string, { units: SeedUnit[]; coverage: SeedCoverage }>();
  const coverageOf = (level: string) => {
    if (!coverageByLevel.has(level)) {
      const rolePages = pages.filter((p) => p.path.startsWith(roleHref(level)));
      const roleText = normalizeText(rolePages.map((p) => mainText(p.html)).join(' \n '));
      const units = readSourceUnits(repoRoot, level) ?? [];
      const coverage = seedCoverage(units, roleText, departures.filter((d) => d.source === level).map((d) => d.text));
      console.log(`${level}: ${coverage.shown.length}/${units.length} units shown, ${coverage.departed.length} left out by a recorded departure, ${coverage.lost.length} lost`);
      coverageByLevel.set(level, { units, coverage });
    }
    return coverageByLevel.get(level)!;
  };

  it.each(sources)('renders every sentence, bullet and table cell of %s’s role description on its role pages, but the departures recorded', (level) => {
    const { units, coverage } = coverageOf(level);
    expect(units.length, `${sourceFile(level)} holds no sentence, bullet or table cell`).toBeGreaterThan(0);
    // Each lost unit as the entry that would record it, ready to paste under `departures:`; the
    // text always in double quotes (JSON's are YAML's), since a unit may end in “:” or hold “: ”.
    const entry = (u: SeedUnit) => `# seed line ${u.line} (${u.kind})\n- source: ${level}\n  text: ${JSON.stringify(u.text)}\n  why: <what changed, why, by whose decision>`;
    // Printed as they are too: the assertion's diff below escapes their quotes.
    if (coverage.lost.length > 0) console.log(`Entries to paste under \`departures:\` in ${departuresFile}:\n${coverage.lost.map(entry).join('\n')}`);
    expect(
      coverage.lost.map(entry),
      `The pages under ${roleHref(level)} no longer show these units of ${sourceFile(level)} word for word. Put them back, or, if the change is deliberate, record each in ${departuresFile} by pasting the entry printed here under \`departures:\` (in place of \`[]\` if it has none yet; keep the text in its quotes) and writing why.`,
    ).toEqual([]);
  });

  // A departure whose unit the pages show again would silently excuse the unit's next loss, and
  // only the built pages can tell (a unit may come from YAML, MDX or a component), so the
  // validator, which reads content/, cannot: the test fails, and the fix is to delete the entry.
  it.each(sources)('records no departure from %s’s role description whose unit its pages show all the same', (level) => {
    expect(
      coverageOf(level).coverage.departedButShown,
      `The pages under ${roleHref(level)} show these units of ${sourceFile(level)} word for word again, yet ${departuresFile} records them as departures. Remove each entry (source: ${level}) from ${departuresFile}.`,
    ).toEqual([]);
  });

  it('has no damaged character on any page', () => {
    const bad = pages.filter((p) => damaged.test(mainText(p.html)) || damaged.test(p.html)).map((p) => p.path);
    expect(bad).toEqual([]);
  });

  it('never shows the advertisement that ends the seed', () => {
    const withAd = pages.filter((p) => /cardiac|heart hospitals|Explore Hospitals/i.test(p.html)).map((p) => p.path);
    expect(withAd).toEqual([]);
  });
});
