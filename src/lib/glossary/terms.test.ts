import { describe, expect, it } from 'vitest';
import { byLetter, letterOf, termLabel, termUsage } from './terms';

describe('termLabel', () => {
  it('adds an abbreviation the name lacks, and only an abbreviation', () => {
    expect(termLabel({ id: 'ttd', term: 'Time to detect', aliases: ['TTD'] })).toBe('Time to detect (TTD)');
    expect(termLabel({ id: 'iac', term: 'Infrastructure as code', aliases: ['IaC', 'infrastructure-as-code'] })).toBe('Infrastructure as code (IaC)');
    expect(termLabel({ id: 'p95', term: 'P95 latency', aliases: ['P95', 'P99'] })).toBe('P95 latency');
    expect(termLabel({ id: 'tier', term: 'Model tier', aliases: ['Tier-1', 'risk classification'] })).toBe('Model tier');
    expect(termLabel({ id: 'drift', term: 'Drift', aliases: [] })).toBe('Drift');
  });
});

describe('byLetter', () => {
  it('files terms under their first letter, symbols and digits first', () => {
    const groups = byLetter([{ term: 'A/B test' }, { term: 'Adr' }, { term: 'canary' }, { term: '3-tier' }, { term: 'Élan' }]);
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.term)])).toEqual([
      ['#', ['3-tier']],
      ['A', ['A/B test', 'Adr']],
      ['C', ['canary']],
      ['E', ['Élan']],
    ]);
    expect(letterOf('P95 latency')).toBe('P');
  });
});

describe('termUsage', () => {
  it('lists the pages that use each term, once each, in page order', () => {
    const usage = termUsage([
      { title: 'KPIs', href: '/k/', terms: ['slo', 'ttd', 'slo'] },
      { title: 'Plan', href: '/p/', terms: ['slo'] },
      { title: 'Home', href: '/', terms: [] },
    ]);
    expect(Object.fromEntries(usage)).toEqual({ slo: [{ title: 'KPIs', href: '/k/' }, { title: 'Plan', href: '/p/' }], ttd: [{ title: 'KPIs', href: '/k/' }] });
  });
});
