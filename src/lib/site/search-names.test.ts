import { describe, expect, it } from 'vitest';
import { nameParts, namesByPage, searchName } from './search-names';

describe('the names a page defines for search', () => {
  it('leave out what a parenthesis adds', () => {
    expect(searchName('Service availability (SLO)')).toBe('Service availability');
    expect(searchName('Time to detect (TTD) ML issues')).toBe('Time to detect ML issues');
    expect(searchName('  Docker ')).toBe('Docker');
  });

  it('are cut into the name proper and its parenthetical qualifiers, which join back into the name', () => {
    const parts = nameParts('Time to detect (TTD) ML issues');
    expect(parts).toEqual([
      { text: 'Time to detect', qualifier: false },
      { text: ' (TTD)', qualifier: true },
      { text: ' ML issues', qualifier: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('Time to detect (TTD) ML issues');
    expect(nameParts('Docker')).toEqual([{ text: 'Docker', qualifier: false }]);
  });

  it('are grouped by the page of their URL, each once, in the order given', () => {
    const pages = namesByPage([
      { name: 'Rollback rate', href: '/kpis/#kpi-rollback-rate' },
      { name: 'Drift', href: '/glossary/#drift' },
      { name: 'Uptime (SLO)', href: '/kpis/#kpi-uptime' },
      { name: 'Uptime', href: '/kpis/#kpi-uptime-2' },
      { name: 'Management track', href: '/ladder/' },
    ]);
    expect(Object.fromEntries(pages)).toEqual({ '/kpis/': ['Rollback rate', 'Uptime'], '/glossary/': ['Drift'], '/ladder/': ['Management track'] });
  });
});
