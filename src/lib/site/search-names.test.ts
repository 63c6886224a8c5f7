import { describe, expect, it } from 'vitest';
import { namesByPage, searchName } from './search-names';

describe('the names a page defines for search', () => {
  it('leave out what a parenthesis adds', () => {
    expect(searchName('Service availability (SLO)')).toBe('Service availability');
    expect(searchName('Time to detect (TTD) ML issues')).toBe('Time to detect ML issues');
    expect(searchName('  Docker ')).toBe('Docker');
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
