import { describe, expect, it } from 'vitest';
import { glossaryAcronyms, itemTermNames, itemsNamedBy, nameParts, namesByPage, searchName, unsplitParts } from './search-names';

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

describe('the items a glossary term is the subject of', () => {
  const items = [
    { name: 'Feature store concepts', href: '/skills/#feature-stores' },
    { name: 'Vector search and retrieval systems', href: '/skills/#vector' },
    { name: 'Drift detection coverage', href: '/kpis/#drift' },
    { name: 'Time to detect (TTD) ML issues', href: '/kpis/#ttd' },
    { name: 'Feast / Tecton / SageMaker Feature Store', href: '/tools/#feast' },
  ];
  const named = (term: string, aliases: string[] = []) => itemsNamedBy({ term, aliases }, items).map((i) => i.href);

  it('are those whose name begins with one of its names of two words or more', () => {
    expect(named('Feature store')).toEqual(['/skills/#feature-stores']);
    expect(named('Vector database', ['vector databases', 'vector search'])).toEqual(['/skills/#vector']);
    expect(named('Time to detect', ['TTD'])).toEqual(['/kpis/#ttd']);
  });

  it('accept a plural in the item’s name, case aside', () => {
    expect(named('feature STORE')).toEqual(['/skills/#feature-stores']);
    expect(itemsNamedBy({ term: 'Vector store', aliases: [] }, [{ name: 'Vector stores at scale', href: '/x/' }])).toHaveLength(1);
  });

  it('are none for a single word, which many items touch, or a name found later in an item’s name', () => {
    expect(named('Drift')).toEqual([]);
    expect(named('SageMaker Feature Store')).toEqual([]);
    expect(named('Detection coverage')).toEqual([]);
  });
});

describe('the names of a glossary term that its item’s page is searched by', () => {
  it('are the term and its other names, without the acronyms that the item’s row does not show', () => {
    expect(itemTermNames({ term: 'Time to recover', aliases: ['TTR', 'MTTR', 'mean time to recovery', 'SLOs'] })).toEqual(['Time to recover', 'mean time to recovery']);
    expect(itemTermNames({ term: 'Feature store', aliases: ['feature stores', 'Feast'] })).toEqual(['Feature store', 'feature stores', 'Feast']);
  });

  it('leave the acronyms to the glossary, which spells them out', () => {
    expect(glossaryAcronyms({ term: 'Time to recover', aliases: ['TTR', 'MTTR', 'mean time to recovery', 'SLOs'] })).toEqual(['TTR', 'MTTR', 'SLOs']);
    expect(glossaryAcronyms({ term: 'Feature store', aliases: ['feature stores', 'Feast'] })).toEqual([]);
  });
});

describe('the parts of a name that search must be told about', () => {
  it('are the parts of a slash-joined word that mix letters and digits', () => {
    expect(unsplitParts('P95/P99 inference latency')).toEqual(['P95', 'P99']);
    expect(unsplitParts('Latency (p50/p99)')).toEqual(['p50', 'p99']);
  });

  it('are none where Pagefind splits the word itself, or where nothing is joined', () => {
    expect(unsplitParts('Streaming systems (Kafka/Pub/Sub/Kinesis)')).toEqual([]);
    expect(unsplitParts('CI/CD')).toEqual([]);
    expect(unsplitParts('Cost per 1k predictions')).toEqual([]);
  });
});
