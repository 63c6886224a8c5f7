import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainText } from '../support/html-text';
import { normalizeText, restoreSeed, seedUnits } from '../support/seed-text';
import { builtPages } from '../support/dist';

/** The role description exactly as received (content/sources/ is its source of record, outside the site). */
const seedPath = join(import.meta.dirname, '../../content/sources/lead-ml-engineer.txt');
const damaged = /[\u0E00-\u0E7F\uFFFD]|â€/;

describe('the built site covers the role description', () => {
  const pages = builtPages();
  const rolePages = pages.filter((p) => p.path.startsWith('/roles/lead-ml-engineer/'));
  const roleText = normalizeText(rolePages.map((p) => mainText(p.html)).join(' \n '));
  const units = seedUnits(restoreSeed(readFileSync(seedPath, 'utf8')));

  it('renders every sentence, bullet and table cell of the seed on the role pages', () => {
    const missing = units.filter((u) => !roleText.includes(u.text));
    const present = units.length - missing.length;
    console.log(`seed coverage: ${present}/${units.length} units present (${((100 * present) / units.length).toFixed(1)}%)`);
    expect(missing.map((u) => `seed line ${u.line} (${u.kind}): ${u.text}`)).toEqual([]);
    expect(units.length).toBeGreaterThan(900);
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
