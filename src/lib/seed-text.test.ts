import { describe, expect, it } from 'vitest';
import { restoreCharacters, seedUnits, stripAdvertisement } from './seed-text';

describe('restoreCharacters', () => {
  it.each([
    ['1โ4/month', '1–4/month'],
    ['>95โ99% (mature)', '>95–99% (mature)'],
    ['<15โ30 minutes', '<15–30 minutes'],
    ['โฅ4/5 in quarterly survey', '≥4/5 in quarterly survey'],
    ['raise the teamโs engineering bar', 'raise the team’s engineering bar'],
    ['Bachelorโs degree', 'Bachelor’s degree'],
    ['bridges the โprototype-to-productionโ gap', 'bridges the “prototype-to-production” gap'],
    ['what โgoodโ means', 'what “good” means'],
    ['(Important โ often Critical)', '(Important → often Critical)'],
    ['data โ features โ training', 'data → features → training'],
    ['lead time experimentโprod, rollback rate', 'lead time experiment→prod, rollback rate'],
    ['business goalsโby leading', 'business goals—by leading'],
    ['CI/CDโaligned to enterprise', 'CI/CD—aligned to enterprise'],
  ])('restores %s', (damaged, restored) => {
    expect(restoreCharacters(damaged)).toBe(restored);
  });
});

describe('stripAdvertisement', () => {
  it('drops the trailing advertisement and keeps the role text', () => {
    const text = 'Role text.\nFind Trusted Cardiac Hospitals\nCompare heart hospitals.\nExplore Hospitals\n';
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
