import { describe, expect, it } from 'vitest';
import { restoreCharacters, seedUnits, stripAdvertisement } from './seed-text';

/** Writes damaged text without putting damaged characters in the source: `~` is the Thai letter, `^` the second one. */
const damage = (text: string) => text.replaceAll('~', '\u0E42').replaceAll('^', '\u0E05');

describe('restoreCharacters', () => {
  it.each([
    ['1~4/month', '1–4/month'],
    ['>95~99% (mature)', '>95–99% (mature)'],
    ['<15~30 minutes', '<15–30 minutes'],
    ['~^4/5 in quarterly survey', '≥4/5 in quarterly survey'],
    ['raise the team~s engineering bar', 'raise the team’s engineering bar'],
    ['Bachelor~s degree', 'Bachelor’s degree'],
    ['bridges the ~prototype-to-production~ gap', 'bridges the “prototype-to-production” gap'],
    ['what ~good~ means', 'what “good” means'],
    ['(Important ~ often Critical)', '(Important → often Critical)'],
    ['data ~ features ~ training', 'data → features → training'],
    ['lead time experiment~prod, rollback rate', 'lead time experiment→prod, rollback rate'],
    ['business goals~by leading', 'business goals—by leading'],
    ['CI/CD~aligned to enterprise', 'CI/CD—aligned to enterprise'],
  ])('restores %s', (damaged, restored) => {
    expect(restoreCharacters(damage(damaged))).toBe(restored);
  });
});

describe('stripAdvertisement', () => {
  it('drops the trailing advertisement and keeps the role text', () => {
    const text = 'Role text.\nFind Trusted Dental Hospitals\nCompare them by city.\nExplore Hospitals\n';
    expect(stripAdvertisement(text)).toBe('Role text.\n');
  });
});

describe('seedUnits', () => {
  it('splits headings, bullets, inline points and table cells', () => {
    const units = seedUnits(
      ['3) Core Responsibilities', '- Own the roadmap.', 'Lead-in: – first point. – second point.', '| A | B |', '|---|---|', '| one | two |', 'Next - Debugging case (45–60 min):'].join('\n'),
    );
    expect(units.map((u) => [u.kind, u.text])).toEqual([
      ['heading', 'Core Responsibilities'],
      ['text', 'Own the roadmap.'],
      ['point', 'Lead-in:'],
      ['point', 'first point.'],
      ['point', 'second point.'],
      ['cell', 'A'],
      ['cell', 'B'],
      ['cell', 'one'],
      ['cell', 'two'],
      ['point', 'Next'],
      ['point', 'Debugging case (45–60 min):'],
    ]);
  });
});
